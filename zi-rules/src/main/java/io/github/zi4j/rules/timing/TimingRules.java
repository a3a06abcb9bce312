package io.github.zi4j.rules.timing;

import io.github.zi4j.rules.internal.TimingRule;
import java.util.List;

/**
 * The rules about when a unit may be proposed (<i>aturan waktu</i>), in report order: the building
 * period since pencanangan, not already holding the target, the WBK prerequisite and holding period
 * for WBBM, and the cooling-off after a revocation.
 *
 * <p>Not API: the rulebook of every edition reads them from here.
 */
public final class TimingRules {

  private static final List<TimingRule> ALL = List.of(
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
  public static List<TimingRule> all() {
    return ALL;
  }
}
