package io.github.zi4j.planning;

/**
 * What sets a day before which a unit may not be proposed (<i>batas waktu usulan</i>): one limit of
 * an {@link EarliestRound}.
 *
 * @since 0.1
 */
public enum Limit {
  /** The day the plan is made: a proposal is not made in the past. */
  PLANNING_DAY,
  /** At least a year of building since pencanangan (sure). */
  BUILDING_PERIOD,
  /** For WBBM, the years WBK must have been held (2 round years by default; likely). */
  WBK_HOLDING_PERIOD,
  /** The two years after a revocation before a new proposal (90/2021 Lampiran II Bab IV C; sure). */
  REVOCATION_COOLDOWN,
  /**
   * The unit's last proposal for the target ended without it (a failed administrative selection, or
   * not awarded): it may be proposed again from the next round.
   */
  PROPOSAL_ENDED,
  /** The window of the round: the day it opens, when that is later than every other limit. */
  ROUND_WINDOW,
  /** Waiting alone cannot help: WBBM without WBK held. */
  WBK_REQUIRED,
  /** Waiting alone cannot help: the unit already holds the target (or a higher predicate). */
  ALREADY_HELD
}
