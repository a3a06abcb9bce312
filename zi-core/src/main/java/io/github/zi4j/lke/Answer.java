package io.github.zi4j.lke;

import io.github.zi4j.InvalidFieldException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One answer on a worksheet (<i>jawaban</i>): a closed family of small immutable records. Which answers a
 * question accepts is its {@link AnswerType}'s business.
 *
 * <p>In JSON: {@code "YA"} / {@code "TIDAK"} for yes/no, a letter such as {@code "B"} for an option,
 * {@code {"done": 8, "required": 10}} for a count done of a count required, {@code {"lastYear": 12,
 * "thisYear": 5}} for a change year over year, and a plain number for a percentage, a survey value or
 * a count of the official 90/2021 LKE ({@code 12}: a {@linkplain AnswerType.Count count} question takes
 * a whole number from 0).
 *
 * @since 0.1
 */
@JsonSerialize(using = AnswerWriter.class)
@JsonDeserialize(using = AnswerReader.class)
public sealed interface Answer
    permits Answer.YesNo, Answer.Option, Answer.Count, Answer.Change, Answer.Number {

  /**
   * Ya or Tidak.
   *
   * @param yes true for Ya
   */
  record YesNo(boolean yes) implements Answer {
    /** Ya. */
    public static final YesNo YA = new YesNo(true);
    /** Tidak. */
    public static final YesNo TIDAK = new YesNo(false);

    @Override
    public String toString() {
      return yes ? "YA" : "TIDAK";
    }
  }

  /**
   * A letter option, such as {@code B}.
   *
   * @param letter the option's letter
   */
  record Option(String letter) implements Answer {
    /**
     * An option.
     *
     * @param letter the option's letter, not blank
     */
    public Option {
      Objects.requireNonNull(letter, "letter");
      if (!letter.matches("[A-Z]")) {
        throw new InvalidFieldException("letter",
            "letter of an option must be one capital letter A to Z, but was \"" + letter + "\"");
      }
    }

    @Override
    public String toString() {
      return letter;
    }
  }

  /**
   * A count done of a count required (or a realisation of a target).
   *
   * @param done what was done, not negative
   * @param required what was required, not negative
   */
  record Count(BigDecimal done, BigDecimal required) implements Answer {
    /**
     * A count.
     *
     * @param done what was done, not negative
     * @param required what was required, not negative
     */
    public Count {
      requireNotNegative("done", done);
      requireNotNegative("required", required);
    }

    @Override
    public String toString() {
      return done.toPlainString() + "/" + required.toPlainString();
    }
  }

  /**
   * A count last year and this year, for a decrease.
   *
   * @param lastYear last year's count, not negative
   * @param thisYear this year's count, not negative
   */
  record Change(BigDecimal lastYear, BigDecimal thisYear) implements Answer {
    /**
     * A change.
     *
     * @param lastYear last year's count, not negative
     * @param thisYear this year's count, not negative
     */
    public Change {
      requireNotNegative("lastYear", lastYear);
      requireNotNegative("thisYear", thisYear);
    }

    @Override
    public String toString() {
      return lastYear.toPlainString() + "->" + thisYear.toPlainString();
    }
  }

  /**
   * A plain number: a percentage (0 to 100), a survey value (0 or 1 to 4) or a count (a whole number
   * from 0); which one, its question's {@link AnswerType} says.
   *
   * @param value the number
   */
  record Number(BigDecimal value) implements Answer {
    /**
     * A number.
     *
     * @param value the number
     */
    public Number {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return value.toPlainString();
    }
  }

  /**
   * Ya or Tidak.
   *
   * @param yes true for Ya
   * @return the answer
   */
  static Answer yesNo(boolean yes) {
    return yes ? YesNo.YA : YesNo.TIDAK;
  }

  /**
   * A letter option.
   *
   * @param letter the letter, such as {@code "B"}
   * @return the answer
   */
  static Answer option(String letter) {
    return new Option(letter);
  }

  /**
   * A count done of a count required.
   *
   * @param done what was done
   * @param required what was required
   * @return the answer
   */
  static Answer count(long done, long required) {
    return new Count(BigDecimal.valueOf(done), BigDecimal.valueOf(required));
  }

  /**
   * A count last year and this year.
   *
   * @param lastYear last year's count
   * @param thisYear this year's count
   * @return the answer
   */
  static Answer change(long lastYear, long thisYear) {
    return new Change(BigDecimal.valueOf(lastYear), BigDecimal.valueOf(thisYear));
  }

  /**
   * A number, such as a percentage or a survey index.
   *
   * @param value the number, for example {@code "3.71"}
   * @return the answer
   */
  static Answer number(String value) {
    return new Number(new BigDecimal(value));
  }

  /**
   * A whole number, such as the answer to a count question.
   *
   * @param value the number, for example {@code 12}
   * @return the answer
   */
  static Answer number(long value) {
    return new Number(BigDecimal.valueOf(value));
  }

  private static void requireNotNegative(String field, BigDecimal value) {
    Objects.requireNonNull(value, field);
    if (value.signum() < 0) {
      throw new InvalidFieldException(field,
          field + " must not be negative, but was " + value.toPlainString());
    }
  }

}
