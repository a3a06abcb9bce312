package io.github.zi4j.lke;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * One node of a scored worksheet (<i>simpul nilai</i>): the points it earned of its weight, and how: its
 * children, or for an indicator its questions and its computed items.
 *
 * @param id the template node's id
 * @param name its name
 * @param area the area of change it is, or belongs to, when it is one
 * @param weight its weight
 * @param points the points earned, exact (see {@link LkeScorer}); empty when a question below it is
 *     unanswered
 * @param children the scored children
 * @param questions the scored questions of an indicator, counts included (a count has an answer but
 *     no value of its own)
 * @param computed the indicator's {@linkplain ComputedItem computed items}, each with no answer and
 *     its value, or none while a count it reads is unanswered
 *
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ScoreNode(
    String id,
    String name,
    Optional<AreaPerubahan> area,
    BigDecimal weight,
    @JsonSerialize(contentUsing = StrippedDecimal.class) Optional<BigDecimal> points,
    List<ScoreNode> children,
    List<QuestionScore> questions,
    List<QuestionScore> computed) {

  /**
   * A scored node.
   *
   * @param id the id
   * @param name the name
   * @param area the area, or empty
   * @param weight the weight
   * @param points the points, or empty
   * @param children the children
   * @param questions the questions
   * @param computed the computed items
   */
  public ScoreNode {
    children = List.copyOf(children);
    questions = List.copyOf(questions);
    computed = List.copyOf(computed);
  }

  /**
   * The points as a share of the weight, rounded half-up to 4 decimals, for display.
   *
   * @return the share in [0, 1], when the points are known
   */
  @JsonProperty("share")
  public Optional<BigDecimal> share() {
    return points.map(p -> p.divide(weight, 4, RoundingMode.HALF_UP));
  }
}
