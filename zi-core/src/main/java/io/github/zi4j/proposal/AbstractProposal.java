package io.github.zi4j.proposal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zi4j.instansi.Instansi;
import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.lke.LkeInput;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.UnitKerja;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A proposal case (<i>pengusulan</i>): one unit kerja of one instansi, proposed for a target predicate,
 * judged as of a date. It is what the rules engine decides on, and the case file of the command line.
 *
 * <p>A proposal belongs to the round of {@code asOf}'s year: a round given must be of that year, and
 * defaults to the bundled one. The edition defaults to the one in force on {@code asOf}; the LKE,
 * area-level or a worksheet, is optional (the score rules then answer UNKNOWN). Events in the unit's
 * history after {@code asOf} have not happened yet as of that date and are not read. A date before the
 * unit's pencanangan is a proposal too early, which the building-period rule refuses.
 *
 * <pre>{@code
 * {"asOf": "2024-07-20", "target": "WBK", "instansi": {...}, "unit": {...},
 *  "round": {"year": 2024}, "lke": {"pengungkit": {...}, "hasil": {...}}}
 * }</pre>
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 */
@Value.Immutable
@JsonSerialize(as = Proposal.class)
@JsonDeserialize(as = Proposal.class)
abstract class AbstractProposal {

  /**
   * The date the proposal is judged on.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * The predicate the unit is proposed for.
   *
   * @return WBK or WBBM
   */
  public abstract Predikat target();

  /**
   * The proposing agency.
   *
   * @return the instansi
   */
  public abstract Instansi instansi();

  /**
   * The unit proposed.
   *
   * @return the unit kerja
   */
  public abstract UnitKerja unit();

  /**
   * The proposal round, or only its year, when it is not the bundled round of {@code asOf}'s year.
   *
   * @return the round, when given
   */
  public abstract Optional<ProposalRound> round();

  /**
   * The unit's LKE: its points per area ({@link io.github.zi4j.lke.LkeResult}), or the filled worksheet
   * they come from ({@link io.github.zi4j.lke.Worksheet}).
   *
   * @return the LKE, when known
   */
  public abstract Optional<LkeInput> lke();

  /**
   * The regulation edition to judge by, when the caller names it instead of the edition in force on
   * {@code asOf}.
   *
   * @return the edition, when named
   */
  public abstract Optional<Edition> edition();

  /**
   * A free note about the case, for example where its figures come from; the rules do not read it.
   *
   * @return the note, when given
   */
  public abstract Optional<String> note();

  /**
   * The year of the proposal round: {@code asOf}'s.
   *
   * @return the year
   */
  public int roundYear() {
    return asOf().getYear();
  }

  @Value.Check
  void check() {
    round().filter(round -> round.year() != asOf().getYear()).ifPresent(round -> {
      throw new InvalidFieldException("round.year", "round.year must be the year of asOf, since a "
          + "proposal belongs to the round of its year, but was " + round.year() + " for asOf "
          + asOf());
    });
  }
}
