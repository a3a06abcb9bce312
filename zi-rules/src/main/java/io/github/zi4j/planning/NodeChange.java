package io.github.zi4j.planning;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How one node of the LKE changed in a what-if (<i>perubahan nilai simpul</i>).
 *
 * @param id the node's id
 * @param name the node's name
 * @param before its points before, when complete
 * @param after its points after, when complete
 *
 * @since 0.1
 */
public record NodeChange(String id, String name, Optional<BigDecimal> before,
    Optional<BigDecimal> after) {

  /**
   * A change.
   *
   * @param id the id
   * @param name the name
   * @param before the points before, or empty
   * @param after the points after, or empty
   */
  public NodeChange {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    before = before == null ? Optional.empty() : before;
    after = after == null ? Optional.empty() : after;
  }

  /**
   * The difference, after minus before.
   *
   * @return the difference, when both are known
   */
  public Optional<BigDecimal> difference() {
    return before.flatMap(b -> after.map(a -> a.subtract(b)));
  }
}
