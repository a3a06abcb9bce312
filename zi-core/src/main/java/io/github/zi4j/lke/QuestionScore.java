package io.github.zi4j.lke;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * How one question scored (<i>nilai pertanyaan</i>): its answer and the answer's value in [0, 1].
 *
 * @param id the question's id
 * @param text the question's text
 * @param answer the answer, when given
 * @param value the answer's value in [0, 1]; empty when unanswered and not scored as 0
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record QuestionScore(String id, String text, Optional<Answer> answer,
    @JsonSerialize(contentUsing = StrippedDecimal.class) Optional<BigDecimal> value) {}
