package io.github.zi4j.lke;

/**
 * What scoring does with a question left unanswered (<i>pertanyaan tanpa jawaban</i>).
 *
 * @since 0.1
 */
public enum MissingAnswers {
  /**
   * Report it, and leave its indicator and every node above it without points (the default): an
   * unanswered question is never silently worth 0.
   */
  REPORT,
  /**
   * Score it as 0, as a caller may explicitly choose; it is still listed as unanswered. An unanswered
   * count is not a 0 count: each computed item that reads it is worth 0.
   */
  SCORE_AS_ZERO
}
