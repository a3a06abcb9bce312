package io.github.zi4j.planning;

import io.github.zi4j.lke.Answer;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.explain.Messages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * One answer change of a plan (<i>langkah</i>): which soal, from what to what, how many option steps
 * (or how many more or fewer in a count, or hundredths of a survey index), the points it gains, and
 * the thresholds it serves.
 *
 * @param questionId the question's id in the template, for example {@code "S116"}
 * @param soalId PortalRB's soal_id, when the template numbers it so
 * @param text the question's text
 * @param kind what the step changes
 * @param from the answer now
 * @param to the answer the plan needs
 * @param steps option steps (C to A is 2), or how many more or fewer in a count, or hundredths of
 *     a survey index
 * @param points the points the LKE total gains by this change alone, exact
 * @param serves the thresholds, unmet now, whose part of the LKE this soal is in
 *
 * @since 0.1
 */
public record Step(String questionId, OptionalInt soalId, String text, StepKind kind, Answer from,
    Answer to, long steps, BigDecimal points, List<Threshold> serves) {

  /**
   * A step.
   *
   * @param questionId the question's id
   * @param soalId PortalRB's soal_id, or empty
   * @param text the question's text
   * @param kind what it changes
   * @param from the answer now
   * @param to the answer needed
   * @param steps how many steps
   * @param points the points gained alone
   * @param serves the thresholds served
   */
  public Step {
    Objects.requireNonNull(questionId, "questionId");
    soalId = soalId == null ? OptionalInt.empty() : soalId;
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(points, "points");
    serves = List.copyOf(serves);
  }

  /**
   * The step as a sentence: {@code "Soal 116 (Jumlah wajib lapor ...): 2 more (8 → 10), +0,50
   * points; serves: ..."}.
   *
   * @param locale the reader's locale: Bahasa Indonesia for {@code id} (or {@code in}), English for
   *     any other, as {@link io.github.zi4j.Language#of(Locale)} says
   * @return the sentence
   */
  public String explain(Locale locale) {
    return describe(locale, "plan.step", soalId, questionId, text, kind, from, to, steps, points,
        serves);
  }

  /**
   * A change of one answer as a sentence, as a step and a lever both write it: the soal, the
   * change, the points and the thresholds it serves, under the sentence {@code key}.
   */
  static String describe(Locale locale, String key, OptionalInt soalId, String questionId,
      String text, StepKind kind, Answer from, Answer to, long steps, BigDecimal points,
      List<Threshold> serves) {
    String soal = soalId.isPresent() ? Messages.text(locale, "plan.step.soal", soalId.getAsInt())
        : questionId;
    Object count = kind == StepKind.OPTION ? counted(locale, "plan.count.steps", steps) : steps;
    String change = Messages.text(locale, "plan.step." + kind, from, to, count);
    String sentence = Messages.text(locale, key, soal, text, change,
        new Measure.Points(points).format(locale));
    if (!serves.isEmpty()) {
      sentence = sentence + "; " + Messages.text(locale, "plan.step.serves",
          serves.stream().map(t -> t.name(locale)).collect(Collectors.joining(", ")));
    }
    return sentence;
  }

  /** {@code n} with its noun, one or many: "1 step", "2 steps" ({@code key.one}, {@code key.other}). */
  static String counted(Locale locale, String key, long n) {
    return Messages.text(locale, key + (n == 1 ? ".one" : ".other"), n);
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
