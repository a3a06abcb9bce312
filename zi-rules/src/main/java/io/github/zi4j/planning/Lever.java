package io.github.zi4j.planning;

import io.github.zi4j.lke.Answer;
import io.github.zi4j.rules.explain.Messages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One single answer change and what it weighs (<i>daya ungkit</i>): the points it adds to the LKE
 * total alone, and the unmet thresholds it helps.
 *
 * @param questionId the question's id
 * @param soalId PortalRB's soal_id, when numbered so
 * @param text the question's text
 * @param kind what it changes
 * @param from the answer now
 * @param to the answer after the change
 * @param steps option steps, or how many more or fewer, or hundredths of an index
 * @param points the points the LKE total gains
 * @param helps the unmet thresholds whose part of the LKE this soal is in
 *
 * @since 0.1
 */
public record Lever(String questionId, OptionalInt soalId, String text, StepKind kind, Answer from,
    Answer to, long steps, BigDecimal points, List<Threshold> helps) {

  /**
   * A lever.
   *
   * @param questionId the question's id
   * @param soalId PortalRB's soal_id, or empty
   * @param text the text
   * @param kind what it changes
   * @param from the answer now
   * @param to the answer after
   * @param steps how many steps
   * @param points the points gained
   * @param helps the thresholds helped
   */
  public Lever {
    Objects.requireNonNull(questionId, "questionId");
    soalId = soalId == null ? OptionalInt.empty() : soalId;
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(points, "points");
    helps = List.copyOf(helps);
  }

  /**
   * The lever as a sentence.
   *
   * @param locale the reader's locale: Bahasa Indonesia for {@code id} (or {@code in}), English for
   *     any other, as {@link io.github.zi4j.Language#of(Locale)} says
   * @return the sentence
   */
  public String explain(Locale locale) {
    return Step.describe(locale, "plan.lever", soalId, questionId, text, kind, from, to, steps,
        points, helps);
  }

  /**
   * The same text in Bahasa Indonesia, {@link io.github.zi4j.Language#DEFAULT}, as {@link
   * #explain(Locale)} writes it.
   *
   * @return the text
   */
  public String explain() {
    return explain(Messages.DEFAULT);
  }
}
