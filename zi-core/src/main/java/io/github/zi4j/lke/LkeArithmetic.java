package io.github.zi4j.lke;

import java.math.MathContext;

/** How exact LKE arithmetic is (internal). */
final class LkeArithmetic {

  /**
   * The precision of a division that may not terminate (a mean of three questions, an option worth a
   * third); a node's points are shown rounded to {@link LkeScorer#SCALE} decimal places.
   */
  static final MathContext PRECISION = MathContext.DECIMAL128;

  private LkeArithmetic() {}
}
