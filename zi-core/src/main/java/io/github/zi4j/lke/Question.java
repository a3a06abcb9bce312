package io.github.zi4j.lke;

import io.github.zi4j.InvalidFieldException;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One question of an LKE template (<i>pertanyaan</i>, PortalRB's <i>soal</i>): its id, a short text,
 * the kind of answer it takes, and, where the template follows PortalRB's numbering, PortalRB's {@code
 * soal_id}. Questions hang under an indicator, which scores the mean of its scored items times its
 * weight; a {@linkplain AnswerType.Count count} is asked but scored only through the {@linkplain
 * ComputedItem computed items} that read it.
 *
 * @param id the id, unique in the template, for example {@code "S12"}
 * @param text a short text, in zi4j's own words for the bundled templates
 * @param answer the kind of answer
 * @param soalId PortalRB's {@code soal_id}, unique in the template; empty for a template without
 *     PortalRB's numbering
 *
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Question(String id, String text, AnswerType answer, OptionalInt soalId) {

  /**
   * A question.
   *
   * @param id the id, unique in the template
   * @param text a short text
   * @param answer the kind of answer
   * @param soalId PortalRB's {@code soal_id}, positive; empty (or null in JSON) when not numbered so
   */
  public Question {
    Objects.requireNonNull(id, "id of a question is required");
    Objects.requireNonNull(text, "text of question " + id + " is required");
    Objects.requireNonNull(answer, "answer of question " + id + " is required");
    soalId = soalId == null ? OptionalInt.empty() : soalId;
    if (soalId.isPresent() && soalId.getAsInt() <= 0) {
      throw new InvalidFieldException("soalId", "soalId of question " + id
          + " must be positive, but was " + soalId.getAsInt());
    }
  }

  /**
   * A question without a PortalRB {@code soal_id}.
   *
   * @param id the id, unique in the template
   * @param text a short text
   * @param answer the kind of answer
   */
  public Question(String id, String text, AnswerType answer) {
    this(id, text, answer, OptionalInt.empty());
  }
}
