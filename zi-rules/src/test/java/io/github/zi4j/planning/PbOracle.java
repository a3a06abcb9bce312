package io.github.zi4j.planning;

import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.AnswerType;
import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.lke.ComputedItem;
import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.NodeRole;
import io.github.zi4j.lke.Question;
import io.github.zi4j.lke.TemplateNode;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.rules.Criterion;
import io.github.zi4j.rules.RegulationFigures;
import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sat4j.core.Vec;
import org.sat4j.core.VecInt;
import org.sat4j.pb.IPBSolver;
import org.sat4j.pb.SolverFactory;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.IVec;
import org.sat4j.specs.TimeoutException;

/**
 * An exact solver written apart from the planner, for the tests: the smallest-gap problem of the
 * 90/2021 LKE as a pseudo-Boolean program (sat4j, BigInteger weights, no floating point). One
 * Boolean per combination of an indicator's answers (exactly one each), its points computed with
 * BigDecimal as the scorer does; each part's points rounded half-up to 10 decimals through a binary
 * number tied to the exact sum; each threshold a linear constraint. It answers whether a plan of at
 * most a cost, steps and at least a total exists.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class PbOracle {

  private static final BigInteger E6 = BigInteger.valueOf(1_000_000);

  private final LkeTemplate template;
  private final Map<String, Answer> answers;
  private final Predikat target;
  /** Per indicator: its combinations' cost, steps and points (10^-16). */
  private final List<long[]> costs = new ArrayList<>();
  private final List<long[]> steps = new ArrayList<>();
  private final List<BigInteger[]> points = new ArrayList<>();
  private final Map<String, List<Integer>> partIndicators = new HashMap<>();
  private final List<String> parts = new ArrayList<>();

  PbOracle(LkeTemplate template, Map<String, Answer> answers, Predikat target) {
    this.template = template;
    this.answers = answers;
    this.target = target;
    for (NodeRole role : List.of(NodeRole.PEMENUHAN, NodeRole.REFORM)) {
      for (TemplateNode area : template.node(role).orElseThrow().children()) {
        addPart(area);
      }
    }
    for (NodeRole role : List.of(NodeRole.IPAK, NodeRole.CAPAIAN_KINERJA, NodeRole.IPKP)) {
      addPart(template.node(role).orElseThrow());
    }
  }

  private void addPart(TemplateNode node) {
    parts.add(node.id());
    List<Integer> list = new ArrayList<>();
    collect(node, list, node.role().isPresent());
    partIndicators.put(node.id(), list);
  }

  private void collect(TemplateNode node, List<Integer> into, boolean fixed) {
    if (node.isIndicator()) {
      into.add(combos(node, fixed));
      return;
    }
    for (TemplateNode child : node.children()) {
      collect(child, into, fixed);
    }
  }

  /** One alternative of one answer: its answer, cost, steps. */
  private record Alt(String id, Answer answer, long steps) {}

  private int combos(TemplateNode node, boolean fixed) {
    List<List<Alt>> choices = new ArrayList<>();
    Map<String, BigDecimal> counts = new HashMap<>();
    for (Question q : node.questions()) {
      if (!q.answer().scored()) {
        counts.put(q.id(), q.answer().value(answers.get(q.id())));
      }
    }
    for (Question q : node.questions()) {
      List<Alt> alts = new ArrayList<>();
      Answer now = answers.get(q.id());
      alts.add(new Alt(q.id(), now, 0));
      if (!fixed && q.answer() instanceof AnswerType.YesNo && now.equals(Answer.yesNo(false))) {
        alts.add(new Alt(q.id(), Answer.yesNo(true), 1));
      } else if (!fixed && q.answer() instanceof AnswerType.Options) {
        AnswerType.Options o = (AnswerType.Options) q.answer();
        BigDecimal v = o.value(now);
        int from = o.options().indexOf(((Answer.Option) now).letter());
        for (String letter : o.options()) {
          if (o.value(Answer.option(letter)).compareTo(v) > 0) {
            alts.add(new Alt(q.id(), Answer.option(letter),
                Math.abs(o.options().indexOf(letter) - from)));
          }
        }
      }
      if (alts.size() > 1) {
        choices.add(alts);
      }
    }
    for (ComputedItem item : node.computed()) {
      List<Alt> alts = new ArrayList<>();
      if (item instanceof ComputedItem.Percentage && ((ComputedItem.Percentage) item).part().size() == 1) {
        ComputedItem.Percentage p = (ComputedItem.Percentage) item;
        String id = p.part().get(0);
        long part = counts.get(id).longValue();
        long whole = 0;
        for (String w : p.whole()) {
          whole += counts.get(w).longValue();
        }
        alts.add(new Alt(id, answers.get(id), 0));
        for (long more = part + 1; more <= whole; more++) {
          alts.add(new Alt(id, Answer.number(more), more - part));
        }
      } else if (item instanceof ComputedItem.Decrease) {
        String id = ((ComputedItem.Decrease) item).thisYear();
        long now = counts.get(id).longValue();
        alts.add(new Alt(id, answers.get(id), 0));
        for (long fewer = now - 1; fewer >= 0; fewer--) {
          alts.add(new Alt(id, Answer.number(fewer), now - fewer));
        }
      }
      if (alts.size() > 1) {
        choices.add(alts);
      }
    }
    int total = 1;
    for (List<Alt> c : choices) {
      total *= c.size();
    }
    long[] cost = new long[total];
    long[] step = new long[total];
    BigInteger[] pts = new BigInteger[total];
    int[] at = new int[choices.size()];
    for (int k = 0; k < total; k++) {
      Map<String, Answer> trial = new HashMap<>(answers);
      for (int c = 0; c < choices.size(); c++) {
        Alt alt = choices.get(c).get(at[c]);
        trial.put(alt.id(), alt.answer());
        if (at[c] > 0) {
          cost[k]++;
          step[k] += alt.steps();
        }
      }
      pts[k] = indicatorPoints(node, trial);
      for (int c = 0; c < choices.size(); c++) {
        if (++at[c] < choices.get(c).size()) {
          break;
        }
        at[c] = 0;
      }
    }
    costs.add(cost);
    steps.add(step);
    points.add(pts);
    return costs.size() - 1;
  }

  /** The indicator's points in 10^-16, as the scorer computes them, with BigDecimal. */
  private static BigInteger indicatorPoints(TemplateNode node, Map<String, Answer> answers) {
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
    BigDecimal p = n == 1 ? product : product.divide(BigDecimal.valueOf(n), 14,
        RoundingMode.HALF_EVEN);
    return p.movePointRight(16).setScale(0, RoundingMode.UNNECESSARY).toBigIntegerExact();
  }

  /**
   * Whether a plan exists with answers changed at most {@code maxCost}, steps at most {@code
   * maxSteps} (when answers changed equal {@code maxCost}: lexicographic), and, when {@code
   * minTotal} is not null, a total (10^-10) at least it.
   */
  boolean exists(long maxCost, long maxSteps, BigInteger minTotal)
      throws ContradictionException, TimeoutException {
    IPBSolver solver = SolverFactory.newDefault();
    int[] next = {1};
    List<int[]> vars = new ArrayList<>();
    for (long[] c : costs) {
      int[] v = new int[c.length];
      for (int k = 0; k < v.length; k++) {
        v[k] = next[0]++;
      }
      vars.add(v);
    }
    int bits = 40;
    Map<String, int[]> rounded = new HashMap<>();
    for (String part : parts) {
      int[] r = new int[bits];
      for (int b = 0; b < bits; b++) {
        r[b] = next[0]++;
      }
      rounded.put(part, r);
    }
    solver.newVar(next[0]);
    for (int[] v : vars) {
      solver.addExactly(new VecInt(v), 1);
    }
    // the cost: answers changed * (steps bound + 1) + steps <= maxCost * (bound + 1) + maxSteps
    BigInteger scale = BigInteger.valueOf(100_000);
    VecInt lits = new VecInt();
    Vec coeffs = new Vec();
    for (int i = 0; i < vars.size(); i++) {
      for (int k = 0; k < vars.get(i).length; k++) {
        long weight = costs.get(i)[k] * scale.longValue() + steps.get(i)[k];
        if (weight != 0) {
          lits.push(vars.get(i)[k]);
          coeffs.push(BigInteger.valueOf(weight));
        }
      }
    }
    solver.addPseudoBoolean(lits, coeffs, false,
        BigInteger.valueOf(maxCost).multiply(scale).add(BigInteger.valueOf(maxSteps)));
    // each part: 10^6 * r - exact in [-5*10^5 + 1, 5*10^5]
    for (String part : parts) {
      VecInt l = new VecInt();
      Vec c = new Vec();
      int[] r = rounded.get(part);
      for (int b = 0; b < bits; b++) {
        l.push(r[b]);
        c.push(E6.shiftLeft(b));
      }
      for (int i : partIndicators.get(part)) {
        for (int k = 0; k < vars.get(i).length; k++) {
          l.push(vars.get(i)[k]);
          c.push(points.get(i)[k].negate());
        }
      }
      solver.addPseudoBoolean(l, c, false, BigInteger.valueOf(500_000));
      solver.addPseudoBoolean(l, c, true, BigInteger.valueOf(-499_999));
    }
    RegulationFigures figures = RegulationFigures.bundled();
    Edition e = template.edition();
    BigDecimal share = figures.threshold(e, target, Criterion.AREA_SHARE).orElseThrow().value();
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
      atLeast(solver, rounded, both, share.multiply(weight));
    }
    List<String> pengungkit = parts.subList(0, 12);
    atLeast(solver, rounded, pengungkit, threshold(figures, Criterion.PENGUNGKIT));
    String ipak = template.node(NodeRole.IPAK).orElseThrow().id();
    String capaian = template.node(NodeRole.CAPAIAN_KINERJA).orElseThrow().id();
    String ipkp = template.node(NodeRole.IPKP).orElseThrow().id();
    atLeast(solver, rounded, List.of(ipak), threshold(figures, Criterion.IPAK));
    atLeast(solver, rounded, List.of(capaian), threshold(figures, Criterion.CAPAIAN_KINERJA));
    atLeast(solver, rounded, List.of(ipak, capaian), threshold(figures,
        Criterion.BERSIH_AKUNTABEL));
    atLeast(solver, rounded, List.of(ipkp), threshold(figures, Criterion.IPKP));
    BigDecimal total = threshold(figures, Criterion.TOTAL);
    if (minTotal != null) {
      total = total.max(new BigDecimal(minTotal, 10));
    }
    atLeast(solver, rounded, parts, total);
    return solver.isSatisfiable();
  }

  private BigDecimal threshold(RegulationFigures figures, Criterion criterion) {
    return figures.threshold(template.edition(), target, criterion).orElseThrow().value();
  }

  private static void atLeast(IPBSolver solver, Map<String, int[]> rounded, List<String> parts,
      BigDecimal minimum) throws ContradictionException {
    VecInt l = new VecInt();
    IVec c = new Vec();
    for (String part : parts) {
      int[] r = rounded.get(part);
      for (int b = 0; b < r.length; b++) {
        l.push(r[b]);
        c.push(BigInteger.ONE.shiftLeft(b));
      }
    }
    solver.addPseudoBoolean(l, c, true,
        minimum.movePointRight(10).setScale(0, RoundingMode.CEILING).toBigIntegerExact());
  }
}
