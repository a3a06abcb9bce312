package io.github.zi4j.rules.timing;

import io.github.zi4j.rules.RuleId;
import io.github.zi4j.rules.internal.RuleContext;
import java.util.Optional;

/**
 * A rule about when a unit may be proposed: it judges once, giving its findings and the earliest date
 * it allows together ({@link TimingRules.Judged}). Stateless and thread-safe.
 */
interface TimingRule {

  /** The rule's identity. */
  RuleId id();

  /**
   * The findings for the proposal in {@code c} and the earliest date this rule allows.
   *
   * @param c the proposal and what it is judged with
   * @param question whether the unit's WBK survives a later revocation of its WBBM, when that was
   *     revoked after the WBK was awarded: asked once per decision, for every rule
   */
  TimingRules.Judged judge(RuleContext c, Optional<WbkAfterRevocation> question);
}
