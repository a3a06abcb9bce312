package io.github.zi4j.rules;

import io.github.zi4j.regulation.LegalBasis;
import java.util.Objects;

/**
 * One regulation figure (<i>angka ketentuan</i>), a minimum or a period, with its legal basis and
 * confidence.
 *
 * @param <T> the kind of value: {@link java.math.BigDecimal} or {@link java.time.Period}
 * @param value the figure
 * @param basis where it is written and how sure zi4j is of it
 *
 * @since 0.1
 */
public record Figure<T>(T value, LegalBasis basis) {

  /**
   * A figure.
   *
   * @param value the figure
   * @param basis where it is written and how sure zi4j is of it
   */
  public Figure {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(basis, "basis");
  }
}
