package io.github.zi4j.rules.timing;

import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.RuleId;
import io.github.zi4j.rules.Status;
import io.github.zi4j.rules.WbkHoldingCount;
import io.github.zi4j.rules.internal.RuleContext;
import io.github.zi4j.unit.Predikat;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A unit proposed for WBBM must have held WBK for the holding period: 2 years by default, counted in
 * round years (both <b>likely</b> and overridable: {@link
 * io.github.zi4j.rules.RegulationFigures#withWbkHoldingPeriod}, {@link
 * io.github.zi4j.rules.RegulationFigures#withWbkHoldingCount}). In round years a WBK awarded in year Y
 * allows WBBM from the round of year Y + 2, whatever the day; in exact dates, from the award's day plus
 * the period. The finding says which counting was used, and cites both the period's source and the
 * counting's, at the lower of their confidences. It applies only to a WBBM proposal of a unit
 * that holds WBK; the prerequisite rule speaks for the others.
 */
final class WbkHoldingPeriodRule implements TimingRule {

  @Override
  public RuleId id() {
    return RuleId.WBK_HOLDING_PERIOD;
  }

  /** The day the WBK the unit holds was awarded, when this rule applies. */
  private static Optional<LocalDate> since(RuleContext c,
      Optional<WbkAfterRevocation> question) {
    if (c.target() != Predikat.WBBM) {
      return Optional.empty();
    }
    if (question.isPresent() && question.get().settled() && !question.get().wbkKept()) {
      return Optional.empty(); // the revocation removed the WBK: the prerequisite fails
    }
    return c.proposal().unit().heldSince(Predikat.WBK, c.asOf());
  }

  private static boolean inRoundYears(RuleContext c) {
    return c.figures().wbkHoldingCount().value() == WbkHoldingCount.ROUND_YEARS;
  }

  /**
   * Both sources the finding rests on: the period's and the counting's, at the lower of their
   * confidences.
   */
  private static LegalBasis basis(RuleContext c) {
    LegalBasis period = c.figures().wbkHoldingPeriod().basis();
    LegalBasis count = c.figures().wbkHoldingCount().basis();
    if (period.citation().equals(count.citation())) {
      return period.confidence().compareTo(count.confidence()) >= 0 ? period : count;
    }
    Confidence lower = period.confidence().compareTo(count.confidence()) >= 0
        ? period.confidence() : count.confidence();
    return LegalBasis.of(period.citation() + "; " + count.citation(), lower);
  }

  @Override
  public LocalDate judge(RuleContext c, Optional<WbkAfterRevocation> question,
      List<Finding> into) {
    if (c.target() != Predikat.WBBM) {
      return TimingRules.noLimit(c);
    }
    Optional<LocalDate> since = since(c, question);
    if (since.isEmpty()) {
      // no WBK to count from: the prerequisite rule speaks, and waiting cannot satisfy this one
      return LocalDate.MAX;
    }
    LocalDate allowed = TimingRules.afterWbkHolding(since.get(), c.figures());
    boolean roundYears = inRoundYears(c);
    into.add(c.finding(id(), c.asOf().isBefore(allowed) ? Status.FAIL : Status.PASS,
        roundYears ? "round-years" : "exact-dates",
        roundYears ? Measure.Term.of(allowed.getYear()) : new Measure.Day(allowed),
        roundYears ? Measure.Term.of(c.asOf().getYear()) : c.asOfDay(),
        c.daysShort(allowed), new Measure.Day(since.get()), basis(c)));
    return allowed;
  }
}
