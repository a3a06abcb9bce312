package io.github.zi4j.lke;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How exact LKE arithmetic is (internal): a division is exact where its result has at most {@link
 * #SCALE} decimal places (a mean of four questions, a ratio of 3 to 8), and otherwise rounded half-even
 * at that scale (a mean of three questions, an option worth a third). Sums and products are exact.
 * With 14 places the error of a whole worksheet stays below 10<sup>-12</sup>, a hundredth of the
 * {@linkplain ScorePlan#SCALE 10 places} points are shown and compared at, and the numbers stay small
 * enough for {@link BigDecimal}'s fast path (an unscaled value that fits a {@code long}).
 */
final class LkeArithmetic {

  /** Decimal places of a division that does not terminate sooner. */
  static final int SCALE = 14;

  private LkeArithmetic() {}

  /** {@code dividend / divisor} at {@link #SCALE} places, half-even: exact when it terminates there. */
  static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
    return dividend.divide(divisor, SCALE, RoundingMode.HALF_EVEN);
  }
}
