package io.github.zi4j.internal;

import java.math.BigDecimal;

/**
 * Argument checks whose messages state the rule, the offending value and what is allowed (internal).
 */
public final class Checks {

  private Checks() {}

  /**
   * Requires {@code condition}, else throws an {@link IllegalArgumentException} with the formatted
   * message.
   *
   * @param condition the rule that must hold
   * @param message a {@link String#format} pattern stating the rule and the offending value
   * @param args the pattern's arguments
   */
  public static void argument(boolean condition, String message, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, message, args));
    }
  }

  /**
   * Requires {@code value} to lie in {@code [min, max]}.
   *
   * @param field the field's name for the message, for example {@code "ipak"}
   * @param value the value to check
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return {@code value}
   */
  public static BigDecimal between(String field, BigDecimal value, BigDecimal min, BigDecimal max) {
    if (!within(value, min, max)) {
      throw outside(field, value, min, max);
    }
    return value;
  }

  /**
   * Whether {@code value} lies in {@code [min, max]}.
   *
   * @param value the value
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return true when it does
   */
  public static boolean within(BigDecimal value, BigDecimal min, BigDecimal max) {
    return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
  }

  /**
   * The exception for {@code value} outside {@code [min, max]}; its message is built only here, when a
   * value is refused.
   *
   * @param field the field's name for the message
   * @param value the value refused
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return the exception, to throw
   */
  public static IllegalArgumentException outside(String field, BigDecimal value, BigDecimal min,
      BigDecimal max) {
    return new IllegalArgumentException(String.format(java.util.Locale.ROOT,
        "%s must be between %s and %s, but was %s", field, min.toPlainString(),
        max.toPlainString(), value.toPlainString()));
  }

  /**
   * Requires {@code text} to hold something other than white space.
   *
   * @param field the field's name for the message
   * @param text the text to check
   * @return {@code text}
   */
  public static String notBlank(String field, String text) {
    argument(!text.isBlank(), "%s must not be blank, but was \"%s\"", field, text);
    return text;
  }

  /**
   * Requires {@code year} to be a four-digit calendar year.
   *
   * @param field the field's name for the message
   * @param year the year to check
   * @return {@code year}
   */
  public static int year(String field, int year) {
    argument(year >= 1000 && year <= 9999, "%s must be a four-digit year, but was %d", field, year);
    return year;
  }
}
