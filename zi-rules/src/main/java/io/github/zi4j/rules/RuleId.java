package io.github.zi4j.rules;

import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.internal.Limits;

/**
 * The identity of each rule zi4j decides with (<i>kode aturan</i>); {@link #code()} is the stable name
 * used in JSON, for example {@code "building-period"}.
 *
 * @since 0.1
 */
public enum RuleId {
  /** At least one year of building since pencanangan. */
  BUILDING_PERIOD,
  /** The unit does not already hold the target predicate (or, for WBK, WBBM). */
  NOT_YET_HELD,
  /** WBBM only for a unit that holds WBK, not revoked, on the date. */
  WBK_PREREQUISITE,
  /** WBBM only after WBK has been held for the holding period (likely: 2 years, in round years). */
  WBK_HOLDING_PERIOD,
  /** No proposal within 2 years of a revocation. */
  REVOCATION_COOLDOWN,
  /**
   * One proposal a round: a unit whose proposal for the target ended without it in the round may be
   * proposed again from the next round (judged only when the unit's proposal stages are recorded).
   */
  PROPOSAL_ROUND,
  /** The proposal's date lies in its round's window, when the window is known. */
  ROUND_WINDOW,
  /** The instansi's BPK opinion meets the round's minimum. */
  BPK_OPINION,
  /** The instansi's AKIP grade meets the round's minimum for the target. */
  AKIP_GRADE,
  /** The instansi's Indeks RB category meets the round's minimum for its kind and the target. */
  INDEKS_RB,
  /** The instansi's SPIP maturity level meets the round's minimum, when the round asks for one. */
  SPIP_LEVEL,
  /** An afirmasi unit is proposed for WBK only. */
  AFIRMASI,
  /** The LKE total meets the target's minimum. */
  LKE_TOTAL,
  /** The pengungkit (enabler) component meets the target's minimum. */
  LKE_PENGUNGKIT,
  /** Each area of change meets the target's minimum share of its weight. */
  LKE_AREA,
  /** Birokrasi bersih dan akuntabel (IPAK plus capaian kinerja) meets the target's minimum. */
  LKE_BERSIH_AKUNTABEL,
  /** The IPAK survey's points meet the target's minimum. */
  LKE_IPAK,
  /** Capaian kinerja's points meet the target's minimum. */
  LKE_CAPAIAN_KINERJA,
  /** Pelayanan publik prima (the IPKP survey's points) meets the target's minimum. */
  LKE_IPKP,
  /**
   * Under 52/2014 or 10/2019: a complete worksheet of that edition is given, so that its template's
   * minimums can be checked.
   */
  LKE_EDITION,
  /** Under 52/2014 or 10/2019: each node of the edition's LKE template with a minimum meets it. */
  LKE_MINIMUM;

  private final String code = name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');

  /**
   * The bundle key of what this rule's figure means, for a finding's legal basis ({@code basis.KEY}):
   * the same for every score minimum; none for a rule whose citation says it all.
   *
   * @return the key, or null
   */
  String explanation() {
    return explanation;
  }

  private final String explanation = explanationOf(this);

  /** By name: the constants are still being made when this runs, so no switch over them. */
  private static String explanationOf(RuleId rule) {
    String code = rule.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    if (java.util.Set.of("BUILDING_PERIOD", "NOT_YET_HELD", "WBK_PREREQUISITE",
        "WBK_HOLDING_PERIOD", "REVOCATION_COOLDOWN", "PROPOSAL_ROUND").contains(rule.name())) {
      return "basis." + code;
    }
    return code.startsWith("lke-") && !"LKE_EDITION".equals(rule.name()) ? "basis.lke" : null;
  }

  /**
   * The rule whose {@link #code()} is {@code code}.
   *
   * @param code a code, for example {@code "lke-total"}
   * @return the rule
   * @throws InvalidFieldException when no rule has that code, naming it and the codes there are
   */
  public static RuleId ofCode(String code) {
    for (RuleId rule : values()) {
      if (rule.code.equals(code)) {
        return rule;
      }
    }
    throw new InvalidFieldException("", "rule must be one of " + java.util.Arrays.stream(values())
        .map(RuleId::code).collect(java.util.stream.Collectors.toList()) + ", but was \"" + Limits.quote(code)
        + "\"");
  }

  /**
   * The stable name used in JSON and in the message bundles, for example {@code "lke-total"}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }
}
