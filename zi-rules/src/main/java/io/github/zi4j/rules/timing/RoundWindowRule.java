package io.github.zi4j.rules.timing;

import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.RuleId;
import io.github.zi4j.rules.Status;
import io.github.zi4j.rules.internal.RuleContext;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A proposal belongs to the round of its year, and is made inside that round's window (sure: a
 * proposal outside the window is not a proposal of that round; the 2024 window was 18&ndash;31 July,
 * both days inside). Of a round known only to have closed by a day (the 2023 round, before 4 July
 * 2023, likely), a proposal on or after that day fails, and one before it is not checked. When nothing
 * of the window is known, the finding says the date was not checked: it passes, so that what zi4j
 * does not know never changes the verdict.
 */
final class RoundWindowRule implements TimingRule {

  /** The basis of a finding on a round zi4j knows nothing of. */
  private static final LegalBasis NO_ROUND_BASIS =
      LegalBasis.of("KemenPANRB, pengumuman periode pengusulan", Confidence.SURE)
          .withEnglish("KemenPANRB, announcement of the proposal round");

  @Override
  public RuleId id() {
    return RuleId.ROUND_WINDOW;
  }

  /** It sets no limit on the earliest date: the decision finds the round from that date itself. */
  @Override
  public TimingRules.Judged judge(RuleContext c, Optional<WbkAfterRevocation> question) {
    Optional<ProposalRound> round = c.round();
    Finding.Builder finding;
    if (round.isPresent() && round.get().windowKnown()) {
      finding = within(c, round.get());
    } else if (round.isPresent() && round.get().closedBy().isPresent()) {
      Measure.Day closedBy = new Measure.Day(round.get().closedBy().get());
      finding = round.get().closedOn(c.asOf())
          ? c.finding(id(), Status.FAIL).variant("closed")
          : c.finding(id(), Status.PASS).variant("unchecked-closed-by");
      finding.required(closedBy);
    } else {
      finding = c.finding(id(), Status.PASS).variant("unchecked");
    }
    return TimingRules.Judged.noLimit(c, List.of(finding
        .actual(new Measure.Day(c.asOf()))
        .context(Measure.Term.of(round.map(ProposalRound::year).orElse(c.proposal().roundYear())))
        .basis(round.map(ProposalRound::basis).orElse(NO_ROUND_BASIS))
        .build()));
  }

  private Finding.Builder within(RuleContext c, ProposalRound round) {
    Measure.Window window =
        new Measure.Window(round.opens().orElseThrow(), round.closes().orElseThrow());
    boolean before = c.asOf().isBefore(window.opens());
    boolean after = c.asOf().isAfter(window.closes());
    Finding.Builder finding = c.finding(id(), before || after ? Status.FAIL : Status.PASS)
        .required(window);
    if (before) {
      finding.variant("before")
          .shortfall(new Measure.Days(ChronoUnit.DAYS.between(c.asOf(), window.opens())));
    } else if (after) {
      finding.variant("after");
    }
    return finding;
  }
}
