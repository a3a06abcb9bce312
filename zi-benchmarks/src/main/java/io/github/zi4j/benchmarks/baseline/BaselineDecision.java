package io.github.zi4j.benchmarks.baseline;

import java.util.List;

/**
 * A hand-written decision: the verdict and every check, in zi4j's report order.
 *
 * @param verdict the verdict gathered from the checks
 * @param checks the checks
 */
public record BaselineDecision(Verdict verdict, List<Check> checks) {

  /**
   * The decision gathered from {@code checks}.
   *
   * @param checks the checks, in order
   * @return the decision
   */
  public static BaselineDecision of(List<Check> checks) {
    boolean fail = false;
    boolean unknown = false;
    for (Check check : checks) {
      fail |= check.status() == CheckStatus.FAIL;
      unknown |= check.status() == CheckStatus.UNKNOWN;
    }
    return new BaselineDecision(Verdict.of(fail, unknown), checks);
  }
}
