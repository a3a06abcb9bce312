package io.github.zi4j.rules.score;

import io.github.zi4j.rules.Figure;
import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.Status;
import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The findings of one check for one target, each sentence with what it names. */
final class Findings {

  private final Check check;
  private final Predikat target;
  private final List<Finding> into;

  Findings(Check check, Predikat target, List<Finding> into) {
    this.check = check;
    this.target = target;
    this.into = into;
  }

  private Finding.Builder finding(Status status, Check.Part part) {
    Finding.Builder finding = Finding.builder().rule(check.rule()).status(status).target(target);
    if (check.reportsNode()) {
      finding.node(check.node().orElseThrow());
    }
    if (part != null) {
      finding.area(part.area());
    }
    return finding;
  }

  /** Without an LKE: the minimum cannot be checked. */
  void noLke(Optional<Figure<BigDecimal>> figure) {
    if (figure.isEmpty()) {
      noFigure(null);
      return;
    }
    into.add(finding(Status.UNKNOWN, null).variant("no-lke")
        .required(check.perArea()
            ? new Measure.Term(figure.get().value().movePointRight(2).stripTrailingZeros()
                .toPlainString() + "%")
            : new Measure.Points(figure.get().value()))
        .basis(figure.get().basis()).build());
  }

  /** No figure is known for the target. */
  void noFigure(Check.Part part) {
    Finding.Builder finding = finding(Status.UNKNOWN, part).variant("no-figure")
        .context(check.subject())
        .basis(check.unknownBasis());
    into.add(finding.build());
  }

  /** The part of the worksheet the minimum reads is not complete. */
  void incomplete(Check.Part part, BigDecimal minimum, Figure<BigDecimal> figure, int unanswered) {
    into.add(finding(Status.UNKNOWN, part).variant("incomplete")
        .required(new Measure.Points(minimum))
        .context(Measure.Term.of(unanswered))
        .basis(figure.basis()).build());
  }

  /**
   * No figure is known for the target, but the points are below the prerequisite's: a WBBM minimum is
   * never lower than WBK's, so the target cannot be met.
   */
  void belowFloor(Check.Part part, BigDecimal actual, BigDecimal floor, Figure<BigDecimal> figure) {
    List<Measure.Points> shown = Measure.Points.failing(actual, floor);
    into.add(finding(Status.FAIL, part).variant("floor")
        .context(check.subject())
        .actual(shown.get(0))
        .required(shown.get(1))
        .shortfall(shown.get(2))
        .basis(figure.basis()).build());
  }

  /** The points against the minimum. */
  void compare(Check.Part part, BigDecimal actual, BigDecimal minimum, Measure.Points shownMinimum,
      Figure<BigDecimal> figure, Optional<Measure> context) {
    boolean met = actual.compareTo(minimum) >= 0;
    Finding.Builder finding = finding(met ? Status.PASS : Status.FAIL, part)
        .basis(figure.basis());
    if (met) {
      finding.required(shownMinimum).actual(new Measure.Points(actual));
    } else {
      List<Measure.Points> shown = Measure.Points.failing(actual, minimum);
      finding.actual(shown.get(0)).required(shown.get(1)).shortfall(shown.get(2));
    }
    if (part != null) {
      finding.variant(part.part());
    }
    if (check.reportsNode()) {
      finding.context(check.subject());
    } else {
      // a survey index is shown toward the verdict, as the points are: a failing one is cut
      context.map(said -> !met && said instanceof Measure.Index ? ((Measure.Index) said).failing()
          : said).ifPresent(finding::context);
    }
    into.add(finding.build());
  }
}
