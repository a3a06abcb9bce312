package io.github.zi4j.rules.instansi;

import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.RuleId;
import io.github.zi4j.rules.Status;
import io.github.zi4j.rules.internal.Rule;
import io.github.zi4j.rules.internal.RuleContext;
import io.github.zi4j.instansi.Instansi;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.round.InstansiCriteria;
import io.github.zi4j.round.ProposalRound;
import java.util.List;
import java.util.Optional;

/**
 * The instansi meets the proposal round's criteria for the target: one rule per fact (BPK opinion, AKIP
 * grade, Indeks RB category), read for the round's evidence year. Without the round's criteria, or
 * without the instansi's fact for that year, the rule answers UNKNOWN and names what is missing.
 */
final class InstansiCriteriaRule implements Rule {

  static final LegalBasis NO_ROUND_BASIS = LegalBasis.of(
      "KemenPANRB: kriteria instansi ditetapkan per periode pengusulan", Confidence.SURE);

  /** The fact about the instansi a rule reads. */
  enum Fact {
    BPK_OPINION(RuleId.BPK_OPINION),
    AKIP_GRADE(RuleId.AKIP_GRADE),
    INDEKS_RB(RuleId.INDEKS_RB);

    private final RuleId rule;

    Fact(RuleId rule) {
      this.rule = rule;
    }

    Enum<?> minimum(InstansiCriteria criteria, Instansi instansi) {
      switch (this) {
        case BPK_OPINION:
          return criteria.bpkOpinion();
        case AKIP_GRADE:
          return criteria.akip();
        default:
          return criteria.indeksRbFor(instansi.kind());
      }
    }

    Optional<? extends Enum<?>> actual(Instansi instansi, int year) {
      switch (this) {
        case BPK_OPINION:
          return instansi.bpkOpinionIssuedIn(year);
        case AKIP_GRADE:
          return instansi.akipIn(year);
        default:
          return instansi.indeksRbIn(year);
      }
    }
  }

  private final Fact fact;

  InstansiCriteriaRule(Fact fact) {
    this.fact = fact;
  }

  @Override
  public RuleId id() {
    return fact.rule;
  }

  @Override
  public List<Finding> evaluate(RuleContext c) {
    Optional<ProposalRound> round = c.round();
    if (round.isEmpty()) {
      return List.of(c.finding(id(), Status.UNKNOWN).variant("no-round")
          .context(Measure.Term.of(c.proposal().roundYear())).basis(NO_ROUND_BASIS).build());
    }
    Optional<InstansiCriteria> criteria = round.get().criteriaFor(c.target());
    if (criteria.isEmpty()) {
      return List.of(c.finding(id(), Status.UNKNOWN).variant("no-criteria")
          .context(Measure.Term.of(round.get().year())).basis(round.get().basis()).build());
    }
    Instansi instansi = c.proposal().instansi();
    int year = round.get().evidenceYear().orElseThrow();
    Enum<?> minimum = fact.minimum(criteria.get(), instansi);
    Optional<? extends Enum<?>> actual = fact.actual(instansi, year);
    Finding.Builder finding;
    if (actual.isEmpty()) {
      finding = c.finding(id(), Status.UNKNOWN).variant("no-data");
    } else {
      int gap = minimum.ordinal() - actual.get().ordinal();
      finding = c.finding(id(), gap > 0 ? Status.FAIL : Status.PASS)
          .actual(Measure.Term.of(actual.get()));
      if (gap > 0) {
        finding.shortfall(new Measure.Steps(gap));
      }
    }
    return List.of(finding
        .required(Measure.Term.of(minimum))
        .context(Measure.Term.of(year))
        .basis(round.get().basis())
        .build());
  }
}
