package io.github.zi4j.rules.timing;

import io.github.zi4j.rules.internal.Rule;
import io.github.zi4j.rules.internal.RuleContext;
import io.github.zi4j.rules.internal.TimingRule;
import java.util.List;

/**
 * The rules about when a unit may be proposed (<i>aturan waktu</i>), in report order: the round's
 * window, the building period since pencanangan, not already holding the target, the WBK prerequisite and holding period
 * for WBBM, and the cooling-off after a revocation.
 *
 * <p>Not API: the rulebook of every edition reads them from here.
 *
 * @since 0.1
 */
public final class TimingRules {

  private static final List<Rule> ALL = List.of(
      new RoundWindowRule(),
      new BuildingPeriodRule(),
      new NotYetHeldRule(),
      new WbkPrerequisiteRule(),
      new WbkHoldingPeriodRule(),
      new RevocationCooldownRule());

  private static final List<TimingRule> LIMITS = List.of(
      new BuildingPeriodRule(),
      new NotYetHeldRule(),
      new WbkPrerequisiteRule(),
      new WbkHoldingPeriodRule(),
      new RevocationCooldownRule());

  private TimingRules() {}

  /**
   * The timing rules, in report order.
   *
   * @return the rules, stateless and shared
   */
  public static List<Rule> all() {
    return ALL;
  }

  /**
   * The rules that set a limit on the earliest proposal date.
   *
   * @return the rules, stateless and shared
   */
  public static List<TimingRule> limits() {
    return LIMITS;
  }

  /**
   * Refuses a unit whose history the cooling-off period makes impossible: an award within the
   * cooling-off of a revocation.
   *
   * @param context the proposal and its figures
   * @throws io.github.zi4j.InvalidFieldException naming {@code unit} and the history index
   */
  public static void requirePossibleHistory(RuleContext context) {
    HistoryCheck.requirePossible(context);
  }
}
