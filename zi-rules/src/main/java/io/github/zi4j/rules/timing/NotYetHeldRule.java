package io.github.zi4j.rules.timing;

import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.RuleId;
import io.github.zi4j.rules.Status;
import io.github.zi4j.rules.internal.RuleContext;
import io.github.zi4j.rules.internal.TimingRule;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.UnitKerja;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A unit is not proposed for a predicate it already holds: WBK not for a unit that holds WBK or WBBM,
 * WBBM not for a unit that holds WBBM (sure: the lifecycle of the guideline).
 */
final class NotYetHeldRule implements TimingRule {

  static final LegalBasis BASIS =
      LegalBasis.of("Pedoman Zona Integritas: predikat WBK, lalu WBBM", Confidence.SURE);

  @Override
  public RuleId id() {
    return RuleId.NOT_YET_HELD;
  }

  private static Optional<Predikat> blocking(RuleContext c) {
    Optional<Predikat> highest = c.proposal().unit().highestOn(c.asOf());
    return highest.filter(held -> held.compareTo(c.target()) >= 0);
  }

  @Override
  public Optional<LocalDate> earliest(RuleContext c) {
    return blocking(c).isPresent()
        ? Optional.empty()
        : Optional.of(c.proposal().unit().pencanangan());
  }

  @Override
  public List<Finding> evaluate(RuleContext c) {
    UnitKerja unit = c.proposal().unit();
    Optional<Predikat> blocking = blocking(c);
    Finding.Builder finding = c.finding(id(), blocking.isPresent() ? Status.FAIL : Status.PASS)
        .basis(BASIS);
    blocking.ifPresent(held -> finding
        .actual(Measure.Term.of(held))
        .context(new Measure.Day(unit.heldSince(held, c.asOf()).orElseThrow())));
    return List.of(finding.build());
  }
}
