package io.github.zi4j.rules.timing;

import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.RuleId;
import io.github.zi4j.rules.Status;
import io.github.zi4j.rules.internal.Rule;
import io.github.zi4j.rules.internal.RuleContext;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A proposal belongs to the round of its year, and is made inside that round's window (sure: a
 * proposal outside the window is not a proposal of that round; the 2024 window was 18&ndash;31 July,
 * both days inside). When the window is not known the rule gives no finding, and the decision's text
 * says the date was not checked against it.
 */
final class RoundWindowRule implements Rule {

  @Override
  public RuleId id() {
    return RuleId.ROUND_WINDOW;
  }

  /** The window of the proposal's round: the caller's, else the one resolved for it. */
  static Optional<ProposalRound> window(RuleContext c) {
    return c.proposal().round().filter(ProposalRound::windowKnown)
        .or(() -> c.round().filter(ProposalRound::windowKnown));
  }

  @Override
  public List<Finding> evaluate(RuleContext c) {
    Optional<ProposalRound> round = window(c);
    if (round.isEmpty()) {
      return List.of();
    }
    Measure.Window window =
        new Measure.Window(round.get().opens().orElseThrow(), round.get().closes().orElseThrow());
    boolean before = c.asOf().isBefore(window.opens());
    boolean after = c.asOf().isAfter(window.closes());
    Finding.Builder finding = c.finding(id(), before || after ? Status.FAIL : Status.PASS)
        .required(window)
        .actual(new Measure.Day(c.asOf()))
        .context(Measure.Term.of(round.get().year()))
        .basis(round.get().basis());
    if (before) {
      finding.variant("before")
          .shortfall(new Measure.Days(ChronoUnit.DAYS.between(c.asOf(), window.opens())));
    } else if (after) {
      finding.variant("after");
    }
    return List.of(finding.build());
  }
}
