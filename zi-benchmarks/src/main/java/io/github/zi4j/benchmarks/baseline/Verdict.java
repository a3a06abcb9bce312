package io.github.zi4j.benchmarks.baseline;

/** The verdict of a decision, named as zi4j's {@code Eligibility} so the gate can compare them. */
public enum Verdict {
  /** Every check passed. */
  ELIGIBLE,
  /** At least one check failed. */
  NOT_ELIGIBLE,
  /** No check failed, but at least one could not be decided. */
  UNDETERMINED;

  /**
   * The verdict of a set of statuses: a FAIL anywhere gives NOT_ELIGIBLE, otherwise an UNKNOWN gives
   * UNDETERMINED, otherwise ELIGIBLE.
   *
   * @param anyFail whether any check failed
   * @param anyUnknown whether any check was unknown
   * @return the verdict
   */
  public static Verdict of(boolean anyFail, boolean anyUnknown) {
    return anyFail ? NOT_ELIGIBLE : anyUnknown ? UNDETERMINED : ELIGIBLE;
  }
}
