package io.github.zi4j.rules.score;

import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.rules.Figure;
import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.Status;
import io.github.zi4j.rules.internal.RuleContext;
import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The findings of the checks of one profile for one target, each sentence with what it names: one per
 * judging, each finding made at once (no builder). A judging that only asks which predicate a score
 * meets reports nothing: it has no list ({@link #reporting()}).
 */
class Findings {

  final Predikat target;
  private final List<Finding> into;

  /**
   * The findings for {@code target}, added to {@code into}.
   *
   * @param target the predicate proposed for
   * @param into where the findings go, in report order; null when none are wanted
   */
  Findings(Predikat target, List<Finding> into) {
    this.target = target;
    this.into = into;
  }

  /** Whether findings are wanted. */
  final boolean reporting() {
    return into != null;
  }

  /** Adds {@code finding} as it is. */
  final void add(Finding finding) {
    into.add(finding);
  }

  /** A finding of {@code check}, about {@code part} when not null; the values it lacks are null. */
  private void add(Check check, Status status, Check.Part part, String variant, Measure required,
      Measure actual, Measure shortfall, Measure context, LegalBasis basis) {
    into.add(RuleContext.finding(check.rule(), status, target,
        part == null ? null : part.area(),
        check.reportsNode() ? check.node().orElseThrow() : null,
        variant, required, actual, shortfall, context, basis));
  }

  /** Without an LKE: the minimum cannot be checked. */
  void noLke(Check check, Optional<Figure<BigDecimal>> figure) {
    if (figure.isEmpty()) {
      noFigure(check, null);
      return;
    }
    add(check, Status.UNKNOWN, null, "no-lke",
        check.perArea()
            ? new Measure.Term(figure.get().value().movePointRight(2).stripTrailingZeros()
                .toPlainString() + "%")
            : new Measure.Points(figure.get().value()),
        null, null, null, figure.get().basis());
  }

  /** No figure is known for the target. */
  void noFigure(Check check, Check.Part part) {
    add(check, Status.UNKNOWN, part, "no-figure", null, null, null, check.subject(),
        check.unknownBasis());
  }

  /** The part of the worksheet the minimum reads is not complete. */
  void incomplete(Check check, Check.Part part, BigDecimal minimum, Figure<BigDecimal> figure,
      int unanswered) {
    add(check, Status.UNKNOWN, part, "incomplete", new Measure.Points(minimum), null, null,
        Measure.Term.of(unanswered), figure.basis());
  }

  /**
   * No figure is known for the target, but the points are below the prerequisite's: a WBBM minimum is
   * never lower than WBK's, so the target cannot be met.
   */
  void belowFloor(Check check, Check.Part part, BigDecimal actual, BigDecimal floor,
      Figure<BigDecimal> figure) {
    List<Measure.Points> shown = Measure.Points.failing(actual, floor);
    add(check, Status.FAIL, part, "floor", shown.get(1), shown.get(0), shown.get(2),
        check.subject(), figure.basis());
  }

  /**
   * The points against the minimum, {@code met} when they reach it (as the caller compared them, once);
   * {@code context} is what the sentence names beside, or null.
   */
  void compare(Check check, Check.Part part, BigDecimal actual, BigDecimal minimum, boolean met,
      Measure.Points shownMinimum, Figure<BigDecimal> figure, Measure context) {
    Measure said;
    if (check.reportsNode()) {
      said = check.subject();
    } else {
      // a survey index is shown toward the verdict, as the points are: a failing one is cut
      said = !met && context instanceof Measure.Index ? ((Measure.Index) context).failing() : context;
    }
    String variant = part == null ? null : part.part().orElse(null);
    if (met) {
      add(check, Status.PASS, part, variant, shownMinimum, new Measure.Points(actual), null, said,
          figure.basis());
    } else {
      List<Measure.Points> shown = Measure.Points.failing(actual, minimum);
      add(check, Status.FAIL, part, variant, shown.get(1), shown.get(0), shown.get(2), said,
          figure.basis());
    }
  }
}
