package io.github.zi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zi4j.ZiJson;
import io.github.zi4j.examples.Schemas;
import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.LkeTemplates;
import io.github.zi4j.portalrb.MasterSoal;
import io.github.zi4j.regulation.Edition;
import java.math.BigDecimal;
import java.util.Optional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The zi4j command line")
class Zi4jCommandTest {

  static final String PESAWARAN_2024 = "../zi-examples/cases/pesawaran-dpmptsp-2024.json";
  static final String PESAWARAN_2023 = "../zi-examples/cases/pesawaran-dpmptsp-2023.json";

  /** What one run printed, and its exit status. */
  record Run(int status, String out, String err) {}

  /** The user of these tests reads Bahasa Indonesia, unless a test gives --lang. */
  static final java.util.Locale INDONESIAN_USER = java.util.Locale.forLanguageTag("id");

  static Run run(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Zi4jCommand.run(args, stdin,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), INDONESIAN_USER);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  static JsonNode json(String text) throws IOException {
    return ZiJson.mapper().readTree(text);
  }

  @Nested
  @DisplayName("decide on a valid case")
  class Decide {

    @Test
    @DisplayName("prints the decision as JSON valid against decision.schema.json, and exits 0")
    void printsJson() throws IOException {
      Run run = run("decide", PESAWARAN_2024);

      assertThat(run.status()).isZero();
      assertThat(run.err()).isEmpty();
      JsonNode decision = json(run.out());
      assertThat(Schemas.violations(Schemas.DECISION, decision)).isEmpty();
      assertThat(decision.get("eligibility").asText()).isEqualTo("ELIGIBLE");
      // pencanangan 2022-11-10 + 1 year = 2023-11-10, after the 2023 round had closed (by
      // 2023-07-04): the first day of the 2024 round
      assertThat(decision.get("earliestProposalDate").asText()).isEqualTo("2024-07-18");
      // pengungkit 6.8 + 5.6 + 8.0 + 8.0 + 11.0 + 8.3 = 47.70;
      // hasil 3.71/4*17.5 + 0.75*5 + 3.52/4*17.5 = 16.23125 + 3.75 + 15.4 = 35.38125 -> 35.38;
      // total 83.08125 -> 83.08: WBK (>= 75) but not WBBM (< 85); the numbers exact, the text shown
      assertThat(decision.at("/lke/total").decimalValue()).isEqualByComparingTo("83.08125");
      assertThat(decision.at("/lke/text").asText()).isEqualTo("83.08");
      assertThat(decision.at("/lke/pengungkit").decimalValue()).isEqualByComparingTo("47.70");
      assertThat(decision.at("/lke/hasil").decimalValue()).isEqualByComparingTo("35.38125");
      assertThat(decision.at("/lke/meets").asText()).isEqualTo("WBK");
    }

    @Test
    @DisplayName("a case that is not eligible is still a decision: exit 0, with the failing finding")
    void notEligibleExitsZero() throws IOException {
      Run run = run("decide", PESAWARAN_2023);

      assertThat(run.status()).isZero();
      JsonNode decision = json(run.out());
      assertThat(decision.get("eligibility").asText()).isEqualTo("NOT_ELIGIBLE");
      // the 2023 round had closed by 4 July 2023 (likely): the date is too late for it
      JsonNode window = decision.get("findings").get(0);
      assertThat(window.get("rule").asText()).isEqualTo("round-window");
      assertThat(window.get("status").asText()).isEqualTo("FAIL");
      assertThat(window.get("variant").asText()).isEqualTo("closed");
      assertThat(window.get("confidence").asText()).isEqualTo("LIKELY");
      JsonNode building = decision.get("findings").get(1);
      assertThat(building.get("rule").asText()).isEqualTo("building-period");
      assertThat(building.get("status").asText()).isEqualTo("FAIL");
      assertThat(building.get("required").get("text").asText()).isEqualTo("2023-11-10");
      assertThat(building.get("actual").get("text").asText()).isEqualTo("2023-07-20");
      // 20 July 2023 to 10 November 2023: 11 + 31 + 30 + 31 + 10 = 113 days
      assertThat(building.get("shortfall").get("text").asText()).isEqualTo("P113D");
      assertThat(building.get("message").asText())
          .startsWith("Masa pembangunan sejak pencanangan 10 November 2022 belum cukup");
    }

    @Test
    @DisplayName("--text prints readable text, in Bahasa Indonesia for a user whose locale is Indonesian")
    void textInIndonesian() {
      Run run = run("decide", PESAWARAN_2023, "--text");

      assertThat(run.status()).isZero();
      assertThat(run.out())
          .startsWith("Hasil pemeriksaan kelayakan usulan WBK (Wilayah Bebas dari Korupsi) per 20 "
              + "Juli 2023 (PermenPANRB 90/2021): TIDAK LAYAK DIUSULKAN")
          .contains("Paling cepat dapat diusulkan: 18 Juli 2024, pada periode pengusulan 2024")
          .contains("[TIDAK MEMENUHI] Masa pembangunan");
    }

    @Test
    @DisplayName("--lang en prints the messages in English")
    void textInEnglish() {
      Run run = run("decide", "--text", "--lang", "en", PESAWARAN_2023);

      assertThat(run.out())
          .startsWith("Eligibility check of the proposal for WBK (Wilayah Bebas dari Korupsi, "
              + "Corruption-Free Zone) as of 20 July 2023 (PermenPANRB 90/2021): NOT ELIGIBLE")
          .contains("(113 days short)");
    }

    @Test
    @DisplayName("- reads the case from standard input")
    void readsStandardInput() throws IOException {
      byte[] bytes = Files.readAllBytes(Path.of(PESAWARAN_2024));

      Run run = run(new ByteArrayInputStream(bytes), "decide", "-");

      assertThat(run.status()).isZero();
      assertThat(json(run.out()).get("eligibility").asText()).isEqualTo("ELIGIBLE");
    }
  }

  @Nested
  @DisplayName("bad input, tried as a new user would")
  class BadInput {

    @TempDir
    Path dir;

    Run decideText(String content) throws IOException {
      Path file = dir.resolve("case.json");
      Files.writeString(file, content);
      return run("decide", file.toString());
    }

    String pesawaran() throws IOException {
      return Files.readString(Path.of(PESAWARAN_2024));
    }

    @ParameterizedTest(name = "{0}: exit 2 and one line naming {2}")
    @CsvSource(delimiter = '|', textBlock = """
        missing field kind      | "kind": "PEMDA",                        |                           | $.instansi          | missing required property kind
        unknown area            | "PENGUATAN_PENGAWASAN"                  | "PENGUATAN_PENGAWAS"      | $.lke.pengungkit    | "PENGUATAN_PENGAWAS" is not one of
        index 4.7               | "ipak": 3.71                            | "ipak": 4.7               | $.lke.hasil.ipak    | ipak (survey index) must be between 1 and 4, but was 4.7
        date in wrong format    | "asOf": "2024-07-20"                    | "asOf": "20/07/2024"      | $.asOf              | "20/07/2024" is not a date in ISO format yyyy-MM-dd
        award before pencanangan| "pencanangan": "2022-11-10"             | "pencanangan": "2022-11-10", "history": [{"event": "AWARDED", "predikat": "WBK", "date": "2021-01-01"}] | $.unit.history[0].date | history[0]: AWARDED WBK must not be before pencanangan, but was 2021-01-01 < 2022-11-10
        unknown property        | "target": "WBK",                        | "target": "WBK", "targets": "WBBM", | $.targets | unknown property "targets"
        unknown kind            | "kind": "PEMDA"                         | "kind": "PROVINSI"        | $.instansi.kind     | "PROVINSI" is not one of [KL, PEMDA]
        """)
    @DisplayName("each mistake in a case file gives exit 2 and one line naming the JSON path")
    void mistakes(String mistake, String from, String to, String path, String problem)
        throws IOException {
      String broken = pesawaran().replace(from, to == null ? "" : to);

      Run run = decideText(broken);

      assertThat(run.status()).as(mistake).isEqualTo(Zi4jCommand.BAD_INPUT);
      assertThat(run.out()).isEmpty();
      assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("com.fasterxml")
          .contains(": " + path + ": ").contains(problem);
    }

    @Test
    @DisplayName("a worksheet answer the question does not take exits 2 naming role and question")
    void badWorksheetAnswer() throws IOException {
      String broken = Files.readString(Path.of("../zi-examples/cases/contoh-mpp-worksheet-2024.json"))
          .replace("\"S127\": 3.6", "\"S127\": 4.6");

      Run run = decideText(broken);

      assertThat(run.status()).isEqualTo(2);
      // both roles have the bad answer; the TPI's, which decide, are scored first
      assertThat(run.err().strip()).contains(": $.lke.answers.TPI.S127: ")
          .contains("answer must be a survey value from 0 to 4, but was 4.6");
    }

    @Test
    @DisplayName("a worksheet of another edition than the case's exits 2 at $.lke.edition")
    void worksheetOfAnotherEdition() throws IOException {
      String broken = Files.readString(Path.of("../zi-examples/cases/contoh-mpp-worksheet-2024.json"))
          .replace("\"asOf\": \"2024-07-20\"", "\"asOf\": \"2021-07-20\"")
          .replace("\"year\": 2024", "\"year\": 2021")
          .replace("\"pencanangan\": \"2022-01-10\"", "\"pencanangan\": \"2020-01-10\"");

      Run run = decideText(broken);

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).contains(": $.lke.edition: ").contains("PERMENPANRB_90_2021")
          .contains("PERMENPANRB_10_2019");
    }

    @Test
    @DisplayName("a round of another year than asOf gives exit 2 naming $.round.year")
    void roundOfAnotherYear() throws IOException {
      String wrong = pesawaran().replace("\"round\": { \"year\": 2024 }",
          "\"round\": { \"year\": 2025 }");

      Run run = decideText(wrong);

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err().strip()).doesNotContain("\n").contains(": $.round.year: ")
          .contains("round.year must be the year of asOf").contains("but was 2025 for asOf "
              + "2024-07-20");
    }

    @Test
    @DisplayName("an award within the cooling-off of a revocation gives exit 2 naming $.unit and "
        + "the history index")
    void awardWithinTheCooldown() throws IOException {
      String impossible = pesawaran().replace("\"pencanangan\": \"2022-11-10\"",
          "\"pencanangan\": \"2018-02-01\", \"history\": ["
              + "{\"event\": \"AWARDED\", \"predikat\": \"WBK\", \"date\": \"2019-12-10\"}, "
              + "{\"event\": \"REVOKED\", \"predikat\": \"WBK\", \"date\": \"2022-02-03\"}, "
              + "{\"event\": \"AWARDED\", \"predikat\": \"WBK\", \"date\": \"2023-12-20\"}]");

      Run run = decideText(impossible);

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err().strip()).doesNotContain("\n").contains(": $.unit: history[2]: ")
          .contains("within the cooling-off period");
    }

    @Test
    @DisplayName("an empty file gives exit 2 and says the input is empty")
    void emptyFile() throws IOException {
      Run run = decideText("");

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err().strip()).endsWith(": $: the input is empty; expected a JSON object");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"this is not JSON", "{\"asOf\": \"2024-07-20\",", "{asOf: 1}"})
    @DisplayName("a file that is not JSON gives exit 2 and names the line and column")
    void notJson(String text) throws IOException {
      Run run = decideText(text);

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err().strip()).doesNotContain("\n").contains(": line 1, column ")
          .contains("not valid JSON");
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', textBlock = """
        [1, 2]                                           | $             | expected a JSON object, but found an array
        {"asOf": 19000}                                  | $.asOf        | expected a date in ISO format yyyy-MM-dd, but found a number
        {"asOf": "2024-13-01"}                           | $.asOf        | "2024-13-01" is not a date in ISO format yyyy-MM-dd
        {"asOf": "+999999999-01-01"}                     | $.asOf        | a date must lie in the years 1900 to 2200, but was +999999999-01-01
        {"lke": {"hasil": {"ipak": 1e-999999999}}}       | $.lke.hasil.ipak |  a number must lie within ±10^9 with at most 20 decimal places, but was 1E-999999999
        {"round": {"year": "2024"}}                      | $.round.year  | expected a whole number, but found a string
        {"instansi": {"name": "X", "kind": "KL", "akip": []}} | $.instansi.akip | expected a JSON object, but found an array
        """)
    @DisplayName("JSON of the wrong shape gives exit 2, the path, what was expected and what was found")
    void wrongShape(String text, String path, String problem) throws IOException {
      Run run = decideText(text);

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("$Json")
          .contains(": " + path + ": " + problem);
    }

    @Test
    @DisplayName("a missing file gives exit 2 and names the file")
    void missingFile() {
      Run run = run("decide", "no-such-case.json");

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err().strip()).isEqualTo("zi4j: no-such-case.json: $: no such file");
    }

    @Test
    @DisplayName("a date before any modelled edition gives exit 2 and says which dates are modelled")
    void beforeAnyEdition() throws IOException {
      String old = pesawaran().replace("\"asOf\": \"2024-07-20\"", "\"asOf\": \"2014-07-20\"")
          .replace("\"round\": { \"year\": 2024 }", "\"round\": { \"year\": 2014 }")
          .replace("\"pencanangan\": \"2022-11-10\"", "\"pencanangan\": \"2013-01-10\"");

      Run run = decideText(old);

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).contains("$.asOf")
          .contains("asOf must be on or after 2015-01-01").contains("but was 2014-07-20");
    }
  }

  @Nested
  @DisplayName("score a worksheet")
  class Score {

    static final String CONTOH_90 = "../zi-examples/worksheets/contoh-90-2021.json";

    @Test
    @DisplayName("prints the breakdown of the unit's own answers by default, and exits 0")
    void breakdown() {
      Run run = run("score", CONTOH_90);

      assertThat(run.status()).isZero();
      // SELF: 93.83875 (see LkeScorerTest in zi-core for the hand computation)
      assertThat(run.out()).contains("LKE Nilai LKE: 93,84 / 100,00")
          .contains("    - S18 B = 0,50")
          .contains("    - S116 3 (count)")
          .contains("    - 55.a S116 \u00f7 (S113 + S114 + S115) = 0,75");
    }

    @Test
    @DisplayName("--role TPI scores the TPI's answers; --json prints the score tree as JSON")
    void tpiAsJson() throws IOException {
      Run run = run("score", CONTOH_90, "--role", "TPI", "--json");

      JsonNode score = json(run.out());
      assertThat(score.get("role").asText()).isEqualTo("TPI");
      assertThat(score.get("complete").asBoolean()).isTrue();
      // TPI: SELF 93.83875 - 0.25 (S18 C) - 0.5 (S92 C) - 1.25 (capaian S126 C) = 91.83875
      assertThat(score.at("/root/points").decimalValue()).isEqualByComparingTo("91.83875");
    }

    @Test
    @DisplayName("a worksheet scored with another edition's template exits 2 naming both editions")
    void wrongEdition() {
      Run run = run("score", "../zi-examples/worksheets/contoh-52-2014.json", "--template",
          "../zi-core/src/main/resources/io/github/zi4j/lke/templates/permenpanrb-90-2021.json");

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).contains("PERMENPANRB_52_2014").contains("PERMENPANRB_90_2021");
    }

    @Test
    @DisplayName("a bad answer exits 2 naming its role and question in the path")
    void badAnswer() throws IOException {
      String worksheet = Files.readString(Path.of(CONTOH_90)).replaceFirst(
          "\"S2\": \"A\"", "\"S2\": \"Z\"");
      Path file = Files.createTempFile("worksheet", ".json");
      Files.writeString(file, worksheet);

      Run run = run("score", file.toString());

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err().strip()).endsWith(": $.answers.SELF.S2: answers of SELF: "
          + "question S2: answer must be one of [A, B, C], but was Z");
    }

    @Test
    @DisplayName("an invalid --template exits 2 naming the template file, not the worksheet")
    void invalidTemplate() throws IOException {
      Path template = Files.createTempFile("template", ".json");
      Files.writeString(template, "{\"id\": \"X\", \"edition\": \"PERMENPANRB_90_2021\", "
          + "\"name\": \"x\", \"citation\": \"x\", \"confidence\": \"SURE\", \"root\": "
          + "{\"id\": \"LKE\", \"name\": \"x\", \"weight\": 100}}");

      Run run = run("score", CONTOH_90, "--template", template.toString());

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).startsWith("zi4j: " + template + ": $: the template has 1 problem(s)");
    }

    @Test
    @DisplayName("an unknown role exits 2 and says which roles there are")
    void unknownRole() {
      Run run = run("score", CONTOH_90, "--role", "BPK");

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).contains("--role takes SELF or TPI, but was BPK");
    }
  }

  @Nested
  @DisplayName("read PortalRB's /lke/jawaban-unit response")
  class PortalRbAnswers {

    static final String JAWABAN = "../zi-examples/portalrb/jawaban-unit-contoh.json";

    @Test
    @DisplayName("score scores it as the 90/2021 worksheet it was built from")
    void scores() throws IOException {
      Run self = run("score", JAWABAN, "--json");
      Run tpi = run("score", JAWABAN, "--role", "TPI", "--json");

      assertThat(self.status()).isZero();
      // the same answers as worksheets/contoh-90-2021.json: SELF 93.83875, TPI 91.83875
      assertThat(json(self.out()).at("/root/points").decimalValue())
          .isEqualByComparingTo("93.83875");
      assertThat(json(tpi.out()).at("/root/points").decimalValue())
          .isEqualByComparingTo("91.83875");
    }

    @Test
    @DisplayName("compare lists the same three differences as the worksheet")
    void compares() {
      Run run = run("compare", JAWABAN, "--lang", "en");

      assertThat(run.status()).isZero();
      assertThat(run.out()).startsWith("Unit self-assessment: 93.84, meets: WBBM (Wilayah "
          + "Birokrasi Bersih dan Melayani, Clean and Serving Bureaucracy Zone); internal "
          + "assessment team (TPI): 91.84, meets: WBK (Wilayah Bebas dari Korupsi, Corruption-Free "
          + "Zone); answers that differ: 3\n");
    }

    @Test
    @DisplayName("an answer that does not fit its soal exits 2 at its JSON path, naming the soal_id")
    void badAnswer() {
      String json = """
          {"unit_id": "u1", "nama_unit": "Unit", "tahun": 2026, "answers": [
            {"soal_id": 1, "jawaban_unit": "Ya"},
            {"soal_id": 2, "jawaban_unit": "Mungkin"}]}""";

      Run run = run(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "score", "-");

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).isEqualTo("zi4j: -: $.answers[1].jawaban_unit: jawaban_unit of soal_id 2"
          + " must be one of [A, B, C], but was \"Mungkin\"\n");
    }

    @Test
    @DisplayName("a soal_id the template lacks exits 2 naming it")
    void unknownSoal() {
      String json = """
          {"unit_id": "u1", "nama_unit": "Unit", "tahun": 2026, "answers": [
            {"soal_id": 200, "jawaban_unit": "A", "jawaban_tpi": "A"}]}""";

      Run run = run(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "compare",
          "-");

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).startsWith("zi4j: -: $.answers[0].soal_id: soal_id 200 is not a soal");
    }
  }

  @Nested
  @DisplayName("validate PortalRB's master soal")
  class ValidateMasterSoal {

    static final LkeTemplate OFFICIAL = LkeTemplates.bundled(Edition.PERMENPANRB_90_2021);

    @Test
    @DisplayName("one built from the bundled template: no difference, exit 0")
    void same(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("master-soal.json");
      Files.writeString(file, ZiJson.write(MasterSoal.from(OFFICIAL, 2026)));

      Run run = run("validate", file.toString());

      assertThat(run.status()).isZero();
      assertThat(run.out()).isEqualTo(file + ": no difference with the bundled template "
          + "PERMENPANRB_90_2021 (soal ids, node weights, answer types, option values, soal weights"
          + " where not 0; computed items are not soals and are not compared)\n");
    }

    @Test
    @DisplayName("one weighted as PortalRB's 2026 file (soal weights 0, 1 on 92, 5 on 126, 17.5 on"
        + " 125 and 127, 0 on 93 of a weight-1 indicator): no difference, exit 0")
    void weightedAs2026(@TempDir Path dir) throws IOException {
      MasterSoal master = MasterSoal.from(OFFICIAL, 2026);
      master = master
          .withSoal(92, Optional.of(master.soals().get(92).withBobotMaksimal(BigDecimal.ONE)))
          .withSoal(126, Optional.of(master.soals().get(126)
              .withBobotMaksimal(new BigDecimal("5"))));
      Path file = dir.resolve("master-soal.json");
      Files.writeString(file, ZiJson.write(master));

      Run run = run("validate", file.toString());

      assertThat(run.status()).isZero();
      assertThat(run.out()).startsWith(file + ": no difference with the bundled template");
    }

    @Test
    @DisplayName("the bundled example, weighted as PortalRB's 2026 file, validates: exit 0")
    void bundledExample() {
      Run run = run("validate", "../zi-examples/portalrb/master-soal-contoh.json");

      assertThat(run.status()).isZero();
      assertThat(run.out()).startsWith("../zi-examples/portalrb/master-soal-contoh.json: no difference");
    }

    @Test
    @DisplayName("a nonzero soal weight that disagrees is reported: soal 92 at 2, its indicator"
        + " weighs 1; exit 1")
    void nonzeroWeightDiffers(@TempDir Path dir) throws IOException {
      MasterSoal master = MasterSoal.from(OFFICIAL, 2026);
      master = master.withSoal(92, Optional.of(master.soals().get(92)
          .withBobotMaksimal(new BigDecimal("2"))));
      Path file = dir.resolve("master-soal.json");
      Files.writeString(file, ZiJson.write(master));

      Run run = run("validate", file.toString());

      assertThat(run.status()).isEqualTo(1);
      assertThat(run.out()).isEqualTo(
          file + ": soal 92: bobot_maksimal is 2 in the master soal, 1 in the template\n");
    }

    @Test
    @DisplayName("one with a soal removed and a weight changed: one line each, exit 1")
    void differs(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("master-soal.json");
      MasterSoal changed = MasterSoal.from(OFFICIAL, 2026)
          .withNodeBobot(61, new BigDecimal("20"))
          .withSoal(127, Optional.empty());
      Files.writeString(file, ZiJson.write(changed));

      Run run = run("validate", file.toString());

      assertThat(run.status()).isEqualTo(1);
      assertThat(run.out().lines()).containsExactly(
          file + ": master soal: total_soal is 127, but 126 soals are listed",
          file + ": node 61: bobot_maksimal is 20 in the master soal, 22.5 in the template",
          file + ": soal 127: removed: in the template (S127), not in the master soal");
    }
  }

  @Nested
  @DisplayName("compare the unit's answers with the TPI's")
  class Compare {

    @Test
    @DisplayName("lists the three differences and marks the one that alone lowers WBBM to WBK")
    void listsDifferences() {
      Run run = run("compare", Score.CONTOH_90, "--lang", "en");

      assertThat(run.status()).isZero();
      // SELF 93.83875 meets WBBM; TPI 91.83875 meets WBK (capaian kinerja C: 2.50 < 3.75)
      assertThat(run.out().lines()).hasSize(4);
      assertThat(run.out()).startsWith("Unit self-assessment: 93.84, meets: WBBM (Wilayah "
          + "Birokrasi Bersih dan Melayani, Clean and Serving Bureaucracy Zone); internal "
          + "assessment team (TPI): 91.84, meets: WBK (Wilayah Bebas dari Korupsi, Corruption-Free "
          + "Zone); answers that differ: 3\n");
      assertThat(run.out().lines().filter(l -> l.contains("alone changes the predicate")))
          .singleElement().satisfies(l -> assertThat(l)
              .startsWith("  S126 ").contains("B -> C")
              .endsWith("[the TPI answer alone changes the predicate met from WBBM to WBK]"));
    }

    @Test
    @DisplayName("a worksheet without the TPI's answers exits 2 and says both roles are needed")
    void needsBothRoles() {
      Run run = run("compare", "../zi-examples/worksheets/contoh-52-2014.json");

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).contains("$.answers")
          .contains("a comparison needs answers of both SELF and TPI, but TPI gave none");
    }
  }

  @Nested
  @DisplayName("validate a template")
  class Validate {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a bundled template is valid: exit 0")
    void valid() {
      Run run = run("validate",
          "../zi-core/src/main/resources/io/github/zi4j/lke/templates/permenpanrb-52-2014.json");

      assertThat(run.status()).isZero();
      assertThat(run.out()).endsWith(": valid\n");
    }

    @Test
    @DisplayName("a template with mistakes lists every problem with its path, and exits 1")
    void problems() throws IOException {
      Path template = dir.resolve("template.json");
      Files.writeString(template, """
          {"id": "X", "edition": "PERMENPANRB_90_2021", "name": "x", "citation": "x",
           "confidence": "SURE",
           "root": {"id": "LKE", "name": "total", "weight": 100,
             "minimum": {"WBK": {"value": 75, "confidence": "SURE"},
                         "WBBM": {"value": 70, "confidence": "SURE"}},
             "children": [
               {"id": "A", "name": "a", "weight": 60, "questions": [
                 {"id": "A.1", "text": "a", "answer": {"type": "YES_NO"}}]},
               {"id": "B", "name": "b", "weight": 30}]}}
          """);

      Run run = run("validate", template.toString());

      assertThat(run.status()).isEqualTo(Zi4jCommand.PROBLEMS);
      assertThat(run.out().lines()).hasSize(3)
          .anySatisfy(l -> assertThat(l).contains("LKE: the children's weights add up to 90"))
          .anySatisfy(l -> assertThat(l).contains("LKE: the WBBM minimum must not be below the WBK"))
          .anySatisfy(l -> assertThat(l).contains("LKE/B: a node without children must have questions"));
    }
  }

  @Nested
  @DisplayName("portalrb on the bundled cases folder")
  class PortalRbPengusulan {

    private static final String CASES = "../zi-examples/cases";

    private String file(Path dir, String name) throws IOException {
      return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("--tahun 2024 lists the two ELIGIBLE 2024 units as WBK, and reports the cases of "
        + "other years as another round")
    void round2024(@TempDir Path dir) throws IOException {
      // when
      Run run = run("portalrb", CASES, "--tahun", "2024", "--out", dir.toString(), "--lang", "en");

      // then: the 2024 cases are Kota Contoh's MPP and DPMPTSP Pesawaran, both ELIGIBLE for WBK;
      // the five others belong to 2020, 2023 (two), 2025 and 2026
      assertThat(run.status()).isZero();
      assertThat(run.err()).isEmpty();
      JsonNode wbk = json(file(dir, "pengusulan-unit-wbk.json"));
      assertThat(wbk.get("tahun").intValue()).isEqualTo(2024);
      assertThat(wbk.get("units")).hasSize(2);
      assertThat(wbk.at("/units/0/id").asText())
          .isEqualTo("mal-pelayanan-publik-kota-contoh-fictional");
      assertThat(wbk.at("/units/1/id").asText()).isEqualTo("dpmptsp-kabupaten-pesawaran");
      assertThat(wbk.at("/units/1/nama").asText()).isEqualTo("DPMPTSP Kabupaten Pesawaran");
      assertThat(wbk.at("/units/1/kategori").asText()).isEqualTo("WBK");
      assertThat(wbk.at("/units/1/afirmasi").booleanValue()).isFalse();
      JsonNode wbbm = json(file(dir, "pengusulan-unit-wbbm.json"));
      assertThat(wbbm.get("tahun").intValue()).isEqualTo(2024);
      assertThat(wbbm.get("units")).isEmpty();
      JsonNode error = json(file(dir, "error-contoh.json"));
      assertThat(error.get("error").booleanValue()).isTrue();
      assertThat(error.get("code").asText()).isEqualTo("DATA_NOT_FOUND");
      String laporan = file(dir, "laporan.txt");
      assertThat(laporan).isEqualTo(run.out());
      // five cases of other years, and the two listed units' ids made from their names
      assertThat(laporan.lines()).first().isEqualTo(
          "Proposals 2024: 2 WBK (Wilayah Bebas dari Korupsi, Corruption-Free Zone) unit(s), 0 "
              + "WBBM (Wilayah Birokrasi Bersih dan Melayani, Clean and Serving Bureaucracy Zone) "
              + "unit(s); 7 note(s)");
      assertThat(laporan).contains("- dpmptsp-kabupaten-pesawaran (DPMPTSP Kabupaten Pesawaran, "
          + "WBK): listed with an id made from its name");
      assertThat(laporan).contains("- dpmptsp-kabupaten-balangan (DPMPTSP Kabupaten Balangan, "
          + "WBBM): left out, another round (2026, not 2024)");
      assertThat(laporan.lines().filter(line -> line.contains("another round"))).hasSize(5);
    }

    @Test
    @DisplayName("without --tahun the round is the latest year: Balangan's WBBM case is "
        + "UNDETERMINED (no 2026 criteria) and left out, the report says why")
    void latestRoundLeavesUndeterminedOut(@TempDir Path dir) throws IOException {
      // when
      Run run = run("portalrb", CASES, "--out", dir.toString(), "--lang", "en");

      // then
      assertThat(run.status()).isZero();
      assertThat(json(file(dir, "pengusulan-unit-wbbm.json")).get("tahun").intValue())
          .isEqualTo(2026);
      assertThat(json(file(dir, "pengusulan-unit-wbbm.json")).get("units")).isEmpty();
      assertThat(run.out()).contains("- dpmptsp-kabupaten-balangan (DPMPTSP Kabupaten Balangan, "
          + "WBBM): left out, undetermined; [bpk-opinion] ");
    }

    @Test
    @DisplayName("--include-undetermined lists Balangan in the WBBM response and marks it only in "
        + "the report")
    void includeUndetermined(@TempDir Path dir) throws IOException {
      // when
      Run run = run("portalrb", CASES, "--out", dir.toString(), "--include-undetermined",
          "--lang", "en");

      // then
      assertThat(run.status()).isZero();
      JsonNode wbbm = json(file(dir, "pengusulan-unit-wbbm.json"));
      assertThat(wbbm.get("units")).hasSize(1);
      assertThat(wbbm.at("/units/0/id").asText()).isEqualTo("dpmptsp-kabupaten-balangan");
      assertThat(wbbm.at("/units/0/kategori").asText()).isEqualTo("WBBM");
      assertThat(run.out()).contains("- dpmptsp-kabupaten-balangan (DPMPTSP Kabupaten Balangan, "
          + "WBBM): listed as asked, though undetermined");
    }

    @Test
    @DisplayName("two runs on the same folder write the same responses: ids are stable")
    void stableIds(@TempDir Path dir) throws IOException {
      // when
      run("portalrb", CASES, "--tahun", "2024", "--out", dir.resolve("a").toString());
      run("portalrb", CASES, "--tahun", "2024", "--out", dir.resolve("b").toString());

      // then
      for (String name : new String[] {"pengusulan-unit-wbk.json", "pengusulan-unit-wbbm.json"}) {
        assertThat(file(dir.resolve("b"), name)).isEqualTo(file(dir.resolve("a"), name));
      }
    }

    @Test
    @DisplayName("a bad case file is bad input: exit 2, one line naming the file and the path")
    void badCase(@TempDir Path dir) throws IOException {
      // given
      Files.writeString(dir.resolve("rusak.json"), "{\"asOf\": \"kemarin\"}");

      // when
      Run run = run("portalrb", dir.toString(), "--out", dir.resolve("out").toString());

      // then
      assertThat(run.status()).isEqualTo(Zi4jCommand.BAD_INPUT);
      assertThat(run.err().lines()).singleElement().asString()
          .contains("rusak.json").contains("asOf");
      assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    @DisplayName("a folder without case files, or a year that is not four digits, is bad input")
    void badFolderOrYear(@TempDir Path dir) {
      Run empty = run("portalrb", dir.toString());
      assertThat(empty.status()).isEqualTo(Zi4jCommand.BAD_INPUT);
      assertThat(empty.err()).contains("has no *.json case file");

      Run year = run("portalrb", CASES, "--tahun", "dua");
      assertThat(year.status()).isEqualTo(Zi4jCommand.BAD_INPUT);
      assertThat(year.err()).contains("--tahun takes a year of four digits, but was dua");
    }

    @Test
    @DisplayName("a year 0 is refused naming --tahun and the years it takes, not a field of a case")
    void yearZero() {
      Run year = run("portalrb", CASES, "--tahun", "0");

      assertThat(year.status()).isEqualTo(Zi4jCommand.BAD_INPUT);
      assertThat(year.err()).contains("--tahun takes a year of four digits, but was 0")
          .doesNotContain("$.unit.name");
      Run far = run("portalrb", CASES, "--tahun", "0999");
      assertThat(far.status()).isEqualTo(Zi4jCommand.BAD_INPUT);
      assertThat(far.err()).contains("--tahun takes a year from 1900 to 2200, but was 999");
    }
  }

  @Nested
  @DisplayName("usage")
  class Usage {

    @Test
    @DisplayName("no arguments print the usage, one line per command, on standard error and exit 2")
    void noArguments() {
      Run run = run();

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).startsWith("Usage: zi4j [-hV] [COMMAND]")
          .contains("\n  decide               Decides whether the unit of a case file may be"
              + " proposed.\n")
          .contains("\n  score ").contains("\n  compare ").contains("\n  jawaban ")
          .contains("\n  check ").contains("\n  validate ").contains("\n  portalrb ")
          .contains("\n  help ").contains("\n  generate-completion ")
          .contains("-V, --version").contains("3 an internal error");
    }

    @Test
    @DisplayName("help and --help print the usage on standard output, each command on one line, and"
        + " exit 0")
    void help() {
      Run help = run("help");
      Run flag = run("--help");

      assertThat(help.status()).isZero();
      assertThat(help.out()).startsWith("Usage: zi4j [-hV] [COMMAND]");
      // one line per command: the line after a command's is the next command's
      assertThat(help.out().lines().dropWhile(line -> !line.equals("Commands:")).skip(1)
          .takeWhile(line -> !line.isEmpty()))
          .extracting(line -> line.strip().split(" ")[0])
          .containsExactly("decide", "score", "compare", "jawaban", "check", "validate",
              "portalrb", "plan", "whatif", "portfolio", "help", "generate-completion");
      assertThat(flag.status()).isZero();
      assertThat(flag.out()).isEqualTo(help.out());
    }

    @Test
    @DisplayName("help COMMAND and COMMAND --help print that command's synopsis and what it does")
    void helpForOneCommand() {
      Run help = run("help", "score");
      Run flag = run("score", "--help");

      assertThat(help.status()).isZero();
      assertThat(help.out()).startsWith("Usage: zi4j score ").contains("--layout=lke-zi|master-soal")
          .contains("--master-soal=MASTER-SOAL.json").contains("--role=SELF|TPI")
          .contains("WORKSHEET.json|LKE.xlsx|-").contains("Scores a worksheet")
          .doesNotContain("zi4j decide");
      assertThat(flag.out()).isEqualTo(help.out());
    }

    @Test
    @DisplayName("--version prints zi4j's version")
    void version() {
      Run run = run("--version");

      assertThat(run.status()).isZero();
      assertThat(run.out()).startsWith("zi4j ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        grade case.json                    | unknown command "grade"            | (see: zi4j help)
        decide                             | Missing required parameter: 'CASE.json | (see: zi4j help decide)
        decide a.json b.json               | decide takes exactly one file, but was also given 'b.json' | (see: zi4j help decide)
        decide a.json --lang fr            | --lang takes id or en, but was fr  | (see: zi4j help decide)
        decide a.json --lang=fr            | --lang takes id or en, but was fr  | (see: zi4j help decide)
        decide a.json --verbose            | Unknown option: '--verbose'        | (see: zi4j help decide)
        score x.json --foo                 | Unknown option: '--foo'            | (see: zi4j help score)
        score x.json --role                | Missing required parameter for option '--role' | (see: zi4j help score)
        help grade                         | Unknown subcommand 'grade'         | (see: zi4j help)
        """)
    @DisplayName("a wrong command line exits 2 with one line naming what is wrong and where the usage"
        + " is")
    void wrongUsage(String line, String problem, String hint) {
      Run run = run(line.split(" "));

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).startsWith("zi4j: ").contains(problem).endsWith(hint + "\n")
          .hasLineCount(1);
    }

    @Test
    @DisplayName("an option's value may follow it or an equals sign: --lang=en as --lang en")
    void equalsSign() {
      Run spaced = run("decide", PESAWARAN_2023, "--text", "--lang", "en");
      Run joined = run("decide", PESAWARAN_2023, "--text", "--lang=en");

      assertThat(joined.status()).isZero();
      assertThat(joined.out()).startsWith("Eligibility check of the proposal").isEqualTo(spaced.out());
    }

    @Test
    @DisplayName("generate-completion prints a bash completion script for zi4j's commands and options")
    void completion() {
      Run run = run("generate-completion");

      assertThat(run.status()).isZero();
      assertThat(run.out()).contains("complete -F _complete_zi4j").contains("decide")
          .contains("--master-soal").contains("--lang");
    }

    @Test
    @DisplayName("option values are read whatever their case: --lang EN, --role tpi")
    void caseInsensitiveValues() {
      Run english = run("decide", PESAWARAN_2023, "--text", "--lang", "EN");
      Run tpi = run("score", Score.CONTOH_90, "--role", "tpi");

      assertThat(english.status()).isZero();
      assertThat(english.out()).startsWith("Eligibility check of the proposal");
      assertThat(tpi.status()).isZero();
      assertThat(tpi.out().lines().findFirst().orElseThrow()).endsWith("TPI");
    }

    @Test
    @DisplayName("a directory given as a file says so, and exits 2")
    void directory() {
      Run run = run("decide", "../zi-examples/cases");

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).contains("../zi-examples/cases: $: is a directory, not a file");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"decide", "score", "validate"})
    @DisplayName("a plain IllegalArgumentException, which no bad input gives, is an internal error:"
        + " exit 3 and one line asking for a bug report, not a bad field")
    void bugIsNotBadInput(String command) {
      InputStream buggy = new InputStream() {
        @Override
        public int read() {
          throw new IllegalArgumentException("a bug, not bad input");
        }

        @Override
        public int read(byte[] b, int off, int len) {
          throw new IllegalArgumentException("a bug, not bad input");
        }
      };

      Run run = run(buggy, command, "-");

      assertThat(run.status()).isEqualTo(Zi4jCommand.INTERNAL_ERROR);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).isEqualTo("zi4j: internal error (java.lang.IllegalArgumentException: a"
          + " bug, not bad input); please report it with the input that caused it\n");
    }

    @Test
    @DisplayName("a closed pipe is not an error: the decision ends quietly with exit 0")
    void closedPipe() {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      java.io.OutputStream closed = new java.io.OutputStream() {
        @Override
        public void write(int b) throws IOException {
          throw new IOException("Broken pipe");
        }
      };

      int status = Zi4jCommand.run(new String[] {"decide", PESAWARAN_2024},
          InputStream.nullInputStream(), new ConsoleOutput(closed), new PrintStream(err, true),
          INDONESIAN_USER);

      assertThat(status).isZero();
      assertThat(err.toString()).isEmpty();
    }

    @Test
    @DisplayName("a full disk through standard output is still exit 4, saying the result could not be"
        + " written")
    void fullDiskThroughStandardOutput() {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      java.io.OutputStream full = new java.io.OutputStream() {
        @Override
        public void write(int b) throws IOException {
          throw new IOException("No space left on device");
        }
      };

      int status = Zi4jCommand.run(new String[] {"decide", PESAWARAN_2024},
          InputStream.nullInputStream(), new ConsoleOutput(full), new PrintStream(err, true),
          INDONESIAN_USER);

      assertThat(status).isEqualTo(Zi4jCommand.OUTPUT_FAILED);
      assertThat(err.toString()).startsWith("zi4j: the result could not be written");
    }

    @Test
    @DisplayName("a result that cannot be written (a full disk, a closed pipe) exits 4, saying so")
    void outputFails() {
      java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
      java.io.OutputStream full = new java.io.OutputStream() {
        @Override
        public void write(int b) throws java.io.IOException {
          throw new java.io.IOException("No space left on device");
        }
      };

      int status = Zi4jCommand.run(new String[] {"decide", PESAWARAN_2024},
          InputStream.nullInputStream(), new java.io.PrintStream(full, true),
          new java.io.PrintStream(err, true));

      assertThat(status).isEqualTo(Zi4jCommand.OUTPUT_FAILED);
      assertThat(err.toString()).startsWith("zi4j: the result could not be written");
    }
  }
}
