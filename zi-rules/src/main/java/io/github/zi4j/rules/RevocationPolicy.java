package io.github.zi4j.rules;

/**
 * What a revocation of WBBM does to the WBK the unit earned before it (<i>akibat pencabutan WBBM</i>).
 * No source found says (unverified): by default the rules that depend on it answer UNKNOWN and name the
 * open question; a caller who knows chooses a policy, and the findings cite that choice.
 *
 * @since 0.1
 */
public enum RevocationPolicy {
  /** Not settled: the WBK prerequisite (for WBBM) and "not yet held" (for WBK) answer UNKNOWN. */
  UNSETTLED,
  /** The revocation removes every predicate: the unit holds no WBK and may seek it again. */
  REVOCATION_REMOVES_ALL,
  /** The revocation removes WBBM only: the unit keeps the WBK it held before. */
  REVOCATION_KEEPS_LOWER
}
