package io.github.zi4j.planning;

/**
 * What zi4j does not yet know about a proposal round (<i>yang belum diketahui</i>), so that a plan
 * for it may still move.
 *
 * @since 0.1
 */
public enum Unknown {
  /** Neither day of the window is known. */
  WINDOW,
  /** Only a day the window had closed by is known, not when it opened. */
  WINDOW_OPENING,
  /** The instansi criteria of the round for the target are not known. */
  CRITERIA,
  /** The round is not in the catalogue at all: zi4j assumes there will be one. */
  ROUND
}
