package io.github.zi4j.rules.timing;

import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.RuleId;
import io.github.zi4j.rules.Status;
import io.github.zi4j.rules.internal.RuleContext;
import io.github.zi4j.rules.internal.TimingRule;
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
    return highest.filter(held -> held.compareTo(c.target()) >= 0);
  }

  /** The revocation question, when it decides this rule: WBK held, WBBM revoked since, WBK asked. */
  private static Optional<WbkAfterRevocation> question(RuleContext c) {
    return blocking(c).filter(held -> held == Predikat.WBK)
        .flatMap(held -> WbkAfterRevocation.of(c));
  }

  @Override
  public Optional<LocalDate> earliest(RuleContext c) {
    Optional<WbkAfterRevocation> question = question(c);
    boolean blocked = question.isPresent() ? question.get().wbkKept() : blocking(c).isPresent();
    return blocked ? Optional.empty() : Optional.of(c.proposal().unit().pencanangan());
  }

  @Override
  public List<Finding> evaluate(RuleContext c) {
    UnitKerja unit = c.proposal().unit();
    Optional<WbkAfterRevocation> question = question(c);
    if (question.isPresent()) {
      WbkAfterRevocation q = question.get();
      Status status = !q.settled() ? Status.UNKNOWN : q.wbkKept() ? Status.FAIL : Status.PASS;
      return List.of(c.finding(id(), status).variant("revoked-higher")
          .actual(Measure.Term.of(Predikat.WBK))
          .context(new Measure.Day(q.revocation().date()))
          .basis(q.basis()).build());
    }
    Optional<Predikat> blocking = blocking(c);
    Finding.Builder finding = c.finding(id(), blocking.isPresent() ? Status.FAIL : Status.PASS)
        .basis(BASIS);
    blocking.ifPresent(held -> finding
        .actual(Measure.Term.of(held))
        .context(new Measure.Day(unit.heldSince(held, c.asOf()).orElseThrow())));
    return List.of(finding.build());
  }
}
