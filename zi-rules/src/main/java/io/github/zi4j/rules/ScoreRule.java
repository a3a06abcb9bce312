package io.github.zi4j.rules;

import java.util.List;

/**
 * A rule about the LKE's scores: it reads only the {@link ScoreContext}, so the engine can also ask it
 * which predicate a score meets, whatever the proposal's target.
 */
interface ScoreRule extends Rule {

  /** The findings for the LKE in {@code context}, judged for its target. */
  List<Finding> check(ScoreContext context);

  @Override
  default List<Finding> evaluate(RuleContext context) {
    return check(context.scores());
  }
}
