package io.github.zi4j.benchmarks.baseline;

/**
 * One finding of a hand-written decision: the rule (zi4j's rule code), its status, and what was
 * required, what was found and the shortfall, each {@code null} when the rule names none.
 *
 * <p>The values are typed, not rendered: {@link java.math.BigDecimal} points, {@link
 * java.time.LocalDate} dates, {@link Long} days, {@link Integer} steps on a grade scale, enum constants,
 * or a {@link String} term such as {@code "60%"} or {@code "none"}.
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
