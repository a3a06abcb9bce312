package io.github.zi4j.unit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zi4j.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One stage a unit's proposal (<i>pengusulan</i>) reached in a round: proposed for a predicate in the
 * round of a year, then through the administrative selection, the desk and the field evaluation (see
 * {@link ProposalStage}).
 *
 * <p>Made with {@code ProposalEvent.of(2024, Predikat.WBK, ProposalStage.PROPOSED)}; in JSON
 * {@code {"round": 2024, "predikat": "WBK", "stage": "PROPOSED"}}, with an optional {@code "date"}.
 * A unit's {@link UnitKerja#proposals()} holds them round by round, each proposal's stages in order.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ProposalEvent.class)
@JsonDeserialize(as = ProposalEvent.class)
abstract class AbstractProposalEvent {

  /**
   * The year of the proposal round, for example {@code 2024}.
   *
   * @return the round's year, four digits
   */
  @Value.Parameter
  public abstract int round();

  /**
   * The predicate the unit was proposed for.
   *
   * @return WBK or WBBM
   */
  @Value.Parameter
  public abstract Predikat predikat();

  /**
   * The stage reached.
   *
   * @return the stage
   */
  @Value.Parameter
  public abstract ProposalStage stage();

  /**
   * The day the stage was reached or announced, when known.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> date();

  @Value.Check
  void check() {
    Checks.year("round", "round", round());
  }

  /** For example {@code "2024 WBK PROPOSED"}. */
  @Override
  public String toString() {
    return round() + " " + predikat() + " " + stage();
  }
}
