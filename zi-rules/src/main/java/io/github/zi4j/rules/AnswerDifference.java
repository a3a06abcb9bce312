package io.github.zi4j.rules;

import io.github.zi4j.lke.Answer;
import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One question the unit and the TPI answered differently (<i>perbedaan jawaban</i>), and what the TPI's
 * answer alone would do to the predicate the unit's own LKE meets.
 *
 * @param questionId the question's id
 * @param text the question's text
 * @param self the unit's own answer, when given
 * @param tpi the TPI's answer, when given
 * @param selfValue the value of the unit's answer in [0, 1], when given
 * @param tpiValue the value of the TPI's answer in [0, 1], when given
 * @param meetsWithTpiAnswer the predicate the unit's own answers meet with this one answer replaced by
 *     the TPI's
 * @param changesPredikat whether that differs from what the unit's own answers meet
 *
 * @since 0.1
 */
public record AnswerDifference(
    String questionId,
    String text,
    Optional<Answer> self,
    Optional<Answer> tpi,
    Optional<BigDecimal> selfValue,
    Optional<BigDecimal> tpiValue,
    Optional<Predikat> meetsWithTpiAnswer,
    boolean changesPredikat) {

  /**
   * A difference.
   *
   * @param questionId the question's id
   * @param text the question's text
   * @param self the unit's own answer, or empty
   * @param tpi the TPI's answer, or empty
   * @param selfValue the value of the unit's answer, or empty
   * @param tpiValue the value of the TPI's answer, or empty
   * @param meetsWithTpiAnswer the predicate met with the TPI's answer alone, or empty
   * @param changesPredikat whether that changes the predicate met
   */
  public AnswerDifference {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(text, "text");
  }
}
