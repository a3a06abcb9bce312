package io.github.zi4j.rules.timing;

import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.RuleId;
import io.github.zi4j.rules.Status;
import io.github.zi4j.rules.internal.RuleContext;
import io.github.zi4j.unit.ProposalStage;
import io.github.zi4j.unit.UnitKerja;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One proposal a round: a unit whose proposal for the target in the round's year ended without it (a
 * failed administrative selection, or not awarded) may not be proposed again in that round; from the
 * next round it may (likely: the yearly proposal round of the domain notes' lifecycle). Judged only for
 * a unit whose proposal stages are recorded ({@link UnitKerja#proposals()}): without them there is
 * nothing to judge, and no finding.
 */
final class ProposalRoundRule implements TimingRule {

  @Override
  public RuleId id() {
    return RuleId.PROPOSAL_ROUND;
  }

  @Override
  public LocalDate judge(RuleContext c, Optional<WbkAfterRevocation> question,
      List<Finding> into) {
    UnitKerja unit = c.proposal().unit();
    if (unit.proposals().isEmpty()) {
      return TimingRules.noLimit(c);
    }
    int year = c.proposal().roundYear();
    Measure round = Measure.Term.of(year);
    Optional<ProposalStage> stage = unit.stageIn(year, c.target());
    if (stage.isEmpty()) {
      into.add(c.finding(id(), Status.PASS, null, null, null, null, round,
          TimingRules.PROPOSAL_ROUND_BASIS));
      return TimingRules.noLimit(c);
    }
    if (!stage.get().endsWithoutAward()) {
      into.add(c.finding(id(), Status.PASS, "in-progress", null, Measure.Term.of(stage.get()),
          null, round, TimingRules.PROPOSAL_ROUND_BASIS));
      return TimingRules.noLimit(c);
    }
    LocalDate next = TimingRules.afterEndedProposal(year);
    into.add(c.finding(id(), Status.FAIL, null, new Measure.Day(next),
        Measure.Term.of(stage.get()), c.daysShort(next), round, TimingRules.PROPOSAL_ROUND_BASIS));
    return next;
  }
}
