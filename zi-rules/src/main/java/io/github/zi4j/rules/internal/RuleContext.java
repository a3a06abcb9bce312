package io.github.zi4j.rules.internal;

import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.RegulationFigures;
import io.github.zi4j.rules.RuleId;
import io.github.zi4j.rules.Status;
import io.github.zi4j.unit.Predikat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What a rule reads: the proposal, the edition it is judged under, the figures, and the round resolved
 * for it.
 *
 * <p>Not API. Immutable.
 *
 * @param proposal the proposal
 * @param edition the edition it is judged under
 * @param figures the figures compared with
 * @param round the proposal round resolved for it, when known
 */
public record RuleContext(
    Proposal proposal,
    Edition edition,
    RegulationFigures figures,
    Optional<ProposalRound> round) {

  /**
   * The predicate the proposal is for.
   *
   * @return the target
   */
  public Predikat target() {
    return proposal.target();
  }

  /**
   * The date the proposal is judged on.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return proposal.asOf();
  }

  /**
   * A finding that the proposal's date is not before {@code earliest}: PASS on or after it, FAIL
   * before it with the days short; the earliest date is what it requires.
   *
   * @param rule the rule
   * @param earliest the earliest date the rule allows
   * @return the finding, to be completed with the actual value, context and basis
   */
  public Finding.Builder notBefore(RuleId rule, LocalDate earliest) {
    boolean met = !asOf().isBefore(earliest);
    Finding.Builder finding = finding(rule, met ? Status.PASS : Status.FAIL)
        .required(new Measure.Day(earliest));
    if (!met) {
      finding.shortfall(new Measure.Days(ChronoUnit.DAYS.between(asOf(), earliest)));
    }
    return finding;
  }

  /**
   * A finding builder with this context's rule and target already set.
   *
   * @param rule the rule
   * @param status the status
   * @return the builder
   */
  public Finding.Builder finding(RuleId rule, Status status) {
    return Finding.builder().rule(rule).status(status).target(target());
  }
}
