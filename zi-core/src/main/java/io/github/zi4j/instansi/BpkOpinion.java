package io.github.zi4j.instansi;

/**
 * The BPK audit opinion on an instansi's financial statements (<i>opini BPK</i>), ordered from worst to
 * best, so that {@link #isAtLeast(BpkOpinion)} compares them.
 *
 * @since 0.1
 */
public enum BpkOpinion {
  /** Tidak Menyatakan Pendapat (disclaimer of opinion). */
  TMP,
  /** Tidak Wajar (adverse opinion). */
  TW,
  /** Wajar Dengan Pengecualian (qualified opinion). */
  WDP,
  /** Wajar Tanpa Pengecualian (unqualified opinion): the best. */
  WTP;

  /**
   * Whether this opinion is {@code minimum} or better.
   *
   * @param minimum the least opinion allowed
   * @return true when this is as good as {@code minimum} or better
   */
  public boolean isAtLeast(BpkOpinion minimum) {
    return compareTo(minimum) >= 0;
  }
}
