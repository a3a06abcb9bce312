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
  OTHER_ROUND;

  /**
   * Whether the unit is left out of the responses.
   *
   * @return false only for {@link #UNDETERMINED_LISTED}
   */
  public boolean leftOut() {
    return this != UNDETERMINED_LISTED;
  }
}
