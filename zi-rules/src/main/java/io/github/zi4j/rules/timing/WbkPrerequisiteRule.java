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
import io.github.zi4j.unit.PredikatEvent;
import io.github.zi4j.unit.UnitKerja;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * WBBM only for a unit that holds WBK, not revoked, on the date (sure: the seeds and 52/2014-era
 * practice). It does not apply to a WBK proposal.
 */
final class WbkPrerequisiteRule implements TimingRule {

  static final LegalBasis BASIS = LegalBasis.of(
      "PermenPANRB 52/2014 dan 90/2021: WBBM hanya untuk unit berpredikat WBK", Confidence.SURE);

  @Override
  public RuleId id() {
    return RuleId.WBK_PREREQUISITE;
  }

  @Override
  public Optional<LocalDate> earliest(RuleContext c) {
    if (c.target() != Predikat.WBBM) {
      return Optional.of(c.proposal().unit().pencanangan());
    }
    return c.proposal().unit().heldSince(Predikat.WBK, c.asOf());
  }

  @Override
  public List<Finding> evaluate(RuleContext c) {
    if (c.target() != Predikat.WBBM) {
      return List.of();
    }
    UnitKerja unit = c.proposal().unit();
    Optional<LocalDate> since = unit.heldSince(Predikat.WBK, c.asOf());
    Finding.Builder finding = c.finding(id(), since.isPresent() ? Status.PASS : Status.FAIL)
        .required(Measure.Term.of(Predikat.WBK))
        .basis(BASIS);
    if (since.isPresent()) {
      finding.actual(Measure.Term.of(Predikat.WBK)).context(new Measure.Day(since.get()));
    } else {
      Optional<PredikatEvent> revoked = unit.lastRevocationOnOrBefore(c.asOf())
          .filter(e -> e.predikat() == Predikat.WBK);
      finding.actual(new Measure.Term("none"));
      revoked.ifPresent(e -> finding.variant("revoked").context(new Measure.Day(e.date())));
    }
    return List.of(finding.build());
  }
}
