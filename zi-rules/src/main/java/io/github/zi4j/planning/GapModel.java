package io.github.zi4j.planning;

import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.AnswerType;
import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.lke.ComputedItem;
import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.LkeWeights;
import io.github.zi4j.lke.NodeRole;
import io.github.zi4j.lke.Question;
import io.github.zi4j.lke.TemplateNode;
import io.github.zi4j.rules.AreaCheck;
import io.github.zi4j.rules.Criterion;
import io.github.zi4j.rules.Figure;
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
 * The LKE as the planner sees it (<i>model rencana</i>): for one worksheet and target, every answer that
 * may change with its alternatives, every indicator's points for each combination of them, in exact
 * scaled integers computed as {@link io.github.zi4j.lke.LkeScorer} computes them, and the thresholds
 * as a tree of groups over the parts of the LKE.
 *
 * <p>Units: an indicator's points in 10<sup>-16</sup> (a value has at most 14 decimals and a weight at
 * most 2, so the scorer's points are exact there); a part's points (an area's pemenuhan or reform, an
 * indicator of hasil) rounded half-up to 10<sup>-10</sup>, as a scored node shows them and the
 * area-level result adds them; thresholds in 10<sup>-10</sup>, rounded up.
 *
 * <p>Not API.
 */
final class GapModel {

  static final long E14 = 100_000_000_000_000L;
  static final long E6 = 1_000_000L;
  static final BigDecimal COST_SCALE = BigDecimal.valueOf(1000);

  /** One answer that may change, and its alternatives; alternative 0 keeps the answer. */
  static final class Element {
    final Question question;
    final StepKind kind;
    final Answer[] answers;
    /** The value (10^-14) each alternative gives the scored item it feeds. */
    final long[] values;
    final long[] steps;
    final long primary;

    Element(Question question, StepKind kind, List<Answer> answers, List<Long> values,
        List<Long> steps, long primary) {
      this.question = question;
      this.kind = kind;
      this.answers = answers.toArray(new Answer[0]);
      this.values = values.stream().mapToLong(Long::longValue).toArray();
      this.steps = steps.stream().mapToLong(Long::longValue).toArray();
      this.primary = primary;
    }

    long cost(int alternative) {
      return alternative == 0 ? 0 : (primary << Frontier.STEP_BITS) + steps[alternative];
    }
  }

  /** An indicator: its fixed value sum, its elements, and how points follow from a sum. */
  static final class Indicator {
    final TemplateNode node;
    final long fixed;
    final List<Element> elements;
    final long weight100;
    final int items;
    Frontier frontier;

    Indicator(TemplateNode node, long fixed, List<Element> elements) {
      this.node = node;
      this.fixed = fixed;
      this.elements = elements;
      BigDecimal w = node.weight().movePointRight(2);
      if (w.stripTrailingZeros().scale() > 0) {
        throw new InvalidFieldException("", "weight of indicator " + node.id()
            + " must have at most 2 decimals to be planned, but was "
            + node.weight().toPlainString());
      }
      this.weight100 = w.longValueExact();
      this.items = node.scoredItems();
    }

    /** The scorer's points (10^-16) for a sum of values (10^-14). */
    long points(long sum) {
      long product = sum * weight100;
      if (items <= 1) {
        return product;
      }
      long d = items * 100L;
      long q = product / d;
      long r = product % d;
      if (2 * r > d || (2 * r == d && (q & 1) == 1)) {
        q++;
      }
      return q * 100;
    }

    long pointsOf(int[] alternatives) {
      long sum = fixed;
      for (int e = 0; e < elements.size(); e++) {
        sum += elements.get(e).values[alternatives[e]];
      }
      return points(sum);
    }
  }

  /** A group of the threshold tree: a part (a leaf) or a sum of groups, with its minimum. */
  static final class Group {
    final Optional<Threshold> threshold;
    final long minimum;
    final List<Group> children = new ArrayList<>();
    final List<Indicator> indicators = new ArrayList<>();
    final boolean leaf;
    /** The template node a leaf scores: an area's part, or an indicator of hasil. */
    String nodeId;
    Frontier frontier;
    long start;
    long best;
    long least;

    Group(Optional<Threshold> threshold, boolean leaf) {
      this.threshold = threshold;
      this.minimum = threshold.map(t -> ceil10(t.minimum())).orElse(Long.MIN_VALUE);
      this.leaf = leaf;
    }
  }

  final LkeTemplate template;
  final Predikat target;
  final Map<String, Answer> answers;
  final Group root;
  final List<Group> thresholds = new ArrayList<>();
  final Map<String, Indicator> indicatorOf = new HashMap<>();
  final List<Indicator> indicators = new ArrayList<>();
  final Map<String, List<Group>> groupsOf = new HashMap<>();

  GapModel(LkeTemplate template, RegulationFigures figures, Map<String, Answer> answers,
      GapOptions options) {
    this.template = template;
    this.target = options.target();
    this.answers = answers;
    if (!LkeWeights.hasAreaLevelForm(template)) {
      throw new InvalidFieldException("edition", "template " + template.id()
          + " must have the area-level "
          + "form (pemenuhan and reform of the six areas, IPAK, capaian kinerja, IPKP) to be planned");
    }
    List<String> unanswered = new ArrayList<>();
    for (Question question : template.questions()) {
      if (!answers.containsKey(question.id()) && (question.answer().scored()
          || countRead(question.id()))) {
        unanswered.add(question.id());
      }
    }
    if (!unanswered.isEmpty()) {
      throw new InvalidFieldException("answers", "a plan starts from a complete worksheet, but "
          + unanswered.size() + " question(s) are unanswered: " + cut(unanswered));
    }
    root = group(template.root(), figures, options, Criterion.TOTAL);
    TemplateNode pengungkit = template.node(NodeRole.PENGUNGKIT).orElseThrow();
    TemplateNode hasil = template.node(NodeRole.HASIL).orElseThrow();
    Group peng = group(pengungkit, figures, options, Criterion.PENGUNGKIT);
    root.children.add(peng);
    Optional<Figure<BigDecimal>> share =
        figures.threshold(template.edition(), target, Criterion.AREA_SHARE);
    LkeWeights weights = LkeWeights.of(template.edition());
    TemplateNode pemenuhan = template.node(NodeRole.PEMENUHAN).orElseThrow();
    TemplateNode reform = template.node(NodeRole.REFORM).orElseThrow();
    boolean whole = figures.areaCheck() == AreaCheck.WHOLE_AREA;
    for (AreaPerubahan area : AreaPerubahan.values()) {
      TemplateNode p = areaNode(pemenuhan, area);
      TemplateNode r = areaNode(reform, area);
      Optional<Threshold> areaThreshold = whole ? share.map(s -> new Threshold(
          Criterion.AREA_SHARE, Optional.of(area), Optional.empty(),
          s.value().multiply(p.weight().add(r.weight())), s.basis())) : Optional.empty();
      Group a = new Group(areaThreshold, false);
      peng.children.add(a);
      for (TemplateNode part : List.of(p, r)) {
        String name = part == p ? "pemenuhan" : "reform";
        Optional<Threshold> partThreshold = whole ? Optional.empty() : share.map(s ->
            new Threshold(Criterion.AREA_SHARE, Optional.of(area), Optional.of(name),
                s.value().multiply(part.weight()), s.basis()));
        a.children.add(leaf(part, partThreshold, options));
      }
    }
    Group h = new Group(Optional.empty(), false);
    root.children.add(h);
    for (TemplateNode child : hasil.children()) {
      h.children.add(hasilGroup(child, figures, options));
    }
    collect(root, new ArrayList<>());
    if (weights == null) {
      throw new IllegalStateException("no weights");
    }
  }

  private boolean countRead(String questionId) {
    for (TemplateNode indicator : template.indicators()) {
      for (ComputedItem item : indicator.computed()) {
        if (item.counts().contains(questionId)) {
          return true;
        }
      }
    }
    return false;
  }

  static String cut(List<String> ids) {
    return ids.size() <= 10 ? ids.toString()
        : ids.subList(0, 10) + " and " + (ids.size() - 10) + " more";
  }

  private static TemplateNode areaNode(TemplateNode part, AreaPerubahan area) {
    for (TemplateNode child : part.children()) {
      if (child.area().equals(Optional.of(area))) {
        return child;
      }
    }
    throw new IllegalStateException("no area " + area + " under " + part.id());
  }

  private Group group(TemplateNode node, RegulationFigures figures, GapOptions options,
      Criterion criterion) {
    return new Group(threshold(node, figures, criterion), false);
  }

  private Optional<Threshold> threshold(TemplateNode node, RegulationFigures figures,
      Criterion criterion) {
    return figures.threshold(template.edition(), target, criterion)
        .map(f -> new Threshold(criterion, Optional.empty(), Optional.empty(), f.value(),
            f.basis()));
  }

  private Group hasilGroup(TemplateNode node, RegulationFigures figures, GapOptions options) {
    Optional<Threshold> threshold = node.criterion()
        .map(Criterion::valueOf)
        .flatMap(criterion -> threshold(node, figures, criterion));
    if (node.isIndicator()) {
      return leaf(node, threshold, options);
    }
    Group group = new Group(threshold, false);
    for (TemplateNode child : node.children()) {
      group.children.add(hasilGroup(child, figures, options));
    }
    return group;
  }

  private Group leaf(TemplateNode node, Optional<Threshold> threshold, GapOptions options) {
    Group leaf = new Group(threshold, true);
    leaf.nodeId = node.id();
    addIndicators(node, leaf, options);
    return leaf;
  }

  private void addIndicators(TemplateNode node, Group leaf, GapOptions options) {
    if (node.isIndicator()) {
      Indicator indicator = indicator(node, options);
      leaf.indicators.add(indicator);
      indicators.add(indicator);
      for (Element element : indicator.elements) {
        indicatorOf.put(element.question.id(), indicator);
      }
      return;
    }
    for (TemplateNode child : node.children()) {
      addIndicators(child, leaf, options);
    }
  }

  private void collect(Group group, List<Group> path) {
    path.add(group);
    if (group.threshold.isPresent()) {
      thresholds.add(group);
    }
    if (group.leaf) {
      for (Indicator indicator : group.indicators) {
        for (Element element : indicator.elements) {
          groupsOf.put(element.question.id(), List.copyOf(path));
        }
      }
    }
    for (Group child : group.children) {
      collect(child, path);
    }
    path.remove(path.size() - 1);
  }

  private boolean hasil(TemplateNode node) {
    return node.role().filter(r -> r == NodeRole.IPAK || r == NodeRole.IPKP
        || r == NodeRole.CAPAIAN_KINERJA).isPresent();
  }

  private long primary(Question question, GapOptions options) {
    return options.costs().costOf(question.id(), question.soalId().orElse(0))
        .multiply(COST_SCALE).longValueExact();
  }

  private Indicator indicator(TemplateNode node, GapOptions options) {
    boolean changeable = !hasil(node) || options.allowHasil();
    long fixed = 0;
    List<Element> elements = new ArrayList<>();
    Map<String, BigDecimal> counts = new LinkedHashMap<>();
    for (Question question : node.questions()) {
      if (!question.answer().scored()) {
        Answer answer = answers.get(question.id());
        if (answer != null) {
          counts.put(question.id(), question.answer().value(answer));
        }
        continue;
      }
      Answer answer = answers.get(question.id());
      BigDecimal value = question.answer().value(answer);
      Optional<Element> element = changeable ? graded(question, answer, value, options)
          : Optional.empty();
      if (element.isPresent()) {
        elements.add(element.get());
      } else {
        fixed += e14(value, question.id());
      }
    }
    for (ComputedItem item : node.computed()) {
      Optional<Element> element = changeable ? counted(item, counts, options) : Optional.empty();
      if (element.isPresent()) {
        elements.add(element.get());
      } else {
        fixed += e14(item.value(counts), item.id());
      }
    }
    return new Indicator(node, fixed, List.copyOf(elements));
  }

  private Optional<Element> graded(Question question, Answer answer, BigDecimal value,
      GapOptions options) {
    List<Answer> alternatives = new ArrayList<>();
    List<Long> values = new ArrayList<>();
    List<Long> steps = new ArrayList<>();
    alternatives.add(answer);
    values.add(e14(value, question.id()));
    steps.add(0L);
    AnswerType type = question.answer();
    StepKind kind = StepKind.OPTION;
    if (type instanceof AnswerType.YesNo) {
      if (!((Answer.YesNo) answer).yes()) {
        alternatives.add(Answer.YesNo.YA);
        values.add(E14);
        steps.add(1L);
      }
    } else if (type instanceof AnswerType.Options) {
      List<String> letters = ((AnswerType.Options) type).options();
      int from = letters.indexOf(((Answer.Option) answer).letter());
      ((AnswerType.Options) type).valueOfEachOption().forEach((letter, v) -> {
        if (v.compareTo(value) > 0) {
          alternatives.add(Answer.option(letter));
          values.add(e14(v, question.id()));
          steps.add((long) Math.abs(letters.indexOf(letter) - from));
        }
      });
    } else if (type instanceof AnswerType.SurveyIndex) {
      kind = StepKind.SURVEY;
      BigDecimal index = ((Answer.Number) answer).value();
      long hundredths = index.movePointRight(2).setScale(0, RoundingMode.FLOOR).longValueExact();
      for (long h = hundredths + 1; h <= 400; h++) {
        BigDecimal raised = BigDecimal.valueOf(h, 2);
        alternatives.add(new Answer.Number(raised));
        values.add(e14(type.value(new Answer.Number(raised)), question.id()));
        steps.add(h - hundredths);
      }
    } else {
      return Optional.empty();
    }
    if (alternatives.size() == 1) {
      return Optional.empty();
    }
    return Optional.of(new Element(question, kind, alternatives, values, steps,
        primary(question, options)));
  }

  /**
   * The count a computed item lets a unit change, when there is one: the part of a percentage of one
   * part (work done: reports made, complaints settled, targets reached; its whole is a fact), or this
   * year's count of a decrease (last year's is a fact).
   */
  private Optional<Element> counted(ComputedItem item, Map<String, BigDecimal> counts,
      GapOptions options) {
    List<Answer> alternatives = new ArrayList<>();
    List<Long> values = new ArrayList<>();
    List<Long> steps = new ArrayList<>();
    String changed;
    StepKind kind;
    Map<String, BigDecimal> trial = new HashMap<>(counts);
    if (item instanceof ComputedItem.Percentage && ((ComputedItem.Percentage) item).part().size() == 1) {
      ComputedItem.Percentage percentage = (ComputedItem.Percentage) item;
      changed = percentage.part().get(0);
      kind = StepKind.MORE;
      long part = counts.get(changed).longValueExact();
      long whole = 0;
      for (String id : percentage.whole()) {
        whole += counts.get(id).longValueExact();
      }
      alternatives.add(answers.get(changed));
      values.add(e14(item.value(counts), item.id()));
      steps.add(0L);
      for (long more = part + 1; more <= whole; more++) {
        trial.put(changed, BigDecimal.valueOf(more));
        alternatives.add(Answer.number(more));
        values.add(e14(item.value(trial), item.id()));
        steps.add(more - part);
      }
    } else if (item instanceof ComputedItem.Decrease) {
      changed = ((ComputedItem.Decrease) item).thisYear();
      kind = StepKind.FEWER;
      long now = counts.get(changed).longValueExact();
      alternatives.add(answers.get(changed));
      values.add(e14(item.value(counts), item.id()));
      steps.add(0L);
      for (long fewer = now - 1; fewer >= 0; fewer--) {
        trial.put(changed, BigDecimal.valueOf(fewer));
        alternatives.add(Answer.number(fewer));
        values.add(e14(item.value(trial), item.id()));
        steps.add(now - fewer);
      }
    } else {
      return Optional.empty();
    }
    if (alternatives.size() == 1) {
      return Optional.empty();
    }
    Question question = template.question(changed).orElseThrow();
    return Optional.of(new Element(question, kind, alternatives, values, steps,
        primary(question, options)));
  }

  static long e14(BigDecimal value, String id) {
    try {
      return value.movePointRight(14).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    } catch (ArithmeticException e) {
      throw new InvalidFieldException(id, "the value of " + id
          + " must have at most 14 decimals to be planned, but was " + value.toPlainString(), e);
    }
  }

  static long ceil10(BigDecimal value) {
    return value.movePointRight(10).setScale(0, RoundingMode.CEILING).longValueExact();
  }

  static long round10(long e16) {
    return (e16 + E6 / 2) / E6;
  }

  static BigDecimal points10(long e10) {
    return BigDecimal.valueOf(e10, 10);
  }

  // ------------------------------------------------------------------------------------------------
  // frontiers

  /** Builds every indicator's frontier: its combinations, pruned. */
  void buildIndicators() {
    for (Indicator indicator : indicators) {
      indicator.frontier = indicatorFrontier(indicator);
    }
  }

  private static Frontier indicatorFrontier(Indicator indicator) {
    int n = indicator.elements.size();
    int total = 1;
    for (Element element : indicator.elements) {
      total = Math.multiplyExact(total, element.answers.length);
    }
    long[] cost = new long[total];
    long[] pts = new long[total];
    int[][] combos = new int[total][];
    int[] alt = new int[n];
    for (int k = 0; k < total; k++) {
      long c = 0;
      for (int e = 0; e < n; e++) {
        c += indicator.elements.get(e).cost(alt[e]);
      }
      cost[k] = c;
      pts[k] = indicator.pointsOf(alt);
      combos[k] = alt.clone();
      for (int e = 0; e < n; e++) {
        if (++alt[e] < indicator.elements.get(e).answers.length) {
          break;
        }
        alt[e] = 0;
      }
    }
    Integer[] order = new Integer[total];
    for (int k = 0; k < total; k++) {
      order[k] = k;
    }
    java.util.Arrays.sort(order, (x, y) -> cost[x] != cost[y] ? Long.compare(cost[x], cost[y])
        : Long.compare(pts[y], pts[x]));
    Frontier out = new Frontier(16);
    out.indicator = indicator;
    out.combo = new int[out.cost.length][];
    long last = Long.MIN_VALUE;
    for (int k : order) {
      if (pts[k] > last) {
        int at = out.add(cost[k], pts[k]);
        out.combo[at] = combos[k];
        last = pts[k];
      }
    }
    return out;
  }

  static final long INFINITE = Long.MAX_VALUE / 4;

  /**
   * The root's frontier with the first part of every cost at most {@code cap}: every leaf's frontier
   * first, then each group's least cost (the sum of its children's), then the groups top down, each
   * partial sum pruned by the least cost its remaining siblings still need. Empty when no plan fits
   * the cap.
   */
  Frontier solve(long cap) {
    leaves(root, cap);
    if (bound(root) >= INFINITE) {
      return new Frontier(1);
    }
    return frontier(root, (cap << Frontier.STEP_BITS) | ((1L << Frontier.STEP_BITS) - 1));
  }

  private void leaves(Group group, long cap) {
    if (group.leaf) {
      Frontier sum = null;
      for (Indicator indicator : group.indicators) {
        sum = sum == null ? indicator.frontier : Frontier.merge(sum, indicator.frontier, cap);
      }
      group.frontier = sum.mapped(GapModel::round10, group.minimum);
      group.least = group.frontier.size > 0 ? group.frontier.cost[0] : INFINITE;
      return;
    }
    for (Group child : group.children) {
      leaves(child, cap);
    }
  }

  private static long bound(Group group) {
    if (group.leaf) {
      return group.least;
    }
    long sum = 0;
    for (Group child : group.children) {
      sum = Math.min(INFINITE, sum + bound(child));
    }
    group.least = sum;
    return sum;
  }

  /** The frontier of {@code group}, full costs at most {@code fullCap}. */
  private Frontier frontier(Group group, long fullCap) {
    if (group.leaf) {
      return group.frontier.trimmed(fullCap);
    }
    long remaining = group.least;
    Frontier sum = null;
    for (Group child : group.children) {
      Frontier f = frontier(child, fullCap - (group.least - child.least));
      remaining -= child.least;
      long partialCap = fullCap - remaining;
      sum = sum == null ? f.trimmed(partialCap) : Frontier.merge(sum, f, partialCap, true);
    }
    return sum.mapped(p -> p, group.minimum);
  }

  /** The alternatives the entry {@code index} of {@code frontier} chose, into {@code chosen}. */
  static void choices(Frontier frontier, int index, Map<Indicator, int[]> chosen) {
    if (frontier.indicator != null) {
      chosen.put(frontier.indicator, frontier.combo[index]);
      return;
    }
    choices(frontier.left, frontier.leftIndex[index], chosen);
    if (frontier.right != null) {
      choices(frontier.right, frontier.rightIndex[index], chosen);
    }
  }

  // ------------------------------------------------------------------------------------------------
  // evaluation of fixed choices

  /** The points (10^-10) of every group for the given alternatives (absent: kept), into the groups. */
  static final int START = 0;
  static final int BEST = 1;
  static final int TRIAL = 2;

  long evaluate(Group group, Map<Indicator, int[]> chosen, int mode) {
    long p = 0;
    if (group.leaf) {
      long sum = 0;
      for (Indicator indicator : group.indicators) {
        sum += mode == BEST ? bestPoints(indicator)
            : indicator.pointsOf(alternatives(indicator, chosen));
      }
      p = round10(sum);
    } else {
      for (Group child : group.children) {
        p += evaluate(child, chosen, mode);
      }
    }
    if (mode == BEST) {
      group.best = p;
    } else if (mode == START) {
      group.start = p;
    }
    return p;
  }

  private static int[] alternatives(Indicator indicator, Map<Indicator, int[]> chosen) {
    int[] alt = chosen.get(indicator);
    return alt == null ? new int[indicator.elements.size()] : alt;
  }

  private static long bestPoints(Indicator indicator) {
    int[] alt = new int[indicator.elements.size()];
    for (int e = 0; e < alt.length; e++) {
      alt[e] = indicator.elements.get(e).answers.length - 1;
      // the last alternative is the highest value for options in order; take the best by value
      long bestValue = Long.MIN_VALUE;
      Element element = indicator.elements.get(e);
      for (int a = 0; a < element.values.length; a++) {
        if (element.values[a] > bestValue) {
          bestValue = element.values[a];
          alt[e] = a;
        }
      }
    }
    return indicator.pointsOf(alt);
  }
}
