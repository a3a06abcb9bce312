package io.github.zi4j.planning;

import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.explain.Messages;
import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The smallest set of answer changes that meets every threshold of a target (<i>rencana perbaikan
 * terkecil</i>), or, when none does, the thresholds that cannot be met and by how much at best.
 *
 * <p>"Smallest" by the cost of {@link GapOptions}: first the cost of the answers changed (their
 * number, by default), then the steps (option steps, C to A is 2; how many more or fewer in a count;
 * hundredths of a survey index), then the largest total. The plan is exact: every step re-scored by
 * {@link io.github.zi4j.lke.LkeScorer} meets the target.
 *
 * @param target the predicate aimed at
 * @param reachable whether some set of allowed changes meets every threshold
 * @param unmet the thresholds unmet now
 * @param steps the changes, in template order; empty when the target is met already or unreachable
 * @param cost the cost of the answers changed (their number, with uniform costs)
 * @param optionSteps the steps of all changes together
 * @param totalBefore the LKE total now (as the area-level result adds it)
 * @param totalAfter the LKE total with the plan's changes
 * @param shortfalls the thresholds no change can meet, when unreachable
 *
 * @since 0.1
 */
public record GapPlan(Predikat target, boolean reachable, List<Threshold> unmet, List<Step> steps,
    BigDecimal cost, long optionSteps, BigDecimal totalBefore, BigDecimal totalAfter,
    List<Shortfall> shortfalls) {

  /**
   * A plan.
   *
   * @param target the target
   * @param reachable whether reachable
   * @param unmet the thresholds unmet now
   * @param steps the steps
   * @param cost the cost
   * @param optionSteps the steps
   * @param totalBefore the total now
   * @param totalAfter the total after
   * @param shortfalls the shortfalls
   */
  public GapPlan {
    Objects.requireNonNull(target, "target");
    unmet = List.copyOf(unmet);
    steps = List.copyOf(steps);
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(totalBefore, "totalBefore");
    Objects.requireNonNull(totalAfter, "totalAfter");
    shortfalls = List.copyOf(shortfalls);
  }

  /**
   * How many answers the plan changes.
   *
   * @return the number of steps
   */
  public int answersChanged() {
    return steps.size();
  }

  /**
   * The plan as JSON (typed data: thresholds, steps with their answers, totals).
   *
   * @return the JSON text
   */
  public String toJson() {
    return PlanJson.write(this);
  }

  /**
   * The plan as text: what is unmet, then each step, or why the target cannot be reached.
   *
   * @param locale the reader's locale: Bahasa Indonesia for {@code id} (or {@code in}), English for
   *     any other, as {@link io.github.zi4j.Language#of(Locale)} says
   * @return the text, lines separated by {@code \n}
   */
  public String explain(Locale locale) {
    StringBuilder text = new StringBuilder();
    String before = new Measure.Points(totalBefore).format(locale);
    if (!reachable) {
      text.append(Messages.text(locale, "plan.gap.unreachable", target, before)).append('\n');
      for (Shortfall shortfall : shortfalls) {
        text.append("  - ").append(shortfall.explain(locale)).append('\n');
      }
      return text.toString();
    }
    if (steps.isEmpty()) {
      return text.append(Messages.text(locale, "plan.gap.met", target, before)).append('\n')
          .toString();
    }
    text.append(Messages.text(locale, "plan.gap.title", target,
        Step.counted(locale, "plan.count.answers", steps.size()),
        Step.counted(locale, "plan.count.steps", optionSteps),
        before, new Measure.Points(totalAfter).format(locale))).append('\n');
    text.append("  ").append(Messages.text(locale, "plan.gap.unmet", unmet.stream()
        .map(t -> t.explain(locale)).collect(java.util.stream.Collectors.joining("; "))))
        .append('\n');
    for (Step step : steps) {
      text.append("  - ").append(step.explain(locale)).append('\n');
    }
    return text.toString();
  }

  /**
   * The same text in Bahasa Indonesia, {@link io.github.zi4j.Language#DEFAULT}, as {@link
   * #explain(Locale)} writes it.
   *
   * @return the text
   */
  public String explain() {
    return explain(Messages.DEFAULT);
  }
}
