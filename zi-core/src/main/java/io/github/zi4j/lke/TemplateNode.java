package io.github.zi4j.lke;

import io.github.zi4j.InvalidFieldException;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One node of an LKE template (<i>komponen, sub-komponen, area, indikator</i>): a weight that its
 * children's weights add up to, or, for an indicator, the items it scores the mean of: its graded
 * questions and its {@linkplain ComputedItem computed items} (its {@linkplain AnswerType.Count counts}
 * are asked, and read by the computed items, but not averaged themselves).
 *
 * <p>A node may name the area of change it belongs to (for the area-level result), its {@linkplain
 * NodeRole role} in the programme, the minimum points it needs per predicate and the criterion under
 * which the rules report that minimum, and a confidence of its weight when it differs from the
 * template's.
 *
 * @param id the id, unique in the template, for example {@code "MP.P"} or {@code "MP.P.1"}
 * @param name the node's name
 * @param weight its weight (<i>bobot</i>)
 * @param area the area of change it is, or belongs to, when it is one
 * @param role what it stands for, when it is one of the {@link NodeRole}s
 * @param criterion the name of the score criterion that reports its minimum (for example {@code
 *     "TOTAL"}), when a rule of its own does; a node with minimums and no criterion is checked by the
 *     generic per-node rule
 * @param minimum the least points per predicate, when known
 * @param confidence the confidence of its weight, when not the template's
 * @param children the nodes below it; empty for an indicator
 * @param questions the questions of an indicator; empty for any other node
 * @param computed the items of an indicator computed from its counts; empty when it has none
 *
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TemplateNode(
    String id,
    String name,
    BigDecimal weight,
    Optional<AreaPerubahan> area,
    Optional<NodeRole> role,
    Optional<String> criterion,
    Map<Predikat, Minimum> minimum,
    Optional<Confidence> confidence,
    List<TemplateNode> children,
    List<Question> questions,
    List<ComputedItem> computed) {

  /**
   * A node; absent collections are empty.
   *
   * @param id the id
   * @param name the name
   * @param weight the weight
   * @param area the area, or empty
   * @param role the role, or empty
   * @param criterion the criterion reporting its minimum, or empty
   * @param minimum the minimums, or empty
   * @param confidence the confidence of the weight, or empty
   * @param children the children, or empty
   * @param questions the questions, or empty
   * @param computed the computed items, or empty
   */
  public TemplateNode {
    Objects.requireNonNull(id, "id of a template node is required");
    Objects.requireNonNull(name, "name of template node " + id + " is required");
    Objects.requireNonNull(weight, "weight of template node " + id + " is required");
    io.github.zi4j.internal.Limits.points(weight).ifPresent(problem -> {
      throw new InvalidFieldException("weight", "weight of template node " + id + " " + problem);
    });
    area = area == null ? Optional.empty() : area;
    role = role == null ? Optional.empty() : role;
    criterion = criterion == null ? Optional.empty() : criterion;
    confidence = confidence == null ? Optional.empty() : confidence;
    if (minimum != null) {
      for (Map.Entry<Predikat, Minimum> entry : minimum.entrySet()) {
        Objects.requireNonNull(entry.getKey(), "minimum of template node " + id
            + " names no predikat");
        Objects.requireNonNull(entry.getValue(), "minimum." + entry.getKey() + " of template node "
            + id + " is required, but was null");
      }
    }
    minimum = minimum == null || minimum.isEmpty()
        ? Map.of()
        : java.util.Collections.unmodifiableMap(new EnumMap<>(minimum));
    children = children == null ? List.of() : List.copyOf(children);
    questions = questions == null ? List.of() : List.copyOf(questions);
    computed = computed == null ? List.of() : List.copyOf(computed);
  }

  /**
   * A node without computed items.
   *
   * @param id the id
   * @param name the name
   * @param weight the weight
   * @param area the area, or empty
   * @param role the role, or empty
   * @param criterion the criterion reporting its minimum, or empty
   * @param minimum the minimums, or empty
   * @param confidence the confidence of the weight, or empty
   * @param children the children, or empty
   * @param questions the questions, or empty
   */
  public TemplateNode(String id, String name, BigDecimal weight, Optional<AreaPerubahan> area,
      Optional<NodeRole> role, Optional<String> criterion, Map<Predikat, Minimum> minimum,
      Optional<Confidence> confidence, List<TemplateNode> children, List<Question> questions) {
    this(id, name, weight, area, role, criterion, minimum, confidence, children, questions,
        List.of());
  }

  /**
   * A node without a role or a criterion of its own.
   *
   * @param id the id
   * @param name the name
   * @param weight the weight
   * @param area the area, or empty
   * @param minimum the minimums, or empty
   * @param confidence the confidence of the weight, or empty
   * @param children the children, or empty
   * @param questions the questions, or empty
   */
  public TemplateNode(String id, String name, BigDecimal weight, Optional<AreaPerubahan> area,
      Map<Predikat, Minimum> minimum, Optional<Confidence> confidence, List<TemplateNode> children,
      List<Question> questions) {
    this(id, name, weight, area, Optional.empty(), Optional.empty(), minimum, confidence, children,
        questions, List.of());
  }

  /**
   * Whether this node is an indicator: it has questions or computed items.
   *
   * @return true for an indicator
   */
  @JsonIgnore
  public boolean isIndicator() {
    return !questions.isEmpty() || !computed.isEmpty();
  }

  /**
   * How many items this indicator averages: its scored questions and its computed items.
   *
   * @return the number of scored items; 0 for a node that is not an indicator
   */
  @JsonIgnore
  public int scoredItems() {
    int scored = computed.size();
    for (Question question : questions) {
      if (question.answer().scored()) {
        scored++;
      }
    }
    return scored;
  }

  /**
   * The minimum for {@code predikat}.
   *
   * @param predikat the predicate
   * @return the minimum, when known
   */
  @JsonIgnore
  public Optional<Minimum> minimumFor(Predikat predikat) {
    return Optional.ofNullable(minimum.get(predikat));
  }
}
