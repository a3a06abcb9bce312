package io.github.zi4j.rules.score;

import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The minimum points of one check per predicate (<i>nilai minimal per predikat</i>), and the
 * comparison of a score with them: exact, as {@link BigDecimal#compareTo} compares, but decided by
 * the numbers' nearest doubles wherever those are far enough apart to be certain, for a decision
 * compares every check's points with every predicate's minimum.
 *
 * <p>{@link BigDecimal#doubleValue()} gives the double nearest the decimal, and rounding to the
 * nearest never reverses an order: two decimals whose doubles differ are ordered as their doubles
 * are. The doubles are trusted only when they differ by more than a relative 10<sup>-12</sup> (a
 * nearest double is off by at most a relative 2<sup>-53</sup>, about 10<sup>-16</sup>); closer than
 * that, or not finite, the decimals are compared exactly. {@code MinimumsLawsTest} holds the
 * comparison to {@code compareTo} on numbers a hair apart. Immutable.
 */
final class Minimums {

  /** How far apart, relative to their size, two doubles must be to order their decimals. */
  private static final double CERTAIN = 1e-12;

  /** The minimum per predicate's ordinal, null when not known. */
  private final BigDecimal[] values;
  /** The nearest double of each minimum. */
  private final double[] approximations;

  /**
   * The minimums in {@code byPredikat}; a predicate it lacks has none.
   *
   * @param byPredikat the minimum of each predicate that has one
   */
  Minimums(Map<Predikat, BigDecimal> byPredikat) {
    Predikat[] predikats = Predikat.values();
    values = new BigDecimal[predikats.length];
    approximations = new double[predikats.length];
    for (Predikat predikat : predikats) {
      BigDecimal value = byPredikat.get(predikat);
      values[predikat.ordinal()] = value;
      approximations[predikat.ordinal()] = value == null ? Double.NaN : value.doubleValue();
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
    double approximation = actual == null ? Double.NaN : actual.doubleValue();
    for (int i = 0; i < values.length; i++) {
      if (actual == null || values[i] == null
          || compare(actual, approximation, values[i], approximations[i]) < 0) {
        unmet |= 1 << i;
      }
    }
    return unmet;
  }

  /**
   * {@code x.compareTo(y)}, decided by their doubles {@code xd} and {@code yd} when these are far
   * enough apart.
   */
  static int compare(BigDecimal x, double xd, BigDecimal y, double yd) {
    double difference = xd - yd;
    double margin = CERTAIN * (Math.abs(xd) + Math.abs(yd));
    if (difference > margin) {
      return 1;
    }
    if (-difference > margin) {
      return -1;
    }
    return x.compareTo(y);
  }
}
