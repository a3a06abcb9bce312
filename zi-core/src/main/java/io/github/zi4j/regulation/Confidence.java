package io.github.zi4j.regulation;

/**
 * How sure zi4j is of a figure or a rule (<i>tingkat keyakinan</i>), as the domain notes grade it.
 *
 * <p>Every figure and every rule carries one. An {@link #UNVERIFIED} figure is kept in data, says so in
 * the findings it produces, and can be overridden by the caller.
 *
 * @since 0.1
 */
public enum Confidence {
  /** Stated by the regulation, or by two independent sources. */
  SURE,
  /** One good source, or two that agree on a derived value. */
  LIKELY,
  /** Recalled, or the sources disagree: check it before relying on it. */
  UNVERIFIED;

  /**
   * The lower of this confidence and {@code other}: a finding is only as sure as the least sure figure
   * it rests on.
   *
   * @param other the other confidence
   * @return the lower of the two
   */
  public Confidence lowest(Confidence other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * The lower-case word used in texts, for example {@code "unverified"}.
   *
   * @return the word
   */
  public String word() {
    return word;
  }

  private final String word = name().toLowerCase(java.util.Locale.ROOT);
}
