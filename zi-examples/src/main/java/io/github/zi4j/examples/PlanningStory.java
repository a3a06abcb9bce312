package io.github.zi4j.examples;

import io.github.zi4j.ZiJson;
import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.planning.EarliestRound;
import io.github.zi4j.planning.GapOptions;
import io.github.zi4j.planning.GapPlan;
import io.github.zi4j.planning.Lever;
import io.github.zi4j.planning.Planner;
import io.github.zi4j.unit.Predikat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Planning, as the seed stories ask it (<i>perencanaan</i>): when can Pesawaran's DPMPTSP be
 * proposed for WBK, when can Balangan's DPMPTSP (WBK at the end of 2024) be proposed for WBBM, and
 * which answers weigh most on the way. No real worksheet of either unit is public: the gap and the
 * levers are shown on an illustrative one, the bundled example worksheet with the answers of soal 1
 * to {@value #LOWERED} lowered ("Ya" to "Tidak", A to C).
 */
public final class PlanningStory {

  /** The illustrative worksheet lowers the answers of soal 1 to this one: "Ya" to "Tidak", A to C. */
  static final int LOWERED = 30;

  private PlanningStory() {}

  /**
   * Prints the two earliest rounds, the smallest gap to WBBM and the three biggest levers.
   *
   * @param args {@code en} for English; Bahasa Indonesia otherwise
   */
  public static void main(String[] args) {
    Locale locale = Locale.forLanguageTag(args.length > 0 ? args[0] : "id");
    Planner planner = Planner.standard();

    // 1. Pesawaran's DPMPTSP, planning at the start of 2023: a year of building from 10 November
    //    2022, and the 2023 round closed before that year ends.
    EarliestRound pesawaran = planner.earliestRound(
        Cases.load("pesawaran-dpmptsp-2024.json").unit(), Predikat.WBK, LocalDate.of(2023, 1, 2));
    System.out.println(pesawaran.explain(locale));

    // 2. Balangan's DPMPTSP, planning at the start of 2025: WBK of December 2024, held two round
    //    years before WBBM.
    EarliestRound balangan = planner.earliestRound(
        Cases.load("balangan-dpmptsp-wbbm-2026.json").unit(), Predikat.WBBM,
        LocalDate.of(2025, 1, 6));
    System.out.println(balangan.explain(locale));

    // 3. On the way to WBBM: the smallest set of answers to change, and the biggest levers.
    Worksheet worksheet = illustrativeWorksheet();
    GapPlan plan = planner.smallestGap(worksheet, GapOptions.of(Predikat.WBBM));
    System.out.println(plan.explain(locale));
    List<Lever> levers = planner.levers(worksheet, GapOptions.of(Predikat.WBBM));
    levers.stream().limit(3).forEach(lever -> System.out.println(lever.explain(locale)));
  }

  /**
   * The bundled example worksheet, the unit's own answers, with those of soal 1 to {@link #LOWERED}
   * lowered: "Ya" to "Tidak", A to C.
   */
  static Worksheet illustrativeWorksheet() {
    String resource = "/worksheets/contoh-90-2021.json";
    Worksheet worksheet;
    try (InputStream in = PlanningStory.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no bundled worksheet " + resource + " on the class path");
      }
      worksheet = ZiJson.read(in, resource, Worksheet.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled worksheet " + resource, e);
    }
    Worksheet self = Worksheet.of(worksheet.edition(), Role.SELF, worksheet.answersOf(Role.SELF));
    for (int soal = 1; soal <= LOWERED; soal++) {
      String id = "S" + soal;
      Answer answer = self.answersOf(Role.SELF).get(id);
      if (Answer.yesNo(true).equals(answer)) {
        self = self.withAnswer(Role.SELF, id, Answer.yesNo(false));
      } else if (Answer.option("A").equals(answer)) {
        self = self.withAnswer(Role.SELF, id, Answer.option("C"));
      }
    }
    return self;
  }
}
