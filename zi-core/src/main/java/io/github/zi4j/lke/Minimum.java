package io.github.zi4j.lke;

import io.github.zi4j.regulation.Confidence;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The least points a template node must earn for a predicate (<i>nilai minimal</i>), with its confidence
 * and an optional note on its source.
 *
 * @param value the least points
 * @param confidence how sure the domain notes are of it
 * @param note where it comes from or how it was derived, for example {@code "IPAK index 3.60"}
 */
public record Minimum(BigDecimal value, Confidence confidence, Optional<String> note) {

  /**
   * A minimum.
   *
   * @param value the least points
   * @param confidence how sure the domain notes are of it
   * @param note where it comes from, or empty
   */
  public Minimum {
    Objects.requireNonNull(value, "value of a minimum is required");
    Objects.requireNonNull(confidence, "confidence of a minimum is required");
    note = note == null ? Optional.empty() : note;
  }
}
