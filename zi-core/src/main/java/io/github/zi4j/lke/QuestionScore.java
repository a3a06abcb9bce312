package io.github.zi4j.lke;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * How one question or computed item scored (<i>nilai pertanyaan</i>): its answer and the answer's value
 * in [0, 1].
 *
 * @param id the question's or computed item's id
 * @param text its text
 * @param answer the answer, when given; always empty for a computed item, which nobody answers
 * @param value the value in [0, 1]; empty when unanswered (for a computed item: while a count it reads
 *     is unanswered) and not scored as 0, and always empty for a count, which has no value of its own
 *
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record QuestionScore(String id, String text, Optional<Answer> answer,
    @JsonSerialize(contentUsing = StrippedDecimal.class) Optional<BigDecimal> value) {}
