package io.github.zi4j.lke;

/**
 * Who answered a worksheet (<i>penilai</i>): the unit's own self-assessment or the internal assessment
 * team. A worksheet may carry answers from both, and a score is computed per role.
 *
 * @since 0.1
 */
public enum Role {
  /** The unit's self-assessment (<i>penilaian mandiri</i>). */
  SELF,
  /** The internal assessment team (<i>Tim Penilai Internal</i>, usually the Inspektorat). */
  TPI
}
