package io.github.zi4j.lke;

import java.util.Objects;

/**
 * One question of an LKE template (<i>pertanyaan</i>): its id, a short text, and the kind of answer it
 * takes. Questions hang under an indicator, which scores the mean of their values times its weight.
 *
 * @param id the id, unique in the template, for example {@code "MP.P.1.a"}
 * @param text a short text, in zi4j's own words for the bundled templates
 * @param answer the kind of answer
 */
public record Question(String id, String text, AnswerType answer) {

  /**
   * A question.
   *
   * @param id the id, unique in the template
   * @param text a short text
   * @param answer the kind of answer
   */
  public Question {
    Objects.requireNonNull(id, "id of a question is required");
    Objects.requireNonNull(text, "text of question " + id + " is required");
    Objects.requireNonNull(answer, "answer of question " + id + " is required");
  }
}
