package io.github.zi4j.rules;

import io.github.zi4j.regulation.Edition;
import io.github.zi4j.unit.Predikat;
import java.util.Objects;

/**
 * Which score minimum a figure is (<i>nilai minimal yang mana</i>): the minimum of a criterion for a
 * predicate under an edition, the key of {@link RegulationFigures#thresholds()}.
 *
 * @param edition the edition
 * @param predikat the predicate proposed for
 * @param criterion the criterion
 *
 * @since 0.1
 */
public record ThresholdKey(Edition edition, Predikat predikat, Criterion criterion) {

  /**
   * A key.
   *
   * @param edition the edition
   * @param predikat the predicate proposed for
   * @param criterion the criterion
   */
  public ThresholdKey {
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(predikat, "predikat");
    Objects.requireNonNull(criterion, "criterion");
  }
}
