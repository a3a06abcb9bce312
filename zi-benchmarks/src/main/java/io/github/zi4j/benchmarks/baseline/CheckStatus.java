package io.github.zi4j.benchmarks.baseline;

/** The outcome of one check in a hand-written baseline: as zi4j's PASS, FAIL and UNKNOWN. */
public enum CheckStatus {
  /** The check is met. */
  PASS,
  /** The check is not met. */
  FAIL,
  /** The data the check needs is missing. */
  UNKNOWN
}
