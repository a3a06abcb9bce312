package io.github.zi4j.rules.portalrb;

import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.Language;
import io.github.zi4j.instansi.InstansiKind;
import io.github.zi4j.internal.Limits;
import io.github.zi4j.rules.Decision;
import io.github.zi4j.rules.Eligibility;
import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.RuleId;
import io.github.zi4j.rules.Status;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.UnitIds;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an instansi answers when PortalRB pulls its proposals for a round (<i>pengusulan</i>): the
 * {@code /pengusulan/unit-wbk} and {@code /pengusulan/unit-wbbm} responses, and a report of every unit
 * left out and why.
 *
 * <pre>{@code
 * Pengusulan p = Pengusulan.of(2024, List.of(Kandidat.of(proposal, engine.decide(proposal))));
 * ZiJson.write(p.unitWbk());   // {"tahun": 2024, "units": [{"id": "dpmptsp-...", ...}]}
 * p.laporan(Locale.ENGLISH);   // who was left out, and why
 * }</pre>
 *
 * <p>A candidate is listed, in the order given, under its proposal's target when its decision is
 * ELIGIBLE (or UNDETERMINED, when asked: then the report marks it); a pemda's afirmasi unit as {@code
 * WBK-AFIRMASI}. A K/L's unit marked afirmasi was judged as any K/L unit (afirmasi is a pemda's
 * arrangement), so it is listed as {@code WBK} (or {@code WBBM}) with {@code afirmasi} false, and the
 * report says why. A listed unit whose id was made from its name (it has no {@code id} of its own) is
 * named in the report too. A WBBM candidate is listed only when its instansi (by name) meets the round's WBBM
 * criteria: no WBBM decision of that instansi in this round has a failing BPK opinion, AKIP, Indeks RB
 * or SPIP finding; otherwise the report gives those findings. Criteria the engine cannot check (no
 * round data, no fact of the evidence year) make the decision UNDETERMINED, handled as any other. A
 * candidate of another round's year is left out. Ids must be distinct within the round, whatever
 * their case.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Pengusulan {

  /** The rules of the round's criteria for the instansi. */
  private static final Set<RuleId> INSTANSI_CRITERIA =
      Set.of(RuleId.BPK_OPINION, RuleId.AKIP_GRADE, RuleId.INDEKS_RB, RuleId.SPIP_LEVEL);

  private final DaftarUnit unitWbk;
  private final DaftarUnit unitWbbm;
  private final List<Catatan> catatan;

  private Pengusulan(DaftarUnit unitWbk, DaftarUnit unitWbbm, List<Catatan> catatan) {
    this.unitWbk = unitWbk;
    this.unitWbbm = unitWbbm;
    this.catatan = List.copyOf(catatan);
  }

  /**
   * The responses for the round of {@code tahun}, listing ELIGIBLE candidates only.
   *
   * @param tahun the round's year
   * @param kandidat the candidates, of any round
   * @return the responses and report
   * @throws IllegalArgumentException when two candidates of the round share an id, or the year is out
   *     of range
   */
  public static Pengusulan of(int tahun, Collection<Kandidat> kandidat) {
    return of(tahun, kandidat, false);
  }

  /**
   * The responses for the round of {@code tahun}.
   *
   * @param tahun the round's year
   * @param kandidat the candidates, of any round
   * @param includeUndetermined whether UNDETERMINED candidates are listed too (the report marks them)
   * @return the responses and report
   * @throws IllegalArgumentException when two candidates of the round share an id, or the year is out
   *     of range
   */
  public static Pengusulan of(int tahun, Collection<Kandidat> kandidat,
      boolean includeUndetermined) {
    Objects.requireNonNull(kandidat, "kandidat is required");
    int at = 0;
    for (Kandidat k : kandidat) {
      if (k == null) {
        throw new InvalidFieldException("kandidat[" + at + "]",
            "kandidat must not contain null, but kandidat[" + at + "] was null");
      }
      at++;
    }
    Map<String, List<Finding>> criteriaFailed = new HashMap<>();
    Map<String, Kandidat> ids = new LinkedHashMap<>();
    int index = -1;
    for (Kandidat k : kandidat) {
      index++;
      if (k.proposal().roundYear() != tahun) {
        continue;
      }
      Kandidat before = ids.put(UnitIds.key(k.id()), k);
      if (before != null) {
        throw new InvalidFieldException("kandidat[" + index + "].id",
            "a unit's id must be unique in the round of " + tahun
            + " (whatever its case), but \"" + Limits.quote(k.id()) + "\" is given for \""
            + Limits.quote(before.proposal().unit().name()) + "\" and \""
            + Limits.quote(k.proposal().unit().name()) + "\"");
      }
      if (k.proposal().target() == Predikat.WBBM) {
        List<Finding> failed = failedCriteria(k.decision());
        if (!failed.isEmpty()) {
          criteriaFailed.putIfAbsent(k.proposal().instansi().name(), failed);
        }
      }
    }
    List<UnitUsulan> wbk = new ArrayList<>();
    List<UnitUsulan> wbbm = new ArrayList<>();
    List<Catatan> catatan = new ArrayList<>();
    for (Kandidat k : kandidat) {
      Decision decision = k.decision();
      Predikat target = k.proposal().target();
      String nama = k.proposal().unit().name();
      int year = k.proposal().roundYear();
      if (year != tahun) {
        catatan.add(new Catatan(k.id(), nama, target, year, Alasan.OTHER_ROUND, List.of()));
        continue;
      }
      List<Finding> failed = target == Predikat.WBBM
          ? criteriaFailed.getOrDefault(k.proposal().instansi().name(), List.of()) : List.of();
      if (!failed.isEmpty()) {
        catatan.add(new Catatan(k.id(), nama, target, year, Alasan.INSTANSI_CRITERIA, failed));
        continue;
      }
      Eligibility eligibility = decision.eligibility();
      if (eligibility == Eligibility.NOT_ELIGIBLE) {
        catatan.add(new Catatan(k.id(), nama, target, year, Alasan.NOT_ELIGIBLE,
            decision.findings(Status.FAIL)));
        continue;
      }
      if (eligibility == Eligibility.UNDETERMINED) {
        catatan.add(new Catatan(k.id(), nama, target, year, includeUndetermined
            ? Alasan.UNDETERMINED_LISTED : Alasan.UNDETERMINED, decision.findings(Status.UNKNOWN)));
        if (!includeUndetermined) {
          continue;
        }
      }
      // afirmasi is a pemda's arrangement: a K/L's unit marked afirmasi was judged as any K/L unit
      boolean marked = k.proposal().unit().afirmasi();
      boolean afirmasi = marked && k.proposal().instansi().kind() == InstansiKind.PEMDA
          && target == Predikat.WBK;
      if (target == Predikat.WBBM) {
        wbbm.add(new UnitUsulan(k.id(), nama, Kategori.WBBM, false));
      } else {
        wbk.add(new UnitUsulan(k.id(), nama, afirmasi ? Kategori.WBK_AFIRMASI : Kategori.WBK,
            afirmasi));
      }
      if (marked && k.proposal().instansi().kind() != InstansiKind.PEMDA) {
        catatan.add(new Catatan(k.id(), nama, target, year, Alasan.AFIRMASI_NOT_PEMDA,
            decision.findings(RuleId.AFIRMASI)));
      }
      if (k.idFromName()) {
        catatan.add(new Catatan(k.id(), nama, target, year, Alasan.ID_FROM_NAME, List.of()));
      }
    }
    return new Pengusulan(new DaftarUnit(tahun, wbk), new DaftarUnit(tahun, wbbm), catatan);
  }

  /** The failing instansi-criteria findings of a WBBM decision. */
  private static List<Finding> failedCriteria(Decision decision) {
    List<Finding> failed = new ArrayList<>();
    for (Finding finding : decision.findings(Status.FAIL)) {
      if (INSTANSI_CRITERIA.contains(finding.rule())) {
        failed.add(finding);
      }
    }
    return failed;
  }

  /**
   * The round's year, the {@code tahun} of both responses.
   *
   * @return the year
   */
  public int tahun() {
    return unitWbk.tahun();
  }

  /**
   * The {@code GET /pengusulan/unit-wbk} response.
   *
   * @return the WBK and WBK-AFIRMASI units
   */
  public DaftarUnit unitWbk() {
    return unitWbk;
  }

  /**
   * The {@code GET /pengusulan/unit-wbbm} response.
   *
   * @return the WBBM units; none when the instansi does not meet the round's WBBM criteria
   */
  public DaftarUnit unitWbbm() {
    return unitWbbm;
  }

  /**
   * The report: every unit left out, and every unit listed with a mark (undetermined, an id made
   * from its name, an afirmasi mark that does not apply), in the order given.
   *
   * @return the report's lines
   */
  public List<Catatan> catatan() {
    return catatan;
  }

  /**
   * The report as text in {@code locale}'s language: a title with the year and how many units each
   * response lists, then one line per {@link Catatan}; the first use of each acronym is spelled out
   * once ({@link Language#spellOut(String)}).
   *
   * @param locale the reader's locale: Bahasa Indonesia for {@code id} (or {@code in}), English for
   *     any other, as {@link Language#of(Locale)} says
   * @return the text, lines ending with {@code \n}
   */
  public String laporan(Locale locale) {
    boolean indonesian = Language.of(locale) == Language.INDONESIAN;
    StringBuilder text = new StringBuilder();
    text.append(indonesian
        ? "Pengusulan " + tahun() + ": " + unitWbk.units().size() + " unit WBK, "
            + unitWbbm.units().size() + " unit WBBM; " + catatan.size() + " catatan"
        : "Proposals " + tahun() + ": " + unitWbk.units().size() + " WBK unit(s), "
            + unitWbbm.units().size() + " WBBM unit(s); " + catatan.size() + " note(s)")
        .append('\n');
    for (Catatan c : catatan) {
      text.append("- ").append(c.message(locale, tahun())).append('\n');
    }
    return Language.of(locale).spellOut(text.toString());
  }

  /**
   * The report as text in Bahasa Indonesia, {@link Language#DEFAULT}, as {@link #laporan(Locale)}
   * writes it.
   *
   * @return the text, lines ending with {@code \n}
   */
  public String laporan() {
    return laporan(Language.DEFAULT.locale());
  }
}
