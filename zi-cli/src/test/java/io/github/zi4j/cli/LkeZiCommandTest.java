package io.github.zi4j.cli;

import static io.github.zi4j.cli.Zi4jCommandTest.json;
import static io.github.zi4j.cli.Zi4jCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.ZiJson;
import io.github.zi4j.cli.Zi4jCommandTest.Run;
import io.github.zi4j.lke.LkeScorer;
import io.github.zi4j.lke.Role;
import io.github.zi4j.portalrb.JawabanSoal;
import io.github.zi4j.portalrb.JawabanUnit;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.workbook.TestWorkbooks;
import io.github.zi4j.workbook.TestWorkbooks.Saved;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The zi4j command line on the 90/2021 LKE workbook (sheet LKE ZI)")
class LkeZiCommandTest {

  /** The unit's answers of the bundled example, which score 93.83875 (WorkbookCommandTest). */
  static final JawabanUnit UNIT = unitOnly(JawabanUnit.read(Path.of(WorkbookCommandTest.JAWABAN)));

  @TempDir
  Path dir;

  static JawabanUnit unitOnly(JawabanUnit jawaban) {
    return new JawabanUnit(jawaban.unitId(), jawaban.namaUnit(), jawaban.tahun(),
        jawaban.answers().stream().map(a -> new JawabanSoal(a.soalId(), a.jawabanUnit(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())).toList());
  }

  /** Column L as a workbook whose formulas follow the rule saved it for UNIT. */
  static Map<String, Saved> consistent() {
    return new LinkedHashMap<>(TestWorkbooks.savedByTheRule(LkeScorer.bundled(
        Edition.PERMENPANRB_90_2021).score(UNIT.toWorksheet(), Role.SELF)));
  }

  Path lkeZi(Map<String, Saved> saved) {
    return TestWorkbooks.writeLkeZi(dir.resolve("LKE.xlsx"), UNIT, saved);
  }

  /** A workbook with just the sheets named, each with one text cell. */
  Path sheets(String... names) throws IOException {
    Path path = dir.resolve("other.xlsx");
    try (OutputStream out = Files.newOutputStream(path)) {
      Workbook workbook = new Workbook(out, "zi4j-tests", "1.0");
      for (String name : names) {
        workbook.newWorksheet(name).value(0, 0, "isi");
      }
      workbook.finish();
    }
    return path;
  }

  @Nested
  @DisplayName("the bundled examples in zi-examples/portalrb")
  class Examples {

    static final String LKE_ZI = "../zi-examples/portalrb/lke-zi-contoh.xlsx";
    static final String LKE_ZI_LHK = "../zi-examples/portalrb/lke-zi-contoh-lhk.xlsx";

    @Test
    @DisplayName("lke-zi-contoh.xlsx holds the unit's answers of jawaban-unit-contoh.json, scores"
        + " 93.83875 and checks clean")
    void consistentExample() throws IOException {
      Run jawaban = run("jawaban", LKE_ZI, "--tahun", "2026", "--unit-id", UNIT.unitId(), "--nama",
          UNIT.namaUnit());
      Run score = run("score", LKE_ZI, "--json");
      Run check = run("check", LKE_ZI);

      assertThat(ZiJson.read(jawaban.out(), "out", JawabanUnit.class)).isEqualTo(UNIT);
      assertThat(json(score.out()).at("/root/points").decimalValue())
          .isEqualByComparingTo("93.83875");
      assertThat(check.status()).isZero();
    }

    @Test
    @DisplayName("lke-zi-contoh-lhk.xlsx has the LHK formula of the notes, which check finds alone")
    void lhkExample() {
      Run check = run("check", LKE_ZI_LHK, "--lang", "en");

      assertThat(check.status()).isEqualTo(1);
      assertThat(check.out()).contains("disagree in 1 place(s)").contains("\n- 54 ")
          .contains("'LKE ZI'!L175: workbook 1.125, zi4j 1.75, difference -0.625");
    }
  }

  @Nested
  @DisplayName("read with the bundled layout, recognised by its sheet")
  class Layout {

    @Test
    @DisplayName("score scores it without --master-soal, as its answers: 93.83875")
    void scoresWithoutMasterSoal() throws IOException {
      Run run = run("score", lkeZi(consistent()).toString(), "--json");

      assertThat(run.err()).isEmpty();
      assertThat(run.status()).isZero();
      assertThat(json(run.out()).at("/root/points").decimalValue())
          .isEqualByComparingTo("93.83875");
    }

    @Test
    @DisplayName("--layout lke-zi chooses the bundled layout, and names the sheets of a workbook that"
        + " lacks LKE ZI")
    void layoutOption() throws IOException {
      Run ok = run("score", lkeZi(consistent()).toString(), "--layout", "LKE-ZI", "--json");
      Run other = run("score", WorkbookCommandTest.LKE, "--layout", "lke-zi");

      assertThat(ok.status()).isZero();
      assertThat(other.status()).isEqualTo(2);
      assertThat(other.err()).isEqualTo("zi4j: " + WorkbookCommandTest.LKE + ": 'LKE ZI': the"
          + " master soal names the sheet \"LKE ZI\", which the workbook lacks; it has [Pengungkit,"
          + " Hasil]\n");
    }

    @Test
    @DisplayName("compare says in one line that it has no TPI answers to compare with")
    void compareNeedsTpi() throws IOException {
      Path xlsx = lkeZi(consistent());

      Run run = run("compare", xlsx.toString());

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).isEqualTo("zi4j: " + xlsx + ": $: a comparison needs the TPI's"
          + " answers, and this workbook has none (an LKE ZI workbook has no TPI column; score it,"
          + " or check its own arithmetic with zi4j check)\n");
    }

    @Test
    @DisplayName("jawaban prints its answers for the year of --tahun, which it requires")
    void jawaban() throws IOException {
      Path xlsx = lkeZi(consistent());

      Run run = run("jawaban", xlsx.toString(), "--tahun", "2024", "--unit-id", UNIT.unitId(),
          "--nama", UNIT.namaUnit());
      Run noYear = run("jawaban", xlsx.toString(), "--unit-id", "u", "--nama", "U");

      assertThat(run.status()).isZero();
      JawabanUnit read = ZiJson.read(run.out(), "out", JawabanUnit.class);
      assertThat(read.tahun()).isEqualTo(2024);
      assertThat(read.answers()).isEqualTo(UNIT.answers());
      assertThat(noYear.status()).isEqualTo(2);
      assertThat(noYear.err()).startsWith("zi4j: jawaban of an LKE ZI workbook needs --tahun YEAR,"
          + " the evaluation year (the workbook does not say it) (see: zi4j help jawaban)\n");
    }

    @Test
    @DisplayName("PortalRB's template (sheet Jawaban) without --master-soal is one line asking for it")
    void jawabanSheetNeedsMasterSoal() throws IOException {
      Path xlsx = sheets("Petunjuk", "Jawaban");

      Run run = run("score", xlsx.toString());

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).isEqualTo("zi4j: " + xlsx + ": $: a workbook with the sheet Jawaban is"
          + " PortalRB's own template, read at the cells of PortalRB's master soal: add"
          + " --master-soal MASTER-SOAL.json\n");
    }

    @Test
    @DisplayName("any other workbook is one line naming its sheets and the --master-soal option")
    void otherSheets() throws IOException {
      Path xlsx = sheets("Sheet1", "Rekap");

      Run run = run("compare", xlsx.toString());

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).isEqualTo("zi4j: " + xlsx + ": $: the workbook has the sheets"
          + " [\"Sheet1\", \"Rekap\"], neither LKE ZI (the 90/2021 workbook, read with zi4j's"
          + " bundled layout) nor Jawaban (PortalRB's template): add --master-soal MASTER-SOAL.json"
          + " to read it at a master soal's cells\n");
    }

    @Test
    @DisplayName("--layout master-soal without --master-soal is bad usage, saying what to add")
    void masterSoalLayoutNeedsMasterSoal() throws IOException {
      Run run = run("score", lkeZi(consistent()).toString(), "--layout", "master-soal");

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).startsWith("zi4j: --layout master-soal needs --master-soal"
          + " MASTER-SOAL.json (see: zi4j help score)\n");
    }
  }

  @Nested
  @DisplayName("check, the workbook's own arithmetic against the rule")
  class Check {

    @Test
    @DisplayName("a workbook whose saved scores follow the rule exits 0, saying so")
    void agrees() throws IOException {
      Path xlsx = lkeZi(consistent());

      Run run = run("check", xlsx.toString(), "--lang", "en");

      assertThat(run.err()).isEmpty();
      assertThat(run.status()).isZero();
      assertThat(run.out()).isEqualTo(xlsx + ": the workbook's saved scores agree with the rule"
          + " (PERMENPANRB_90_2021) at all 150 cells checked (to 1e-9)\n");
    }

    @Test
    @DisplayName("the LHK formula of the notes exits 1 with one line, at indicator 54, in Bahasa"
        + " Indonesia by default")
    void lhkFormula() throws IOException {
      Map<String, Saved> saved = consistent();
      // the example's LHKPN: 3 of 2 + 1 + 1 reported (0.75); non-LHKPN: 40 of 20 + 15 + 5 (1); so
      // the rule gives 0.75 + 1 = 1.75, and the workbook's AVERAGE(0.75, 0.75 x 2) = 1.125,
      // leaving non-LHKPN out: 0.625 less, in the pengungkit and the total too
      assertThat(saved.get("L175").value()).isEqualByComparingTo("1.75");
      BigDecimal shift = new BigDecimal("-0.625");
      saved.put("L175", Saved.formula("AVERAGE(L176,0.75*2)", "1.125"));
      saved.put("L198", Saved.formula("SUM(L7:L197)",
          saved.get("L198").value().add(shift).toPlainString()));
      saved.put("L208", Saved.formula("L198+L206",
          saved.get("L208").value().add(shift).toPlainString()));

      Run run = run("check", lkeZi(saved).toString());

      assertThat(run.status()).isEqualTo(1);
      assertThat(run.out()).contains(": buku kerja dan aturan (PERMENPANRB_90_2021) berbeda di 1"
          + " tempat, dari 150 sel yang diperiksa:\n- 54 ");
      assertThat(run.out()).endsWith(", 'LKE ZI'!L175: buku kerja 1,125, zi4j 1,75, selisih"
          + " -0,625: kemungkinan besar dihitung dengan cara lain (aturan atas bagian-bagian yang"
          + " disimpan buku kerja sendiri memberi 1,75); juga menggeser 1 di 'LKE ZI'!L198, LKE di"
          + " 'LKE ZI'!L208\n");
    }

    @Test
    @DisplayName("a pengungkit typed one less than its parts add to (as 12 for 13) exits 1 naming it"
        + " hand-typed, and the total it shifts")
    void mistypedTotal() throws IOException {
      Map<String, Saved> saved = consistent();
      BigDecimal parts = saved.get("L198").value();
      saved.put("L198", Saved.typed(parts.subtract(BigDecimal.ONE).toPlainString()));
      saved.put("L208", Saved.formula("L198+L206",
          saved.get("L208").value().subtract(BigDecimal.ONE).toPlainString()));

      Run run = run("check", lkeZi(saved).toString(), "--lang", "en");

      assertThat(run.status()).isEqualTo(1);
      assertThat(run.out()).contains("disagree in 1 place(s), of 150 cells checked:\n- 1 ");
      assertThat(run.out()).endsWith(", 'LKE ZI'!L198: workbook " + parts.subtract(BigDecimal.ONE)
          .stripTrailingZeros().toPlainString() + ", zi4j " + parts.stripTrailingZeros()
          .toPlainString() + ", difference -1: most likely a hand-typed number that is not the sum"
          + " of its parts (typed " + parts.subtract(BigDecimal.ONE).stripTrailingZeros()
          .toPlainString() + " where its parts give " + parts.stripTrailingZeros().toPlainString()
          + "); it also shifts LKE at 'LKE ZI'!L208\n");
    }

    @Test
    @DisplayName("a workbook without the sheet LKE ZI exits 2 in one line naming its sheets")
    void notLkeZi() throws IOException {
      Path xlsx = sheets("Jawaban");

      Run run = run("check", xlsx.toString());

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).isEqualTo("zi4j: " + xlsx + ": $: check reads the scores a 90/2021"
          + " workbook saves on its sheet LKE ZI, which this workbook lacks; it has [\"Jawaban\"]\n");
    }
  }
}
