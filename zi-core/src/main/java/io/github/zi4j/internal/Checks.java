package io.github.zi4j.internal;

import io.github.zi4j.InvalidFieldException;
import java.math.BigDecimal;

/**
 * Argument checks whose messages state the rule, the offending value and what is allowed (internal).
 * Each refusal is an {@link InvalidFieldException} at the path of the value, relative to the object
 * checked ({@code history[2].date}), so that a reader can put it under the object's own place.
 */
public final class Checks {

  private Checks() {}

  /**
   * Requires {@code condition}, else throws an {@link InvalidFieldException} at {@code path} with the
   * formatted message.
   *
   * @param path the path of the value, relative to the object checked, for example {@code "quota"}
   * @param condition the rule that must hold
   * @param message a {@link String#format} pattern stating the rule and the offending value
   * @param args the pattern's arguments
   */
  public static void argument(String path, boolean condition, String message, Object... args) {
    if (!condition) {
      throw new InvalidFieldException(path, String.format(java.util.Locale.ROOT, message, args));
    }
  }

  /**
   * Requires {@code value} to lie in {@code [min, max]}.
   *
   * @param path the path of the value, relative to the object checked, for example {@code "ipak"}
   * @param field the field's name for the message, for example {@code "ipak"}
   * @param value the value to check
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return {@code value}
   */
  public static BigDecimal between(String path, String field, BigDecimal value, BigDecimal min,
      BigDecimal max) {
    if (!within(value, min, max)) {
      throw outside(path, field, value, min, max);
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
   * @param path the path of the value, relative to the object checked
   * @param field the field's name for the message
   * @param value the value refused
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return the exception, to throw
   */
  public static InvalidFieldException outside(String path, String field, BigDecimal value,
      BigDecimal min, BigDecimal max) {
    return new InvalidFieldException(path, String.format(java.util.Locale.ROOT,
        "%s must be between %s and %s, but was %s", field, min.toPlainString(),
        max.toPlainString(), value.toPlainString()));
  }

  /**
   * Requires {@code text} to hold something other than white space.
   *
   * @param path the path of the text, relative to the object checked, for example {@code "name"}
   * @param field the field's name for the message
   * @param text the text to check
   * @return {@code text}
   */
  public static String notBlank(String path, String field, String text) {
    argument(path, !text.isBlank(), "%s must not be blank, but was \"%s\"", field,
        Limits.quote(text));
    return text;
  }

  /**
   * Requires {@code year} to be a four-digit calendar year.
   *
   * @param path the path of the year, relative to the object checked, for example {@code "year"}
   * @param field the field's name for the message
   * @param year the year to check
   * @return {@code year}
   */
  public static int year(String path, String field, int year) {
    argument(path, year >= 1000 && year <= 9999, "%s must be a four-digit year, but was %d", field, year);
    return year;
  }
}
