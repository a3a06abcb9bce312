package io.github.zi4j.rules;

import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.lke.LkeResult;
import io.github.zi4j.lke.LkeWeights;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.LegalBasis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A score of the LKE meets the target predicate's minimum under PermenPANRB 90/2021: one rule per
 * {@link Criterion}. Scores are compared exact, unrounded; the area rule gives one finding per area (or
 * per part, with {@link AreaCheck#EACH_PART}), its minimum being the share times the weight. The LKE is
 * the area-level result given, or the one a complete worksheet gives. Without an LKE, with an incomplete
 * worksheet, or without a minimum for the target, the rule answers UNKNOWN.
 */
final class ScoreThresholdRule implements Rule {

  private final Criterion criterion;

  ScoreThresholdRule(Criterion criterion) {
    this.criterion = criterion;
  }

  @Override
  public RuleId id() {
    return criterion.rule();
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    return check(context.scores());
  }

  /** The findings of this criterion for the LKE in {@code c}. */
  List<Finding> check(ScoreContext c) {
    Optional<Figure<BigDecimal>> figure =
        c.figures().threshold(c.edition(), c.target(), criterion);
    if (figure.isEmpty()) {
      return List.of(c.finding(id(), Status.UNKNOWN).variant("no-figure")
          .context(Measure.Term.of(c.edition().citation()))
          .basis(LegalBasis.of(c.edition().citation() + " (LKE)", Confidence.UNVERIFIED)).build());
    }
    Optional<LkeResult> lke = c.lkeResult();
    if (lke.isEmpty()) {
      Finding.Builder unknown = c.finding(id(), Status.UNKNOWN)
          .required(requiredMeasure(figure.get().value()))
          .basis(figure.get().basis());
      c.lkeScore().ifPresentOrElse(
          score -> unknown.variant("incomplete").context(Measure.Term.of(score.unanswered().size())),
          () -> unknown.variant("no-lke"));
      return List.of(unknown.build());
    }
    if (criterion == Criterion.AREA_SHARE) {
      return areas(c, lke.get(), figure.get());
    }
    Finding.Builder finding = compare(c, actual(lke.get()), figure.get().value(), figure.get());
    context(lke.get()).ifPresent(finding::context);
    return List.of(finding.build());
  }

  private Measure requiredMeasure(BigDecimal minimum) {
    return criterion == Criterion.AREA_SHARE
        ? new Measure.Term(minimum.movePointRight(2).stripTrailingZeros().toPlainString() + "%")
        : new Measure.Points(minimum);
  }

  private BigDecimal actual(LkeResult lke) {
    switch (criterion) {
      case TOTAL:
        return lke.total();
      case PENGUNGKIT:
        return lke.pengungkitPoints();
      case BERSIH_AKUNTABEL:
        return lke.bersihAkuntabelPoints();
      case IPAK:
        return lke.ipakPoints();
      case CAPAIAN_KINERJA:
        return lke.capaianKinerjaPoints();
      case IPKP:
        return lke.ipkpPoints();
      default:
        throw new IllegalStateException("not a single-score criterion: " + criterion);
    }
  }

  private Optional<Measure> context(LkeResult lke) {
    switch (criterion) {
      case IPAK:
        return Optional.of(new Measure.Index(lke.hasil().ipak()));
      case IPKP:
        return Optional.of(new Measure.Index(lke.hasil().ipkp()));
      case CAPAIAN_KINERJA:
        return Optional.of(Measure.Term.of(lke.hasil().capaianKinerja()));
      default:
        return Optional.empty();
    }
  }

  private List<Finding> areas(ScoreContext c, LkeResult lke, Figure<BigDecimal> share) {
    LkeWeights weights = lke.weights();
    List<Finding> findings = new ArrayList<>();
    for (AreaPerubahan area : AreaPerubahan.values()) {
      if (c.figures().areaCheck() == AreaCheck.WHOLE_AREA) {
        findings.add(compare(c, lke.areaPoints(area),
            share.value().multiply(weights.area(area)), share).area(area).build());
      } else {
        findings.add(compare(c, lke.pengungkit().get(area).pemenuhan(),
            share.value().multiply(weights.pemenuhan(area)), share)
            .area(area).variant("pemenuhan").build());
        findings.add(compare(c, lke.pengungkit().get(area).reform(),
            share.value().multiply(weights.reform(area)), share)
            .area(area).variant("reform").build());
      }
    }
    return findings;
  }

  private Finding.Builder compare(
      ScoreContext c, BigDecimal actual, BigDecimal minimum, Figure<BigDecimal> figure) {
    boolean met = actual.compareTo(minimum) >= 0;
    Finding.Builder finding = c.finding(id(), met ? Status.PASS : Status.FAIL)
        .required(new Measure.Points(minimum))
        .actual(new Measure.Points(actual))
        .basis(figure.basis());
    if (!met) {
      finding.shortfall(new Measure.Points(minimum.subtract(actual)));
    }
    return finding;
  }
}
