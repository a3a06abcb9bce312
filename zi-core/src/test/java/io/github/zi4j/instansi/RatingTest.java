package io.github.zi4j.instansi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.zi4j.ZiJson;
import io.github.zi4j.ZiParseException;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("An AKIP or Indeks RB rating is a grade or a score 0-100, judged by the grade it maps to")
class RatingTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"100, AA", "90.01, AA", "90, A", "80.001, A", "80, BB", "70.5, BB", "70, B",
      "60.01, B", "60, CC", "50.01, CC", "50, C", "30.01, C", "30, D", "0, D"})
  @DisplayName("a score maps to its grade by strict inequalities: AA above 90, A above 80, BB above "
      + "70, B above 60, CC above 50, C above 30, D at 30 or below")
  void scoreToGrade(BigDecimal score, Grade grade) {
    assertThat(Grade.ofScore(score)).isEqualTo(grade);
    assertThat(Rating.score(score).grade()).isEqualTo(grade);
  }

  @Test
  @DisplayName("a grade's grade is itself")
  void gradeIsItself() {
    for (Grade grade : Grade.values()) {
      assertThat(grade.grade()).isSameAs(grade);
    }
  }

  @Nested
  @DisplayName("in JSON")
  class InJson {

    private Instansi read(String akip) {
      return ZiJson.read("{\"name\": \"Kota Contoh\", \"kind\": \"PEMDA\", \"akip\": {\"2023\": "
          + akip + "}, \"spip\": {\"2024\": 3}}", "test", Instansi.class);
    }

    @Test
    @DisplayName("a grade is read as the grade and a number as a score")
    void gradeOrScore() {
      assertThat(read("\"BB\"").akipIn(2023)).contains(Grade.BB);
      assertThat(read("65.2").akipIn(2023)).contains(Rating.score(new BigDecimal("65.2")));
      assertThat(read("65.2").akipIn(2023).orElseThrow().grade()).isEqualTo(Grade.B);
    }

    @Test
    @DisplayName("the SPIP level of a year is known, of another year not")
    void spip() {
      Instansi instansi = read("\"B\"");

      assertThat(instansi.spipIn(2024)).contains(3);
      assertThat(instansi.spipIn(2023)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"X\"  | \"X\" is not one of [D, C, CC, B, BB, A, AA]",
        "true   | a rating must be a grade such as \"B\" or a score from 0 to 100, but was true",
        "100.5  | 100.5",
        "1e+9999999999 | but its exponent was out of range"})
    @DisplayName("a rating neither a grade nor a score 0-100 is refused at its path")
    void bad(String akip, String problem) {
      assertThatExceptionOfType(ZiParseException.class).isThrownBy(() -> read(akip))
          .satisfies(e -> {
            assertThat(e.path()).isEqualTo("$.akip.2023");
            assertThat(e.problem()).contains(problem);
          });
    }
  }

  @ParameterizedTest(name = "level {0}")
  @ValueSource(ints = {0, 6})
  @DisplayName("a SPIP level outside 1 to 5 is refused, naming the year and the level")
  void spipLevel(int level) {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Instansi.builder().name("Kota Contoh").kind(InstansiKind.PEMDA)
            .putSpip(2024, level).build())
        .withMessage("spip level of 2024 must be from 1 to 5, but was " + level);
  }
}
