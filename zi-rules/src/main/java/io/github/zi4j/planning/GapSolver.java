package io.github.zi4j.planning;

import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.LkeScore;
import io.github.zi4j.lke.LkeScorer;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.rules.RegulationFigures;
import io.github.zi4j.rules.score.ScoreProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the smallest gap exactly: dynamic programming over the tree of thresholds (parts of areas,
 * areas, pengungkit, hasil groups, total), each node a Pareto frontier of (cost, points) filtered by
 * its minimum; the cheapest entry of the root is the plan. The first part of the cost is capped,
 * doubling from 4 answers: a plan found under a cap is optimal, since every entry within it was kept.
 *
 * <p>Not API.
 */
final class GapSolver {

  private GapSolver() {}

  static GapPlan solve(LkeScorer scorer, RegulationFigures figures,
      Optional<ScoreProfile> profile, Worksheet worksheet, GapOptions options) {
    Role role = options.role().orElse(worksheet.decidingRole());
    scorer.check(worksheet, role);
    GapModel model = new GapModel(scorer.template(), figures, worksheet.answersOf(role), options);
    Map<GapModel.Indicator, int[]> none = Map.of();
    long start = model.evaluate(model.root, none, GapModel.START);
    model.evaluate(model.root, none, GapModel.BEST);
    List<Threshold> unmet = new ArrayList<>();
    List<Shortfall> shortfalls = new ArrayList<>();
    for (GapModel.Group group : model.thresholds) {
      if (group.start < group.minimum) {
        unmet.add(group.threshold.orElseThrow());
      }
      if (group.best < group.minimum) {
        Threshold threshold = group.threshold.orElseThrow();
        BigDecimal best = GapModel.points10(group.best);
        shortfalls.add(new Shortfall(threshold, best, threshold.minimum().subtract(best)));
      }
    }
    BigDecimal before = GapModel.points10(start);
    if (unmet.isEmpty()) {
      return new GapPlan(options.target(), true, unmet, List.of(), BigDecimal.ZERO, 0, before,
          before, List.of());
    }
    if (!shortfalls.isEmpty()) {
      return new GapPlan(options.target(), false, unmet, List.of(), BigDecimal.ZERO, 0, before,
          before, shortfalls);
    }
    model.buildIndicators();
    long most = 0;
    for (GapModel.Indicator indicator : model.indicators) {
      for (GapModel.Element element : indicator.elements) {
        most += element.primary;
      }
    }
    Frontier root = null;
    for (long cap = 4 * GapModel.COST_SCALE.longValue(); ; cap *= 2) {
      long capped = cap >= most ? Long.MAX_VALUE >>> Frontier.STEP_BITS : cap;
      root = model.solve(capped);
      if (root.size > 0 || capped != cap) {
        break;
      }
    }
    if (root.size == 0) {
      throw new IllegalStateException("zi4j found no plan although every threshold is reachable:"
          + " a bug in the planner");
    }
    Map<GapModel.Indicator, int[]> chosen = new IdentityHashMap<>();
    GapModel.choices(root, 0, chosen);
    List<Step> steps = steps(model, chosen, start, unmet);
    long total = root.points[0];
    long packed = root.cost[0];
    GapPlan plan = new GapPlan(options.target(), true, unmet, steps,
        BigDecimal.valueOf(Frontier.primary(packed), 3).stripTrailingZeros(),
        packed & ((1L << Frontier.STEP_BITS) - 1), before, GapModel.points10(total), List.of());
    verify(scorer, profile, worksheet, role, model, plan);
    return plan;
  }

  private static List<Step> steps(GapModel model, Map<GapModel.Indicator, int[]> chosen,
      long start, List<Threshold> unmet) {
    Map<String, Step> byQuestion = new HashMap<>();
    for (Map.Entry<GapModel.Indicator, int[]> entry : chosen.entrySet()) {
      GapModel.Indicator indicator = entry.getKey();
      int[] alternatives = entry.getValue();
      for (int e = 0; e < alternatives.length; e++) {
        if (alternatives[e] == 0) {
          continue;
        }
        GapModel.Element element = indicator.elements.get(e);
        int[] alone = new int[alternatives.length];
        alone[e] = alternatives[e];
        Map<GapModel.Indicator, int[]> single = new IdentityHashMap<>();
        single.put(indicator, alone);
        long gained = model.evaluate(model.root, single, GapModel.TRIAL) - start;
        List<Threshold> serves = new ArrayList<>();
        for (GapModel.Group group : model.groupsOf.get(element.question.id())) {
          group.threshold.filter(unmet::contains).ifPresent(serves::add);
        }
        byQuestion.put(element.question.id(), new Step(element.question.id(),
            element.question.soalId(), element.question.text(), element.kind,
            element.answers[0], element.answers[alternatives[e]],
            element.steps[alternatives[e]], GapModel.points10(gained), serves));
      }
    }
    List<Step> steps = new ArrayList<>();
    for (String id : model.template.questionIds()) {
      Step step = byQuestion.get(id);
      if (step != null) {
        steps.add(step);
      }
    }
    return steps;
  }

  /** The worksheet with the plan's steps applied. */
  static Worksheet applied(Worksheet worksheet, Role role, List<Step> steps) {
    Map<String, Answer> answers = new LinkedHashMap<>(worksheet.answersOf(role));
    for (Step step : steps) {
      answers.put(step.questionId(), step.to());
    }
    Map<Role, Map<String, Answer>> all = new java.util.EnumMap<>(Role.class);
    all.putAll(worksheet.answers());
    all.put(role, answers);
    return new Worksheet(worksheet.edition(), worksheet.unit(), all);
  }

  /**
   * Re-scores the worksheet with the plan's steps with the real scorer and checks every threshold
   * from the scored nodes (and, for a bundled template, with the decision's own score profile).
   */
  private static void verify(LkeScorer scorer, Optional<ScoreProfile> profile, Worksheet worksheet,
      Role role, GapModel model, GapPlan plan) {
    LkeScore score = scorer.score(applied(worksheet, role, plan.steps()), role);
    List<String> failed = new ArrayList<>();
    points(model.root, score, failed);
    if (profile.isPresent()) {
      Optional<io.github.zi4j.unit.Predikat> meets = profile.get().meets(score);
      if (meets.isEmpty() || meets.get().compareTo(plan.target()) < 0) {
        failed.add("the decision's score profile says it meets " + meets);
      }
    }
    if (!failed.isEmpty()) {
      throw new IllegalStateException("zi4j's plan for " + plan.target() + " does not meet "
          + failed + " when re-scored: a bug in the planner");
    }
  }

  private static BigDecimal points(GapModel.Group group, LkeScore score, List<String> failed) {
    BigDecimal sum = BigDecimal.ZERO;
    if (group.leaf) {
      sum = score.points(group.nodeId).orElseThrow();
    } else {
      for (GapModel.Group child : group.children) {
        sum = sum.add(points(child, score, failed));
      }
    }
    if (group.threshold.isPresent() && sum.compareTo(group.threshold.get().minimum()) < 0) {
      failed.add(group.threshold.get().explain(java.util.Locale.ENGLISH) + " with "
          + sum.toPlainString());
    }
    return sum;
  }
}
