package io.github.zi4j.rules.timing;

import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.RuleId;
import io.github.zi4j.rules.Status;
import io.github.zi4j.rules.internal.RuleContext;
import java.time.LocalDate;
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
  public LocalDate judge(RuleContext c, Optional<WbkAfterRevocation> question, List<Finding> into) {
    Optional<ProposalRound> round = c.round();
    Measure actual = c.asOfDay();
    Measure year = Measure.Term.of(round.isPresent() ? round.get().year() : c.proposal().roundYear());
    LegalBasis basis = round.isPresent() ? round.get().basis() : NO_ROUND_BASIS;
    // the window's days read once each: a round gives them anew at each call
    Optional<LocalDate> opens = round.isPresent() ? round.get().opens() : Optional.empty();
    Optional<LocalDate> closes = opens.isPresent() ? round.get().closes() : Optional.empty();
    if (opens.isPresent() && closes.isPresent()) { // the window is known
      Measure.Window window = new Measure.Window(opens.get(), closes.get());
      boolean before = c.asOf().isBefore(window.opens());
      boolean after = c.asOf().isAfter(window.closes());
      into.add(c.finding(id(), before || after ? Status.FAIL : Status.PASS,
          before ? "before" : after ? "after" : null, window, actual,
          before ? new Measure.Days(ChronoUnit.DAYS.between(c.asOf(), window.opens())) : null,
          year, basis));
    } else if (round.isPresent() && round.get().closedBy().isPresent()) {
      Measure.Day closedBy = new Measure.Day(round.get().closedBy().get());
      boolean closed = round.get().closedOn(c.asOf());
      into.add(c.finding(id(), closed ? Status.FAIL : Status.PASS,
          closed ? "closed" : "unchecked-closed-by", closedBy, actual, null, year, basis));
    } else {
      into.add(c.finding(id(), Status.PASS, "unchecked", null, actual, null, year, basis));
    }
    return TimingRules.noLimit(c);
  }
}
