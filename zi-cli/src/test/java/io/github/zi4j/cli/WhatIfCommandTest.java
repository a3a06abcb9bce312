package io.github.zi4j.cli;

import static io.github.zi4j.cli.Zi4jCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zi4j.cli.Zi4jCommandTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zi4j whatif}. Figures by hand from the domain notes: capaian kinerja is graded A-E, scored
 * 1, 3/4, 1/2, 1/4, 0 of 5 points (C 2.50, B 3.75, E 0); WBK needs capaian kinerja of at least 2.50,
 * WBBM 3.75 and birokrasi bersih dan akuntabel of at least 19.50. The bundled 90/2021 worksheet (the
 * TPI's answers decide) has capaian C, bersih dan akuntabel 18.73 and total 91.84, and meets WBK.
 */
@DisplayName("zi4j whatif: what a change of answers does to the score and the decision")
class WhatIfCommandTest {

  static final String CONTOH_90 = PlanCommandTest.CONTOH_90;
  static final String CONTOH_CASE = PlanCommandTest.CONTOH_CASE;

  @Test
  @DisplayName("capaian kinerja from C to B adds 1.25 to the total, bersih dan akuntabel and capaian"
      + " kinerja: the worksheet then meets WBBM, and every changed node shows its difference")
  void capaianToB() {
    Run run = run("whatif", CONTOH_90, "--set", "S126=B", "--lang", "en");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("If the answers change: total 91.84 → 93.09; meets WBK →"
            + " WBBM\n")
        .contains("  - 61 Birokrasi bersih dan akuntabel: 18.73 → 19.98 (+1.25)\n")
        .contains(": 2.50 → 3.75 (+1.25)\n")
        .doesNotContain("Komponen pengungkit");
  }

  @Test
  @DisplayName("a soal may be named by PortalRB's number: --set 126=B is --set S126=B")
  void soalNumber() {
    Run byNumber = run("whatif", CONTOH_90, "--set", "126=B", "--lang", "en");
    Run byId = run("whatif", CONTOH_90, "--set", "S126=B", "--lang", "en");

    assertThat(byNumber.status()).isZero();
    assertThat(byNumber.out()).isEqualTo(byId.out());
  }

  @Test
  @DisplayName("on a case, capaian kinerja E (0, below WBK's 2.50) flips the decision from ELIGIBLE"
      + " to NOT ELIGIBLE and takes 2.50 from the total")
  void flipsTheDecision() {
    Run run = run("whatif", CONTOH_CASE, "--set", "S126=E", "--lang", "en");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("If the answers change: total 91.84 → 89.34; meets WBK →"
            + " none\n  Decision: ELIGIBLE → NOT ELIGIBLE\n")
        .contains("  - LKE Nilai LKE: 91.84 → 89.34 (-2.50)\n");
  }

  @Test
  @DisplayName("several changes are applied together, and the text is in Bahasa Indonesia for an"
      + " Indonesian user")
  void severalInIndonesian() {
    Run run = run("whatif", CONTOH_CASE, "--set", "S126=E", "--set", "S1=TIDAK");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Keputusan: LAYAK DIUSULKAN → TIDAK LAYAK DIUSULKAN\n")
        .contains("91,84");
  }

  @Test
  @DisplayName("--json writes the what-if and, for a case, the eligibility before and after")
  void json() throws IOException {
    Run run = run("whatif", CONTOH_CASE, "--set", "S126=E", "--json");

    assertThat(run.status()).isZero();
    JsonNode whatIf = Zi4jCommandTest.json(run.out());
    // exact: capaian C to E takes exactly 2.50
    assertThat(whatIf.path("whatIf").path("totalBefore").decimalValue()
        .subtract(whatIf.path("whatIf").path("totalAfter").decimalValue()))
        .isEqualByComparingTo("2.50");
    assertThat(whatIf.path("whatIf").path("meetsBefore").asText()).isEqualTo("WBK");
    assertThat(whatIf.path("eligibilityBefore").asText()).isEqualTo("ELIGIBLE");
    assertThat(whatIf.path("eligibilityAfter").asText()).isEqualTo("NOT_ELIGIBLE");
  }

  @Test
  @DisplayName("a soal the LKE does not have is refused naming it")
  void unknownSoal() {
    Run run = run("whatif", CONTOH_90, "--set", "S999=A");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("zi4j: --set: S999: not a soal of PERMENPANRB_90_2021"
        + " (PortalRB's soal number, 12, or the question id, S12)\n");
  }

  @Test
  @DisplayName("an answer the soal cannot take is refused naming the soal, its text and the options")
  void answerTheSoalCannotTake() {
    Run run = run("whatif", CONTOH_90, "--set", "S12=Z");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("zi4j: --set: S12: soal S12 (Pegawai dilibatkan dalam"
        + " pembangunan Zona Integritas): ").contains("[A, B, C, D]").contains("Z");
  }

  @Test
  @DisplayName("a survey index with more decimals than the scorer keeps (14) is bad input naming"
      + " the soal, not an internal error")
  void tooManyDecimals() {
    Run run = run("whatif", CONTOH_90, "--set", "S125=3.123456789012345678");

    assertThat(run.status()).isEqualTo(2);
    // the value planned is the index's share of 4: 3.123456789012345678 / 4
    assertThat(run.err()).startsWith("zi4j: --set: S125: the value of S125 must have at most 14"
        + " decimals to be planned, but was 0.7808641972530864195");
  }

  @Test
  @DisplayName("an answer that is no answer at all is refused quoting it")
  void notAnAnswer() {
    Run run = run("whatif", CONTOH_90, "--set", "S12=?!");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("zi4j: --set: S12: the answer must be YA, TIDAK, a letter, a"
        + " number or a JSON object, but was \"?!\"\n");
  }

  @Test
  @DisplayName("a case whose LKE is given per area has no answers to change: the refusal says to"
      + " give the worksheet with --lke")
  void caseWithoutWorksheet() {
    Run run = run("whatif", PlanCommandTest.BALANGAN, "--set", "S12=A");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("zi4j: " + PlanCommandTest.BALANGAN + ": $.lke: a what-if"
        + " changes answers").contains("--lke");
  }

  @Test
  @DisplayName("whatif needs at least one change")
  void needsAChange() {
    Run run = run("whatif", CONTOH_90);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("zi4j: whatif needs a change: --set SOAL=ANSWER or --changes"
        + " CHANGES.json (see: zi4j help whatif)\n");
  }

  @Test
  @DisplayName("--changes reads the changes from a JSON object of soal to answer, as --set gives"
      + " them")
  void changesFile(@TempDir Path dir) throws IOException {
    Path changes = dir.resolve("perubahan.json");
    Files.writeString(changes, "{\"126\": \"B\"}", StandardCharsets.UTF_8);

    Run fromFile = run("whatif", CONTOH_90, "--changes", changes.toString(), "--lang", "en");
    Run bySet = run("whatif", CONTOH_90, "--set", "S126=B", "--lang", "en");

    assertThat(fromFile.status()).isZero();
    assertThat(fromFile.out()).isEqualTo(bySet.out());
  }

  @Test
  @DisplayName("a bad answer in --changes is refused at its path in that file")
  void badChangesFile(@TempDir Path dir) throws IOException {
    Path changes = dir.resolve("perubahan.json");
    Files.writeString(changes, "{\"S126\": \"B\", \"S12\": \"Z\"}", StandardCharsets.UTF_8);

    Run run = run("whatif", CONTOH_90, "--changes", changes.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("zi4j: " + changes + ": $.S12: soal S12 (Pegawai dilibatkan"
        + " dalam pembangunan Zona Integritas): ").contains("Z");
  }
}
