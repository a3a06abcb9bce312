package io.github.zi4j.rules.internal;

import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.RuleId;
import java.util.List;

/**
 * One rule of a rulebook (<i>aturan</i>) about the unit or its instansi: stateless, thread-safe, and
 * explaining itself through its findings. The score minimums of the LKE are not rules of this kind: an
 * edition's {@code ScoreProfile} judges them all at once.
 *
 * <p>Not API: public only so that the rule packages ({@code rules.timing}, {@code rules.instansi}) can
 * implement it.
 */
public interface Rule {

  /**
   * The rule's identity.
   *
   * @return the id
   */
  RuleId id();

  /**
   * Adds the findings for the proposal in {@code context} to {@code into}: usually one; none when the
   * rule does not apply to the target.
   *
   * @param context the proposal and what it is judged with
   * @param into the decision's findings, in report order
   */
  void evaluate(RuleContext context, List<Finding> into);
}
