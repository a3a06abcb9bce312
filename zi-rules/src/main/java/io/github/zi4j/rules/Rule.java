package io.github.zi4j.rules;

import java.util.List;

/**
 * One rule of a rulebook (<i>aturan</i>): stateless, thread-safe, and explaining itself through its
 * findings. Not part of the API: rules are chosen by {@link Rulebook}.
 */
interface Rule {

  /** The rule's identity. */
  RuleId id();

  /**
   * The findings for the proposal in {@code context}: usually one; one per area for the area rule;
   * none when the rule does not apply to the target.
   */
  List<Finding> evaluate(RuleContext context);
}
