package io.github.zi4j.rules;

import io.github.zi4j.lke.LkeScore;
import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.LkeTemplates;
import io.github.zi4j.lke.Minimum;
import io.github.zi4j.lke.TemplateNode;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.LegalBasis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Under an edition whose minimums zi4j knows only from its LKE template (52/2014, 10/2019): every node
 * with a minimum meets the target's. A node whose minimum is known for WBK but not for WBBM fails WBBM
 * when it is below the WBK minimum (a WBBM minimum is never lower), and otherwise answers UNKNOWN
 * rather than guess. Without a worksheet of that edition, or with an incomplete
 * one, one {@link RuleId#LKE_EDITION} finding answers UNKNOWN and says why.
 */
final class TemplateMinimumRule implements ScoreRule {

  @Override
  public RuleId id() {
    return RuleId.LKE_MINIMUM;
  }

  @Override
  public List<Finding> check(ScoreContext c) {
    LegalBasis editionBasis = LegalBasis.of(c.edition().citation() + " (LKE)", Confidence.SURE);
    Optional<LkeScore> score = c.lkeScore();
    if (score.isEmpty()) {
      Finding.Builder unknown = c.finding(RuleId.LKE_EDITION, Status.UNKNOWN)
          .context(Measure.Term.of(c.edition().citation())).basis(editionBasis);
      if (c.areaLevelGiven()) {
        unknown.variant("area-level");
      }
      return List.of(unknown.build());
    }
    if (!score.get().complete()) {
      return List.of(c.finding(RuleId.LKE_EDITION, Status.UNKNOWN).variant("incomplete")
          .context(Measure.Term.of(score.get().unanswered().size())).basis(editionBasis).build());
    }
    LkeTemplate template = LkeTemplates.bundled(c.edition());
    List<Finding> findings = new ArrayList<>();
    collect(template, template.root(), score.get(), c, findings);
    return findings;
  }

  private void collect(LkeTemplate template, TemplateNode node, LkeScore score, ScoreContext c,
      List<Finding> findings) {
    if (!node.minimum().isEmpty()) {
      Measure.Term subject = new Measure.Term(node.name());
      Optional<Minimum> minimum = node.minimumFor(c.target());
      Optional<Minimum> floor = c.target().prerequisite().flatMap(node::minimumFor);
      BigDecimal points = score.points(node.id()).orElseThrow();
      if (minimum.isEmpty() && floor.isPresent() && points.compareTo(floor.get().value()) < 0) {
        // a WBBM minimum is never below the WBK one: below WBK's, the node cannot meet WBBM's
        findings.add(c.finding(id(), Status.FAIL).variant("floor").context(subject)
            .node(node.id())
            .required(new Measure.Points(floor.get().value()))
            .actual(new Measure.Points(points))
            .shortfall(new Measure.Points(floor.get().value().subtract(points)))
            .basis(basis(template, floor.get())).build());
      } else if (minimum.isEmpty()) {
        findings.add(c.finding(id(), Status.UNKNOWN).variant("no-figure").context(subject)
            .node(node.id())
            .basis(LegalBasis.of(template.citation(), Confidence.UNVERIFIED)).build());
      } else {
        BigDecimal actual = points;
        BigDecimal required = minimum.get().value();
        boolean met = actual.compareTo(required) >= 0;
        Finding.Builder finding = c.finding(id(), met ? Status.PASS : Status.FAIL)
            .required(new Measure.Points(required))
            .actual(new Measure.Points(actual))
            .context(subject)
            .node(node.id())
            .basis(basis(template, minimum.get()));
        if (!met) {
          finding.shortfall(new Measure.Points(required.subtract(actual)));
        }
        findings.add(finding.build());
      }
    }
    for (TemplateNode child : node.children()) {
      collect(template, child, score, c, findings);
    }
  }

  private static LegalBasis basis(LkeTemplate template, Minimum minimum) {
    return LegalBasis.of(template.citation() + ": nilai minimal"
        + minimum.note().map(n -> " (" + n + ")").orElse(""), minimum.confidence());
  }
}
