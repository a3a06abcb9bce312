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
    return highest.filter(held -> held.compareTo(c.target()) >= 0);
  }

  @Override
  public TimingRules.Judged judge(RuleContext c, Optional<WbkAfterRevocation> revocation) {
    UnitKerja unit = c.proposal().unit();
    Optional<Predikat> blocking = blocking(c);
    // the revocation question decides this rule when WBK is held, WBBM revoked since, WBK asked
    Optional<WbkAfterRevocation> question =
        blocking.filter(held -> held == Predikat.WBK).flatMap(held -> revocation);
    if (question.isPresent()) {
      WbkAfterRevocation q = question.get();
      Status status = !q.settled() ? Status.UNKNOWN : q.wbkKept() ? Status.FAIL : Status.PASS;
      return TimingRules.Judged.of(List.of(c.finding(id(), status).variant("revoked-higher")
          .actual(Measure.Term.of(Predikat.WBK))
          .context(new Measure.Day(q.revocation().date()))
          .basis(q.basis()).build()),
          q.wbkKept() ? Optional.empty() : Optional.of(unit.pencanangan()));
    }
    Finding.Builder finding = c.finding(id(), blocking.isPresent() ? Status.FAIL : Status.PASS)
        .basis(BASIS);
    blocking.ifPresent(held -> finding
        .actual(Measure.Term.of(held))
        .context(new Measure.Day(unit.heldSince(held, c.asOf()).orElseThrow())));
    return TimingRules.Judged.of(List.of(finding.build()),
        blocking.isPresent() ? Optional.empty() : Optional.of(unit.pencanangan()));
  }
}
