package io.github.zi4j.rules.timing;

import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.RuleId;
import io.github.zi4j.rules.internal.RuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A rule about when a unit may be proposed: it judges once, adding its findings and giving the
 * earliest date it allows together. Stateless and thread-safe.
 */
interface TimingRule {

  /** The rule's identity. */
  RuleId id();

  /**
   * Adds the findings for the proposal in {@code c} to {@code into}, and gives the earliest date this
   * rule allows.
   *
   * @param c the proposal and what it is judged with
   * @param question whether the unit's WBK survives a later revocation of its WBBM, when that was
   *     revoked after the WBK was awarded: asked once per decision, for every rule
   * @param into the decision's findings, in report order
   * @return the earliest date this rule allows: the unit's pencanangan when it sets no limit, {@link
   *     LocalDate#MAX} when waiting cannot satisfy it (later than any date, so the latest of the rules'
   *     dates says so too)
   */
  LocalDate judge(RuleContext c, Optional<WbkAfterRevocation> question, List<Finding> into);
}
