package io.github.zi4j.planning;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.AnswerType;
import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.lke.ComputedItem;
import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.NodeRole;
import io.github.zi4j.lke.Question;
import io.github.zi4j.lke.TemplateNode;
import io.github.zi4j.rules.Criterion;
import io.github.zi4j.rules.RegulationFigures;
import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An exact solver written apart from the planner, for the tests: the smallest-gap problem of an LKE
 * of the 90/2021 form as a constraint program for OR-Tools' CP-SAT (integers of 64 bits, no floating
 * point), asked yes-or-no questions: are there answers meeting every threshold within a number of
 * answers changed, of steps and with a total of at least so much? CP-SAT finds them or proves there
 * are none.
 *
 * <p>The model, from the template and the core's own answer values: for each indicator, every
 * combination of the answers its items may take (every option of a graded answer, the part of a
 * percentage from 0 to its whole, this year's cases from 0 to now; surveys and capaian kinerja as
 * answered), its points (10<sup>-16</sup>) computed with BigDecimal as the scorer does, a
 * combination dropped when another has no more answers changed, no more steps and as many points; one
 * Boolean per kept combination (exactly one each); each part of an area or indicator of hasil
 * rounded half-up to 10 decimals (an integer {@code r} with {@code 10^6 r - points} in {@code
 * [-499999, 500000]}); each threshold a linear inequality over the parts.
 *
 * <p>It replaces a pseudo-Boolean model (sat4j 2.3.1): a Boolean per combination of improving
 * answers with coefficients near 10<sup>16</sup> and a 40-bit binary number per part with
 * coefficients up to 5 &middot; 10<sup>17</sup>, whose conflict-driven proofs took 29 minutes for 12
 * starts. CP-SAT keeps a linear relaxation beside its search; on one thread its questions take well
 * under a second (two threads on a busy 2-core machine were slower, not faster).
 */
final class CpSatOracle {

  static {
    Loader.loadNativeLibraries();
  }

  private final LkeTemplate template;
  private final Map<String, Answer> answers;
  private final Predikat target;
  private final RegulationFigures figures;
  private final int workers;
  /** Each indicator's kept combinations, made once for the questions asked. */
  private final Map<String, List<Combination>> tables = new HashMap<>();

  CpSatOracle(LkeTemplate template, Map<String, Answer> answers, Predikat target,
      RegulationFigures figures, int workers) {
    this.template = template;
    this.answers = answers;
    this.target = target;
    this.figures = figures;
    this.workers = workers;
  }

  /** The model of one question, built afresh for each solve. */
  private final class Model {
    final CpModel cp = new CpModel();
    final LinearExprBuilder changed = LinearExpr.newBuilder();
    final LinearExprBuilder steps = LinearExpr.newBuilder();
    final Map<String, IntVar> rounded = new LinkedHashMap<>();
    final LinearExprBuilder total = LinearExpr.newBuilder();
    int names;

    IntVar integer(long least, long most, String name) {
      return cp.newIntVar(least, most, name);
    }

    BoolVar bool(String name) {
      return cp.newBoolVar(name);
    }

    Model(boolean areas) {
      for (NodeRole role : List.of(NodeRole.PEMENUHAN, NodeRole.REFORM)) {
        for (TemplateNode area : template.node(role).orElseThrow().children()) {
          part(area, true);
        }
      }
      for (NodeRole role : List.of(NodeRole.IPAK, NodeRole.CAPAIAN_KINERJA, NodeRole.IPKP)) {
        part(template.node(role).orElseThrow(), false);
      }
      for (IntVar r : rounded.values()) {
        total.add(r);
      }
      if (areas) {
        BigDecimal share = figure(Criterion.AREA_SHARE);
        for (AreaPerubahan area : AreaPerubahan.values()) {
          List<String> both = new ArrayList<>();
          BigDecimal weight = BigDecimal.ZERO;
          for (NodeRole role : List.of(NodeRole.PEMENUHAN, NodeRole.REFORM)) {
            for (TemplateNode node : template.node(role).orElseThrow().children()) {
              if (node.area().orElseThrow() == area) {
                both.add(node.id());
                weight = weight.add(node.weight());
              }
            }
          }
          atLeast(both, share.multiply(weight));
        }
      }
      List<String> parts = new ArrayList<>(rounded.keySet());
      atLeast(parts.subList(0, parts.size() - 3), figure(Criterion.PENGUNGKIT));
      String ipak = template.node(NodeRole.IPAK).orElseThrow().id();
      String capaian = template.node(NodeRole.CAPAIAN_KINERJA).orElseThrow().id();
      String ipkp = template.node(NodeRole.IPKP).orElseThrow().id();
      atLeast(List.of(ipak), figure(Criterion.IPAK));
      atLeast(List.of(capaian), figure(Criterion.CAPAIAN_KINERJA));
      atLeast(List.of(ipak, capaian), figure(Criterion.BERSIH_AKUNTABEL));
      atLeast(List.of(ipkp), figure(Criterion.IPKP));
      atLeast(parts, figure(Criterion.TOTAL));
    }

    private void atLeast(List<String> parts, BigDecimal minimum) {
      LinearExprBuilder sum = LinearExpr.newBuilder();
      for (String part : parts) {
        sum.add(rounded.get(part));
      }
      cp.addGreaterOrEqual(sum, minimum.movePointRight(10).setScale(0, RoundingMode.CEILING)
          .longValueExact());
    }

    /** A part: its indicators' points, summed exactly, rounded half-up to 10 decimals. */
    private void part(TemplateNode node, boolean changeable) {
      LinearExprBuilder exact = LinearExpr.newBuilder();
      for (TemplateNode indicator : indicators(node)) {
        exact.add(indicator(indicator, changeable));
      }
      long most = node.weight().movePointRight(10).longValueExact();
      IntVar r = integer(0, most, "r" + node.id());
      LinearExprBuilder diff = LinearExpr.newBuilder();
      diff.addTerm(r, 1_000_000);
      diff.addTerm(exactVar(exact, node.weight()), -1);
      cp.addLinearConstraint(diff, -499_999, 500_000);
      rounded.put(node.id(), r);
    }

    private IntVar exactVar(LinearExprBuilder exact, BigDecimal weight) {
      IntVar v = integer(0, weight.movePointRight(16).longValueExact(), "p" + names++);
      LinearExprBuilder eq = LinearExpr.newBuilder();
      eq.add(exact);
      eq.addTerm(v, -1);
      cp.addEquality(eq, 0);
      return v;
    }

    /**
     * An indicator's points (10^-16) as a variable: one Boolean per kept combination of its answers
     * (exactly one), each adding its answers changed, steps and points.
     */
    private IntVar indicator(TemplateNode node, boolean changeable) {
      List<Combination> table = tables.computeIfAbsent(node.id(),
          id -> combinations(node, changeable));
      long least = Long.MAX_VALUE;
      long most = Long.MIN_VALUE;
      for (Combination c : table) {
        least = Math.min(least, c.points());
        most = Math.max(most, c.points());
      }
      IntVar points = integer(least, most, "i" + node.id());
      LinearExprBuilder sum = LinearExpr.newBuilder();
      sum.addTerm(points, -1);
      List<Literal> one = new ArrayList<>();
      for (Combination c : table) {
        BoolVar x = bool(node.id() + "#" + one.size());
        one.add(x);
        if (c.points() != least) {
          sum.addTerm(x, c.points() - least);
        }
        if (c.changed() != 0) {
          changed.addTerm(x, c.changed());
          steps.addTerm(x, c.steps());
        }
      }
      sum.add(least);
      cp.addEquality(sum, 0);
      cp.addExactlyOne(one);
      return points;
    }
  }

  /** A combination of an indicator's answers: how many changed, their steps, its points. */
  private record Combination(long changed, long steps, long points) {}

  /** One answer an item may take. */
  private record Alternative(String id, Answer answer, long steps) {}

  /**
   * Every combination of the indicator's answers (every option of a graded answer, the part of a
   * percentage from 0 to its whole, this year's cases from 0 to now), its points computed with
   * BigDecimal as the scorer does; of those with the same answers changed and steps only the one with
   * the most points is kept, and of those only the ones no cheaper one (fewer or as many answers
   * and steps) matches in points: a plan using a dropped one would do as well with the one kept.
   */
  private List<Combination> combinations(TemplateNode node, boolean changeable) {
    List<List<Alternative>> choices = new ArrayList<>();
    Map<String, BigDecimal> counts = new HashMap<>();
    for (Question q : node.questions()) {
      if (!q.answer().scored()) {
        counts.put(q.id(), q.answer().value(answers.get(q.id())));
      }
    }
    for (Question q : node.questions()) {
      Answer now = answers.get(q.id());
      List<Answer> options = new ArrayList<>();
      if (changeable && q.answer() instanceof AnswerType.YesNo) {
        options.add(Answer.yesNo(true));
        options.add(Answer.yesNo(false));
      } else if (changeable && q.answer() instanceof AnswerType.Options) {
        for (String letter : ((AnswerType.Options) q.answer()).options()) {
          options.add(Answer.option(letter));
        }
      }
      if (options.size() > 1) {
        int from = options.indexOf(now);
        List<Alternative> alternatives = new ArrayList<>();
        for (int a = 0; a < options.size(); a++) {
          alternatives.add(new Alternative(q.id(), options.get(a), Math.abs(a - from)));
        }
        choices.add(alternatives);
      }
    }
    for (ComputedItem item : node.computed()) {
      List<Alternative> alternatives = new ArrayList<>();
      if (changeable && item instanceof ComputedItem.Percentage
          && ((ComputedItem.Percentage) item).part().size() == 1) {
        ComputedItem.Percentage p = (ComputedItem.Percentage) item;
        String id = p.part().get(0);
        long whole = 0;
        for (String w : p.whole()) {
          whole += counts.get(w).longValueExact();
        }
        long part = counts.get(id).longValueExact();
        for (long v = 0; v <= whole; v++) {
          alternatives.add(new Alternative(id, Answer.number(v), Math.abs(v - part)));
        }
      } else if (changeable && item instanceof ComputedItem.Decrease) {
        String id = ((ComputedItem.Decrease) item).thisYear();
        long now = counts.get(id).longValueExact();
        for (long v = 0; v <= now; v++) {
          alternatives.add(new Alternative(id, Answer.number(v), now - v));
        }
      }
      if (alternatives.size() > 1) {
        choices.add(alternatives);
      }
    }
    Map<Long, Map<Long, Long>> best = new java.util.TreeMap<>();
    int[] at = new int[choices.size()];
    while (true) {
      Map<String, Answer> trial = new HashMap<>(answers);
      long changedHere = 0;
      long stepsHere = 0;
      for (int c = 0; c < at.length; c++) {
        Alternative alternative = choices.get(c).get(at[c]);
        trial.put(alternative.id(), alternative.answer());
        if (alternative.steps() != 0) {
          changedHere++;
          stepsHere += alternative.steps();
        }
      }
      best.computeIfAbsent(changedHere, k -> new java.util.TreeMap<>())
          .merge(stepsHere, indicatorPoints(node, trial), Math::max);
      int c = 0;
      while (c < at.length && ++at[c] == choices.get(c).size()) {
        at[c] = 0;
        c++;
      }
      if (c == at.length) {
        break;
      }
    }
    List<Combination> all = new ArrayList<>();
    best.forEach((a, bySteps) -> bySteps.forEach((st, pts) -> all.add(new Combination(a, st,
        pts))));
    List<Combination> kept = new ArrayList<>();
    for (Combination c : all) {
      boolean matched = false;
      for (Combination other : all) {
        if (other != c && other.changed() <= c.changed() && other.steps() <= c.steps()
            && other.points() >= c.points()) {
          matched = true;
          break;
        }
      }
      if (!matched) {
        kept.add(c);
      }
    }
    return kept;
  }

  /** The indicator's points in 10^-16, as the scorer computes them, with BigDecimal. */
  private static long indicatorPoints(TemplateNode node, Map<String, Answer> answers) {
    BigDecimal sum = BigDecimal.ZERO;
    Map<String, BigDecimal> counts = new HashMap<>();
    for (Question q : node.questions()) {
      BigDecimal v = q.answer().value(answers.get(q.id()));
      if (q.answer().scored()) {
        sum = sum.add(v);
      } else {
        counts.put(q.id(), v);
      }
    }
    for (ComputedItem item : node.computed()) {
      sum = sum.add(item.value(counts));
    }
    BigDecimal product = sum.multiply(node.weight());
    int n = node.scoredItems();
    BigDecimal p = n == 1 ? product
        : product.divide(BigDecimal.valueOf(n), 14, RoundingMode.HALF_EVEN);
    return p.movePointRight(16).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
  }

  private static List<TemplateNode> indicators(TemplateNode node) {
    List<TemplateNode> list = new ArrayList<>();
    if (node.isIndicator()) {
      list.add(node);
      return list;
    }
    for (TemplateNode child : node.children()) {
      list.addAll(indicators(child));
    }
    return list;
  }

  private BigDecimal figure(Criterion criterion) {
    return figures.threshold(template.edition(), target, criterion).orElseThrow().value();
  }

  private static long e14(BigDecimal value) {
    return value.movePointRight(14).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
  }

  /**
   * Whether some answers meet every threshold with at most {@code maxChanged} answers changed, at
   * most {@code maxSteps} steps and a total (10^-10) of at least {@code minTotal}: CP-SAT finds such
   * answers, or proves there are none.
   *
   * @param areas false to leave out the area minimums (to see whether one binds)
   * @throws IllegalStateException when CP-SAT does neither within its time
   */
  boolean exists(long maxChanged, long maxSteps, long minTotal, boolean areas) {
    Model m = new Model(areas);
    m.cp.addLessOrEqual(m.changed, maxChanged);
    m.cp.addLessOrEqual(m.steps, maxSteps);
    m.cp.addGreaterOrEqual(m.total, minTotal);
    CpSolverStatus status = solver().solve(m.cp);
    if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
      return true;
    }
    if (status == CpSolverStatus.INFEASIBLE) {
      return false;
    }
    throw new IllegalStateException("CP-SAT neither found nor ruled out answers with at most "
        + maxChanged + " changed, " + maxSteps + " steps and a total of " + minTotal + ": " + status);
  }

  private CpSolver solver() {
    CpSolver solver = new CpSolver();
    solver.getParameters().setNumWorkers(workers);
    solver.getParameters().setMaxTimeInSeconds(300);
    // without presolve: with it, CP-SAT 9.15 called one start's plan (2 answers, 6 steps, seen
    // feasible by fixing each indicator's points to the plan's) infeasible, a presolve that does not
    // keep points of 10^16 exact; without it, every answer agrees
    solver.getParameters().setCpModelPresolve(false);
    return solver;
  }
}
