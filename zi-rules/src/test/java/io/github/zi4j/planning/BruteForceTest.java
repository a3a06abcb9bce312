package io.github.zi4j.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.lke.LkeScore;
import io.github.zi4j.lke.NodeRole;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.TemplateNode;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.rules.AreaCheck;
import io.github.zi4j.rules.Criterion;
import io.github.zi4j.rules.RegulationFigures;
import io.github.zi4j.rules.score.ScoreProfile;
import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The smallest gap against every combination of answers on small templates ({@link
 * SmallTemplates}). Each combination is scored by {@link io.github.zi4j.lke.LkeScorer} and judged by
 * the decisions' {@link ScoreProfile}: nothing of the planner's model is used. Every answer below
 * its best may take every answer its question takes (worse ones too); an answer at its best stays,
 * since lowering it lowers every threshold and costs more.
 *
 * <p>More templates: {@code -Dzi4j.planning.templates=N} (120 by default, each way of costing).
 */
@DisplayName("The smallest gap against every combination of answers")
class BruteForceTest {

  private static final int TEMPLATES = Integer.getInteger("zi4j.planning.templates", 120);

  private final Planner planner = Planner.standard();
  private final RegulationFigures figures = planner.engine().figures();
  private final ScoreProfile profile = ScoreProfile.of(Sheets.LKE_90.edition(), figures);

  /** What the runs met, so that a test can say its cases were there. */
  private static final class Tally {
    int reachable;
    int unreachable;
    int metAlready;
    int areaBeforeTotal;
    int totalUnmet;
    long combinations;
  }

  @Test
  @DisplayName("With each answer costing 1, no combination of answers on a small template meets the"
      + " target with fewer answers changed, then fewer option steps, then a higher total than the"
      + " plan; when none meets it, the plan says so and names each threshold's best")
  void uniformCosts() {
    Tally tally = run(new Random(19), false);
    assertThat(tally.reachable).as("templates with a plan").isGreaterThan(TEMPLATES / 2);
    assertThat(tally.unreachable).as("templates whose target cannot be reached").isPositive();
    assertThat(tally.metAlready).as("templates that meet the target already").isPositive();
    assertThat(tally.areaBeforeTotal).as("starts where an area minimum binds, the total met")
        .isGreaterThan(TEMPLATES / 10);
    assertThat(tally.totalUnmet).as("starts whose total is unmet").isGreaterThan(TEMPLATES / 10);
  }

  @Test
  @DisplayName("With the caller's cost per soal (0 to 3,25), no combination of answers on a small"
      + " template meets the target more cheaply than the plan, nor as cheaply with fewer steps or a"
      + " higher total")
  void callerCosts() {
    Tally tally = run(new Random(1919), true);
    assertThat(tally.reachable).as("templates with a plan").isGreaterThan(TEMPLATES / 2);
    assertThat(tally.areaBeforeTotal).as("starts where an area minimum binds, the total met")
        .isGreaterThan(TEMPLATES / 10);
  }

  private Tally run(Random random, boolean callerCosts) {
    assertThat(figures.areaCheck()).as("the bundled figures check each whole area")
        .isEqualTo(AreaCheck.WHOLE_AREA);
    Tally tally = new Tally();
    for (int t = 0; t < TEMPLATES; t++) {
      Predikat target = random.nextBoolean() ? Predikat.WBK : Predikat.WBBM;
      boolean hopeless = t % 6 == 5;
      // hasil is a fact here: IPAK 3,70 and IPKP 3,70 meet both targets, capaian B meets both;
      // a hopeless start has IPKP 3,10 (below WBK's 3,20 and WBBM's 3,60)
      String capaian = target == Predikat.WBK && random.nextBoolean() ? "C" : "B";
      String ipkp = hopeless ? "3.10" : "3.70";
      SmallTemplates.Small small = SmallTemplates.random(random, 3 + random.nextInt(5),
          hopeless ? 400 : 2000, "3.70", capaian, ipkp);
      SoalCosts costs = SoalCosts.UNIFORM;
      if (callerCosts) {
        Map<String, BigDecimal> byQuestion = new LinkedHashMap<>();
        String[] some = {"0", "0.5", "1", "2", "3.25"};
        for (SmallTemplates.Choice choice : small.choices()) {
          byQuestion.put(choice.questionId(), new BigDecimal(some[random.nextInt(some.length)]));
        }
        costs = new SoalCosts(byQuestion);
      }
      check(t, small, target, costs, tally);
    }
    System.out.printf("brute force: %d templates, %d with a plan (%d an area binding, the total met;"
        + " %d the total unmet), %d met already, %d unreachable, %d combinations%n", TEMPLATES,
        tally.reachable, tally.areaBeforeTotal, tally.totalUnmet, tally.metAlready,
        tally.unreachable, tally.combinations);
    return tally;
  }

  /** One combination of the choices: which answer each takes, its cost (thousandths), steps. */
  private record Combination(int[] at, long cost, long steps) {}

  /** A scored combination: whether it meets the target, and each threshold's points. */
  private record Outcome(boolean meets, Map<String, BigDecimal> points) {}

  private void check(int t, SmallTemplates.Small small, Predikat target, SoalCosts costs,
      Tally tally) {
    Worksheet start = Worksheet.of(small.template().edition(), Role.SELF, small.start());
    GapPlan plan = planner.smallestGap(small.scorer(), start,
        GapOptions.of(target).withCosts(costs));
    String as = "template " + t + " for " + target + ", choices " + small.choices();
    Map<String, BigDecimal> minimums = minimums(target);
    Outcome before = outcome(small, target, from(small));
    boolean areaUnmet = false;
    for (AreaPerubahan area : AreaPerubahan.values()) {
      String key = Criterion.AREA_SHARE + ":" + area;
      areaUnmet |= before.points().get(key).compareTo(minimums.get(key)) < 0;
    }
    boolean totalUnmet = before.points().get("TOTAL").compareTo(minimums.get("TOTAL")) < 0;
    List<Combination> combinations = combinations(small, costs);
    tally.combinations += combinations.size();
    combinations.sort(Comparator.comparingLong(Combination::cost)
        .thenComparingLong(Combination::steps));
    Combination cheapest = null;
    BigDecimal most = null;
    Map<String, BigDecimal> best = new LinkedHashMap<>();
    for (Combination combination : combinations) {
      if (cheapest != null && (combination.cost() != cheapest.cost()
          || combination.steps() != cheapest.steps())) {
        break; // every combination as cheap as the cheapest that meets the target was scored
      }
      Outcome outcome = outcome(small, target, combination.at());
      outcome.points().forEach((k, v) -> best.merge(k, v, BigDecimal::max));
      if (outcome.meets()) {
        BigDecimal total = outcome.points().get("TOTAL");
        if (cheapest == null || total.compareTo(most) > 0) {
          most = total;
        }
        cheapest = combination;
      }
    }
    if (cheapest == null) {
      tally.unreachable++;
      assertThat(plan.reachable()).as(as + ": no combination meets the target").isFalse();
      assertThat(plan.steps()).as(as).isEmpty();
      Map<String, BigDecimal> expected = new LinkedHashMap<>();
      best.forEach((key, points) -> {
        if (points.compareTo(minimums.get(key)) < 0) {
          expected.put(key, points);
        }
      });
      Map<String, BigDecimal> named = new LinkedHashMap<>();
      for (Shortfall shortfall : plan.shortfalls()) {
        Threshold threshold = shortfall.threshold();
        String key = key(threshold);
        named.put(key, shortfall.best());
        assertThat(threshold.minimum()).as(as + ": minimum of " + key)
            .isEqualByComparingTo(minimums.get(key));
        assertThat(shortfall.gap()).as(as + ": gap of " + key)
            .isEqualByComparingTo(threshold.minimum().subtract(shortfall.best()));
      }
      assertThat(named.keySet()).as(as + ": the thresholds no combination meets")
          .containsExactlyInAnyOrderElementsOf(expected.keySet());
      named.forEach((key, points) -> assertThat(points).as(as + ": best of " + key)
          .isEqualByComparingTo(expected.get(key)));
      return;
    }
    if (cheapest.cost() == 0 && cheapest.steps() == 0) {
      tally.metAlready++;
    } else {
      tally.reachable++;
      if (areaUnmet && !totalUnmet) {
        tally.areaBeforeTotal++;
      }
      if (totalUnmet) {
        tally.totalUnmet++;
      }
    }
    assertThat(plan.reachable()).as(as + ": reachable").isTrue();
    assertThat(plan.cost().movePointRight(3).longValueExact()).as(as + ": cost of the answers"
        + " changed (thousandths)").isEqualTo(cheapest.cost());
    assertThat(plan.optionSteps()).as(as + ": steps").isEqualTo(cheapest.steps());
    assertThat(plan.totalAfter()).as(as + ": the highest total at that cost")
        .isEqualByComparingTo(most);
    // the plan's own steps: what they cost, and that they meet the target with that total
    int[] at = from(small);
    long cost = 0;
    long steps = 0;
    for (Step step : plan.steps()) {
      int c = indexOf(small, step.questionId());
      assertThat(c).as(as + ": " + step.questionId() + " is below its best").isNotNegative();
      SmallTemplates.Choice choice = small.choices().get(c);
      at[c] = choice.answers().indexOf(step.to());
      assertThat(step.from()).as(as).isEqualTo(small.start().get(step.questionId()));
      cost += costs.costOf(step.questionId(), 0).movePointRight(3).longValueExact();
      steps += choice.steps().get(at[c]);
      assertThat(step.steps()).as(as + ": steps of " + step.questionId())
          .isEqualTo(choice.steps().get(at[c]));
    }
    assertThat(cost).as(as + ": the steps' cost").isEqualTo(cheapest.cost());
    assertThat(steps).as(as + ": the steps' steps").isEqualTo(cheapest.steps());
    Outcome applied = outcome(small, target, at);
    assertThat(applied.meets()).as(as + ": the plan applied meets the target").isTrue();
    assertThat(applied.points().get("TOTAL")).as(as + ": the plan's total")
        .isEqualByComparingTo(most);
  }

  private static int indexOf(SmallTemplates.Small small, String questionId) {
    for (int c = 0; c < small.choices().size(); c++) {
      if (small.choices().get(c).questionId().equals(questionId)) {
        return c;
      }
    }
    return -1;
  }

  /** Which answer of each choice the start has. */
  private static int[] from(SmallTemplates.Small small) {
    int[] from = new int[small.choices().size()];
    for (int c = 0; c < from.length; c++) {
      SmallTemplates.Choice choice = small.choices().get(c);
      from[c] = choice.answers().indexOf(small.start().get(choice.questionId()));
    }
    return from;
  }

  /** Every combination of the choices, with its cost and steps. */
  private static List<Combination> combinations(SmallTemplates.Small small, SoalCosts costs) {
    List<SmallTemplates.Choice> choices = small.choices();
    int n = choices.size();
    int[] from = from(small);
    long[] price = new long[n];
    for (int c = 0; c < n; c++) {
      price[c] = costs.costOf(choices.get(c).questionId(), 0).movePointRight(3).longValueExact();
    }
    List<Combination> all = new ArrayList<>();
    int[] at = from.clone();
    while (true) {
      long cost = 0;
      long steps = 0;
      for (int c = 0; c < n; c++) {
        if (at[c] != from[c]) {
          cost += price[c];
          steps += choices.get(c).steps().get(at[c]);
        }
      }
      all.add(new Combination(at.clone(), cost, steps));
      int c = 0;
      while (c < n) {
        at[c] = (at[c] + 1) % choices.get(c).answers().size();
        if (at[c] != from[c]) {
          break;
        }
        c++;
      }
      if (c == n) {
        return all;
      }
    }
  }

  /** The start with the choices' answers {@code at}. */
  private Outcome outcome(SmallTemplates.Small small, Predikat target, int[] at) {
    Map<String, Answer> answers = new LinkedHashMap<>(small.start());
    for (int c = 0; c < at.length; c++) {
      SmallTemplates.Choice choice = small.choices().get(c);
      answers.put(choice.questionId(), choice.answers().get(at[c]));
    }
    LkeScore score = small.scorer().score(Worksheet.of(small.template().edition(), Role.SELF,
        answers), Role.SELF);
    boolean meets = profile.meets(score)
        .filter(p -> p.compareTo(target) >= 0).isPresent();
    Map<String, BigDecimal> points = new LinkedHashMap<>();
    BigDecimal pengungkit = BigDecimal.ZERO;
    for (AreaPerubahan area : AreaPerubahan.values()) {
      BigDecimal a = score.areaPoints(NodeRole.PEMENUHAN, area).orElseThrow()
          .add(score.areaPoints(NodeRole.REFORM, area).orElseThrow());
      points.put(Criterion.AREA_SHARE + ":" + area, a);
      pengungkit = pengungkit.add(a);
    }
    BigDecimal ipak = score.points(NodeRole.IPAK).orElseThrow();
    BigDecimal capaian = score.points(NodeRole.CAPAIAN_KINERJA).orElseThrow();
    BigDecimal ipkp = score.points(NodeRole.IPKP).orElseThrow();
    points.put(Criterion.PENGUNGKIT.name(), pengungkit);
    points.put(Criterion.IPAK.name(), ipak);
    points.put(Criterion.CAPAIAN_KINERJA.name(), capaian);
    points.put(Criterion.BERSIH_AKUNTABEL.name(), ipak.add(capaian));
    points.put(Criterion.IPKP.name(), ipkp);
    points.put(Criterion.TOTAL.name(), pengungkit.add(ipak).add(capaian).add(ipkp));
    return new Outcome(meets, points);
  }

  /** Each threshold of {@code target}, from the figures and the bundled weights. */
  private Map<String, BigDecimal> minimums(Predikat target) {
    Map<String, BigDecimal> minimums = new LinkedHashMap<>();
    BigDecimal share = figure(target, Criterion.AREA_SHARE);
    for (AreaPerubahan area : AreaPerubahan.values()) {
      BigDecimal weight = BigDecimal.ZERO;
      for (NodeRole part : List.of(NodeRole.PEMENUHAN, NodeRole.REFORM)) {
        for (TemplateNode node : Sheets.LKE_90.node(part).orElseThrow().children()) {
          if (node.area().orElseThrow() == area) {
            weight = weight.add(node.weight());
          }
        }
      }
      minimums.put(Criterion.AREA_SHARE + ":" + area, share.multiply(weight));
    }
    for (Criterion criterion : List.of(Criterion.PENGUNGKIT, Criterion.IPAK,
        Criterion.CAPAIAN_KINERJA, Criterion.BERSIH_AKUNTABEL, Criterion.IPKP, Criterion.TOTAL)) {
      minimums.put(criterion.name(), figure(target, criterion));
    }
    return minimums;
  }

  private BigDecimal figure(Predikat target, Criterion criterion) {
    return figures.threshold(Sheets.LKE_90.edition(), target, criterion).orElseThrow().value();
  }

  private static String key(Threshold threshold) {
    return threshold.criterion() == Criterion.AREA_SHARE
        ? Criterion.AREA_SHARE + ":" + threshold.area().orElseThrow()
        : threshold.criterion().name();
  }
}
