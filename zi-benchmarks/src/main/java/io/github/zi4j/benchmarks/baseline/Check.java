package io.github.zi4j.benchmarks.baseline;

/**
 * One finding of a hand-written decision: the rule (zi4j's rule code), its status, and what was
 * required, what was found and the shortfall, each {@code null} when the rule names none.
 *
 * <p>The values are typed, not rendered: {@link java.math.BigDecimal} points at the places they are
 * shown with (2; a failing score and its minimum with up to 4 so that they never look equal, its
 * shortfall rounded up), {@link java.time.LocalDate} dates, {@link Long} days, {@link Integer} steps on
 * a grade scale when a shortfall and otherwise a number (a round year, an SPIP level), enum constants,
 * a {@link RoundWindow}, a {@link Scored} AKIP or Indeks RB score, or a {@link String} term such as
 * {@code "60%"} or {@code "none"}.
 *
 * @param rule the rule's code, for example {@code "lke-total"}
 * @param status the outcome
 * @param required what the rule requires, or null
 * @param actual what was found, or null
 * @param shortfall how far short, or null when met or not measurable
 */
public record Check(String rule, CheckStatus status, Object required, Object actual,
    Object shortfall) {

  /**
   * A check without values.
   *
   * @param rule the rule's code
   * @param status the outcome
   * @return the check
   */
  public static Check of(String rule, CheckStatus status) {
    return new Check(rule, status, null, null, null);
  }
}
