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
  public LocalDate judge(RuleContext c, Optional<WbkAfterRevocation> question,
      List<Finding> into) {
    if (c.target() != Predikat.WBBM) {
      return TimingRules.noLimit(c);
    }
    UnitKerja unit = c.proposal().unit();
    Optional<LocalDate> since = unit.heldSince(Predikat.WBK, c.asOf());
    Measure wbk = Measure.Term.of(Predikat.WBK);
    if (question.isPresent()) {
      WbkAfterRevocation q = question.get();
      Status status = !q.settled() ? Status.UNKNOWN : q.wbkKept() ? Status.PASS : Status.FAIL;
      into.add(c.finding(id(), status, "revoked-higher", wbk,
          status == Status.FAIL ? new Measure.Term("none") : status == Status.PASS ? wbk : null,
          null, new Measure.Day(q.revocation().date()), q.basis()));
      // UNKNOWN sets no limit; a revocation that removed the WBK cannot be waited out
      return !q.settled() ? unit.pencanangan()
          : q.wbkKept() ? since.orElse(LocalDate.MAX) : LocalDate.MAX;
    }
    if (since.isPresent()) {
      into.add(c.finding(id(), Status.PASS, null, wbk, wbk, null, new Measure.Day(since.get()),
          BASIS));
      return since.get();
    }
    Optional<PredikatEvent> revoked = unit.lastRevocationOnOrBefore(c.asOf())
        .filter(e -> e.predikat() == Predikat.WBK);
    into.add(c.finding(id(), Status.FAIL, revoked.isPresent() ? "revoked" : null, wbk,
        new Measure.Term("none"), null,
        revoked.isPresent() ? new Measure.Day(revoked.get().date()) : null, BASIS));
    return LocalDate.MAX;
  }
}
