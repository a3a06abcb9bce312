package io.github.zi4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Limits: every number and date is held to its bounds, inclusive, before any arithmetic")
class LimitsTest {

  @Nested
  @DisplayName("a number")
  class ANumber {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"999999999", "-999999999", "999999999.99999999999999999999",
        "0.00000000000000000001", "1.000000000000000000000000000000", "0E+5", "9.99999999E+8"})
    @DisplayName("below 10^9 with at most 20 decimal places (trailing zeros not counted) is within")
    void within(String value) {
      assertThat(Limits.number(new BigDecimal(value))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1000000000", "-1000000000", "1E+9", "0.000000000000000000001",
        "1.000000000000000000001", "1e-999999999", "1e999999999"})
    @DisplayName("of 10^9 or more, or with 21 decimal places or more, is refused, quoting it")
    void beyond(String value) {
      BigDecimal number = new BigDecimal(value);

      assertThat(Limits.number(number)).hasValue("a number must lie within ±10^9 with at most 20 "
          + "decimal places, but was " + number);
    }
  }

  @Nested
  @DisplayName("a number kept")
  class Normalised {

    @ParameterizedTest(name = "{0} is kept as {1}")
    @CsvSource({"0e-99999999, 0", "0E+99999999, 0", "0e-60000, 0", "0E-21, 0", "0.00, 0.00",
        "0E-20, 0E-20", "0E+9, 0E+9", "0E+10, 0", "1.00000000000000000000, 1.00000000000000000000",
        "1.000000000000000000000, 1",
        "0E+1, 0E+1", "1.0000000000000000000000, 1", "3.600000000000000000000000, 3.6",
        "3.60, 3.60", "1E+3, 1E+3"})
    @DisplayName("a zero of any exponent is 0, and trailing zeros beyond the 20th place go; other"
        + " numbers are kept as written")
    void kept(String written, String kept) {
      BigDecimal value = new BigDecimal(written);

      assertThat(Limits.number(value)).isEmpty();
      assertThat(Limits.normalised(value)).isEqualTo(new BigDecimal(kept));
    }
  }

  @Nested
  @DisplayName("a weight or points")
  class Points {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"100", "100.0000000000", "0", "17.5", "0.0000000001", "1.10000000000000"})
    @DisplayName("of at most 100 with at most 10 decimal places (trailing zeros not counted) is within")
    void within(String value) {
      assertThat(Limits.points(new BigDecimal(value))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"100.0000000001", "101", "1E+3", "0.00000000001", "1e-999999999",
        "1e999999999", "0e-99999999", "1.000000000000000000000"})
    @DisplayName("above 100, or with 11 decimal places or more, is refused, quoting it")
    void beyond(String value) {
      BigDecimal number = new BigDecimal(value);

      assertThat(Limits.points(number)).hasValue("must be at most 100 with at most 10 decimal "
          + "places, but was " + number);
    }
  }

  @Nested
  @DisplayName("a date")
  class ADate {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1900-01-01", "2200-12-31", "2024-07-20"})
    @DisplayName("in the years 1900 to 2200 is within")
    void within(String date) {
      assertThat(Limits.date(LocalDate.parse(date))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1899-12-31", "2201-01-01", "+999999999-12-31", "-999999999-01-01"})
    @DisplayName("outside the years 1900 to 2200 is refused, naming the years and the date")
    void beyond(String date) {
      assertThat(Limits.date(LocalDate.parse(date)))
          .hasValue("a date must lie in the years 1900 to 2200, but was " + date);
    }
  }

  @Nested
  @DisplayName("a quoted value")
  class AQuotedValue {

    @Test
    @DisplayName("of 80 characters is quoted whole")
    void eighty() {
      String text = "x".repeat(80);

      assertThat(Limits.quote(text)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} characters")
    @CsvSource({"81", "1000000"})
    @DisplayName("of more than 80 characters is cut to 80, saying how long it was")
    void longer(int length) {
      assertThat(Limits.quote("x".repeat(length)))
          .isEqualTo("x".repeat(80) + "… (" + length + " characters)");
    }
  }
}
