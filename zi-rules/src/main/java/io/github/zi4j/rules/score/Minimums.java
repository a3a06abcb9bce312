package io.github.zi4j.rules.score;

import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The minimum points of one check per predicate (<i>nilai minimal per predikat</i>), and the
 * comparison of a score with them, for a decision compares every check's points with every
 * predicate's minimum.
 *
 * <p>The comparison is {@link BigDecimal#compareTo}'s, exact; it is quick because each minimum is
 * kept, besides, at every scale from 0 to {@value #SCALES} at which it can be written exactly (75 as
 * 75, 75.0, 75.00, &hellip;): points are compared with the minimum written at their own scale, which
 * {@code compareTo} decides by comparing two whole numbers. Points of another scale are compared with
 * the minimum as it is. Immutable.
 */
final class Minimums {

  /** The largest scale a minimum is kept at besides its own: the most decimals an input may have. */
  static final int SCALES = 20;

  /** The minimum per predicate's ordinal, null when not known. */
  private final BigDecimal[] values;
  /** Per predicate's ordinal, the minimum at each scale 0 to {@link #SCALES}; null where it has
   * more decimals than the scale, or is not known. */
  private final BigDecimal[][] atScale;

  /**
   * The minimums in {@code byPredikat}; a predicate it lacks has none.
   *
   * @param byPredikat the minimum of each predicate that has one
   */
  Minimums(Map<Predikat, BigDecimal> byPredikat) {
    Predikat[] predikats = Predikat.values();
    values = new BigDecimal[predikats.length];
    atScale = new BigDecimal[predikats.length][SCALES + 1];
    for (Predikat predikat : predikats) {
      BigDecimal value = byPredikat.get(predikat);
      values[predikat.ordinal()] = value;
      if (value != null) {
        int fewest = value.stripTrailingZeros().scale();
        for (int scale = Math.max(fewest, 0); scale <= SCALES; scale++) {
          atScale[predikat.ordinal()][scale] = value.setScale(scale); // exact: no digit is lost
        }
      }
    }
  }

  /**
   * The minimum of {@code predikat}.
   *
   * @return the minimum, or null when not known
   */
  BigDecimal get(Predikat predikat) {
    return values[predikat.ordinal()];
  }

  /**
   * The predicates {@code actual} does not reach, one bit ({@code 1 << ordinal}) each: every predicate
   * when {@code actual} is null (not known), and every predicate without a minimum.
   *
   * @param actual the points, or null
   * @return the bits of the predicates not met
   */
  int unmet(BigDecimal actual) {
    int unmet = 0;
    int scale = actual == null ? -1 : actual.scale();
    for (int i = 0; i < values.length; i++) {
      if (actual == null || values[i] == null || actual.compareTo(minimum(i, scale)) < 0) {
        unmet |= 1 << i;
      }
    }
    return unmet;
  }

  /** The minimum of the predicate of ordinal {@code i}, at {@code scale} where it is kept so. */
  private BigDecimal minimum(int i, int scale) {
    BigDecimal same = scale >= 0 && scale <= SCALES ? atScale[i][scale] : null;
    return same != null ? same : values[i];
  }
}
