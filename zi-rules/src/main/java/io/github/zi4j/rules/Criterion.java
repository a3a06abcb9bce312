package io.github.zi4j.rules;

/**
 * A score criterion of the LKE that has a minimum per predicate (<i>nilai minimal</i>); the minimums
 * live in {@link RegulationFigures}.
 *
 * @since 0.1
 */
public enum Criterion {
  /** The LKE total (max 100). */
  TOTAL(RuleId.LKE_TOTAL),
  /** The pengungkit (enabler) component (max 60). */
  PENGUNGKIT(RuleId.LKE_PENGUNGKIT),
  /** Each area's points as a share of its weight, a fraction such as 0.60. */
  AREA_SHARE(RuleId.LKE_AREA),
  /** Birokrasi bersih dan akuntabel: IPAK points plus capaian kinerja points (max 22.5). */
  BERSIH_AKUNTABEL(RuleId.LKE_BERSIH_AKUNTABEL),
  /** The points of the IPAK survey (max 17.5). */
  IPAK(RuleId.LKE_IPAK),
  /** The points of capaian kinerja (max 5). */
  CAPAIAN_KINERJA(RuleId.LKE_CAPAIAN_KINERJA),
  /** Pelayanan publik prima: the points of the IPKP survey (max 17.5). */
  IPKP(RuleId.LKE_IPKP);

  private final RuleId rule;

  Criterion(RuleId rule) {
    this.rule = rule;
  }

  /**
   * The rule that checks this criterion.
   *
   * @return the rule
   */
  public RuleId rule() {
    return rule;
  }
}
