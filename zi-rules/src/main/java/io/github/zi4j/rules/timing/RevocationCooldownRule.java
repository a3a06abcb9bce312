package io.github.zi4j.rules.timing;

import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.RuleId;
import io.github.zi4j.rules.Status;
import io.github.zi4j.rules.internal.RuleContext;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.unit.PredikatEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A unit whose predicate was revoked may not be proposed again for 2 years after the revocation
 * decision (PermenPANRB 90/2021 Lampiran II Bab IV C; sure). From revocation + 2 years exactly it may.
 * Before 90/2021 zi4j knows no such rule: a revocation then gives UNKNOWN, and sets no limit on the
 * earliest date.
 */
final class RevocationCooldownRule implements TimingRule {

  @Override
  public RuleId id() {
    return RuleId.REVOCATION_COOLDOWN;
  }

  private static Optional<PredikatEvent> revocation(RuleContext c) {
    return c.proposal().unit().lastRevocationOnOrBefore(c.asOf());
  }

  @Override
  public LocalDate judge(RuleContext c, Optional<WbkAfterRevocation> question,
      List<Finding> into) {
    Optional<PredikatEvent> revocation = revocation(c);
    if (revocation.isEmpty()) {
      // nothing revoked: under an edition before 90/2021 cite that edition, not the later rule
      into.add(c.finding(id(), Status.PASS, "none", null, null, null, null,
          c.edition() == Edition.PERMENPANRB_90_2021
              ? c.figures().revocationCooldown().basis()
              : LegalBasis.of(c.edition().citation(), Confidence.SURE)));
      return TimingRules.noLimit(c);
    }
    PredikatEvent revoked = revocation.get();
    if (c.edition() != Edition.PERMENPANRB_90_2021) {
      // UNKNOWN: it sets no limit
      into.add(c.finding(id(), Status.UNKNOWN, "edition", null, Measure.Term.of(revoked.predikat()),
          null, new Measure.Day(revoked.date()), c.figures().revocationCooldown().basis()));
      return TimingRules.noLimit(c);
    }
    LocalDate earliest = TimingRules.afterRevocation(revoked.date(), c.figures());
    into.add(c.finding(id(), c.asOf().isBefore(earliest) ? Status.FAIL : Status.PASS, null,
        new Measure.Day(earliest), Measure.Term.of(revoked.predikat()), c.daysShort(earliest),
        new Measure.Day(revoked.date()), c.figures().revocationCooldown().basis()));
    return earliest;
  }
}
