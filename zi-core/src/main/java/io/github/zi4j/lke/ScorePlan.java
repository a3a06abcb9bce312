package io.github.zi4j.lke;

import io.github.zi4j.ZiException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A template laid out flat for scoring (<i>templat LKE yang siap dinilai</i>): its nodes in pre-order,
 * each node's children, questions and computed items as positions in arrays, and the positions of the
 * nodes a decision reads (by id, by {@link NodeRole}). Made once per {@link LkeScorer}; a score
 * is then a few arrays of numbers ({@link Values}) and the tree of {@link ScoreNode}s is built only when
 * a caller asks for it ({@link LkeScore#root()}).
 *
 * <p>The arithmetic is the one {@link LkeScorer} documents: {@link BigDecimal} sums in template
 * order, a mean times a weight divided by {@link LkeArithmetic}, points rounded to {@link #SCALE}
 * places; numbers and scales are those a tree built node by node would hold.
 *
 * <p>Immutable and thread-safe. Its arrays are never written after construction, nor are a {@link
 * Values}' after the pass that fills them.
 */
final class ScorePlan {

  /** Decimal places of the points a node shows, and that minimums are compared with. */
  static final int SCALE = 10;

  final LkeTemplate template;
  /** The nodes in pre-order: a node's descendants follow it. */
  final TemplateNode[] nodes;
  /** Each node's children, as positions in {@link #nodes}. */
  final int[][] children;
  /** Each node's questions: positions {@code questionFrom[i]} (inclusive) to {@code questionTo[i]}. */
  final int[] questionFrom;
  final int[] questionTo;
  /** Every question of the template, indicator by indicator in pre-order. */
  final Question[] questions;
  /**
   * Each question's id, interned: answers read from JSON are keyed by field names, which Jackson
   * interns, so a lookup finds its key by identity before comparing characters.
   */
  final String[] questionIds;
  /** Whether each question is scored (not a count). */
  final boolean[] scored;
  /** Each question's value of each option ({@link AnswerType.Options#valueOfEachOption()}), or none. */
  final List<Map<String, BigDecimal>> optionValues;
  /** Each node's computed items: positions {@code computedFrom[i]} to {@code computedTo[i]}. */
  final int[] computedFrom;
  final int[] computedTo;
  /** Every computed item of the template, in the order of {@link #questions}. */
  final ComputedItem[] computed;
  /** The ids of the counts each computed item reads, made once. */
  final List<List<String>> computedCounts;
  /** Each indicator's number of scored items. */
  final int[] scoredItems;
  /** The position of each node id: the first in pre-order. */
  final Map<String, Integer> index;
  /** The position of the node of each {@link NodeRole}, by ordinal, or -1. */
  final int[] byRole;
  /**
   * Every child with an area of the PEMENUHAN and the REFORM node, in template order: where an
   * area-level result's points stand, and where a score's area points are read.
   */
  final List<AreaNode> areaNodes;

  /** A child of PEMENUHAN ({@code pemenuhan}) or REFORM with an area, at a position. */
  record AreaNode(int position, AreaPerubahan area, boolean pemenuhan) {}

  ScorePlan(LkeTemplate template) {
    this.template = template;
    List<TemplateNode> order = new ArrayList<>();
    preOrder(template.root(), order);
    int n = order.size();
    nodes = order.toArray(new TemplateNode[0]);
    Map<String, Integer> positions = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      positions.putIfAbsent(nodes[i].id(), i);
    }
    index = Map.copyOf(positions);
    children = new int[n][];
    questionFrom = new int[n];
    questionTo = new int[n];
    computedFrom = new int[n];
    computedTo = new int[n];
    scoredItems = new int[n];
    List<Question> allQuestions = new ArrayList<>();
    List<ComputedItem> allComputed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      TemplateNode node = nodes[i];
      questionFrom[i] = allQuestions.size();
      allQuestions.addAll(node.questions());
      questionTo[i] = allQuestions.size();
      computedFrom[i] = allComputed.size();
      allComputed.addAll(node.computed());
      computedTo[i] = allComputed.size();
      scoredItems[i] = node.scoredItems();
    }
    // the children of node i are the next nodes in pre-order, each followed by its subtree
    for (int i = 0; i < n; i++) {
      int[] kids = new int[nodes[i].children().size()];
      int at = i + 1;
      for (int k = 0; k < kids.length; k++) {
        kids[k] = at;
        at += subtreeSize(nodes[at]);
      }
      children[i] = kids;
    }
    questions = allQuestions.toArray(new Question[0]);
    scored = new boolean[questions.length];
    questionIds = new String[questions.length];
    List<Map<String, BigDecimal>> options = new ArrayList<>(questions.length);
    for (int q = 0; q < questions.length; q++) {
      AnswerType type = questions[q].answer();
      scored[q] = type.scored();
      questionIds[q] = questions[q].id().intern();
      options.add(type instanceof AnswerType.Options
          ? Map.copyOf(((AnswerType.Options) type).valueOfEachOption()) : Map.of());
    }
    optionValues = List.copyOf(options);
    computed = allComputed.toArray(new ComputedItem[0]);
    List<List<String>> counts = new ArrayList<>(computed.length);
    for (ComputedItem item : computed) {
      counts.add(List.copyOf(item.counts()));
    }
    computedCounts = List.copyOf(counts);
    byRole = new int[NodeRole.values().length];
    for (NodeRole role : NodeRole.values()) {
      byRole[role.ordinal()] = template.node(role).map(node -> index.get(node.id()))
          .orElse(-1);
    }
    List<AreaNode> areas = new ArrayList<>();
    for (NodeRole part : List.of(NodeRole.PEMENUHAN, NodeRole.REFORM)) {
      int parent = byRole[part.ordinal()];
      for (int child : parent < 0 ? new int[0] : children[parent]) {
        nodes[child].area().ifPresent(area ->
            areas.add(new AreaNode(child, area, part == NodeRole.PEMENUHAN)));
      }
    }
    areaNodes = List.copyOf(areas);
  }

  /**
   * The position of the first child with {@code area} of the PEMENUHAN node ({@code pemenuhan}) or the
   * REFORM node, or -1.
   */
  int areaNode(boolean pemenuhan, AreaPerubahan area) {
    for (AreaNode node : areaNodes) {
      if (node.pemenuhan() == pemenuhan && node.area() == area) {
        return node.position();
      }
    }
    return -1;
  }

  private static void preOrder(TemplateNode node, List<TemplateNode> into) {
    into.add(node);
    for (TemplateNode child : node.children()) {
      preOrder(child, into);
    }
  }

  private static int subtreeSize(TemplateNode node) {
    int size = 1;
    for (TemplateNode child : node.children()) {
      size += subtreeSize(child);
    }
    return size;
  }

  /**
   * One role's answers scored: every node's points before and after rounding, every question's answer
   * and value, every computed item's value. A node below one whose points were given is not
   * {@linkplain #visited visited}: it is not part of the score.
   */
  static final class Values {
    /** Each node's points before rounding, or null while incomplete or not visited. */
    final BigDecimal[] precise;
    /** Each node's points rounded to {@link #SCALE} places, or null. */
    final BigDecimal[] points;
    /** Whether each node's points were given (an area-level result). */
    final boolean[] given;
    /** Whether each node is part of the score. */
    final boolean[] visited;
    /** Each question's answer, or null. */
    final Answer[] answers;
    /** Each scored question's value before rounding, or null (always null for a count). */
    final BigDecimal[] values;
    /** Each computed item's value before rounding, or null. */
    final BigDecimal[] computedValues;
    /** How many of the answers scored answer a question of the template. */
    int answered;

    Values(ScorePlan plan) {
      int n = plan.nodes.length;
      precise = new BigDecimal[n];
      points = new BigDecimal[n];
      given = new boolean[n];
      visited = new boolean[n];
      answers = new Answer[plan.questions.length];
      values = new BigDecimal[plan.questions.length];
      computedValues = new BigDecimal[plan.computed.length];
    }
  }

  /**
   * Scores {@code answers} from the root down: each node whose position has points in {@code given}
   * stands for its subtree; an indicator earns the mean of its scored items times its weight; any other
   * node the sum of its children. Answers a question does not take, and counts a computed item cannot
   * use together, go into {@code problems}; unanswered questions into {@code unanswered}.
   *
   * @return the values, and how many of {@code answers} answer a question of the template
   */
  Values score(Map<String, Answer> answers, BigDecimal[] given, MissingAnswers missing,
      Map<String, String> problems, List<String> unanswered) {
    Pass pass = new Pass(answers, given, missing, problems, unanswered, new Values(this));
    pass.node(0);
    pass.out.answered = pass.answered;
    return pass.out;
  }

  /**
   * Whether every one of {@code answers} answers a question of the template with an answer it takes,
   * and the counts each computed item reads are possible together: a check without sums.
   */
  boolean takes(Map<String, Answer> answers) {
    Map<String, String> problems = new LinkedHashMap<>();
    Pass pass = new Pass(answers, null, MissingAnswers.REPORT, problems, new ArrayList<>(), null);
    for (int i = 0; i < nodes.length; i++) {
      pass.indicator(i);
    }
    return problems.isEmpty() && pass.answered == answers.size();
  }

  /** One walk over the plan with one role's answers; without {@link Values}, only a check. */
  private final class Pass {
    final Map<String, Answer> answers;
    final BigDecimal[] given;
    final MissingAnswers missing;
    final Map<String, String> problems;
    final List<String> unanswered;
    final Values out;
    /** How many questions had an answer. */
    int answered;

    Pass(Map<String, Answer> answers, BigDecimal[] given, MissingAnswers missing,
        Map<String, String> problems, List<String> unanswered, Values out) {
      this.answers = answers;
      this.given = given;
      this.missing = missing;
      this.problems = problems;
      this.unanswered = unanswered;
      this.out = out;
    }

    /** Scores node {@code i} and, unless its points are given, everything below it. */
    void node(int i) {
      out.visited[i] = true;
      BigDecimal givenPoints = given == null ? null : given[i];
      BigDecimal precise;
      if (givenPoints != null) {
        // an area's points given by an area-level result: the node stands for what is below it
        out.given[i] = true;
        precise = givenPoints;
      } else if (questionFrom[i] < questionTo[i] || computedFrom[i] < computedTo[i]) {
        precise = indicator(i);
      } else {
        BigDecimal sum = BigDecimal.ZERO;
        boolean complete = true;
        for (int child : children[i]) {
          node(child);
          BigDecimal points = out.precise[child];
          if (points == null) {
            complete = false;
          } else {
            sum = sum.add(points);
          }
        }
        precise = complete ? sum : null;
      }
      if (precise != null) {
        out.precise[i] = precise;
        out.points[i] = rounded(precise);
      }
    }

    /**
     * The points of indicator {@code i}, or null while an item has no value; without {@link Values},
     * only the answers' and computed items' checks, and null.
     */
    BigDecimal indicator(int i) {
      Map<String, BigDecimal> counts = null;
      BigDecimal sum = BigDecimal.ZERO;
      boolean complete = true;
      for (int q = questionFrom[i]; q < questionTo[i]; q++) {
        Question question = questions[q];
        Answer answer = answers.get(questionIds[q]);
        BigDecimal value = null;
        if (answer == null) {
          unanswered.add(question.id());
          if (missing == MissingAnswers.SCORE_AS_ZERO && scored[q]) {
            value = BigDecimal.ZERO;
          }
        } else {
          answered++;
          if (answer instanceof Answer.Option) {
            // an option's value looked up once made (the type's own value() when it is no option)
            value = optionValues.get(q).get(((Answer.Option) answer).letter());
          }
          if (value == null) {
            try {
              value = question.answer().value(answer);
            } catch (ZiException e) {
              problems.put(question.id(), e.getMessage());
            }
          }
        }
        if (scored[q]) {
          if (value == null) {
            complete = false;
          } else if (out != null) {
            sum = sum.add(value);
            out.values[q] = value;
          }
        } else if (value != null && computedFrom[i] < computedTo[i]) {
          // a count is read by the computed items below, and has no value of its own
          if (counts == null) {
            counts = new LinkedHashMap<>();
          }
          counts.put(question.id(), value);
        }
        if (out != null) {
          out.answers[q] = answer;
        }
      }
      for (int c = computedFrom[i]; c < computedTo[i]; c++) {
        BigDecimal value = computed(c, counts == null ? Map.of() : counts, missing, problems);
        if (value == null) {
          complete = false;
        } else if (out != null) {
          sum = sum.add(value);
          out.computedValues[c] = value;
        }
      }
      return complete && out != null ? points(sum, nodes[i].weight(), scoredItems[i]) : null;
    }
  }

  /**
   * The value of computed item {@code c} from the answered {@code counts}: none while a count it reads
   * is unanswered (0 when asked to score missing answers as 0), and none when the counts are impossible
   * together, which is put in {@code problems} under the first count of the item.
   */
  BigDecimal computed(int c, Map<String, BigDecimal> counts, MissingAnswers missing,
      Map<String, String> problems) {
    ComputedItem item = computed[c];
    if (!counts.keySet().containsAll(computedCounts.get(c))) {
      return missing == MissingAnswers.SCORE_AS_ZERO ? BigDecimal.ZERO : null;
    }
    try {
      return item.value(counts);
    } catch (ZiException e) {
      problems.putIfAbsent(computedCounts.get(c).get(0), e.getMessage());
      return null;
    }
  }

  /**
   * The tree of {@code values}: each visited node with its points rounded to {@link #SCALE} places,
   * its children, and, for an indicator, its questions and computed items with their answers and
   * rounded values. Each node built is also put in {@code byPosition}.
   */
  ScoreNode tree(Values values, ScoreNode[] byPosition) {
    return tree(0, values, byPosition);
  }

  private ScoreNode tree(int i, Values values, ScoreNode[] byPosition) {
    TemplateNode node = nodes[i];
    Optional<BigDecimal> points = Optional.ofNullable(values.points[i]);
    ScoreNode built;
    if (values.given[i]) {
      built = new ScoreNode(node.id(), node.name(), node.area(), node.weight(), points, List.of(),
          List.of(), List.of());
    } else if (questionFrom[i] < questionTo[i] || computedFrom[i] < computedTo[i]) {
      QuestionScore[] asked = new QuestionScore[questionTo[i] - questionFrom[i]];
      for (int q = questionFrom[i]; q < questionTo[i]; q++) {
        Question question = questions[q];
        asked[q - questionFrom[i]] = new QuestionScore(question.id(), question.text(),
            Optional.ofNullable(values.answers[q]), roundedOf(values.values[q]));
      }
      QuestionScore[] items = new QuestionScore[computedTo[i] - computedFrom[i]];
      for (int c = computedFrom[i]; c < computedTo[i]; c++) {
        ComputedItem item = computed[c];
        items[c - computedFrom[i]] = new QuestionScore(item.id(), item.text(), Optional.empty(),
            roundedOf(values.computedValues[c]));
      }
      built = new ScoreNode(node.id(), node.name(), node.area(), node.weight(), points, List.of(),
          List.of(asked), List.of(items));
    } else {
      ScoreNode[] kids = new ScoreNode[children[i].length];
      for (int k = 0; k < kids.length; k++) {
        kids[k] = tree(children[i][k], values, byPosition);
      }
      built = new ScoreNode(node.id(), node.name(), node.area(), node.weight(), points,
          List.of(kids), List.of(), List.of());
    }
    byPosition[i] = built;
    return built;
  }

  private static Optional<BigDecimal> roundedOf(BigDecimal value) {
    return value == null ? Optional.empty() : Optional.of(rounded(value));
  }

  /**
   * {@code value} to at most {@link #SCALE} decimal places, half-up; its trailing zeros are kept (they
   * are stripped only when written as JSON).
   */
  static BigDecimal rounded(BigDecimal value) {
    return value.scale() > SCALE ? value.setScale(SCALE, RoundingMode.HALF_UP) : value;
  }

  /**
   * {@code sum / count * weight}: exact where the division terminates within {@link
   * LkeArithmetic#SCALE} places, else rounded there.
   */
  static BigDecimal points(BigDecimal sum, BigDecimal weight, int count) {
    BigDecimal product = sum.multiply(weight);
    return count == 1 ? product : LkeArithmetic.divide(product, BigDecimal.valueOf(count));
  }
}
