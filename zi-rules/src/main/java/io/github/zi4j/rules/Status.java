package io.github.zi4j.rules;

/**
 * The outcome of one rule for one proposal (<i>status temuan</i>).
 *
 * @since 0.1
 */
public enum Status {
  /** The rule holds (<i>memenuhi</i>). */
  PASS,
  /** The rule does not hold (<i>tidak memenuhi</i>): the proposal is not eligible. */
  FAIL,
  /** Data the rule needs is missing (<i>belum dapat ditentukan</i>); the finding says which. */
  UNKNOWN
}
