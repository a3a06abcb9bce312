package io.github.zi4j.lke;

import static io.github.zi4j.lke.LkeFixtures.CONTOH_52_2014;
import static io.github.zi4j.lke.LkeFixtures.CONTOH_90_2021;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.zi4j.ZiJson;
import io.github.zi4j.ZiParseException;
import io.github.zi4j.regulation.Edition;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A worksheet reads and writes each form of answer in JSON, and names the path of a bad one")
class WorksheetTest {

  private static final String PESAWARAN_DPMPTSP = "DPMPTSP Kabupaten Pesawaran";

  // One answer of each form, as a unit would type them: the official 90/2021 LKE takes YA/TIDAK,
  // letters, counts (S88) and survey values (S125); the done/required, lastYear/thisYear and
  // percentage forms (X.1 to X.3) are for templates that ask them. A worksheet alone does not know
  // its template's questions.
  private static final String EVERY_FORM = """
      {"edition": "PERMENPANRB_90_2021", "unit": "DPMPTSP Kabupaten Pesawaran",
       "answers": {
         "SELF": {"S1": "YA",
                  "S72": "TIDAK",
                  "S2": "B",
                  "X.1": {"done": 38, "required": 40},
                  "X.2": {"lastYear": 12, "thisYear": 6},
                  "X.3": 80,
                  "S88": 20,
                  "S125": 3.71},
         "TPI": {"S2": "C"}}}
      """;

  private static Worksheet everyFormBuiltInCode() {
    Map<String, Answer> self = new LinkedHashMap<>();
    self.put("S1", Answer.YesNo.YA);
    self.put("S72", Answer.YesNo.TIDAK);
    self.put("S2", Answer.option("B"));
    self.put("X.1", Answer.count(38, 40));
    self.put("X.2", Answer.change(12, 6));
    self.put("X.3", Answer.number("80"));
    self.put("S88", Answer.number(20));
    self.put("S125", Answer.number("3.71"));
    Map<Role, Map<String, Answer>> answers = new EnumMap<>(Role.class);
    answers.put(Role.SELF, self);
    answers.put(Role.TPI, Map.of("S2", Answer.option("C")));
    return new Worksheet(Edition.PERMENPANRB_90_2021, Optional.of(PESAWARAN_DPMPTSP), answers);
  }

  private static String withAnswer(String answer) {
    return "{\"edition\": \"PERMENPANRB_90_2021\", \"answers\": {\"SELF\": {\"S1\": "
        + answer + "}}}";
  }

  @Nested
  @DisplayName("a worksheet in JSON")
  class AWorksheetInJson {

    @Test
    @DisplayName("reads YA, TIDAK, a letter, done/required, lastYear/thisYear and plain numbers (a count, a survey value)")
    void readsEveryForm() {
      // when
      Worksheet read = ZiJson.read(EVERY_FORM, "test", Worksheet.class);

      // then
      assertThat(read).isEqualTo(everyFormBuiltInCode());
      assertThat(read.unit()).contains(PESAWARAN_DPMPTSP);
      assertThat(read.answersOf(Role.SELF).get("X.1"))
          .isEqualTo(new Answer.Count(new BigDecimal("38"), new BigDecimal("40")));
    }

    @Test
    @DisplayName("writes back to the same worksheet")
    void roundTrip() {
      // given
      Worksheet original = everyFormBuiltInCode();

      // when
      Worksheet again = ZiJson.read(ZiJson.write(original), "test", Worksheet.class);

      // then
      assertThat(again).isEqualTo(original);
    }

    @Test
    @DisplayName("the example worksheets write back to themselves")
    void examplesRoundTrip() {
      // when, then
      assertThat(ZiJson.read(ZiJson.write(CONTOH_90_2021), "test", Worksheet.class))
          .isEqualTo(CONTOH_90_2021);
      assertThat(ZiJson.read(ZiJson.write(CONTOH_52_2014), "test", Worksheet.class))
          .isEqualTo(CONTOH_52_2014);
    }

    @Test
    @DisplayName("the role that decides is the TPI when it answered")
    void decidingRole() {
      // when, then
      assertThat(CONTOH_90_2021.decidingRole()).isEqualTo(Role.TPI);
      assertThat(CONTOH_52_2014.decidingRole()).isEqualTo(Role.SELF);
    }
  }

  @Nested
  @DisplayName("a bad answer in JSON")
  class ABadAnswerInJson {

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("gives a parse error naming the answer's path, the value and what an answer may be")
    @CsvSource(delimiter = '|', value = {
        "\"maybe\"                        | but was \"maybe\"",
        "\"ya\"                           | but was \"ya\"",
        "{\"done\": 1}                    | either done and required, or lastYear and thisYear, but had [done]",
        "{\"done\": -1, \"required\": 2}  | done must not be negative, but was -1",
        "{\"done\": \"x\", \"required\": 2} | done must be a number, but was \"x\"",
        "true                             | but was true",
        "[1]                              | but was an array",
        "{\"done\": 1e-999999999, \"required\": 2} | a number must lie within ±10^9 with at most 20 decimal places, but was 1E-999999999",
        "1E+9                             | a number must lie within ±10^9"
    })
    void badAnswer(String answer, String problem) {
      // when, then
      assertThatExceptionOfType(ZiParseException.class)
          .isThrownBy(() -> ZiJson.read(withAnswer(answer), "test", Worksheet.class))
          .satisfies(e -> {
            assertThat(e.path()).isEqualTo("$.answers.SELF.S1");
            assertThat(e.problem()).contains(problem).doesNotContain("JSON object");
          });
    }
  
    @Test
    @DisplayName("an answer nested deeper than 64 levels is refused, naming the limit")
    void deepNesting() {
      String deep = "{\"done\": ".repeat(ZiJson.MAX_NESTING) + "1" + "}".repeat(ZiJson.MAX_NESTING);

      assertThatExceptionOfType(ZiParseException.class)
          .isThrownBy(() -> ZiJson.read(withAnswer(deep), "test", Worksheet.class))
          .satisfies(e -> assertThat(e.problem())
              .isEqualTo("objects and arrays may nest at most 64 deep, but nested 65 deep"));
    }
  }
}
