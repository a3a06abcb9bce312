package io.github.zi4j.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The limits every input is held to before any arithmetic (<i>batas masukan</i>), so that no number
 * or date can make zi4j compute for minutes, fill the memory, or overflow: a number lies within
 * &plusmn;10<sup>9</sup> with at most 20 decimal places; a date lies in the years 1900 to 2200. The
 * JSON readers apply them and name the offending path.
 *
 * <p>Not API.
 */
public final class Limits {

  /** The most decimal places a number may have. */
  public static final int MAX_DECIMALS = 20;

  /** The most digits a number may have before its decimal point: below 10<sup>9</sup>. */
  public static final int MAX_INTEGER_DIGITS = 9;

  /** The most decimal places a weight or points may have. */
  public static final int MAX_POINT_DECIMALS = 10;

  /** The most a weight or points may be: the whole LKE weighs 100. */
  public static final BigDecimal MAX_POINTS = BigDecimal.valueOf(100);

  /** The earliest year a date may have. */
  public static final int FIRST_YEAR = 1900;

  /** The latest year a date may have. */
  public static final int LAST_YEAR = 2200;

  /** The most characters of an offending value an error message quotes. */
  public static final int QUOTED = 80;

  /** The problem of a number whose exponent is beyond what Java can hold. */
  public static final String OUT_OF_RANGE = "a number must lie within ±10^9 with at most 20 decimal "
      + "places, but its exponent was out of range";

  private Limits() {}

  /**
   * What is wrong with {@code value}, when it lies outside the limits; computed from its scale and
   * precision only (trailing zeros do not count as decimals), so even 1e-999999999 is judged at
   * once. A zero is within whatever its exponent ({@code 0e-99999999} is 0): a reader keeps it as
   * {@link #normalised(BigDecimal)} says.
   *
   * @param value the number
   * @return the problem, or empty when the number is within the limits
   */
  public static Optional<String> number(BigDecimal value) {
    if (value.signum() == 0) {
      return Optional.empty();
    }
    int decimals = value.scale() <= MAX_DECIMALS ? value.scale() : value.stripTrailingZeros().scale();
    long integerDigits = (long) value.precision() - value.scale();
    if (decimals > MAX_DECIMALS || integerDigits > MAX_INTEGER_DIGITS) {
      return Optional.of("a number must lie within ±10^9 with at most " + MAX_DECIMALS
          + " decimal places, but was " + quote(value.toString()));
    }
    return Optional.empty();
  }

  /**
   * {@code value}, within the limits of {@link #number(BigDecimal)}, as zi4j keeps it: with a scale
   * from -9 to {@link #MAX_DECIMALS} whenever it can be, so that no arithmetic or text made of it
   * carries a huge exponent. A zero written with a scale outside that range ({@code 0e-99999999},
   * {@code 0E+99}) is 0 (a zero within it, {@code 0.00} or {@code 0E+1}, is kept, to be written
   * back as it was); a number written with more than 20 places, the places beyond its 20th all
   * trailing zeros, loses its trailing zeros; any other number is kept as written.
   *
   * @param value a number the limits allow
   * @return the number to keep
   */
  public static BigDecimal normalised(BigDecimal value) {
    if (value.signum() == 0) {
      return value.scale() >= -MAX_INTEGER_DIGITS && value.scale() <= MAX_DECIMALS
          ? value : BigDecimal.ZERO;
    }
    return value.scale() > MAX_DECIMALS ? value.stripTrailingZeros() : value;
  }

  /**
   * What is wrong with a weight or points {@code value}, when it is above 100 or has more than 10
   * decimal places (trailing zeros do not count), or is written with more than 20 places however
   * many are zeros (a reader has {@link #normalised(BigDecimal) normalised} it first; a value built
   * in code with {@code 0e-99999999} would make every sum with it that long); judged from its scale
   * and precision, so no value is computed with.
   *
   * @param value the weight or points
   * @return the problem, or empty when within the bound
   */
  public static Optional<String> points(BigDecimal value) {
    int decimals = value.scale() <= MAX_POINT_DECIMALS
        ? value.scale() : value.stripTrailingZeros().scale();
    if (decimals > MAX_POINT_DECIMALS || value.scale() > MAX_DECIMALS
        || value.compareTo(MAX_POINTS) > 0) {
      return Optional.of("must be at most 100 with at most " + MAX_POINT_DECIMALS
          + " decimal places, but was " + quote(value.toString()));
    }
    return Optional.empty();
  }

  /**
   * What is wrong with {@code date}, when it lies outside the years 1900 to 2200.
   *
   * @param date the date
   * @return the problem, or empty
   */
  public static Optional<String> date(LocalDate date) {
    if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      return Optional.of("a date must lie in the years " + FIRST_YEAR + " to " + LAST_YEAR
          + ", but was " + date);
    }
    return Optional.empty();
  }

  /**
   * {@code text} cut to {@link #QUOTED} characters, saying how long it was when cut.
   *
   * @param text the text
   * @return the text to quote
   */
  public static String quote(String text) {
    return text.length() <= QUOTED
        ? text
        : text.substring(0, QUOTED) + "… (" + text.length() + " characters)";
  }
}
