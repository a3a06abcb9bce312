package io.github.zi4j.rules.timing;

import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.RuleId;
import io.github.zi4j.rules.internal.RuleContext;
import io.github.zi4j.rules.internal.TimingRule;
import io.github.zi4j.unit.Predikat;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A unit proposed for WBBM must have held WBK for the holding period: 1 year by default,
 * <b>unverified</b> and overridable ({@link RegulationFigures#withWbkHoldingPeriod}). It applies only to
 * a WBBM proposal of a unit that holds WBK; the prerequisite rule speaks for the others.
 */
final class WbkHoldingPeriodRule implements TimingRule {

  @Override
  public RuleId id() {
    return RuleId.WBK_HOLDING_PERIOD;
  }

  @Override
  public Optional<LocalDate> earliest(RuleContext c) {
    if (c.target() != Predikat.WBBM) {
      return Optional.of(c.proposal().unit().pencanangan());
    }
    return c.proposal().unit().heldSince(Predikat.WBK, c.asOf())
        .map(since -> since.plus(c.figures().wbkHoldingPeriod().value()));
  }

  @Override
  public List<Finding> evaluate(RuleContext c) {
    if (c.target() != Predikat.WBBM) {
      return List.of();
    }
    Optional<LocalDate> earliest = earliest(c);
    if (earliest.isEmpty()) {
      return List.of();
    }
    return List.of(c.notBefore(id(), earliest.get())
        .actual(new Measure.Day(c.asOf()))
        .context(new Measure.Day(
            c.proposal().unit().heldSince(Predikat.WBK, c.asOf()).orElseThrow()))
        .basis(c.figures().wbkHoldingPeriod().basis())
        .build());
  }
}
