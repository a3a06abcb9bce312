package io.github.zi4j.lke;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.zi4j.Language;
import io.github.zi4j.regulation.Edition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A scored worksheet (<i>hasil penilaian LKE</i>): the tree of every node's points of its weight, for
 * one role, with the questions left unanswered. It prints as an indented breakdown ({@link
 * #breakdown()}), writes as JSON, and for PermenPANRB 90/2021 gives the area-level {@link LkeResult}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@JsonPropertyOrder({"template", "edition", "role", "complete", "unanswered", "root"})
public final class LkeScore {

  private final ScorePlan plan;
  private final Optional<Role> role;
  private final ScorePlan.Values values;
  private final List<String> unanswered;
  /** The tree, built when first asked for: a decision reads only points, by position. */
  private volatile Tree tree;
  /**
   * Each node's points as an {@link Optional}, each area's total, each role's answer: made when first
   * asked for and kept, so that a decision reading them again allocates nothing (racy but safe: equal
   * immutable values, either may be kept).
   */
  private final Optional<BigDecimal>[] shownPoints;
  private final Optional<BigDecimal>[] shownAreaTotals;
  private final Optional<Answer>[] shownAnswers;

  /** The scored tree, and each of its nodes by position in the plan. */
  private record Tree(ScoreNode root, ScoreNode[] byPosition) {}

  LkeScore(ScorePlan plan, Optional<Role> role, ScorePlan.Values values, List<String> unanswered) {
    this.plan = plan;
    this.role = role;
    this.values = values;
    this.unanswered = List.copyOf(unanswered);
    this.shownPoints = optionals(plan.nodes.length);
    this.shownAreaTotals = optionals(AreaPerubahan.values().length);
    this.shownAnswers = optionals(NodeRole.values().length);
  }

  @SuppressWarnings("unchecked")
  private static <T> Optional<T>[] optionals(int length) {
    return (Optional<T>[]) new Optional<?>[length];
  }

  /** The points of the node at {@code at}, or empty when there is none there. */
  private Optional<BigDecimal> pointsAt(int at) {
    if (at < 0) {
      return Optional.empty();
    }
    Optional<BigDecimal> kept = shownPoints[at];
    if (kept == null) {
      kept = Optional.ofNullable(values.points[at]);
      shownPoints[at] = kept;
    }
    return kept;
  }

  private Tree tree() {
    Tree built = tree;
    if (built == null) {
      synchronized (this) { // built once: every caller gets the same nodes
        built = tree;
        if (built == null) {
          ScoreNode[] byPosition = new ScoreNode[plan.nodes.length];
          built = new Tree(plan.tree(values, byPosition), byPosition);
          tree = built;
        }
      }
    }
    return built;
  }

  /** The position of the node with {@code id} when it is part of this score, else -1. */
  private int position(String id) {
    Integer at = plan.index.get(id);
    return at == null || !values.visited[at] ? -1 : at;
  }

  /** The position of the node of {@code role} when it is part of this score, else -1. */
  private int position(NodeRole role) {
    int at = plan.byRole[role.ordinal()];
    return at < 0 || !values.visited[at] ? -1 : at;
  }

  /**
   * The id of the template scored with.
   *
   * @return the template's id
   */
  @JsonProperty("template")
  public String templateId() {
    return plan.template.id();
  }

  /**
   * The edition scored under.
   *
   * @return the edition
   */
  @JsonProperty
  public Edition edition() {
    return plan.template.edition();
  }

  /**
   * Whose answers were scored: the unit's ({@code SELF}) or the TPI's; none for an area-level
   * result ({@link LkeScorer#score(LkeResult)}), which gives points, not answers.
   *
   * @return the role, empty for an area-level result
   */
  @JsonProperty
  public Optional<Role> role() {
    return role;
  }

  /**
   * The scored tree, from the LKE total down to each question.
   *
   * @return the root
   */
  @JsonProperty
  public ScoreNode root() {
    return tree().root();
  }

  /**
   * The questions left unanswered, in template order.
   *
   * @return their ids
   */
  @JsonProperty
  public List<String> unanswered() {
    return unanswered;
  }

  /**
   * Whether every node has points: no question was left unanswered, or unanswered ones were scored as
   * 0.
   *
   * @return true when complete
   */
  @JsonProperty
  public boolean complete() {
    return values.points[0] != null;
  }

  /**
   * The LKE total.
   *
   * @return the points, when complete
   */
  public Optional<BigDecimal> total() {
    return pointsAt(0);
  }

  /**
   * The scored node with {@code id}.
   *
   * @param id a template node's id
   * @return the scored node, when the template has it
   */
  public Optional<ScoreNode> node(String id) {
    int at = position(id);
    return at < 0 ? Optional.empty() : Optional.of(tree().byPosition()[at]);
  }

  /**
   * The points of the node with {@code id}.
   *
   * @param id a template node's id
   * @return the points, when the node exists and is complete
   */
  public Optional<BigDecimal> points(String id) {
    return pointsAt(position(id));
  }

  /**
   * The scored node with {@code role}.
   *
   * @param role the role
   * @return the scored node, when the template names a node with that role
   */
  public Optional<ScoreNode> node(NodeRole role) {
    int at = position(role);
    return at < 0 ? Optional.empty() : Optional.of(tree().byPosition()[at]);
  }

  /**
   * The points of the node with {@code role}.
   *
   * @param role the role
   * @return the points, when the template has such a node and it is complete
   */
  public Optional<BigDecimal> points(NodeRole role) {
    return pointsAt(position(role));
  }

  /**
   * The area-level result of a complete worksheet of an edition with the area-level form ({@link
   * NodeRole}): each area's points under {@code PEMENUHAN} and {@code REFORM}, and the answers to the
   * IPAK, capaian kinerja and IPKP questions.
   *
   * <p>The area-level result takes a survey <i>index</i>, 1 to 4 ({@link Hasil}); PortalRB's worksheet
   * takes a survey <i>value</i> from 0 to 4. A worksheet whose IPAK or IPKP is below 1 scores as
   * usual, but has no area-level result: judge the worksheet itself, part by part (the rules do).
   *
   * @return the result
   * @throws IllegalStateException when the score is incomplete, a question of IPAK, capaian kinerja or
   *     IPKP was left unanswered (even when scored as 0), a survey value is below 1 (naming the
   *     question and the value), the edition has no area-level form, or the template lacks a node of
   *     that form
   * @see #hasLkeResult()
   */
  public LkeResult toLkeResult() {
    Optional<String> obstacle = obstacleToLkeResult();
    if (obstacle.isPresent()) {
      throw new IllegalStateException(obstacle.get());
    }
    LkeResult.Builder result = LkeResult.builder().edition(edition());
    for (AreaPerubahan area : AreaPerubahan.values()) {
      result.putPengungkit(area, AreaScore.of(
          areaPoints(NodeRole.PEMENUHAN, area).orElseThrow(),
          areaPoints(NodeRole.REFORM, area).orElseThrow()));
    }
    return result.hasil(Hasil.of(
            number(onlyAnswer(NodeRole.IPAK)),
            CapaianKinerja.valueOf(onlyAnswer(NodeRole.CAPAIAN_KINERJA).toString()),
            number(onlyAnswer(NodeRole.IPKP))))
        .build();
  }

  /**
   * Whether {@link #toLkeResult()} gives a result: the edition has the area-level form, the template
   * its nodes, the score is complete, IPAK, capaian kinerja and IPKP are answered, and both survey
   * values are at least 1.
   *
   * @return true when this score has an area-level result
   */
  public boolean hasLkeResult() {
    return obstacleToLkeResult().isEmpty();
  }

  /** Why this score has no area-level result, or empty when it has one. */
  private Optional<String> obstacleToLkeResult() {
    if (!LkeWeights.hasAreaLevelForm(edition())) {
      return Optional.of("only a " + LkeWeights.editionsWithAreaLevelForm().stream()
          .map(Edition::name).collect(Collectors.joining(" or "))
          + " score has an area-level result, but this is " + edition());
    }
    for (NodeRole role : List.of(NodeRole.PEMENUHAN, NodeRole.REFORM, NodeRole.IPAK,
        NodeRole.CAPAIAN_KINERJA, NodeRole.IPKP)) {
      if (node(role).isEmpty()) {
        return Optional.of("template " + plan.template.id() + " must have a node " + role
            + " for an area-level result");
      }
    }
    if (!LkeWeights.hasAreaLevelForm(plan.template)) {
      return Optional.of("template " + plan.template.id() + " must have the six areas under both "
          + "PEMENUHAN and REFORM for an area-level result");
    }
    if (!complete()) {
      return Optional.of("the score must be complete for an area-level result, but "
          + unanswered.size() + " question(s) are unanswered: " + unanswered);
    }
    for (NodeRole role : List.of(NodeRole.IPAK, NodeRole.CAPAIAN_KINERJA, NodeRole.IPKP)) {
      QuestionScore question = required(role).questions().get(0);
      if (question.answer().isEmpty()) {
        return Optional.of("question " + question.id() + " must be answered for an area-level "
            + "result, but was left unanswered (scored as 0)");
      }
      Answer answer = question.answer().get();
      if (role != NodeRole.CAPAIAN_KINERJA && answer instanceof Answer.Number
          && ((Answer.Number) answer).value().compareTo(BigDecimal.ONE) < 0) {
        return Optional.of("an area-level result takes a survey index from 1 to 4, but question "
            + question.id() + " (" + role + ") was answered " + answer
            + "; judge the worksheet itself, part by part");
      }
    }
    return Optional.empty();
  }

  private ScoreNode required(NodeRole role) {
    return node(role).orElseThrow(() -> new IllegalStateException(
        "template " + plan.template.id() + " must have a node " + role
            + " for an area-level result"));
  }

  /**
   * The points of {@code area} under the sub-component with role {@code part} ({@link
   * NodeRole#PEMENUHAN} or {@link NodeRole#REFORM}).
   *
   * @param part the role of the sub-component whose children are the areas
   * @param area the area
   * @return the points, when that area's questions are all answered
   * @throws IllegalStateException when the template has no such sub-component, or no such area in it
   */
  public Optional<BigDecimal> areaPoints(NodeRole part, AreaPerubahan area) {
    boolean areaPart = part == NodeRole.PEMENUHAN || part == NodeRole.REFORM;
    int child = !areaPart || position(part) < 0 ? -1
        : plan.areaNode(part == NodeRole.PEMENUHAN, area);
    if (child >= 0) {
      return pointsAt(child);
    }
    throw new IllegalStateException("template " + plan.template.id() + " must have an area " + area
        + " under " + required(part).id());
  }

  /**
   * The points of {@code area}: its pemenuhan plus its reform, added once.
   *
   * @param area the area
   * @return the points, when the template has both parts of the area and both have points
   */
  public Optional<BigDecimal> areaPoints(AreaPerubahan area) {
    Optional<BigDecimal> kept = shownAreaTotals[area.ordinal()];
    if (kept == null) {
      kept = areaTotal(area);
      shownAreaTotals[area.ordinal()] = kept;
    }
    return kept;
  }

  private Optional<BigDecimal> areaTotal(AreaPerubahan area) {
    int pemenuhan = position(NodeRole.PEMENUHAN);
    int reform = position(NodeRole.REFORM);
    if (pemenuhan < 0 || reform < 0) {
      return Optional.empty();
    }
    int first = plan.areaNode(true, area);
    int second = plan.areaNode(false, area);
    if (first < 0 || second < 0 || values.points[first] == null || values.points[second] == null) {
      return Optional.empty();
    }
    return Optional.of(values.points[first].add(values.points[second]));
  }

  /**
   * The answer of the first question of the indicator with {@code role}: the survey index or the
   * capaian kinerja grade.
   *
   * @param role the role of an indicator
   * @return the answer, when the template has such an indicator and it was answered
   */
  public Optional<Answer> answer(NodeRole role) {
    Optional<Answer> kept = shownAnswers[role.ordinal()];
    if (kept == null) {
      int at = position(role);
      kept = at < 0 || values.given[at] || plan.questionFrom[at] == plan.questionTo[at]
          ? Optional.empty() : Optional.ofNullable(values.answers[plan.questionFrom[at]]);
      shownAnswers[role.ordinal()] = kept;
    }
    return kept;
  }

  private Answer onlyAnswer(NodeRole role) {
    QuestionScore question = required(role).questions().get(0);
    return question.answer().orElseThrow(() -> new IllegalStateException("question "
        + question.id() + " must be answered for an area-level result, but was left unanswered"
        + " (scored as 0)"));
  }

  private static BigDecimal number(Answer answer) {
    if (!(answer instanceof Answer.Number)) {
      throw new IllegalStateException("a survey index must be a number, but was " + answer);
    }
    return ((Answer.Number) answer).value();
  }

  /**
   * The score as an indented breakdown in Bahasa Indonesia number format ({@code 93,84}), {@link
   * Language#DEFAULT}: one line per node with its points, weight and share, then one line per
   * question with its answer and value (a count with its answer, marked {@code (count)}), then one
   * line per computed item with its formula and value.
   *
   * @return the text, lines separated by {@code \n}
   */
  public String breakdown() {
    return breakdown(Language.DEFAULT.locale());
  }

  /**
   * The score as an indented breakdown, as {@link #breakdown()} writes it, numbers formatted in
   * {@code locale}'s language as {@link Language#of(Locale)} decides it: {@code 93,84} in Bahasa
   * Indonesia ({@code id}, or {@code in}), {@code 93.84} in English (any other locale).
   *
   * @param locale the reader's locale
   * @return the text, lines separated by {@code \n}
   */
  public String breakdown(Locale locale) {
    return breakdown(Language.of(locale));
  }

  private String breakdown(Language language) {
    Locale locale = language.locale();
    StringBuilder text = new StringBuilder();
    text.append(plan.template.name()).append(" \u2014 ")
        .append(role.map(Role::name).orElse("area-level")).append('\n');
    append(text, root(), 0, locale);
    if (!unanswered.isEmpty()) {
      text.append("unanswered: ").append(unanswered).append('\n');
    }
    return text.toString();
  }

  private void append(StringBuilder text, ScoreNode node, int depth, Locale locale) {
    String indent = "  ".repeat(depth);
    text.append(indent).append(node.id()).append(' ').append(node.name()).append(": ")
        .append(node.points().map(p -> format(p, locale)).orElse("?"))
        .append(" / ").append(format(node.weight(), locale))
        .append(node.share().map(s -> " (" + format(s.movePointRight(2), locale) + " %)").orElse(""))
        .append('\n');
    for (ScoreNode child : node.children()) {
      append(text, child, depth + 1, locale);
    }
    for (QuestionScore question : node.questions()) {
      boolean count = plan.template.question(question.id())
          .map(q -> !q.answer().scored()).orElse(false);
      text.append(indent).append("  - ").append(question.id()).append(' ')
          .append(question.answer().map(Object::toString).orElse("(unanswered)"));
      if (count) {
        text.append(question.answer().isPresent() ? " (count)" : "");
      } else {
        text.append(" = ").append(question.value().map(v -> format(v, locale)).orElse("?"));
      }
      text.append('\n');
    }
    for (QuestionScore item : node.computed()) {
      text.append(indent).append("  - ").append(item.id()).append(' ')
          .append(plan.template.computedItem(item.id()).map(ComputedItem::formula).orElse(""))
          .append(" = ").append(item.value().map(v -> format(v, locale)).orElse("?"))
          .append('\n');
    }
  }

  private static String format(BigDecimal value, Locale locale) {
    DecimalFormat format = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(locale));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof LkeScore)) {
      return false;
    }
    LkeScore that = (LkeScore) other;
    return plan.template.equals(that.plan.template) && role.equals(that.role)
        && root().equals(that.root())
        && unanswered.equals(that.unanswered);
  }

  @Override
  public int hashCode() {
    return Objects.hash(plan.template, role, root(), unanswered);
  }

  @Override
  public String toString() {
    return "LkeScore[" + plan.template.id() + ", " + role.map(Role::name).orElse("area-level")
        + ", total "
        + total().map(t -> t.stripTrailingZeros().toPlainString()).orElse("incomplete") + "]";
  }
}
