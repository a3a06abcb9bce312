package io.github.zi4j.unit;

/**
 * The predicate a unit kerja can be awarded (<i>predikat</i>), ordered from lower to higher.
 *
 * <p>A unit must hold {@link #WBK} before it can be proposed for {@link #WBBM}.
 *
 * @since 0.1
 */
public enum Predikat {
  /** Wilayah Bebas dari Korupsi (corruption-free area): the first predicate. */
  WBK,
  /** Wilayah Birokrasi Bersih dan Melayani (clean and serving bureaucracy area): the higher one. */
  WBBM;

  /**
   * The predicate below this one, which a unit must hold first.
   *
   * @return {@code WBK} for {@code WBBM}; empty for {@code WBK}
   */
  public java.util.Optional<Predikat> prerequisite() {
    return this == WBBM ? java.util.Optional.of(WBK) : java.util.Optional.empty();
  }
}
