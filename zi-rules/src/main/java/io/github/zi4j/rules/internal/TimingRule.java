package io.github.zi4j.rules.internal;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A rule about when a unit may be proposed; it also tells the earliest date it allows.
 *
 * <p>Not API.
 */
public interface TimingRule extends Rule {

  /**
   * The earliest date this rule allows a proposal for the target: the unit's pencanangan when the rule
   * sets no limit, or empty when waiting alone cannot satisfy it (the unit lacks WBK, or already holds
   * the target).
   *
   * @param context the proposal and what it is judged with
   * @return the date, when waiting can satisfy the rule
   */
  Optional<LocalDate> earliest(RuleContext context);
}
