package io.github.zi4j.rules;

import io.github.zi4j.lke.AreaPerubahan;
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
 * the area-level result given, or a scored worksheet read part by part: a criterion (an area) whose
 * questions are all answered is judged even when others are not. Without an LKE, for a part left
 * incomplete, or without a minimum for the target, the rule answers UNKNOWN.
 */
final class ScoreThresholdRule implements ScoreRule {

  private final Criterion criterion;

  ScoreThresholdRule(Criterion criterion) {
    this.criterion = criterion;
  }

  @Override
  public RuleId id() {
    return criterion.rule();
  }

  @Override
  public List<Finding> check(ScoreContext c) {
    Optional<Figure<BigDecimal>> figure =
        c.figures().threshold(c.edition(), c.target(), criterion);
    if (figure.isEmpty()) {
      return List.of(c.finding(id(), Status.UNKNOWN).variant("no-figure")
          .context(Measure.Term.of(c.edition().citation()))
          .basis(LegalBasis.of(c.edition().citation() + " (LKE)", Confidence.UNVERIFIED)).build());
    }
    Optional<LkeView> lke = LkeView.of(c);
    if (lke.isEmpty()) {
      return List.of(c.finding(id(), Status.UNKNOWN).variant("no-lke")
          .required(requiredMeasure(figure.get().value()))
          .basis(figure.get().basis()).build());
    }
    if (criterion == Criterion.AREA_SHARE) {
      return areas(c, lke.get(), figure.get());
    }
    Optional<BigDecimal> actual = lke.get().points(criterion);
    if (actual.isEmpty()) {
      return List.of(incomplete(c, lke.get(), requiredMeasure(figure.get().value()), figure.get())
          .build());
    }
    Finding.Builder finding = compare(c, actual.get(), figure.get().value(), figure.get());
    lke.get().context(criterion).ifPresent(finding::context);
    return List.of(finding.build());
  }

  private Finding.Builder incomplete(
      ScoreContext c, LkeView lke, Measure required, Figure<BigDecimal> figure) {
    return c.finding(id(), Status.UNKNOWN).variant("incomplete")
        .required(required)
        .context(Measure.Term.of(lke.unanswered()))
        .basis(figure.basis());
  }

  private Measure requiredMeasure(BigDecimal minimum) {
    return criterion == Criterion.AREA_SHARE
        ? new Measure.Term(minimum.movePointRight(2).stripTrailingZeros().toPlainString() + "%")
        : new Measure.Points(minimum);
  }

  private List<Finding> areas(ScoreContext c, LkeView lke, Figure<BigDecimal> share) {
    LkeWeights weights = LkeWeights.permenpanrb90of2021();
    List<Finding> findings = new ArrayList<>();
    for (AreaPerubahan area : AreaPerubahan.values()) {
      if (c.figures().areaCheck() == AreaCheck.WHOLE_AREA) {
        findings.add(judge(c, lke, lke.area(area), share.value().multiply(weights.area(area)),
            share, Optional.empty()).area(area).build());
      } else {
        findings.add(judge(c, lke, lke.part(area, true),
            share.value().multiply(weights.pemenuhan(area)), share, Optional.of("pemenuhan"))
            .area(area).build());
        findings.add(judge(c, lke, lke.part(area, false),
            share.value().multiply(weights.reform(area)), share, Optional.of("reform"))
            .area(area).build());
      }
    }
    return findings;
  }

  /**
   * The comparison of {@code actual} with {@code minimum} (of the named part), or UNKNOWN when that
   * part of the worksheet is incomplete.
   */
  private Finding.Builder judge(ScoreContext c, LkeView lke, Optional<BigDecimal> actual,
      BigDecimal minimum, Figure<BigDecimal> figure, Optional<String> part) {
    return actual.isPresent()
        ? compare(c, actual.get(), minimum, figure).variant(part)
        : incomplete(c, lke, new Measure.Points(minimum), figure);
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
