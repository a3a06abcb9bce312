package io.github.zi4j.cli;

import static io.github.zi4j.cli.Zi4jCommandTest.json;
import static io.github.zi4j.cli.Zi4jCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.ZiJson;
import io.github.zi4j.cli.Zi4jCommandTest.Run;
import io.github.zi4j.lke.LkeTemplates;
import io.github.zi4j.portalrb.JawabanSoal;
import io.github.zi4j.portalrb.JawabanUnit;
import io.github.zi4j.portalrb.MasterSoal;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.workbook.TestWorkbooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The zi4j command line on an LKE workbook (.xlsx)")
class WorkbookCommandTest {

  /** The bundled template's master soal with zi4j's example layout (not the official cells). */
  static final String MASTER = "../zi-examples/portalrb/master-soal-contoh.json";
  /** The answers of portalrb/jawaban-unit-contoh.json, written at MASTER's cells. */
  static final String LKE = "../zi-examples/portalrb/lke-contoh.xlsx";
  static final String JAWABAN = "../zi-examples/portalrb/jawaban-unit-contoh.json";

  @TempDir
  Path dir;

  @Test
  @DisplayName("the bundled example master soal has no difference with the bundled template")
  void exampleMasterSoal() {
    Run run = run("validate", MASTER);

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith(MASTER + ": no difference with the bundled template");
  }

  @Test
  @DisplayName("the bundled example workbook holds the answers of the bundled jawaban-unit example")
  void exampleWorkbook() {
    JawabanUnit jawaban = JawabanUnit.read(Path.of(JAWABAN));

    Run run = run("jawaban", LKE, "--master-soal", MASTER, "--unit-id", jawaban.unitId(),
        "--nama", jawaban.namaUnit());

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(ZiJson.read(run.out(), "out", JawabanUnit.class)).isEqualTo(jawaban);
  }

  @Test
  @DisplayName("score scores a workbook as its PortalRB answers: SELF 93.83875, TPI 91.83875")
  void scores() throws IOException {
    Run self = run("score", LKE, "--master-soal", MASTER, "--json");
    Run tpi = run("score", LKE, "--master-soal", MASTER, "--role", "TPI", "--json");

    assertThat(self.status()).isZero();
    // the same answers as worksheets/contoh-90-2021.json (see Zi4jCommandTest.PortalRbAnswers)
    assertThat(json(self.out()).at("/root/points").decimalValue())
        .isEqualByComparingTo("93.83875");
    assertThat(json(tpi.out()).at("/root/points").decimalValue())
        .isEqualByComparingTo("91.83875");
  }

  @Test
  @DisplayName("compare lists the three answers the unit and the TPI gave differently")
  void compares() {
    Run run = run("compare", LKE, "--master-soal", MASTER, "--lang", "en");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Unit self-assessment: 93.84, meets: WBBM (Wilayah "
        + "Birokrasi Bersih dan Melayani, Clean and Serving Bureaucracy Zone); internal assessment "
        + "team (TPI): 91.84, meets: WBK (Wilayah Bebas dari Korupsi, Corruption-Free Zone); answers "
        + "that differ: 3\n");
  }

  @Test
  @DisplayName("an answer that does not fit its soal exits 2 naming the cell and the soal_id")
  void badCell() {
    MasterSoal master = MasterSoal.read(Path.of(MASTER));
    JawabanUnit jawaban = JawabanUnit.read(Path.of(JAWABAN));
    JawabanUnit bad = new JawabanUnit(jawaban.unitId(), jawaban.namaUnit(), jawaban.tahun(),
        jawaban.answers().stream().map(a -> a.soalId() == 2
            ? a.withJawaban(Optional.of("Mungkin"), a.jawabanTpi()) : a).toList());
    Path xlsx = TestWorkbooks.write(dir.resolve("lke.xlsx"), master, bad);

    Run run = run("score", xlsx.toString(), "--master-soal", MASTER);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("zi4j: " + xlsx + ": 'Pengungkit'!F9: jawaban_unit of soal_id 2"
        + " must be one of [A, B, C], but was \"Mungkin\"\n");
  }

  @Test
  @DisplayName("a master soal without workbook positions exits 2 naming the master soal")
  void masterWithoutPositions() throws IOException {
    Path master = dir.resolve("master.json");
    Files.writeString(master, ZiJson.write(MasterSoal.from(
        LkeTemplates.bundled(Edition.PERMENPANRB_90_2021), 2026)));

    Run run = run("score", LKE, "--master-soal", master.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("zi4j: " + master + ": $: soal 1 must give excel_sheet to be"
        + " read from a workbook, but has none (a master soal built by MasterSoal.from has no"
        + " workbook positions)\n");
  }

  @Test
  @DisplayName("a workbook of another layout without --master-soal is one line naming its sheets and"
      + " what to add")
  void needsMasterSoal() {
    Run run = run("score", LKE);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("zi4j: " + LKE + ": $: the workbook has the sheets"
        + " [\"Pengungkit\", \"Hasil\"], neither LKE ZI (the 90/2021 workbook, read with zi4j's"
        + " bundled layout) nor Jawaban (PortalRB's template): add --master-soal MASTER-SOAL.json"
        + " to read it at a master soal's cells\n");
  }

  @Test
  @DisplayName("--master-soal with a JSON worksheet is bad usage")
  void masterSoalWithJson() {
    Run run = run("score", JAWABAN, "--master-soal", MASTER);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("zi4j: --master-soal goes with an .xlsx workbook, but was"
        + " given " + JAWABAN);
  }

  @Test
  @DisplayName("jawaban needs the unit's id and name, and says which is missing")
  void jawabanNeedsUnit() {
    Run run = run("jawaban", LKE, "--master-soal", MASTER, "--nama", "Unit");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("zi4j: jawaban needs --unit-id ID, the unit's id for PortalRB"
        + " (see: zi4j help jawaban)\n");
  }

  @Test
  @DisplayName("a file that is not a workbook exits 2 in one line")
  void notAWorkbook() throws IOException {
    Path fake = dir.resolve("fake.xlsx");
    Files.writeString(fake, "soal_id,jawaban\n");

    Run run = run("jawaban", fake.toString(), "--master-soal", MASTER, "--unit-id", "u",
        "--nama", "U");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("zi4j: " + fake + ": $: not an .xlsx workbook (an .xlsx is a"
        + " zip file, and this one does not start as one)\n");
  }

  @Test
  @DisplayName("an empty workbook cell leaves its soal unanswered, and the score says so")
  void emptyCells() throws IOException {
    MasterSoal master = MasterSoal.read(Path.of(MASTER));
    Path xlsx = TestWorkbooks.write(dir.resolve("kosong.xlsx"), master, new JawabanUnit("u",
        "U", 2026, java.util.List.of(JawabanSoal.of(1, "Ya", null))));

    Run run = run("score", xlsx.toString(), "--master-soal", MASTER, "--json");

    assertThat(run.status()).isZero();
    assertThat(json(run.out()).at("/unanswered").size()).isEqualTo(126);
  }

  @Test
  @DisplayName("a workbook named only '.xlsx' is scored like any other: the unit's id is not its file name")
  void workbookWithoutAStem() throws IOException {
    Path bare = dir.resolve(".xlsx");
    Files.copy(Path.of(LKE), bare);

    Run run = run("score", bare.toString(), "--master-soal", MASTER, "--json");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(json(run.out()).at("/root/points").decimalValue())
        .isEqualByComparingTo("93.83875");
  }
}
