package io.github.zi4j.rules;

import io.github.zi4j.rules.explain.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A typed quantity in a finding (<i>besaran</i>): what a rule required, what it found, and by how much
 * it fell short. Each renders in a language-neutral form for JSON ({@link #neutral()}) and in Bahasa
 * Indonesia or English for messages ({@link #format(Locale)}).
 *
 * <p>A closed family of small immutable records; compare with {@code equals}.
 */
public sealed interface Measure
    permits Measure.Points, Measure.Index, Measure.Day, Measure.Days, Measure.Steps, Measure.Term {

  /**
   * The language-neutral text used in JSON: decimals with a point and 2 places (rounded half-up), ISO
   * dates, {@code P30D} for days, codes for terms.
   *
   * @return the text
   */
  String neutral();

  /**
   * The text for a message in {@code locale}: {@code 73,40} and {@code 20 Juli 2024} in Bahasa
   * Indonesia, {@code 73.40} and {@code 20 July 2024} in English.
   *
   * @param locale the language
   * @return the text
   */
  String format(Locale locale);

  /**
   * LKE points, exact; shown rounded half-up to 2 decimals.
   *
   * @param value the points
   */
  record Points(BigDecimal value) implements Measure {
    /**
     * Points.
     *
     * @param value the points, exact
     */
    public Points {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String neutral() {
      return twoDecimals(value);
    }

    @Override
    public String format(Locale locale) {
      return twoDecimals(value, locale);
    }
  }

  /**
   * A perception survey index on the 1&ndash;4 scale; shown rounded half-up to 2 decimals, as points
   * are, but a different quantity.
   *
   * @param value the index
   */
  record Index(BigDecimal value) implements Measure {
    /**
     * An index.
     *
     * @param value the index, exact
     */
    public Index {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String neutral() {
      return twoDecimals(value);
    }

    @Override
    public String format(Locale locale) {
      return twoDecimals(value, locale);
    }
  }

  /**
   * A calendar date.
   *
   * @param value the date
   */
  record Day(LocalDate value) implements Measure {
    /**
     * A date.
     *
     * @param value the date
     */
    public Day {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String neutral() {
      return value.toString();
    }

    @Override
    public String format(Locale locale) {
      return Formats.DATES.computeIfAbsent(Messages.language(locale),
          language -> DateTimeFormatter.ofPattern("d MMMM yyyy", language)).format(value);
    }
  }

  /**
   * A number of days, for example a shortfall in time.
   *
   * @param count the number of days, not negative
   */
  record Days(long count) implements Measure {
    /**
     * Days.
     *
     * @param count the number of days, not negative
     */
    public Days {
      if (count < 0) {
        throw new IllegalArgumentException("count of days must not be negative, but was " + count);
      }
    }

    @Override
    public String neutral() {
      return "P" + count + "D";
    }

    @Override
    public String format(Locale locale) {
      if (Messages.isIndonesian(locale)) {
        return count + " hari";
      }
      return count + (count == 1 ? " day" : " days");
    }
  }

  /**
   * A number of steps on an ordered scale, for example how far an AKIP grade or a BPK opinion falls
   * below the minimum.
   *
   * @param count the number of steps, positive
   */
  record Steps(int count) implements Measure {
    /**
     * Steps.
     *
     * @param count the number of steps, positive
     */
    public Steps {
      if (count <= 0) {
        throw new IllegalArgumentException("count of steps must be positive, but was " + count);
      }
    }

    @Override
    public String neutral() {
      return count + (count == 1 ? " step" : " steps");
    }

    @Override
    public String format(Locale locale) {
      return Messages.isIndonesian(locale) ? count + " tingkat" : neutral();
    }
  }

  /**
   * A named value: a predicate ({@code WBK}), a grade ({@code BB}), an opinion ({@code WTP}), a year,
   * or a word such as {@code none}; words with a translation in the message bundle are translated.
   *
   * @param code the code
   */
  record Term(String code) implements Measure {
    /**
     * A term.
     *
     * @param code the code, not blank
     */
    public Term {
      Objects.requireNonNull(code, "code");
      if (code.isBlank()) {
        throw new IllegalArgumentException("code of a term must not be blank");
      }
    }

    /**
     * The term for an enum constant or a number, by its name.
     *
     * @param value the value
     * @return the term
     */
    public static Term of(Object value) {
      return new Term(String.valueOf(value));
    }

    @Override
    public String neutral() {
      return code;
    }

    @Override
    public String format(Locale locale) {
      return Messages.term(code, locale);
    }
  }

  private static String twoDecimals(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String twoDecimals(BigDecimal value, Locale locale) {
    String text = twoDecimals(value);
    return Messages.isIndonesian(locale) ? text.replace('.', ',') : text;
  }
}

/** The date formats of measures, made once per language (a formatter is immutable and thread-safe). */
final class Formats {
  static final Map<Locale, DateTimeFormatter> DATES = new ConcurrentHashMap<>();

  private Formats() {}
}
