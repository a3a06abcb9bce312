package io.github.zi4j.rules.timing;

import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.RuleId;
import io.github.zi4j.rules.Status;
import io.github.zi4j.rules.internal.RuleContext;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.PredikatEvent;
import io.github.zi4j.unit.UnitKerja;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * WBBM only for a unit that holds WBK, not revoked, on the date (sure: the seed stories and practice
 * since 52/2014). After a revocation of WBBM, whether the earlier WBK still stands is not settled
 * ({@link WbkAfterRevocation}): UNKNOWN, unless the figures choose a policy. It does not apply to a WBK
 * proposal.
 */
final class WbkPrerequisiteRule implements TimingRule {

  static final LegalBasis BASIS = LegalBasis.of(
      "Praktik sejak PermenPANRB 52/2014 dan kisah unit (Balangan, RSUD SSMA Pontianak)",
      Confidence.SURE).withEnglish(
          "Practice since PermenPANRB 52/2014 and the units' stories (Balangan, RSUD SSMA Pontianak)");

  @Override
  public RuleId id() {
    return RuleId.WBK_PREREQUISITE;
  }

  @Override
  public TimingRules.Judged judge(RuleContext c, Optional<WbkAfterRevocation> question) {
    if (c.target() != Predikat.WBBM) {
      return TimingRules.Judged.noLimit(c, List.of());
    }
    UnitKerja unit = c.proposal().unit();
    Optional<LocalDate> since = unit.heldSince(Predikat.WBK, c.asOf());
    if (question.isPresent()) {
      WbkAfterRevocation q = question.get();
      Status status = !q.settled() ? Status.UNKNOWN : q.wbkKept() ? Status.PASS : Status.FAIL;
      // UNKNOWN sets no limit; a revocation that removed the WBK cannot be waited out
      Optional<LocalDate> earliest = !q.settled() ? Optional.of(unit.pencanangan())
          : q.wbkKept() ? since : Optional.empty();
      return TimingRules.Judged.of(List.of(c.finding(id(), status).variant("revoked-higher")
          .required(Measure.Term.of(Predikat.WBK))
          .actual(Optional.ofNullable(status == Status.FAIL ? new Measure.Term("none")
              : status == Status.PASS ? Measure.Term.of(Predikat.WBK) : null))
          .context(new Measure.Day(q.revocation().date()))
          .basis(q.basis()).build()), earliest);
    }
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
    return TimingRules.Judged.of(List.of(finding.build()), since);
  }
}
