package io.github.zi4j.rules;

import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.ZiException;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.round.ProposalRounds;
import io.github.zi4j.rules.internal.Rule;
import io.github.zi4j.rules.internal.RuleContext;
import io.github.zi4j.rules.score.ScoreProfile;
import io.github.zi4j.rules.timing.TimingRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a unit kerja may be proposed for a predicate, and explains why (<i>mesin keputusan
 * kelayakan</i>): the entry point of zi-rules.
 *
 * <pre>{@code
 * Decision decision = DecisionEngine.standard().decide(proposal);
 * decision.eligibility();                              // NOT_ELIGIBLE
 * decision.findings(Status.FAIL).get(0).message();     // "Nilai total 73,40 di bawah minimal 75,00 ..."
 * }</pre>
 *
 * <p>The edition is the proposal's, or the one in force on its date; the round is the proposal's own
 * when it carries criteria, else the catalogue's round of its year. An engine is immutable and
 * thread-safe: build one and share it.
 *
 * @since 0.1
 */
public final class DecisionEngine {

  private static final DecisionEngine STANDARD =
      new DecisionEngine(RegulationFigures.bundled(), ProposalRounds.bundled());

  private final RegulationFigures figures;
  private final ProposalRounds rounds;
  /** The score profile of each edition, by ordinal. */
  private final ScoreProfile[] profiles = new ScoreProfile[Edition.values().length];
  /** The year and window of each round of {@link #rounds}, what a decision reports of it. */
  private final ProposalRounds windows;

  private DecisionEngine(RegulationFigures figures, ProposalRounds rounds) {
    this.figures = figures;
    this.rounds = rounds;
    List<ProposalRound> windowed = new ArrayList<>();
    for (ProposalRound round : rounds.all()) {
      windowed.add(windowOf(round));
    }
    this.windows = ProposalRounds.of(windowed);
    for (Edition edition : Edition.values()) {
      profiles[edition.ordinal()] = ScoreProfile.of(edition, figures);
    }
  }

  /**
   * The engine with the bundled figures and rounds.
   *
   * @return the standard engine
   */
  public static DecisionEngine standard() {
    return STANDARD;
  }

  /**
   * An engine with other figures or rounds.
   *
   * @param figures the figures to compare with, for example the bundled ones with an override
   * @param rounds the proposal rounds known, for example the bundled ones with another year added
   * @return the engine
   */
  public static DecisionEngine of(RegulationFigures figures, ProposalRounds rounds) {
    return new DecisionEngine(
        Objects.requireNonNull(figures, "figures"), Objects.requireNonNull(rounds, "rounds"));
  }

  /**
   * The figures this engine compares with.
   *
   * @return the figures
   */
  public RegulationFigures figures() {
    return figures;
  }

  /**
   * The proposal rounds this engine knows.
   *
   * @return the rounds
   */
  public ProposalRounds rounds() {
    return rounds;
  }

  /**
   * The edition {@code proposal} is judged by: the one it names, or the one in force on its date.
   *
   * @param proposal the proposal
   * @return the edition
   * @throws InvalidFieldException at {@code asOf} when the proposal names none and its date is before
   *     2015, which zi4j does not model
   */
  public Edition editionFor(Proposal proposal) {
    Optional<Edition> named = proposal.edition();
    Optional<Edition> edition = named.isPresent() ? named : Edition.inForceOn(proposal.asOf());
    if (edition.isEmpty()) {
      throw new InvalidFieldException("asOf", "asOf must be on or after "
          + Edition.values()[0].usedFrom()
          + " (zi4j models no edition before PermenPANRB 52/2014), but was " + proposal.asOf());
    }
    return edition.get();
  }

  /**
   * The round {@code proposal} is judged by: the catalogue's round of its year with what the
   * proposal's own round says in its place. The caller's criteria (with their evidence year, source
   * and confidence) replace the catalogue's; the caller's window (both days, or a day it had closed
   * by) replaces the catalogue's; an evidence year given without criteria is read with the
   * catalogue's criteria, and a quota replaces the catalogue's. Nothing the caller wrote is replaced by the catalogue's.
   *
   * @param proposal the proposal
   * @return the round, when known
   */
  public Optional<ProposalRound> roundFor(Proposal proposal) {
    return roundFor(proposal.round(), proposal.roundYear());
  }

  /** {@link #roundFor(Proposal)} of a proposal with round {@code own}, of year {@code year}. */
  private Optional<ProposalRound> roundFor(Optional<ProposalRound> own, int year) {
    Optional<ProposalRound> catalogued = rounds.forYear(year);
    if (own.isEmpty() || catalogued.isEmpty()) {
      return own.isPresent() ? own : catalogued;
    }
    ProposalRound mine = own.get();
    ProposalRound known = catalogued.get();
    // the criteria, with what they read: the caller's when given, else the catalogue's
    ProposalRound merged = mine.criteria().isEmpty() ? known : mine;
    if (mine.criteria().isEmpty() && mine.evidenceYear().isPresent()) {
      merged = merged.withEvidenceYear(mine.evidenceYear());
    }
    if (mine.quota().isPresent()) {
      merged = merged.withQuota(mine.quota());
    }
    // the window: the caller's when it says anything of it, else the catalogue's
    ProposalRound window = hasWindow(mine) ? mine : known;
    if (merged == window || merged.opens().equals(window.opens())
        && merged.closes().equals(window.closes()) && merged.closedBy().equals(window.closedBy())) {
      // a round that says no more than its year: the catalogue's, as the catalogue gives it
      return merged == known ? catalogued : Optional.of(merged);
    }
    // the old window cleared first: copied day by day over it, a window may pass through one no
    // round can have (the caller's opening after the catalogue's closing, or a closing beside a
    // closed-by day)
    return Optional.of(merged.withClosedBy(Optional.empty()).withCloses(Optional.empty())
        .withOpens(window.opens()).withCloses(window.closes()).withClosedBy(window.closedBy()));
  }

  /** Whether {@code round} says anything of its window: both its days, or a day it had closed by. */
  private static boolean hasWindow(ProposalRound round) {
    return round.windowKnown() || round.closedBy().isPresent();
  }

  /**
   * Decides on {@code proposal}.
   *
   * @param proposal the proposal
   * @return the decision, with a finding for every rule that applies
   * @throws ZiException at the path of the value refused, relative to the proposal ({@code asOf}
   *     when no edition applies to its date; {@code lke.edition} when its LKE worksheet was answered
   *     for another edition; {@code lke.answers.SELF.S2} when it has answers its questions do not
   *     take; {@code unit} when its history is impossible)
   */
  public Decision decide(Proposal proposal) {
    Edition edition = editionFor(proposal);
    // the proposal's round read once: a value gives its optional anew at each call
    Optional<ProposalRound> own = proposal.round();
    RuleContext context =
        new RuleContext(proposal, edition, figures, roundFor(own, proposal.roundYear()));
    // one list for every finding, in report order: each rule adds its own; the decision copies it.
    // Made anew: a list lent per thread measured no faster, and needs a guard for a decision made
    // while another is
    return decide(proposal, own, edition, context, new ArrayList<>(24));
  }

  private Decision decide(Proposal proposal, Optional<ProposalRound> own, Edition edition,
      RuleContext context, List<Finding> findings) {
    Optional<LocalDate> earliest = TimingRules.judge(context, findings);
    for (Rule rule : Rulebook.of(edition).instansiRules()) {
      rule.evaluate(context, findings);
    }
    Optional<LkeSummary> lke;
    try {
      lke = profiles[edition.ordinal()].judge(proposal.lke(), proposal.target(), findings);
    } catch (ZiException e) {
      // refused at its place in the worksheet or result: put under the proposal's lke
      throw e.within("lke");
    }
    Optional<LocalDate> earliestDate = Optional.empty();
    Optional<ProposalRound> earliestRound = Optional.empty();
    if (earliest.isPresent()) {
      LocalDate day = earliest.get();
      earliestRound = earliestRound(own, day);
      ProposalRound round = earliestRound.get();
      Optional<LocalDate> window = round.opens();
      LocalDate opens = window.isPresent() ? window.get() : LocalDate.of(round.year(), 1, 1);
      earliestDate = day.isBefore(opens) ? Optional.of(opens) : earliest;
    }
    return Decision.of(proposal.target(), proposal.asOf(), edition, earliestDate, earliestRound, lke,
        findings);
  }

  /**
   * The year and window of {@code round}, and nothing else: what a decision reports of it. Made once
   * for each of the engine's rounds; for a caller's round anew each time, not cached: a cache keyed by
   * the rounds callers supply would grow with every round.
   */
  private static ProposalRound windowOf(ProposalRound round) {
    if (round.criteria().isEmpty() && round.source().isEmpty() && round.quota().isEmpty()
        && round.evidenceYear().isEmpty()) {
      return round;
    }
    return ProposalRound.builder().year(round.year())
        .opens(round.opens()).closes(round.closes()).closedBy(round.closedBy()).build();
  }

  /**
   * The first round from {@code day}'s year on that is not known to have closed on {@code day}: one
   * whose window closes on or after it, or is known only to have closed by a later day, or is not
   * known at all. {@code given} is the proposal's own round.
   */
  private Optional<ProposalRound> earliestRound(Optional<ProposalRound> given, LocalDate day) {
    for (int year = day.getYear(); ; year++) {
      ProposalRound own = given.isPresent() && given.get().year() == year && hasWindow(given.get())
          ? given.get() : null;
      ProposalRound round = own != null ? own : rounds.forYear(year).orElse(null);
      if (round == null) {
        round = ProposalRound.ofYear(year);
      }
      if (!round.closedOn(day)) {
        // the catalogue's windows are made once (and given as made); a caller's round anew
        if (own != null) {
          return Optional.of(windowOf(round));
        }
        Optional<ProposalRound> catalogued = windows.forYear(year);
        return catalogued.isPresent() ? catalogued : Optional.of(round);
      }
    }
  }

  /**
   * Compares the unit's own answers on {@code worksheet} with the TPI's: every question they answer
   * differently, and which of those differences alone change the predicate the LKE meets.
   *
   * @param worksheet a worksheet with SELF and TPI answers
   * @return the comparison
   * @throws IllegalArgumentException when the worksheet lacks either role's answers, or has answers its
   *     questions do not take
   */
  public AssessorComparison compare(Worksheet worksheet) {
    return AssessorComparison.of(worksheet, profiles[worksheet.edition().ordinal()]::meets);
  }
}
