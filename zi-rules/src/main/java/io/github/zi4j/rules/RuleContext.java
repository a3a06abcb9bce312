package io.github.zi4j.rules;

import io.github.zi4j.lke.LkeResult;
import io.github.zi4j.lke.LkeScore;
import io.github.zi4j.lke.LkeScorer;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.unit.Predikat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What a rule reads: the proposal, the target it is judged for, the edition, the figures, the round
 * resolved for it, and its LKE resolved: a worksheet scored with the edition's bundled template, and the
 * area-level result (given, or from a complete 90/2021 worksheet).
 */
record RuleContext(
    Proposal proposal,
    Edition edition,
    RegulationFigures figures,
    Optional<ProposalRound> round,
    Optional<LkeScore> lkeScore,
    Optional<LkeResult> lkeResult) {

  /**
   * The context of {@code proposal} judged under {@code edition}.
   *
   * @throws IllegalArgumentException when the proposal's worksheet was answered for another edition,
   *     or has answers its questions do not take
   */
  RuleContext(Proposal proposal, Edition edition, RegulationFigures figures,
      Optional<ProposalRound> round) {
    this(proposal, edition, figures, round, scoreOf(proposal, edition));
  }

  private RuleContext(Proposal proposal, Edition edition, RegulationFigures figures,
      Optional<ProposalRound> round, Optional<LkeScore> score) {
    this(proposal, edition, figures, round, score, areaLevel(proposal, edition, score));
  }

  private static Optional<LkeScore> scoreOf(Proposal proposal, Edition edition) {
    if (proposal.lke().isEmpty() || !(proposal.lke().get() instanceof Worksheet)) {
      return Optional.empty();
    }
    Worksheet worksheet = (Worksheet) proposal.lke().get();
    if (worksheet.edition() != edition) {
      throw new IllegalArgumentException("the LKE worksheet must be answered for the edition the "
          + "proposal is judged under, but was answered for " + worksheet.edition()
          + " and the proposal is judged under " + edition + " (name the edition in the case)");
    }
    LkeScorer scorer = LkeScorer.bundled(edition);
    Role deciding = worksheet.decidingRole();
    LkeScore score = scorer.score(worksheet, deciding);
    for (Role role : worksheet.answers().keySet()) {
      if (role != deciding) {
        scorer.score(worksheet, role); // not read, but its answers must be ones the questions take
      }
    }
    return Optional.of(score);
  }

  private static Optional<LkeResult> areaLevel(
      Proposal proposal, Edition edition, Optional<LkeScore> score) {
    if (proposal.lke().isPresent() && proposal.lke().get() instanceof LkeResult) {
      return Optional.of((LkeResult) proposal.lke().get());
    }
    return score.filter(s -> s.complete() && edition == Edition.PERMENPANRB_90_2021)
        .map(LkeScore::toLkeResult);
  }

  /** What the score rules read of this context. */
  ScoreContext scores() {
    return new ScoreContext(target(), edition, figures, lkeScore, lkeResult,
        proposal.lke().isPresent() && proposal.lke().get() instanceof LkeResult);
  }

  /** The predicate the proposal is for. */
  Predikat target() {
    return proposal.target();
  }

  LocalDate asOf() {
    return proposal.asOf();
  }

  /**
   * A finding that the proposal's date is not before {@code earliest}: PASS on or after it, FAIL
   * before it with the days short; the earliest date is what it requires.
   */
  Finding.Builder notBefore(RuleId rule, LocalDate earliest) {
    boolean met = !asOf().isBefore(earliest);
    Finding.Builder finding = finding(rule, met ? Status.PASS : Status.FAIL)
        .required(new Measure.Day(earliest));
    if (!met) {
      finding.shortfall(new Measure.Days(ChronoUnit.DAYS.between(asOf(), earliest)));
    }
    return finding;
  }

  /** A finding builder with this context's rule and target already set. */
  Finding.Builder finding(RuleId rule, Status status) {
    return Finding.builder().rule(rule).status(status).target(target());
  }
}
