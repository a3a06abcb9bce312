package io.github.zi4j.rules;

/**
 * How the time a unit has held WBK before a WBBM proposal is counted (<i>cara menghitung masa
 * WBK</i>). No source found says; the Balangan story (WBK at the end of 2024, WBBM in 2026) fits only
 * counting in round years, the default (likely).
 *
 * @since 0.1
 */
public enum WbkHoldingCount {
  /**
   * In proposal rounds: a unit awarded WBK in year Y may be proposed for WBBM from the round of year Y
   * plus the holding period's years (Y + 2 by default), whatever the day of the award.
   */
  ROUND_YEARS,
  /** In exact dates: from the day of the award plus the holding period. */
  EXACT_DATES
}
