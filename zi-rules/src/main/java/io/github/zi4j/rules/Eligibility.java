package io.github.zi4j.rules;

import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

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
    if (findings instanceof List && findings instanceof RandomAccess) {
      // by index: a decision asks this of every list it is made with
      List<Finding> list = (List<Finding>) findings;
      for (int i = 0; i < list.size(); i++) {
        Status status = list.get(i).status();
        if (status == Status.FAIL) {
          return NOT_ELIGIBLE;
        }
        if (status == Status.UNKNOWN) {
          verdict = UNDETERMINED;
        }
      }
      return verdict;
    }
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
