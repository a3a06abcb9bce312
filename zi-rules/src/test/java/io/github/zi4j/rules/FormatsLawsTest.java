package io.github.zi4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.Language;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The laws of how a measure writes its numbers and dates without the JDK's formatters: always what
 * the formatters write. jqwik's {@link Label} is its {@code @DisplayName}.
 */
@Label("A number or a date is shown exactly as the JDK's formatters show it")
class FormatsLawsTest {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  @Property(tries = 2000)
  @Label("a number is written as BigDecimal.toPlainString writes it, a comma for the point in Bahasa")
  void numbersArePlain(@ForAll("numbers") BigDecimal value) {
    // given
    String plain = value.toPlainString();

    // then
    assertThat(Formats.plain(value, '.')).isEqualTo(plain);
    assertThat(Formats.plain(value, ',')).isEqualTo(plain.replace('.', ','));
    StringBuilder text = new StringBuilder("x");
    Formats.appendPlain(text, value, ',');
    assertThat(text).hasToString("x" + plain.replace('.', ','));
  }

  @Example
  @Label("zeros, signs, and numbers with only decimals keep their places: 0.00, -0.005, 0.1")
  void edgesOfNumbers() {
    for (String number : new String[] {"0", "0.00", "-0.005", "0.1", "-7", "100", "1E+3",
        "999999999999999999", "9999999999999999999", "0.000000000000000001",
        "0.0000000000000000001", "-123456789.123456789"}) {
      BigDecimal value = new BigDecimal(number);
      assertThat(Formats.plain(value, '.')).as(number).isEqualTo(value.toPlainString());
    }
  }

  @Property(tries = 1000)
  @Label("a date is written d MMMM yyyy, as DateTimeFormatter writes it, in both languages")
  void datesAreFormatted(@ForAll("days") LocalDate day) {
    for (Language language : Language.values()) {
      assertThat(new Measure.Day(day).format(language.locale()))
          .isEqualTo(DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()).format(day));
    }
  }

  @Example
  @Label("20 July 2024 is 20 Juli 2024 in Bahasa Indonesia and 20 July 2024 in English")
  void julyInBothLanguages() {
    Measure.Day day = new Measure.Day(LocalDate.of(2024, 7, 20));

    assertThat(day.format(INDONESIAN)).isEqualTo("20 Juli 2024");
    assertThat(day.format(Locale.ENGLISH)).isEqualTo("20 July 2024");
  }

  @Provide
  Arbitrary<BigDecimal> numbers() {
    Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
        Arbitraries.longs().between(-1_000_000, 1_000_000).map(BigInteger::valueOf),
        Arbitraries.longs().map(BigInteger::valueOf),
        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)));
    return Combinators.combine(unscaled, Arbitraries.integers().between(-5, 25))
        .as(BigDecimal::new);
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 120_000).map(d -> LocalDate.of(1900, 1, 1).plusDays(d)),
        Arbitraries.integers().between(-3_000_000, 4_000_000).map(LocalDate::ofEpochDay));
  }
}
