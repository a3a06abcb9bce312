package io.github.zi4j.portfolio;

import io.github.zi4j.unit.Predikat;
import java.util.Objects;

/**
 * One round's funnel for one predicate (<i>corong usulan</i>): how many units were proposed, passed
 * the administrative selection, were evaluated on the desk, in the field, and were awarded.
 *
 * <p>Counted from the units' recorded proposal stages ({@link io.github.zi4j.unit.UnitKerja#proposals()})
 * and awards: a unit counts at every stage its proposal reached; awarded when its history has the
 * predicate awarded in the round's year. Each count is at most the one before it, except that an award
 * whose proposal's later stages were not recorded still counts as awarded. As of the portfolio's day:
 * a stage dated after it, and an award after it, are not counted yet.
 *
 * @param round the round's year
 * @param predikat the predicate proposed for
 * @param proposed units proposed
 * @param passedAdministration units that passed the administrative selection
 * @param deskEvaluated units evaluated on the desk
 * @param fieldEvaluated units evaluated in the field (the interview)
 * @param awarded units awarded the predicate in the round's year
 * @since 0.1
 */
public record Funnel(int round, Predikat predikat, int proposed, int passedAdministration,
    int deskEvaluated, int fieldEvaluated, int awarded) {

  /**
   * A funnel.
   *
   * @param round the round's year
   * @param predikat the predicate
   * @param proposed units proposed
   * @param passedAdministration units past the selection
   * @param deskEvaluated units evaluated on the desk
   * @param fieldEvaluated units evaluated in the field
   * @param awarded units awarded
   * @throws IllegalArgumentException when a count is negative, or a stage counts more units than the
   *     one before it (proposed, passed, desk, field)
   */
  public Funnel {
    Objects.requireNonNull(predikat, "predikat");
    if (proposed < 0 || passedAdministration < 0 || deskEvaluated < 0 || fieldEvaluated < 0
        || awarded < 0) {
      throw new IllegalArgumentException("a funnel's counts must not be negative, but were "
          + proposed + "/" + passedAdministration + "/" + deskEvaluated + "/" + fieldEvaluated + "/"
          + awarded);
    }
    if (passedAdministration > proposed || deskEvaluated > passedAdministration
        || fieldEvaluated > deskEvaluated) {
      throw new IllegalArgumentException("a funnel's stages must not count more units than the one"
          + " before, but were " + proposed + "/" + passedAdministration + "/" + deskEvaluated + "/"
          + fieldEvaluated);
    }
  }
}
