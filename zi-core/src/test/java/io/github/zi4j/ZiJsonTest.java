package io.github.zi4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.zi4j.instansi.BpkOpinion;
import io.github.zi4j.instansi.Grade;
import io.github.zi4j.instansi.Instansi;
import io.github.zi4j.instansi.InstansiKind;
import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.lke.AreaScore;
import io.github.zi4j.lke.CapaianKinerja;
import io.github.zi4j.lke.Hasil;
import io.github.zi4j.lke.LkeResult;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.round.InstansiCriteria;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.round.ProposalRounds;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.PredikatEvent;
import io.github.zi4j.unit.UnitKerja;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("ZiJson reads back what it writes, and names the JSON path and the problem of every bad input")
class ZiJsonTest {

  private static final String SOURCE = "pesawaran-2024.json";

  private static final LocalDate AS_OF = LocalDate.of(2024, 7, 20);
  private static final LocalDate PESAWARAN_PENCANANGAN = LocalDate.of(2022, 11, 10);
  private static final LocalDate DPMPTSP_WBK = LocalDate.of(2024, 12, 10);
  private static final int EVIDENCE_YEAR = 2023;
  private static final int ROUND_YEAR = 2024;
  // a hypothetical quota, as the 2022 round had one (domain notes §7)
  private static final int PROPOSALS_PER_INSTANSI = 3;

  // PN Surabaya (domain notes §2): WBK 2019 (day and pencanangan assumed), revoked 3 February 2022
  private static final LocalDate PN_SURABAYA_PENCANANGAN = LocalDate.of(2018, 3, 1);
  private static final LocalDate PN_SURABAYA_WBK = LocalDate.of(2019, 12, 10);
  private static final LocalDate PN_SURABAYA_REVOKED = LocalDate.of(2022, 2, 3);

  /** The case file of the issue, with all six areas. */
  private static final String CASE_JSON = """
      { "asOf": "2024-07-20", "target": "WBK",
        "instansi": { "name": "Pemerintah Kabupaten Pesawaran", "kind": "PEMDA",
          "bpkOpinion": {"2023": "WTP"}, "akip": {"2023": "B"}, "indeksRb": {"2023": "CC"} },
        "unit": { "name": "DPMPTSP Kabupaten Pesawaran", "pencanangan": "2022-11-10",
          "history": [ {"event": "AWARDED", "predikat": "WBK", "date": "2024-12-10"} ] },
        "round": { "year": 2024 },
        "lke": {
          "pengungkit": {
            "MANAJEMEN_PERUBAHAN": {"pemenuhan": 3.6, "reform": 3.2},
            "PENATAAN_TATALAKSANA": {"pemenuhan": 3.1, "reform": 2.8},
            "PENATAAN_SISTEM_MANAJEMEN_SDM": {"pemenuhan": 4.25, "reform": 3.9},
            "PENGUATAN_AKUNTABILITAS_KINERJA": {"pemenuhan": 4.4, "reform": 3.75},
            "PENGUATAN_PENGAWASAN": {"pemenuhan": 6.6, "reform": 5.85},
            "PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK": {"pemenuhan": 4.5, "reform": 4.05} },
          "hasil": { "ipak": 3.71, "capaianKinerja": "B", "ipkp": 3.52 } } }
      """;

  private static final Instansi PESAWARAN = Instansi.builder()
      .name("Pemerintah Kabupaten Pesawaran")
      .kind(InstansiKind.PEMDA)
      .putBpkOpinion(EVIDENCE_YEAR, BpkOpinion.WTP)
      .putAkip(EVIDENCE_YEAR, Grade.B)
      .putIndeksRb(EVIDENCE_YEAR, Grade.CC)
      .build();

  private static final UnitKerja DPMPTSP = UnitKerja.builder()
      .name("DPMPTSP Kabupaten Pesawaran")
      .pencanangan(PESAWARAN_PENCANANGAN)
      .addHistory(PredikatEvent.awarded(Predikat.WBK, DPMPTSP_WBK))
      .build();

  private static final Hasil HASIL = Hasil.of(points("3.71"), CapaianKinerja.B, points("3.52"));

  // the scale of each decimal is the one written in the file: 3.6 and 3.60 are different values
  private static final LkeResult LKE = LkeResult.builder()
      .putPengungkit(AreaPerubahan.MANAJEMEN_PERUBAHAN, score("3.6", "3.2"))
      .putPengungkit(AreaPerubahan.PENATAAN_TATALAKSANA, score("3.1", "2.8"))
      .putPengungkit(AreaPerubahan.PENATAAN_SISTEM_MANAJEMEN_SDM, score("4.25", "3.9"))
      .putPengungkit(AreaPerubahan.PENGUATAN_AKUNTABILITAS_KINERJA, score("4.4", "3.75"))
      .putPengungkit(AreaPerubahan.PENGUATAN_PENGAWASAN, score("6.6", "5.85"))
      .putPengungkit(AreaPerubahan.PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK, score("4.5", "4.05"))
      .hasil(HASIL)
      .build();

  private static final Proposal CASE = Proposal.builder()
      .asOf(AS_OF)
      .target(Predikat.WBK)
      .instansi(PESAWARAN)
      .unit(DPMPTSP)
      .round(ProposalRound.builder().year(ROUND_YEAR).build())
      .lke(LKE)
      .build();

  private static final UnitKerja PN_SURABAYA = UnitKerja.builder()
      .name("Pengadilan Negeri Surabaya")
      .pencanangan(PN_SURABAYA_PENCANANGAN)
      .addHistory(PredikatEvent.awarded(Predikat.WBK, PN_SURABAYA_WBK))
      .addHistory(PredikatEvent.revoked(Predikat.WBK, PN_SURABAYA_REVOKED))
      .build();

  private static final ProposalRound ROUND_2024 =
      ProposalRounds.bundled().forYear(ROUND_YEAR).orElseThrow();

  /** A case that fills every optional part: a whole round with a quota, an edition and a note. */
  private static final Proposal FULL_CASE = CASE
      .withRound(ROUND_2024.withQuota(PROPOSALS_PER_INSTANSI).withConfidence(Confidence.LIKELY))
      .withEdition(Edition.PERMENPANRB_90_2021)
      .withNote("three OPD reached the interview stage (domain notes §2)");

  private static BigDecimal points(String value) {
    return new BigDecimal(value);
  }

  private static AreaScore score(String pemenuhan, String reform) {
    return AreaScore.of(points(pemenuhan), points(reform));
  }

  private static final List<String> JACKSON_WORDS = List.of(
      "com.fasterxml", "jackson", "JsonToken", "DeserializationFeature", "CoercionConfig", "$Json",
      "java.math", "java.util", "io.github.zi4j.", "[Source", "(String)");

  /**
   * Reads {@code json} as a case and returns the rejection, having checked what every rejection must be:
   * one line, "source: path: problem", free of Jackson and Java class names.
   */
  private static ZiParseException rejected(String json) {
    ZiParseException e =
        catchThrowableOfType(ZiParseException.class, () -> ZiJson.read(json, SOURCE, Proposal.class));
    assertThat(e).as("a ZiParseException").isNotNull();
    assertThat(e.source()).isEqualTo(SOURCE);
    assertThat(e.getMessage())
        .isEqualTo(SOURCE + ": " + e.path() + ": " + e.problem())
        .doesNotContain("\n", "\r");
    for (String word : JACKSON_WORDS) {
      assertThat(e.getMessage()).doesNotContainIgnoringCase(word);
    }
    return e;
  }

  private static void assertProblemNamesAll(ZiParseException e, List<String> words) {
    for (String word : words) {
      assertThat(e.problem()).containsIgnoringCase(word);
    }
  }

  @Nested
  @DisplayName("the case file of the issue")
  class TheCaseFileOfTheIssue {

    @Test
    @DisplayName("reads as the proposal it describes")
    void reads() {
      // when
      Proposal read = ZiJson.read(CASE_JSON, SOURCE, Proposal.class);

      // then
      assertThat(read).isEqualTo(CASE);
    }

    @Test
    @DisplayName("writes and reads back equal")
    void roundTrip() {
      // given
      Proposal read = ZiJson.read(CASE_JSON, SOURCE, Proposal.class);

      // when
      Proposal readBack = ZiJson.read(ZiJson.write(read), SOURCE, Proposal.class);

      // then
      assertThat(readBack).isEqualTo(read);
    }

    @Test
    @DisplayName("writes dates as ISO text yyyy-MM-dd")
    void isoDates() throws IOException {
      // when
      JsonNode written = ZiJson.mapper().readTree(ZiJson.write(CASE));

      // then
      assertThat(written.get("asOf").isTextual()).isTrue();
      assertThat(written.get("asOf").textValue()).isEqualTo("2024-07-20");
      assertThat(written.at("/unit/pencanangan").textValue()).isEqualTo("2022-11-10");
      assertThat(written.at("/unit/history/0/date").textValue()).isEqualTo("2024-12-10");
    }

    @Test
    @DisplayName("writes points as exact numbers")
    void exactNumbers() throws IOException {
      // when
      JsonNode written = ZiJson.mapper().readTree(ZiJson.write(CASE));

      // then
      JsonNode ipak = written.at("/lke/hasil/ipak");
      assertThat(ipak.isNumber()).isTrue();
      assertThat(ipak.decimalValue()).isEqualByComparingTo(points("3.71"));
      assertThat(written.at("/lke/pengungkit/PENGUATAN_PENGAWASAN/reform").decimalValue())
          .isEqualByComparingTo(points("5.85"));
    }

    @Test
    @DisplayName("reads the same from a stream as from a string")
    void fromStream() {
      InputStream in = new ByteArrayInputStream(CASE_JSON.getBytes(StandardCharsets.UTF_8));

      assertThat(ZiJson.read(in, SOURCE, Proposal.class)).isEqualTo(CASE);
    }
  }

  static Stream<Arguments> everyValueType() {
    return Stream.of(
        Arguments.of("Proposal, every part given", FULL_CASE),
        Arguments.of("Instansi", PESAWARAN),
        Arguments.of("UnitKerja with an award and a revocation", PN_SURABAYA),
        Arguments.of("PredikatEvent", PredikatEvent.revoked(Predikat.WBK, PN_SURABAYA_REVOKED)),
        Arguments.of("ProposalRound of 2024", ROUND_2024),
        Arguments.of("InstansiCriteria for WBBM in 2024",
            ROUND_2024.criteriaFor(Predikat.WBBM).orElseThrow()),
        Arguments.of("LkeResult", LKE),
        Arguments.of("AreaScore", score("7.50", "7.50")),
        Arguments.of("Hasil", HASIL),
        Arguments.of("Edition", Edition.PERMENPANRB_52_2014));
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("every value type writes and reads back equal")
  @MethodSource("everyValueType")
  void everyValueTypeRoundTrips(String type, Object value) {
    // when
    Object readBack = ZiJson.read(ZiJson.write(value), SOURCE, value.getClass());

    // then
    assertThat(readBack).isEqualTo(value);
  }

  @Test
  @DisplayName("a list of rounds writes and reads back equal")
  void listRoundTrips() {
    // given
    List<ProposalRound> rounds = ProposalRounds.bundled().all();
    byte[] written = ZiJson.write(rounds).getBytes(StandardCharsets.UTF_8);

    // when
    List<ProposalRound> readBack = ZiJson.read(
        new ByteArrayInputStream(written), SOURCE, new TypeReference<List<ProposalRound>>() {});

    // then
    assertThat(readBack).isEqualTo(rounds);
  }

  static Stream<Arguments> badCases() {
    return Stream.of(
        bad("an unknown property", CASE_JSON.replace("\"target\": \"WBK\",",
                "\"target\": \"WBK\", \"colour\": \"red\","),
            "$.colour", "unknown property \"colour\"", "allowed", "asOf", "target", "unit"),
        bad("an unknown property of the unit",
            CASE_JSON.replace("\"name\": \"DPMPTSP", "\"nama\": \"DPMPTSP"),
            "$.unit.nama", "unknown property \"nama\"", "allowed", "name", "pencanangan"),
        bad("an unknown area key FOO", CASE_JSON.replace("PENATAAN_TATALAKSANA", "FOO"),
            "$.lke.pengungkit", "\"FOO\"", "MANAJEMEN_PERUBAHAN",
            "PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK"),
        bad("an IPAK of 4.7", CASE_JSON.replace("\"ipak\": 3.71", "\"ipak\": 4.7"),
            "$.lke.hasil.ipak", "ipak", "4.7", "between 1 and 4"),
        bad("an IPKP of 0.9", CASE_JSON.replace("\"ipkp\": 3.52", "\"ipkp\": 0.9"),
            "$.lke.hasil.ipkp", "ipkp", "0.9", "between 1 and 4"),
        bad("pengawasan pemenuhan 7.51 above its weight 7.50",
            CASE_JSON.replace("\"pemenuhan\": 6.6", "\"pemenuhan\": 7.51"),
            "$.lke.pengungkit.PENGUATAN_PENGAWASAN.pemenuhan", "PENGUATAN_PENGAWASAN.pemenuhan",
            "7.51", "between 0 and 7.50"),
        bad("a missing area", CASE_JSON.replace(
                "\"PENATAAN_TATALAKSANA\": {\"pemenuhan\": 3.1, \"reform\": 2.8},", ""),
            "$.lke.pengungkit.PENATAAN_TATALAKSANA", "PENATAAN_TATALAKSANA", "missing",
            "all six areas"),
        bad("negative points", CASE_JSON.replace("\"reform\": 3.2", "\"reform\": -0.5"),
            "$.lke.pengungkit.MANAJEMEN_PERUBAHAN.reform", "reform", "-0.5",
            "must not be negative"),
        bad("a date in the wrong format 2024/07/20", CASE_JSON.replace("2024-07-20", "2024/07/20"),
            "$.asOf", "2024/07/20", "yyyy-MM-dd"),
        bad("a history date in the wrong format", CASE_JSON.replace("2024-12-10", "10-12-2024"),
            "$.unit.history[0].date", "10-12-2024", "yyyy-MM-dd"),
        bad("an award before the pencanangan", CASE_JSON.replace("2024-12-10", "2021-12-10"),
            "$.unit.history[0].date", "history[0]", "2021-12-10", "must not be before pencanangan",
            "2022-11-10"),
        bad("an unknown predicate", CASE_JSON.replace("\"target\": \"WBK\"", "\"target\": \"WBX\""),
            "$.target", "\"WBX\"", "WBK", "WBBM"),
        bad("no kind", CASE_JSON.replace("\"kind\": \"PEMDA\",", ""),
            "$.instansi", "missing required property", "kind"),
        bad("no asOf", CASE_JSON.replace("\"asOf\": \"2024-07-20\",", ""),
            "$", "missing required property", "asOf"),
        bad("a null kind", CASE_JSON.replace("\"kind\": \"PEMDA\"", "\"kind\": null"),
            "$.instansi", "required", "kind"),
        bad("a null asOf", CASE_JSON.replace("\"asOf\": \"2024-07-20\"", "\"asOf\": null"),
            "$", "required", "asOf"),
        bad("a null event", CASE_JSON.replace("\"event\": \"AWARDED\"", "\"event\": null"),
            "$.unit.history[0]", "required", "event"),
        bad("a null round year", CASE_JSON.replace("\"year\": 2024", "\"year\": null"),
            "$.round.year", "expected a whole number", "found null"),
        bad("a null in the history", CASE_JSON.replace(
                "[ {\"event\": \"AWARDED\", \"predikat\": \"WBK\", \"date\": \"2024-12-10\"} ]",
                "[ null ]"),
            "$.unit", "history", "null"),
        bad("a duplicate key", CASE_JSON.replace("\"ipak\": 3.71,", "\"ipak\": 3.71, \"ipak\": 3.6,"),
            "$.lke.hasil", "duplicate", "ipak"),
        bad("a string where a number belongs", CASE_JSON.replace("\"ipak\": 3.71", "\"ipak\": \"3.71\""),
            "$.lke.hasil.ipak", "expected a number", "string"),
        bad("an object where a list belongs", CASE_JSON.replace(
                "[ {\"event\": \"AWARDED\", \"predikat\": \"WBK\", \"date\": \"2024-12-10\"} ]", "{}"),
            "$.unit.history", "expected a JSON array", "found an object"),
        bad("a string where an object belongs",
            CASE_JSON.replace("\"round\": { \"year\": 2024 }", "\"round\": \"2024\""),
            "$.round", "expected a JSON object", "found a string"),
        bad("a fraction where a year belongs", CASE_JSON.replace("\"year\": 2024", "\"year\": 2024.5"),
            "$.round.year", "2024.5", "is not a whole number"),
        bad("a two-digit year key", CASE_JSON.replace("{\"2023\": \"WTP\"}", "{\"23\": \"WTP\"}"),
            "$.instansi.bpkOpinion", "\"23\"", "a year key must be four digits 0 to 9"),
        bad("a year key that is not a number",
            CASE_JSON.replace("{\"2023\": \"WTP\"}", "{\"last\": \"WTP\"}"),
            "$.instansi.bpkOpinion", "\"last\"", "a year key must be four digits 0 to 9"),
        bad("a year key with a leading zero beside the year it means",
            CASE_JSON.replace("{\"2023\": \"WTP\"}", "{\"2023\": \"WTP\", \"02023\": \"TMP\"}"),
            "$.instansi.bpkOpinion", "\"02023\"", "the year 2023, whose key is \"2023\"",
            "two keys for one year are refused"),
        bad("a year key with a plus sign",
            CASE_JSON.replace("{\"2023\": \"WTP\"}", "{\"+2023\": \"WTP\"}"),
            "$.instansi.bpkOpinion", "\"+2023\"", "(^[0-9]{4}$)"),
        bad("a year key in full-width digits",
            CASE_JSON.replace("{\"2023\": \"WTP\"}", "{\"\uff12\uff10\uff12\uff13\": \"WTP\"}"),
            "$.instansi.bpkOpinion", "\"\uff12\uff10\uff12\uff13\"", "the year 2023"),
        bad("a year key in Arabic-Indic digits",
            CASE_JSON.replace("{\"2023\": \"WTP\"}", "{\"\u0662\u0660\u0662\u0663\": \"WTP\"}"),
            "$.instansi.bpkOpinion", "\"\u0662\u0660\u0662\u0663\"", "the year 2023"),
        bad("a target with a space before it",
            CASE_JSON.replace("\"target\": \"WBK\"", "\"target\": \" WBK\""),
            "$.target", "\" WBK\" is not one of [WBK, WBBM]"));
  }

  private static Arguments bad(String input, String json, String path, String... problemWords) {
    return Arguments.of(input, json, path, List.of(problemWords));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @DisplayName("a bad case file is rejected in one line naming the JSON path and the problem")
  @MethodSource("badCases")
  void badCaseFile(String input, String json, String path, List<String> problemWords) {
    // when
    ZiParseException e = rejected(json);

    // then
    assertThat(e.path()).isEqualTo(path);
    assertProblemNamesAll(e, problemWords);
  }

  @Nested
  @DisplayName("an input that is not one JSON object")
  class AnInputThatIsNotOneJsonObject {

    @Test
    @DisplayName("an empty input is rejected at $ as empty")
    void empty() {
      ZiParseException e = rejected("");

      assertThat(e.path()).isEqualTo("$");
      assertThat(e.problem()).isEqualTo("the input is empty; expected a JSON object");
    }

    @Test
    @DisplayName("an input of only white space is rejected at $ as empty")
    void blank() {
      ZiParseException e = rejected(" \n\t ");

      assertThat(e.path()).isEqualTo("$");
      assertThat(e.problem()).contains("empty");
    }

    @Test
    @DisplayName("text that is not JSON is rejected at its line and column, naming the text")
    void notJson() {
      ZiParseException e = rejected("hello");

      assertThat(e.path()).startsWith("line 1, column ");
      assertThat(e.problem()).startsWith("not valid JSON").contains("hello");
    }

    @Test
    @DisplayName("JSON cut short is rejected at its line and column")
    void cutShort() {
      ZiParseException e = rejected("{\n  \"asOf\": \"2024-07-20\"");

      assertThat(e.path()).startsWith("line 2, column ");
      assertThat(e.problem()).startsWith("not valid JSON").containsIgnoringCase("end-of-input");
    }

    @Test
    @DisplayName("JSON cut short inside the unit is rejected at $.unit, without the text")
    void cutShortInsideTheUnit() {
      ZiParseException e = rejected("{\"asOf\": \"2024-07-20\", \"unit\": {\"name\": \"RSUD\"");

      assertThat(e.path()).isEqualTo("$.unit");
      assertThat(e.problem()).containsIgnoringCase("end-of-input").doesNotContain("RSUD");
    }

    @Test
    @DisplayName("JSON cut short on its first line is rejected at its line and column, without the text")
    void cutShortOnOneLine() {
      ZiParseException e = rejected("{\"asOf\": \"2024-07-20\"");

      assertThat(e.path()).startsWith("line 1, column ");
      assertThat(e.problem()).startsWith("not valid JSON").doesNotContain("2024-07-20");
    }

    @Test
    @DisplayName("a duplicate key at the top is rejected at its line and column, naming the key")
    void duplicateTopLevelKey() {
      ZiParseException e = rejected(CASE_JSON.replace("\"target\": \"WBK\",",
          "\"target\": \"WBK\", \"target\": \"WBBM\","));

      assertThat(e.path()).startsWith("line 1, column ");
      assertThat(e.problem()).containsIgnoringCase("duplicate").contains("'target'");
    }

    @Test
    @DisplayName("a bare null is rejected at $, naming null and what was expected")
    void bareNull() {
      ZiParseException e = rejected("null");

      assertThat(e.path()).isEqualTo("$");
      assertThat(e.problem()).isEqualTo("expected a JSON object, but found null");
    }

    @Test
    @DisplayName("an array is rejected at $, naming the array and what was expected")
    void array() {
      ZiParseException e = rejected("[]");

      assertThat(e.path()).isEqualTo("$");
      assertThat(e.problem()).isEqualTo("expected a JSON object, but found an array");
    }

    @Test
    @DisplayName("a number is rejected at $, naming the number and what was expected")
    void number() {
      ZiParseException e = rejected("42");

      assertThat(e.path()).isEqualTo("$");
      assertThat(e.problem()).isEqualTo("expected a JSON object, but found a number");
    }

    @Test
    @DisplayName("content after the case is rejected at $")
    void trailingContent() {
      ZiParseException e = rejected(CASE_JSON + " {}");

      assertThat(e.path()).isEqualTo("$");
      assertThat(e.problem()).contains("end of the input", "found an object");
    }
  }

  @Nested
  @DisplayName("a case file on disk")
  class ACaseFileOnDisk {

    @TempDir
    Path dir;

    @Test
    @DisplayName("reads as the proposal it describes")
    void reads() throws IOException {
      // given
      Path file = Files.writeString(dir.resolve(SOURCE), CASE_JSON);

      // when / then
      assertThat(ZiJson.read(file, Proposal.class)).isEqualTo(CASE);
    }

    @Test
    @DisplayName("names the file as the source of a problem")
    void namesTheFile() throws IOException {
      // given
      Path file = Files.writeString(dir.resolve(SOURCE), CASE_JSON.replace("2024-07-20", "2024/07/20"));

      // when
      ZiParseException e =
          catchThrowableOfType(ZiParseException.class, () -> ZiJson.read(file, Proposal.class));

      // then
      assertThat(e.source()).isEqualTo(file.toString());
      assertThat(e.path()).isEqualTo("$.asOf");
    }

    @Test
    @DisplayName("a missing file is rejected at $, naming the file")
    void missingFile() {
      // given
      Path missing = dir.resolve("missing.json");

      // when
      ZiParseException e =
          catchThrowableOfType(ZiParseException.class, () -> ZiJson.read(missing, Proposal.class));

      // then
      assertThat(e.source()).isEqualTo(missing.toString());
      assertThat(e.path()).isEqualTo("$");
      assertThat(e.problem()).contains("cannot read the file", "missing.json");
    }
  }

  @Test
  @DisplayName("a number of negative scale, 2E+1, is written with its exponent and read back equal")
  void negativeScaleRoundTrip() {
    BigDecimal twenty = new BigDecimal("2E+1");
    AreaScore zeros = AreaScore.of(new BigDecimal("0E+1"), new BigDecimal("0E+2"));

    assertThat(ZiJson.write(twenty)).isEqualTo("2E+1");
    assertThat(ZiJson.read(ZiJson.write(twenty), "test", BigDecimal.class)).isEqualTo(twenty);
    assertThat(ZiJson.read(ZiJson.write(zeros), "test", AreaScore.class)).isEqualTo(zeros);
    assertThat(ZiJson.write(new BigDecimal("20.50"))).isEqualTo("20.50");
  }

  @Nested
  @DisplayName("an input beyond the limits is refused at the door, naming the limit")
  class AnInputBeyondTheLimits {

    @Test
    @DisplayName("a number with a huge exponent is refused by its scale alone, without computing it")
    void hugeExponent() {
      ZiParseException e = rejected(CASE_JSON.replace("\"ipak\": 3.71", "\"ipak\": 1e-999999999"));

      assertThat(e.path()).isEqualTo("$.lke.hasil.ipak");
      assertThat(e.problem()).isEqualTo(
          "a number must lie within ±10^9 with at most 20 decimal places, but was 1E-999999999");
    }

    @Test
    @DisplayName("a number of a billion or more is refused")
    void aBillion() {
      ZiParseException e = rejected(CASE_JSON.replace("\"ipak\": 3.71", "\"ipak\": 1E+9"));

      assertThat(e.path()).isEqualTo("$.lke.hasil.ipak");
      assertThat(e.problem()).startsWith("a number must lie within ±10^9").endsWith("but was 1E+9");
    }

    @Test
    @DisplayName("trailing zeros do not count as decimal places")
    void trailingZeros() {
      Proposal read = ZiJson.read(CASE_JSON.replace("\"ipak\": 3.71",
          "\"ipak\": 3.71000000000000000000000000"), SOURCE, Proposal.class);

      assertThat(read.lke()).get().isInstanceOfSatisfying(LkeResult.class,
          lke -> assertThat(lke.hasil().ipak()).isEqualByComparingTo("3.71"));
    }

    @Test
    @DisplayName("a date beyond the year 2200 is refused, naming the years allowed")
    void farFuture() {
      ZiParseException e = rejected(CASE_JSON.replace("\"asOf\": \"2024-07-20\"",
          "\"asOf\": \"+999999999-12-31\""));

      assertThat(e.path()).isEqualTo("$.asOf");
      assertThat(e.problem())
          .isEqualTo("a date must lie in the years 1900 to 2200, but was +999999999-12-31");
    }

    @Test
    @DisplayName("a number longer than 64 characters is refused before it is converted")
    void longNumber() {
      ZiParseException e = rejected(CASE_JSON.replace("\"ipak\": 3.71",
          "\"ipak\": 3." + "7".repeat(ZiJson.MAX_NUMBER_LENGTH + 10)));

      assertThat(e.path()).isEqualTo("$.lke.hasil");
      assertThat(e.problem()).isEqualTo("a number may have at most 64 digits, but had 75");
    }

    @Test
    @DisplayName("a string longer than 100 000 characters is refused at its path, naming the limit")
    void longString() {
      ZiParseException e = rejected(CASE_JSON.replace("\"DPMPTSP Kabupaten Pesawaran\"",
          "\"" + "N".repeat(ZiJson.MAX_STRING_LENGTH + 1) + "\""));

      assertThat(e.path()).isEqualTo("$.unit.name");
      assertThat(e.problem()).startsWith("a string may have at most 100000 characters, but had ")
          .endsWith(" or more");
    }

    @Test
    @DisplayName("a long bad value is quoted cut to 80 characters, saying how long it was")
    void longValueQuotedShort() {
      String name = "X".repeat(5000);
      ZiParseException e = rejected(
          CASE_JSON.replace("\"target\": \"WBK\"", "\"target\": \"" + name + "\""));

      assertThat(e.path()).isEqualTo("$.target");
      assertThat(e.problem()).contains("X".repeat(80) + "… (5000 characters)")
          .doesNotContain("X".repeat(81));
    }
  
    @Test
    @DisplayName("a zero with a huge negative exponent, 0e-99999999, is read as 0, not as a number"
        + " with 99 999 999 decimal places")
    void zeroWithHugeExponent() {
      Proposal read = ZiJson.read(CASE_JSON.replace("\"pemenuhan\": 3.6",
          "\"pemenuhan\": 0e-99999999"), SOURCE, Proposal.class);

      assertThat(read.lke()).get().isInstanceOfSatisfying(LkeResult.class, lke -> assertThat(
          lke.pengungkit().get(AreaPerubahan.MANAJEMEN_PERUBAHAN).pemenuhan())
          .isEqualTo(BigDecimal.ZERO));
    }

    @Test
    @DisplayName("an IPAK of 0e-60000 is refused as 0, in a short line, not as sixty thousand zeros")
    void zeroIpakQuotedAsZero() {
      ZiParseException e = rejected(CASE_JSON.replace("\"ipak\": 3.71", "\"ipak\": 0e-60000"));

      assertThat(e.path()).isEqualTo("$.lke.hasil.ipak");
      assertThat(e.problem()).isEqualTo("ipak (survey index) must be between 1 and 4, but was 0");
    }

    @Test
    @DisplayName("an AKIP score of 0e-99999999 is read as the score 0")
    void zeroAkipScore() {
      Proposal read = ZiJson.read(CASE_JSON.replace("\"akip\": {\"2023\": \"B\"}",
          "\"akip\": {\"2023\": 0e-99999999}"), SOURCE, Proposal.class);

      assertThat(read.instansi().akip().get(2023))
          .isEqualTo(io.github.zi4j.instansi.Rating.score(BigDecimal.ZERO));
    }

    @Test
    @DisplayName("a document of more than a million names and values is refused, naming the limit")
    void tooManyTokens() {
      StringBuilder events = new StringBuilder();
      for (int i = 0; i < 130_000; i++) {
        events.append("{\"event\": \"AWARDED\", \"predikat\": \"WBK\", \"date\": \"2024-12-10\"},");
      }
      ZiParseException e = rejected(CASE_JSON.replace("\"history\": [",
          "\"history\": [" + events));

      assertThat(e.problem()).isEqualTo("a document may have at most 1000000 names and values, but "
          + "had 1000001 or more");
    }
  }

  /** A value whose making fails as the machine may: out of stack. */
  static final class Exhausting {
    @com.fasterxml.jackson.annotation.JsonCreator
    Exhausting(@com.fasterxml.jackson.annotation.JsonProperty("depth") int depth) {
      throw new StackOverflowError("made in a test, at depth " + depth);
    }
  }

  @Test
  @DisplayName("an error of the machine met while a value is made (a stack overflow) is thrown as "
      + "it is, never reported as bad input")
  void errorIsNotBadInput() {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
        () -> ZiJson.read("{\"depth\": 1}", SOURCE, Exhausting.class));

    assertThat(thrown).isInstanceOf(StackOverflowError.class)
        .hasMessage("made in a test, at depth 1");
  }

  @Test
  @DisplayName("the bytes of a stream are refused past 16 MB, naming the limit, before they are held")
  void boundedBytes() {
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return ' ';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) ' ');
        return len;
      }
    };

    ZiParseException e = catchThrowableOfType(ZiParseException.class,
        () -> ZiJson.readBytes(endless, "-"));

    assertThat(e.getMessage()).isEqualTo("-: $: a document may have at most 16777216 characters, "
        + "but had 16777217 or more");
  }

  @Test
  @DisplayName("bytes with a UTF-8 byte order mark are read as without it")
  void bytesWithByteOrderMark() {
    byte[] json = ("\uFEFF" + CASE_JSON).getBytes(StandardCharsets.UTF_8);

    assertThat(ZiJson.read(json, SOURCE, Proposal.class))
        .isEqualTo(ZiJson.read(CASE_JSON, SOURCE, Proposal.class));
  }
}
