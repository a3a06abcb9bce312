package io.github.zi4j.lke;

import io.github.zi4j.InvalidFieldException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zi4j.internal.Limits;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The points one area of change earned in the LKE (<i>nilai area</i>) under PermenPANRB 90/2021: its
 * pemenuhan (fulfilment) part and its reform part.
 *
 * <p>Made with {@code AreaScore.of(new BigDecimal("3.60"), new BigDecimal("3.20"))}; in JSON {@code
 * {"pemenuhan": 3.6, "reform": 3.2}}. Points are not negative; that they do not exceed the area's weights
 * is checked by {@link LkeResult}, which knows the area.
 *
 * <p>Immutable and thread-safe; compare with {@code equals} (3.6 and 3.60 differ: use {@link #total()}
 * and {@code compareTo} to compare amounts).
 */
@Value.Immutable
@JsonSerialize(as = AreaScore.class)
@JsonDeserialize(as = AreaScore.class)
abstract class AbstractAreaScore {

  /**
   * Points of the pemenuhan (fulfilment) part.
   *
   * @return the points, not negative
   */
  @Value.Parameter
  public abstract BigDecimal pemenuhan();

  /**
   * Points of the reform part.
   *
   * @return the points, not negative
   */
  @Value.Parameter
  public abstract BigDecimal reform();

  /**
   * The area's points: pemenuhan plus reform.
   *
   * @return the sum, exact
   */
  public BigDecimal total() {
    return pemenuhan().add(reform());
  }

  @Value.Check
  void check() {
    // bounded first, so that the messages below never write out an absurd number
    Limits.points(pemenuhan()).ifPresent(problem -> {
      throw new InvalidFieldException("pemenuhan", "pemenuhan " + problem);
    });
    Limits.points(reform()).ifPresent(problem -> {
      throw new InvalidFieldException("reform", "reform " + problem);
    });
    if (pemenuhan().signum() < 0) {
      throw new InvalidFieldException("pemenuhan",
          "pemenuhan must not be negative, but was " + pemenuhan().toPlainString());
    }
    if (reform().signum() < 0) {
      throw new InvalidFieldException("reform",
          "reform must not be negative, but was " + reform().toPlainString());
    }
  }
}
