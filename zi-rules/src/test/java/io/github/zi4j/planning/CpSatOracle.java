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
import com.google.ortools.util.Domain;
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
 * point), solved lexicographically: the fewest answers changed, then the fewest steps, then the
 * highest total, each proven optimal before the next is asked.
 *
 * <p>The model, from the template and the core's own answer values: one Boolean per answer an item
 * may take (exactly one each: every option of a graded answer, the part of a percentage from 0 to
 * its whole, this year's cases from 0 to now; surveys and capaian kinerja as answered); an
 * indicator's points (10<sup>-16</sup>) its sum of values times its weight, over its items rounded
 * half-even at 14 decimals (an integer {@code q} with {@code |d q - sum w| <= d / 2}, an exact half
 * taking the even {@code q}); each part of an area or indicator of hasil rounded half-up to 10
 * decimals (an integer {@code r} with {@code 10^6 r - points} in {@code [-499999, 500000]}); each
 * threshold a linear inequality over the parts.
 *
 * <p>Why not the pseudo-Boolean model it replaces (sat4j): that one had a Boolean per combination of
 * an indicator's answers (up to 6 400 for one indicator) with coefficients near 10<sup>16</sup>, a
 * 40-bit binary number per part with coefficients up to 5 &middot; 10<sup>17</sup>, and asked four
 * yes-or-no questions a start; its conflict-driven search proves "no plan with one answer fewer"
 * without a relaxation to bound it, which took minutes. CP-SAT keeps the linear relaxation and
 * optimises.
 */
final class CpSatOracle {

  static {
    Loader.loadNativeLibraries();
  }

  /** The optimum: empty when no set of answers meets every threshold. */
  record Optimum(long answers, long steps, BigDecimal total) {}

  private final LkeTemplate template;
  private final Map<String, Answer> answers;
  private final Predikat target;
  private final RegulationFigures figures;
  private final int workers;

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
      IntVar r = cp.newIntVar(0, most, "r" + node.id());
      LinearExprBuilder diff = LinearExpr.newBuilder();
      diff.addTerm(r, 1_000_000);
      diff.addTerm(exactVar(exact, node.weight()), -1);
      cp.addLinearConstraint(diff, -499_999, 500_000);
      rounded.put(node.id(), r);
    }

    private IntVar exactVar(LinearExprBuilder exact, BigDecimal weight) {
      IntVar v = cp.newIntVar(0, weight.movePointRight(16).longValueExact(), "p" + names++);
      LinearExprBuilder eq = LinearExpr.newBuilder();
      eq.add(exact);
      eq.addTerm(v, -1);
      cp.addEquality(eq, 0);
      return v;
    }

    /** An indicator's points (10^-16) as a variable. */
    private IntVar indicator(TemplateNode node, boolean changeable) {
      long w100 = node.weight().movePointRight(2).longValueExact();
      long fixed = 0;
      Terms sum = new Terms(); // the values' sum, 10^-14
      Map<String, BigDecimal> counts = new HashMap<>();
      for (Question q : node.questions()) {
        if (!q.answer().scored()) {
          counts.put(q.id(), q.answer().value(answers.get(q.id())));
        }
      }
      for (Question q : node.questions()) {
        if (!q.answer().scored()) {
          continue;
        }
        Answer now = answers.get(q.id());
        List<Answer> alternatives = new ArrayList<>();
        if (changeable && q.answer() instanceof AnswerType.YesNo) {
          alternatives.add(Answer.yesNo(true));
          alternatives.add(Answer.yesNo(false));
        } else if (changeable && q.answer() instanceof AnswerType.Options) {
          for (String letter : ((AnswerType.Options) q.answer()).options()) {
            alternatives.add(Answer.option(letter));
          }
        }
        if (alternatives.isEmpty()) {
          fixed += e14(q.answer().value(now));
          continue;
        }
        List<Long> values = new ArrayList<>();
        List<Long> stepsOf = new ArrayList<>();
        int from = alternatives.indexOf(now);
        for (int a = 0; a < alternatives.size(); a++) {
          values.add(e14(q.answer().value(alternatives.get(a))));
          stepsOf.add((long) Math.abs(a - from));
        }
        choose(q.id(), alternatives, from, values, stepsOf, sum);
      }
      for (ComputedItem item : node.computed()) {
        List<Answer> alternatives = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        List<Long> stepsOf = new ArrayList<>();
        String id = null;
        Map<String, BigDecimal> trial = new HashMap<>(counts);
        if (changeable && item instanceof ComputedItem.Percentage
            && ((ComputedItem.Percentage) item).part().size() == 1) {
          ComputedItem.Percentage p = (ComputedItem.Percentage) item;
          id = p.part().get(0);
          long whole = 0;
          for (String w : p.whole()) {
            whole += counts.get(w).longValueExact();
          }
          long part = counts.get(id).longValueExact();
          for (long v = 0; v <= whole; v++) {
            trial.put(id, BigDecimal.valueOf(v));
            alternatives.add(Answer.number(v));
            values.add(e14(item.value(trial)));
            stepsOf.add(Math.abs(v - part));
          }
        } else if (changeable && item instanceof ComputedItem.Decrease) {
          id = ((ComputedItem.Decrease) item).thisYear();
          long now = counts.get(id).longValueExact();
          for (long v = 0; v <= now; v++) {
            trial.put(id, BigDecimal.valueOf(v));
            alternatives.add(Answer.number(v));
            values.add(e14(item.value(trial)));
            stepsOf.add(now - v);
          }
        }
        if (alternatives.size() < 2) {
          fixed += e14(item.value(counts));
          continue;
        }
        choose(id, alternatives, alternatives.indexOf(answers.get(id)), values, stepsOf, sum);
      }
      sum.offset = fixed;
      int n = node.scoredItems();
      long most = node.weight().movePointRight(16).longValueExact();
      IntVar points = cp.newIntVar(0, most, "i" + node.id());
      LinearExprBuilder product = LinearExpr.newBuilder();
      if (n == 1) {
        product.addTerm(points, 1);
        sum.addScaled(product, -w100);
        cp.addEquality(product, 0);
        return points;
      }
      // points = 100 q, q the product sum * w100 / (n * 100) rounded half-even
      long d = n * 100L;
      IntVar q = cp.newIntVar(0, most / 100, "q" + node.id());
      cp.addEquality(LinearExpr.newBuilder().addTerm(points, 1).addTerm(q, -100), 0);
      IntVar half = cp.newIntVar(0, most / 200, "h" + node.id());
      BoolVar odd = cp.newBoolVar("o" + node.id());
      cp.addEquality(LinearExpr.newBuilder().addTerm(q, 1).addTerm(half, -2).addTerm(odd, -1), 0);
      BoolVar tie = cp.newBoolVar("t" + node.id());
      LinearExprBuilder e = LinearExpr.newBuilder();
      e.addTerm(q, d);
      sum.addScaled(e, -w100);
      LinearExpr error = e.build();
      cp.addLinearConstraint(error, -d / 2 + 1, d / 2 - 1).onlyEnforceIf(tie.not());
      cp.addLinearExpressionInDomain(error, Domain.fromValues(new long[] {-d / 2, d / 2}))
          .onlyEnforceIf(tie);
      cp.addEquality(odd, 0).onlyEnforceIf(tie);
      return points;
    }

    /** Exactly one of an answer's alternatives; what it adds to the sum, the cost and the steps. */
    private void choose(String id, List<Answer> alternatives, int from, List<Long> values,
        List<Long> stepsOf, Terms sum) {
      if (from < 0) {
        throw new IllegalStateException(id + " answered " + answers.get(id)
            + ", not one of " + alternatives);
      }
      List<Literal> one = new ArrayList<>();
      for (int a = 0; a < alternatives.size(); a++) {
        BoolVar x = cp.newBoolVar(id + "=" + alternatives.get(a));
        one.add(x);
        if (values.get(a) != 0) {
          sum.vars.add(x);
          sum.coefficients.add(values.get(a));
        }
        if (a != from) {
          changed.addTerm(x, 1);
          steps.addTerm(x, stepsOf.get(a));
        }
      }
      cp.addExactlyOne(one);
    }
  }

  /** A linear sum kept as its terms, to be scaled. */
  private static final class Terms {
    final List<IntVar> vars = new ArrayList<>();
    final List<Long> coefficients = new ArrayList<>();
    long offset;

    /** {@code into += factor * this}. */
    void addScaled(LinearExprBuilder into, long factor) {
      for (int i = 0; i < vars.size(); i++) {
        into.addTerm(vars.get(i), Math.multiplyExact(coefficients.get(i), factor));
      }
      into.add(Math.multiplyExact(offset, factor));
    }
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
   * The fewest answers changed, then the fewest steps, then the highest total (10^-10), each proven
   * optimal; empty when no answers meet every threshold.
   *
   * @param areas false to leave out the area minimums (to see whether one binds)
   */
  Optional<Optimum> solve(boolean areas) {
    Model m = new Model(areas);
    IntVar changed = m.cp.newIntVar(0, 10_000, "changed");
    m.cp.addEquality(LinearExpr.newBuilder().add(m.changed).addTerm(changed, -1), 0);
    m.cp.minimize(changed);
    CpSolver solver = solver();
    CpSolverStatus status = solver.solve(m.cp);
    if (status == CpSolverStatus.INFEASIBLE) {
      return Optional.empty();
    }
    requireOptimal(status, "answers changed");
    long fewest = solver.value(changed);
    if (!areas) {
      return Optional.of(new Optimum(fewest, -1, BigDecimal.ZERO));
    }
    m.cp.addEquality(changed, fewest);
    m.cp.clearObjective();
    IntVar steps = m.cp.newIntVar(0, 1_000_000, "steps");
    m.cp.addEquality(LinearExpr.newBuilder().add(m.steps).addTerm(steps, -1), 0);
    m.cp.minimize(steps);
    status = solver.solve(m.cp);
    requireOptimal(status, "steps");
    long least = solver.value(steps);
    m.cp.addEquality(steps, least);
    m.cp.clearObjective();
    IntVar total = m.cp.newIntVar(0, 100 * 10_000_000_000L, "total");
    m.cp.addEquality(LinearExpr.newBuilder().add(m.total).addTerm(total, -1), 0);
    m.cp.maximize(total);
    status = solver.solve(m.cp);
    requireOptimal(status, "total");
    return Optional.of(new Optimum(fewest, least, BigDecimal.valueOf(solver.value(total), 10)));
  }

  private CpSolver solver() {
    CpSolver solver = new CpSolver();
    solver.getParameters().setNumWorkers(workers);
    solver.getParameters().setMaxTimeInSeconds(900);
    return solver;
  }

  private static void requireOptimal(CpSolverStatus status, String what) {
    if (status != CpSolverStatus.OPTIMAL) {
      throw new IllegalStateException("CP-SAT did not prove the optimum of " + what + ": "
          + status);
    }
  }
}
