package io.github.zi4j.rules.portalrb;

/**
 * Why a report names a unit (<i>alasan</i>): left out of the responses, or listed with a mark.
 *
 * @since 0.1
 */
public enum Alasan {
  /** The decision is NOT_ELIGIBLE: left out (<i>tidak layak</i>). */
  NOT_ELIGIBLE,
  /** The decision is UNDETERMINED and undetermined units were not asked for: left out. */
  UNDETERMINED,
  /** The decision is UNDETERMINED and undetermined units were asked for: listed, marked here. */
  UNDETERMINED_LISTED,
  /** Proposed for WBBM, but the instansi does not meet the round's WBBM criteria: left out. */
  INSTANSI_CRITERIA,
  /** The proposal belongs to another round's year: left out. */
  OTHER_ROUND,
  /**
   * Listed, with an id made from the unit's name, which has no id of its own: a new name will be a
   * new unit at PortalRB.
   */
  ID_FROM_NAME,
  /**
   * Listed as WBK or WBBM, {@code afirmasi} false, though marked afirmasi: the unit is a K/L's, and
   * afirmasi is a pemda's arrangement, so it was judged as any K/L unit.
   */
  AFIRMASI_NOT_PEMDA;

  /**
   * Whether the unit is left out of the responses.
   *
   * @return false for {@link #UNDETERMINED_LISTED}, {@link #ID_FROM_NAME} and {@link
   *     #AFIRMASI_NOT_PEMDA}, which mark a listed unit
   */
  public boolean leftOut() {
    return this != UNDETERMINED_LISTED && this != ID_FROM_NAME && this != AFIRMASI_NOT_PEMDA;
  }
}
