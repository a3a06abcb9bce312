package io.github.zi4j.instansi;

/**
 * A letter grade on the scale shared by the performance-accountability evaluation (<i>AKIP/SAKIP</i>)
 * and the bureaucratic reform index category (<i>Indeks RB</i>), ordered from worst to best, so that
 * {@link #isAtLeast(Grade)} compares them.
 */
public enum Grade {
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
}
