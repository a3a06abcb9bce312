package io.github.zi4j.rules;

import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.Language;
import io.github.zi4j.rules.explain.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A typed quantity in a finding (<i>besaran</i>): what a rule required, what it found, and by how much
 * it fell short. Each renders in a language-neutral form for JSON ({@link #neutral()}) and in Bahasa
 * Indonesia or English for messages ({@link #format(Locale)}).
 *
 * <p>A closed family of small immutable records; compare with {@code equals}.
 *
 * @since 0.1
 */
public sealed interface Measure
    permits Measure.Points, Measure.Index, Measure.Day, Measure.Days, Measure.Steps, Measure.Term,
        Measure.Rated, Measure.Window {

  /**
   * The language-neutral text used in JSON: decimals with a point and the places they are shown with
   * (2 unless more are needed), ISO
   * dates, {@code P30D} for days, codes for terms.
   *
   * @return the text
   */
  String neutral();

  /**
   * The text for a message in {@code locale}'s language, as {@link Language#of(Locale)} decides it:
   * {@code 73,40} and {@code 20 Juli 2024} in Bahasa Indonesia ({@code id}), {@code 73.40} and {@code
   * 20 July 2024} in English (any other locale).
   *
   * @param locale the reader's locale
   * @return the text
   */
  String format(Locale locale);

  /**
   * The text for a message in Bahasa Indonesia, {@link Language#DEFAULT}: {@code 73,40}, {@code 20
   * Juli 2024}.
   *
   * @return the text
   */
  default String format() {
    return format(Language.DEFAULT.locale());
  }

  /**
   * LKE points, exact; shown with {@code decimals} places (2 unless more are needed), rounded as
   * {@code rounding} says (half-up unless a shortfall, which is rounded up so that it never shows as
   * 0).
   *
   * @param value the points, exact
   * @param decimals the places shown, 2 to 4
   * @param rounding how the shown value is rounded
   */
  record Points(BigDecimal value, int decimals, RoundingMode rounding) implements Measure {
    /**
     * Points.
     *
     * @param value the points, exact
     * @param decimals the places shown, 2 to 4
     * @param rounding how the shown value is rounded
     */
    public Points {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(rounding, "rounding");
      if (decimals < 2 || decimals > 4) {
        throw new InvalidFieldException("decimals", "decimals of points must be from 2 to 4, but was "
            + decimals);
      }
    }

    /**
     * Points shown with 2 decimals, rounded half-up.
     *
     * @param value the points, exact
     */
    public Points(BigDecimal value) {
      this(value, 2, RoundingMode.HALF_UP);
    }

    /**
     * A failing score, its minimum and its shortfall, shown so that they never contradict the verdict:
     * with as many decimals (2 to 4) as the score needs to show below the minimum (74.995 against
     * 75.00 shows 74.995 against 75.000, not 75.00 against 75.00), the shortfall rounded up (never
     * 0.00). Past 4 decimals the score is cut, not rounded.
     *
     * @param actual the score, below {@code minimum}
     * @param minimum the minimum
     * @return the score, the minimum and the shortfall, in that order
     */
    public static List<Points> failing(BigDecimal actual, BigDecimal minimum) {
      for (int decimals = 2; decimals <= 4; decimals++) {
        if (actual.setScale(decimals, RoundingMode.HALF_UP)
            .compareTo(minimum.setScale(decimals, RoundingMode.HALF_UP)) != 0) {
          return shown(actual, minimum, decimals, RoundingMode.HALF_UP);
        }
      }
      return shown(actual, minimum, 4, RoundingMode.DOWN);
    }

    private static List<Points> shown(BigDecimal actual, BigDecimal minimum, int decimals,
        RoundingMode rounding) {
      return List.of(new Points(actual, decimals, rounding),
          new Points(minimum, decimals, RoundingMode.HALF_UP),
          new Points(minimum.subtract(actual), decimals, RoundingMode.UP));
    }

    /**
     * The points as shown: {@link #decimals()} places, rounded by {@link #rounding()}.
     *
     * @return the shown value
     */
    public BigDecimal shown() {
      return Measure.shown(value, decimals, rounding);
    }

    @Override
    public String neutral() {
      return Formats.plain(shown(), '.');
    }

    @Override
    public String format(Locale locale) {
      return Formats.plain(shown(), Formats.point(locale));
    }
  }

  /**
   * A perception survey index on the 1&ndash;4 scale, shown as points are ({@link Points#shown()}):
   * with {@code decimals} places, rounded as {@code rounding} says. An index is shown with the places
   * it was given (at least 2, at most 4): 3.6 as 3.60, 3.599 as 3.599; the index of a failing finding
   * is rounded toward its verdict ({@link #failing()}: cut, never rounded up), so that 3.59999 shows as
   * 3.5999, never as the minimum 3.60 itself.
   *
   * @param value the index, exact
   * @param decimals the places shown, 2 to 4
   * @param rounding how the shown value is rounded
   */
  record Index(BigDecimal value, int decimals, RoundingMode rounding) implements Measure {
    /**
     * An index.
     *
     * @param value the index, exact
     * @param decimals the places shown, 2 to 4
     * @param rounding how the shown value is rounded
     */
    public Index {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(rounding, "rounding");
      if (decimals < 2 || decimals > 4) {
        throw new InvalidFieldException("decimals", "decimals of an index must be from 2 to 4, but was "
            + decimals);
      }
    }

    /**
     * An index shown with the places it was given (2 to 4), rounded half-up.
     *
     * @param value the index, exact
     */
    public Index(BigDecimal value) {
      this(value, givenPlaces(value), RoundingMode.HALF_UP);
    }

    /** The places {@code value} was given with, 2 to 4; stripping zeros only lowers a scale of 2. */
    private static int givenPlaces(BigDecimal value) {
      return value.scale() <= 2 ? 2 : Math.max(2, Math.min(4, value.stripTrailingZeros().scale()));
    }

    /**
     * This index as a failing finding shows it: the same places, cut rather than rounded, so that an
     * index below its minimum never shows at or above it.
     *
     * @return the index, rounded down
     */
    public Index failing() {
      return new Index(value, decimals, RoundingMode.DOWN);
    }

    /**
     * The index as shown: {@link #decimals()} places, rounded by {@link #rounding()}.
     *
     * @return the shown value
     */
    public BigDecimal shown() {
      return Measure.shown(value, decimals, rounding);
    }

    @Override
    public String neutral() {
      return Formats.plain(shown(), '.');
    }

    @Override
    public String format(Locale locale) {
      return Formats.plain(shown(), Formats.point(locale));
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
      return Formats.date(value, Language.of(locale));
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
        throw new InvalidFieldException("value", "count of days must not be negative, but was " + count);
      }
    }

    @Override
    public String neutral() {
      return "P" + count + "D";
    }

    @Override
    public String format(Locale locale) {
      if (Language.of(locale) == Language.INDONESIAN) {
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
        throw new InvalidFieldException("value", "count of steps must be positive, but was " + count);
      }
    }

    @Override
    public String neutral() {
      return count + (count == 1 ? " step" : " steps");
    }

    @Override
    public String format(Locale locale) {
      return Language.of(locale) == Language.INDONESIAN ? count + " tingkat" : neutral();
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
        throw new InvalidFieldException("value", "code of a term must not be blank");
      }
    }

    /**
     * The term for an enum constant or a number, by its name.
     *
     * @param value the value
     * @return the term
     */
    public static Term of(Object value) {
      if (value instanceof Integer) {
        return of(((Integer) value).intValue());
      }
      return value instanceof Enum ? Formats.ENUM_TERMS.computeIfAbsent(value, Term::ofNew)
          : ofNew(value);
    }

    /**
     * The term for a whole number, such as a year or a count: made once for 0 to 9999.
     *
     * @param number the number
     * @return the term
     */
    public static Term of(int number) {
      if (number < 0 || number >= Formats.NUMBER_TERMS.length()) {
        return new Term(Integer.toString(number));
      }
      Term term = Formats.NUMBER_TERMS.get(number);
      if (term == null) {
        term = new Term(Integer.toString(number));
        Formats.NUMBER_TERMS.set(number, term); // a race makes equal terms: either will do
      }
      return term;
    }

    private static Term ofNew(Object value) {
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

  /**
   * A score from 0 to 100 and the grade it maps to, for example an AKIP score of 65.2, grade B: shown
   * {@code 65,2 (B)}.
   *
   * @param score the score, as given
   * @param grade the grade it maps to
   */
  record Rated(BigDecimal score, String grade) implements Measure {
    /**
     * A rated score.
     *
     * @param score the score
     * @param grade the grade, not blank
     */
    public Rated {
      Objects.requireNonNull(score, "score");
      Objects.requireNonNull(grade, "grade");
    }

    @Override
    public String neutral() {
      return Formats.plain(score, '.') + " (" + grade + ")";
    }

    @Override
    public String format(Locale locale) {
      return Formats.plain(score, Formats.point(locale)) + " (" + grade + ")";
    }
  }

  /**
   * The window of a proposal round, from the day it opens to the day it closes, both inside: shown
   * {@code 18 Juli 2024 - 31 Juli 2024}, and {@code 2024-07-18/2024-07-31} in JSON (an ISO interval).
   *
   * @param opens the first day
   * @param closes the last day
   */
  record Window(LocalDate opens, LocalDate closes) implements Measure {
    /**
     * A window.
     *
     * @param opens the first day
     * @param closes the last day, not before the first
     */
    public Window {
      Objects.requireNonNull(opens, "opens");
      Objects.requireNonNull(closes, "closes");
      if (closes.isBefore(opens)) {
        throw new InvalidFieldException("closes",
            "closes must not be before opens, but was " + closes + " < " + opens);
      }
    }

    @Override
    public String neutral() {
      return opens + "/" + closes;
    }

    @Override
    public String format(Locale locale) {
      return new Day(opens).format(locale) + " \u2013 " + new Day(closes).format(locale);
    }
  }

  /**
   * A number as points and indices show it: {@code decimals} places, rounded by {@code rounding}; the
   * one place both decide how a number is shown, so that a failing value is shown toward its verdict.
   */
  private static BigDecimal shown(BigDecimal value, int decimals, RoundingMode rounding) {
    return value.setScale(decimals, rounding);
  }
}
