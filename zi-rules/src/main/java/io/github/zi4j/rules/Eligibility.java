package io.github.zi4j.rules;

import java.util.Collection;

/**
 * The verdict of a decision (<i>kelayakan</i>), gathered from its findings.
 *
 * @since 0.1
 */
public enum Eligibility {
  /** Every rule passed (<i>layak diusulkan</i>). */
  ELIGIBLE,
  /** At least one rule failed (<i>tidak layak</i>). */
  NOT_ELIGIBLE,
  /** No rule failed but at least one could not be decided for missing data (<i>belum dapat ditentukan</i>). */
  UNDETERMINED;

  /**
   * The verdict of {@code findings}: a FAIL anywhere gives NOT_ELIGIBLE; otherwise any UNKNOWN gives
   * UNDETERMINED; otherwise ELIGIBLE.
   *
   * @param findings the findings
   * @return the verdict
   */
  public static Eligibility of(Collection<Finding> findings) {
    Eligibility verdict = ELIGIBLE;
    for (Finding finding : findings) {
      if (finding.status() == Status.FAIL) {
        return NOT_ELIGIBLE;
      }
      if (finding.status() == Status.UNKNOWN) {
        verdict = UNDETERMINED;
      }
    }
    return verdict;
  }
}
