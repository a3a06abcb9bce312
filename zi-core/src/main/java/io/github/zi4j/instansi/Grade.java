package io.github.zi4j.instansi;

/**
 * A letter grade (<i>predikat</i>) on the scale shared by the performance-accountability evaluation
 * (<i>AKIP/SAKIP</i>) and the bureaucratic reform index category (<i>Indeks RB</i>), ordered from worst
 * to best, so that {@link #isAtLeast(Grade)} compares them. A grade is a {@link Rating} of its own.
 *
 * @since 0.1
 */
public enum Grade implements Rating {
  /** D: the lowest grade. */
  D,
  /** C. */
  C,
  /** CC. */
  CC,
  /** B. */
  B,
  /** BB. */
  BB,
  /** A. */
  A,
  /** AA: the highest grade. */
  AA;

  /**
   * Whether this grade is {@code minimum} or better.
   *
   * @param minimum the least grade allowed
   * @return true when this is as good as {@code minimum} or better
   */
  public boolean isAtLeast(Grade minimum) {
    return compareTo(minimum) >= 0;
  }

  /**
   * The grade a score 0&ndash;100 maps to, by strict inequalities (likely: the SAKIP scale, shared by
   * the Indeks RB categories): AA above 90, A above 80, BB above 70, B above 60, CC above 50, C above
   * 30, D at 30 or below; a score of exactly 60 is CC.
   *
   * @param score the score, 0 to 100
   * @return the grade
   */
  public static Grade ofScore(java.math.BigDecimal score) {
    int[] above = {90, 80, 70, 60, 50, 30};
    Grade[] grades = {AA, A, BB, B, CC, C};
    for (int i = 0; i < above.length; i++) {
      if (score.compareTo(java.math.BigDecimal.valueOf(above[i])) > 0) {
        return grades[i];
      }
    }
    return D;
  }

  /**
   * This grade.
   *
   * @return this
   */
  @Override
  public Grade grade() {
    return this;
  }
}
