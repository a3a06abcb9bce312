package io.github.zi4j.rules;

import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The LKE scores a decision reports (<i>ringkasan nilai LKE</i>): total, pengungkit and hasil, exact,
 * and the highest predicate whose every score minimum they meet.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 */
@Value.Immutable
abstract class AbstractLkeSummary {

  /**
   * The LKE total, exact.
   *
   * @return the points
   */
  @Value.Parameter
  public abstract BigDecimal total();

  /**
   * The pengungkit (enabler) component, exact.
   *
   * @return the points
   */
  @Value.Parameter
  public abstract BigDecimal pengungkit();

  /**
   * The hasil (results) component, exact.
   *
   * @return the points
   */
  @Value.Parameter
  public abstract BigDecimal hasil();

  /**
   * The highest predicate whose every score minimum the LKE meets; scores only, not the timing or
   * instansi rules.
   *
   * @return WBBM, WBK, or empty when it meets neither
   */
  @Value.Parameter
  public abstract Optional<Predikat> meets();
}
