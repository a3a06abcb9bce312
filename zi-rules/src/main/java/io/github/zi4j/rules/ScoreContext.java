package io.github.zi4j.rules;

import io.github.zi4j.lke.LkeResult;
import io.github.zi4j.lke.LkeScore;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.unit.Predikat;
import java.util.Optional;

/**
 * What the score rules read: the target, the edition, the figures, and the LKE resolved (a scored
 * worksheet, the area-level result, and whether that result was given as such rather than scored).
 */
record ScoreContext(
    Predikat target,
    Edition edition,
    RegulationFigures figures,
    Optional<LkeScore> lkeScore,
    Optional<LkeResult> lkeResult,
    boolean areaLevelGiven) {

  /** This context judged for {@code other}. */
  ScoreContext forTarget(Predikat other) {
    return new ScoreContext(other, edition, figures, lkeScore, lkeResult, areaLevelGiven);
  }

  /** A finding builder with the rule and target already set. */
  Finding.Builder finding(RuleId rule, Status status) {
    return Finding.builder().rule(rule).status(status).target(target);
  }
}
