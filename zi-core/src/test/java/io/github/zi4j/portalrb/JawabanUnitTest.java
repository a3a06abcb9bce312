package io.github.zi4j.portalrb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zi4j.ZiJson;
import io.github.zi4j.ZiParseException;
import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.regulation.Edition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A unit's answers in PortalRB's format (jawaban unit)")
class JawabanUnitTest {

  /** Soal 1 Ya/Tidak, 2 A/B/C, 6 A-D, 88 a count, 125 IPAK on 0-4 (portalrb.md §1). */
  static final String RESPONSE = """
      {"unit_id": "dpmptsp-pesawaran", "nama_unit": "DPMPTSP Kabupaten Pesawaran", "tahun": 2026,
       "answers": [
         {"soal_id": 1, "jawaban_unit": "Ya", "jawaban_tpi": "tidak", "catatan_unit": "SK tim",
          "bukti_dukung_unit": "https://example.org/sk.pdf", "catatan_tpi": "SK belum ditandatangani"},
         {"soal_id": 2, "jawaban_unit": "B", "jawaban_tpi": null, "catatan_unit": null,
          "bukti_dukung_unit": null, "catatan_tpi": null},
         {"soal_id": 6, "jawaban_unit": "d", "jawaban_tpi": "C"},
         {"soal_id": 88, "jawaban_unit": "12", "jawaban_tpi": "10"},
         {"soal_id": 125, "jawaban_unit": "3.71", "jawaban_tpi": null}
       ]}
      """;

  static JawabanUnit read(String json) {
    return ZiJson.read(json, "jawaban.json", JawabanUnit.class);
  }

  @Nested
  @DisplayName("read into a worksheet of the 90/2021 edition")
  class ToWorksheet {

    @Test
    @DisplayName("jawaban_unit gives the unit's own answers and jawaban_tpi the TPI's, by soal type")
    void answersByRoleAndType() {
      Worksheet worksheet = read(RESPONSE).toWorksheet();

      assertThat(worksheet.edition()).isEqualTo(Edition.PERMENPANRB_90_2021);
      assertThat(worksheet.unit()).contains("DPMPTSP Kabupaten Pesawaran");
      assertThat(worksheet.answersOf(Role.SELF)).containsExactly(
          Map.entry("S1", Answer.yesNo(true)),
          Map.entry("S2", Answer.option("B")),
          Map.entry("S6", Answer.option("D")),
          Map.entry("S88", Answer.number(12)),
          Map.entry("S125", Answer.number("3.71")));
      // null jawaban_tpi leaves soal 2 and 125 unanswered by the TPI
      assertThat(worksheet.answersOf(Role.TPI)).containsExactly(
          Map.entry("S1", Answer.yesNo(false)),
          Map.entry("S6", Answer.option("C")),
          Map.entry("S88", Answer.number(10)));
    }

    @Test
    @DisplayName("keeps the notes and evidence link in the PortalRB value")
    void keepsNotes() {
      JawabanSoal first = read(RESPONSE).answers().get(0);

      assertThat(first.catatanUnit()).contains("SK tim");
      assertThat(first.buktiDukungUnit()).contains("https://example.org/sk.pdf");
      assertThat(first.catatanTpi()).contains("SK belum ditandatangani");
    }

    @ParameterizedTest(name = "soal {0} refuses \"{1}\": {2}")
    @CsvSource(delimiter = '|', value = {
        "1   | Mungkin | must be Ya or Tidak, but was \"Mungkin\"",
        "2   | D       | must be one of [A, B, C], but was \"D\"",
        "88  | 2.5     | must be a count, a whole number from 0, written without a decimal or"
            + " thousands separator, but was \"2.5\"",
        "88  | -3      | must be a count, a whole number from 0, but was \"-3\"",
        "125 | 4.2     | must be a survey value from 0 to 4, but was \"4.2\"",
        "125 | tiga    | must be a survey value from 0 to 4, but was \"tiga\""})
    void refusesAnAnswerThatDoesNotFit(int soalId, String value, String problem) {
      JawabanUnit jawaban = new JawabanUnit("u1", "Unit", 2026, List.of(
          JawabanSoal.of(3, "Ya", null), JawabanSoal.of(soalId, null, value)));

      assertThatThrownBy(jawaban::toWorksheet)
          .isInstanceOfSatisfying(InvalidJawabanException.class, e -> {
            assertThat(e.path()).isEqualTo("$.answers[1].jawaban_tpi");
            assertThat(e.soalId()).isEqualTo(soalId);
          })
          .hasMessage("jawaban_tpi of soal_id " + soalId + " " + problem);
    }

    @Test
    @DisplayName("a survey value typed with a decimal comma, as Indonesian spreadsheets write it"
        + " (\"3,71\"), is read as 3.71")
    void readsADecimalComma() {
      JawabanUnit jawaban = new JawabanUnit("u1", "Unit", 2026, List.of(
          JawabanSoal.of(125, "3,71", "3.71"), JawabanSoal.of(127, " 3,5 ", null)));

      Worksheet worksheet = jawaban.toWorksheet();

      assertThat(worksheet.answersOf(Role.SELF)).containsExactly(
          Map.entry("S125", Answer.number("3.71")), Map.entry("S127", Answer.number("3.5")));
      assertThat(worksheet.answersOf(Role.TPI)).containsExactly(
          Map.entry("S125", Answer.number("3.71")));
    }

    @ParameterizedTest(name = "soal {0} refuses \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "125 | 3.710,5 | must be a survey value from 0 to 4, written without thousands separators"
            + " and with at most one decimal point or comma, but was \"3.710,5\"",
        "125 | 1,234.5 | must be a survey value from 0 to 4, written without thousands separators"
            + " and with at most one decimal point or comma, but was \"1,234.5\"",
        "88  | 1,5     | must be a count, a whole number from 0, written without a decimal or"
            + " thousands separator, but was \"1,5\"",
        "88  | 1.200   | must be a count, a whole number from 0, written without a decimal or"
            + " thousands separator, but was \"1.200\""})
    @DisplayName("a number with thousands separators (\"3.710,5\") is refused naming the value, and"
        + " a count with a decimal comma or point (\"1,5\", \"1.200\") is not a whole number")
    void refusesThousandsSeparators(int soalId, String value, String problem) {
      JawabanUnit jawaban = new JawabanUnit("u1", "Unit", 2026, List.of(
          JawabanSoal.of(soalId, value, null)));

      assertThatThrownBy(jawaban::toWorksheet)
          .isInstanceOfSatisfying(InvalidJawabanException.class,
              e -> assertThat(e.path()).isEqualTo("$.answers[0].jawaban_unit"))
          .hasMessage("jawaban_unit of soal_id " + soalId + " " + problem);
    }

    @Test
    @DisplayName("refuses a soal_id the template lacks, naming it and the ids it has")
    void refusesAnUnknownSoal() {
      JawabanUnit jawaban = new JawabanUnit("u1", "Unit", 2026, List.of(
          JawabanSoal.of(128, "A", null)));

      assertThatThrownBy(jawaban::toWorksheet)
          .isInstanceOfSatisfying(InvalidJawabanException.class,
              e -> assertThat(e.path()).isEqualTo("$.answers[0].soal_id"))
          .hasMessage("soal_id 128 is not a soal of template PERMENPANRB_90_2021, which has soal_id"
              + " 1 to 127");
    }

    @Test
    @DisplayName("refuses a soal answered twice")
    void refusesASoalTwice() {
      JawabanUnit jawaban = new JawabanUnit("u1", "Unit", 2026, List.of(
          JawabanSoal.of(1, "Ya", null), JawabanSoal.of(1, "Tidak", null)));

      assertThatThrownBy(jawaban::toWorksheet)
          .isInstanceOfSatisfying(InvalidJawabanException.class,
              e -> assertThat(e.path()).isEqualTo("$.answers[1].soal_id"))
          .hasMessage("soal_id 1 must be answered once, but appears again");
    }

    @Test
    @DisplayName("a response without soal_id is bad input at its JSON path")
    void missingSoalId() {
      assertThatThrownBy(() -> read("""
          {"unit_id": "u1", "nama_unit": "Unit", "tahun": 2026,
           "answers": [{"jawaban_unit": "A"}]}"""))
          .isInstanceOfSatisfying(ZiParseException.class, e -> {
            assertThat(e.path()).isEqualTo("$.answers[0]");
            assertThat(e.problem()).isEqualTo("soal_id of an answer is required");
          });
    }
  }

  @Nested
  @DisplayName("written from a worksheet")
  class FromWorksheet {

    @Test
    @DisplayName("writes Ya/Tidak, capital letters and plain numbers, in soal order, notes null")
    void writesPortalRbStrings() {
      Worksheet worksheet = new Worksheet(Edition.PERMENPANRB_90_2021, Optional.of("Unit"), Map.of(
          Role.SELF, Map.of("S125", Answer.number("3.60"), "S1", Answer.yesNo(false),
              "S88", Answer.number(12)),
          Role.TPI, Map.of("S2", Answer.option("C"))));

      JawabanUnit jawaban = JawabanUnit.of("u1", "Unit", 2026, worksheet);

      assertThat(jawaban.answers()).containsExactly(
          JawabanSoal.of(1, "Tidak", null),
          JawabanSoal.of(2, null, "C"),
          JawabanSoal.of(88, "12", null),
          JawabanSoal.of(125, "3.60", null));
    }

    @Test
    @DisplayName("writes every field, an empty one as null, as PortalRB expects")
    void writesNulls() {
      String json = ZiJson.write(new JawabanUnit("u1", "Unit", 2026,
          List.of(JawabanSoal.of(2, "B", null))));

      assertThat(json.replaceAll("\\s+", "")).isEqualTo("{\"unit_id\":\"u1\",\"nama_unit\":\"Unit\","
          + "\"tahun\":2026,\"answers\":[{\"soal_id\":2,\"jawaban_unit\":\"B\",\"jawaban_tpi\":null,"
          + "\"catatan_unit\":null,\"bukti_dukung_unit\":null,\"catatan_tpi\":null}]}");
    }

    @Test
    @DisplayName("answers -> worksheet -> answers keeps notes and answers written as zi4j writes them")
    void roundTrip() {
      JawabanUnit canonical = read(RESPONSE.replace("\"tidak\"", "\"Tidak\"")
          .replace("\"d\"", "\"D\""));

      assertThat(canonical.withAnswersOf(canonical.toWorksheet())).isEqualTo(canonical);
      assertThat(read(ZiJson.write(canonical))).isEqualTo(canonical);
    }

    @Test
    @DisplayName("refuses a question without a soal_id")
    void refusesQuestionWithoutSoalId() {
      Worksheet worksheet = Worksheet.of(Edition.PERMENPANRB_90_2021, Role.SELF,
          Map.of("61.IPAK", Answer.number(3)));

      assertThatThrownBy(() -> JawabanUnit.of("u1", "Unit", 2026, worksheet))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("question 61.IPAK answered by SELF must be in template PERMENPANRB_90_2021,"
              + " but is not");
    }
  }
}
