package io.github.zi4j.rules;

import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.unit.Predikat;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a rule reads: the proposal, the edition judged by, the figures, and the round resolved for it
 * (the case's own criteria, else the catalogue's round of that year).
 */
record RuleContext(
    Proposal proposal, Edition edition, RegulationFigures figures, Optional<ProposalRound> round) {

  LocalDate asOf() {
    return proposal.asOf();
  }

  Predikat target() {
    return proposal.target();
  }

  /** A finding builder with this proposal's rule and target already set. */
  Finding.Builder finding(RuleId rule, Status status) {
    return Finding.builder().rule(rule).status(status).target(target());
  }
}
