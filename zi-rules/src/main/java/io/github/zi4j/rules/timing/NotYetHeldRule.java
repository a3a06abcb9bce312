package io.github.zi4j.rules.timing;

import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.RuleId;
import io.github.zi4j.rules.Status;
import io.github.zi4j.rules.internal.RuleContext;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.UnitKerja;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A unit is not proposed for a predicate it already holds: WBK not for a unit that holds WBK or WBBM,
 * WBBM not for a unit that holds WBBM (sure: the lifecycle, WBK then WBBM). For WBK after a revocation
 * of WBBM, whether the earlier WBK still stands is not settled ({@link WbkAfterRevocation}): UNKNOWN,
 * unless the figures choose a policy.
 */
final class NotYetHeldRule implements TimingRule {

  static final LegalBasis BASIS =
      LegalBasis.of("Siklus predikat Zona Integritas", Confidence.SURE)
          .withEnglish("The Zona Integritas predicate cycle");

  @Override
  public RuleId id() {
    return RuleId.NOT_YET_HELD;
  }

  /** The predicate that blocks the proposal, when one does (before any revocation question). */
  private static Optional<Predikat> blocking(RuleContext c) {
    Optional<Predikat> highest = c.proposal().unit().highestOn(c.asOf());
    return highest.isPresent() && highest.get().compareTo(c.target()) >= 0
        ? highest : Optional.empty();
  }

  @Override
  public LocalDate judge(RuleContext c, Optional<WbkAfterRevocation> revocation,
      List<Finding> into) {
    UnitKerja unit = c.proposal().unit();
    Optional<Predikat> blocking = blocking(c);
    // the revocation question decides this rule when WBK is held, WBBM revoked since, WBK asked
    if (blocking.isPresent() && blocking.get() == Predikat.WBK && revocation.isPresent()) {
      WbkAfterRevocation q = revocation.get();
      Status status = !q.settled() ? Status.UNKNOWN : q.wbkKept() ? Status.FAIL : Status.PASS;
      into.add(c.finding(id(), status, "revoked-higher", null, Measure.Term.of(Predikat.WBK), null,
          new Measure.Day(q.revocation().date()), q.basis()));
      return q.wbkKept() ? LocalDate.MAX : unit.pencanangan();
    }
    if (blocking.isEmpty()) {
      into.add(c.finding(id(), Status.PASS, null, null, null, null, null, BASIS));
      return unit.pencanangan();
    }
    Predikat held = blocking.get();
    into.add(c.finding(id(), Status.FAIL, null, null, Measure.Term.of(held), null,
        new Measure.Day(unit.heldSince(held, c.asOf()).orElseThrow()), BASIS));
    return LocalDate.MAX;
  }
}
