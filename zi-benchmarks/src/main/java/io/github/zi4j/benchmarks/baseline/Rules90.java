package io.github.zi4j.benchmarks.baseline;

import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The PermenPANRB 90/2021 rules zi4j applies to an area-level case, hand-written with {@link
 * BigDecimal}: one static method per rule, each giving zi4j's finding for it (rule code, status,
 * required, actual, shortfall). The BigDecimal baseline calls them in a straight line; the general rule
 * engines call them from their rules' actions.
 *
 * <p>Figures (the domain notes, §5, and zi4j's bundled figures): building period 1 year, WBK holding
 * period before WBBM 1 year, revocation cooling-off 2 years; WBK / WBBM minimums: total 75 / 85,
 * pengungkit 40 / 48, each area 60 % / 75 % of its weight (MP 8, TT 7, SDM 10, AK 10, PW 15, PP 10),
 * bersih dan akuntabel 18.25 / 19.50, IPAK 15.75 / 15.75, capaian kinerja 2.50 / 3.75, IPKP 14.00 /
 * 15.75. Every comparison is exact, unrounded.
 */
public final class Rules90 {

  /** The minimums of one predicate. */
  record Minimums(BigDecimal total, BigDecimal pengungkit, String shareTerm, BigDecimal[] area,
      BigDecimal bersih, BigDecimal ipak, BigDecimal capaian, BigDecimal ipkp) {}

  private static final BigDecimal[] AREA_WEIGHTS = {
    BigDecimal.valueOf(8), BigDecimal.valueOf(7), BigDecimal.valueOf(10), BigDecimal.valueOf(10),
    BigDecimal.valueOf(15), BigDecimal.valueOf(10)};

  private static final Minimums WBK = minimums("75", "40", "0.6", "18.25", "15.75", "2.50", "14");
  private static final Minimums WBBM = minimums("85", "48", "0.75", "19.50", "15.75", "3.75", "15.75");

  private Rules90() {}

  private static Minimums minimums(String total, String pengungkit, String share, String bersih,
      String ipak, String capaian, String ipkp) {
    BigDecimal fraction = new BigDecimal(share);
    BigDecimal[] area = new BigDecimal[AREA_WEIGHTS.length];
    for (int i = 0; i < area.length; i++) {
      area[i] = fraction.multiply(AREA_WEIGHTS[i]);
    }
    return new Minimums(new BigDecimal(total), new BigDecimal(pengungkit),
        fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%", area,
        new BigDecimal(bersih), new BigDecimal(ipak), new BigDecimal(capaian), new BigDecimal(ipkp));
  }

  static Minimums minimums(Predikat target) {
    return target == Predikat.WBK ? WBK : WBBM;
  }

  // ---- timing -------------------------------------------------------------------------------------

  /** Not before {@code earliest}: PASS on or after it, else FAIL with the days short. */
  private static Check notBefore(String rule, LocalDate asOf, LocalDate earliest, Object actual) {
    if (asOf.isBefore(earliest)) {
      return new Check(rule, CheckStatus.FAIL, earliest, actual,
          ChronoUnit.DAYS.between(asOf, earliest));
    }
    return new Check(rule, CheckStatus.PASS, earliest, actual, null);
  }

  /**
   * Pencanangan + 1 year on or before the date.
   *
   * @param f the facts
   * @return the finding
   */
  public static Check buildingPeriod(CaseFacts f) {
    return notBefore("building-period", f.asOf(), f.pencanangan().plusYears(1), f.asOf());
  }

  /**
   * WBK not for a unit holding WBK or WBBM; WBBM not for a unit holding WBBM.
   *
   * @param f the facts
   * @return the finding
   */
  public static Check notYetHeld(CaseFacts f) {
    Predikat held = f.highestHeld();
    if (held != null && held.compareTo(f.target()) >= 0) {
      return new Check("not-yet-held", CheckStatus.FAIL, null, held, null);
    }
    return Check.of("not-yet-held", CheckStatus.PASS);
  }

  /**
   * For WBBM: the unit holds WBK on the date.
   *
   * @param f the facts, of a WBBM proposal
   * @return the finding
   */
  public static Check wbkPrerequisite(CaseFacts f) {
    return f.wbkSince() != null
        ? new Check("wbk-prerequisite", CheckStatus.PASS, Predikat.WBK, Predikat.WBK, null)
        : new Check("wbk-prerequisite", CheckStatus.FAIL, Predikat.WBK, "none", null);
  }

  /**
   * For WBBM of a unit holding WBK: WBK held for 1 year.
   *
   * @param f the facts, of a WBBM proposal whose unit holds WBK
   * @return the finding
   */
  public static Check wbkHoldingPeriod(CaseFacts f) {
    return notBefore("wbk-holding-period", f.asOf(), f.wbkSince().plusYears(1), f.asOf());
  }

  /**
   * No proposal within 2 years of the latest revocation.
   *
   * @param f the facts
   * @return the finding
   */
  public static Check revocationCooldown(CaseFacts f) {
    if (f.lastRevocation() == null) {
      return Check.of("revocation-cooldown", CheckStatus.PASS);
    }
    return notBefore("revocation-cooldown", f.asOf(), f.lastRevocation().plusYears(2),
        f.lastRevoked());
  }

  // ---- the round's instansi criteria ------------------------------------------------------------

  private static Check grade(String rule, boolean criteria, Enum<?> minimum, Enum<?> actual) {
    if (!criteria) {
      return Check.of(rule, CheckStatus.UNKNOWN);
    }
    if (actual == null) {
      return new Check(rule, CheckStatus.UNKNOWN, minimum, null, null);
    }
    int gap = minimum.ordinal() - actual.ordinal();
    return gap > 0
        ? new Check(rule, CheckStatus.FAIL, minimum, actual, gap)
        : new Check(rule, CheckStatus.PASS, minimum, actual, null);
  }

  /**
   * The BPK opinion of the evidence year is at least the round's minimum.
   *
   * @param f the facts
   * @return the finding
   */
  public static Check bpkOpinion(CaseFacts f) {
    return grade("bpk-opinion", f.roundCriteria(), f.minBpk(), f.bpk());
  }

  /**
   * The AKIP grade of the evidence year is at least the round's minimum for the target.
   *
   * @param f the facts
   * @return the finding
   */
  public static Check akipGrade(CaseFacts f) {
    return grade("akip-grade", f.roundCriteria(), f.minAkip(), f.akip());
  }

  /**
   * The Indeks RB category of the evidence year is at least the round's minimum for the target and
   * the instansi's kind.
   *
   * @param f the facts
   * @return the finding
   */
  public static Check indeksRb(CaseFacts f) {
    return grade("indeks-rb", f.roundCriteria(), f.minIndeksRb(), f.indeksRb());
  }

  // ---- the LKE's scores ---------------------------------------------------------------------------

  private static Check points(String rule, BigDecimal actual, BigDecimal minimum) {
    return actual.compareTo(minimum) >= 0
        ? new Check(rule, CheckStatus.PASS, minimum, actual, null)
        : new Check(rule, CheckStatus.FAIL, minimum, actual, minimum.subtract(actual));
  }

  /**
   * Without an LKE: every score rule UNKNOWN, with its minimum.
   *
   * @param f the facts, without an LKE
   * @param out where the seven findings go
   */
  public static void lkeMissing(CaseFacts f, List<Check> out) {
    Minimums m = minimums(f.target());
    out.add(new Check("lke-total", CheckStatus.UNKNOWN, m.total(), null, null));
    out.add(new Check("lke-pengungkit", CheckStatus.UNKNOWN, m.pengungkit(), null, null));
    out.add(new Check("lke-area", CheckStatus.UNKNOWN, m.shareTerm(), null, null));
    out.add(new Check("lke-bersih-akuntabel", CheckStatus.UNKNOWN, m.bersih(), null, null));
    out.add(new Check("lke-ipak", CheckStatus.UNKNOWN, m.ipak(), null, null));
    out.add(new Check("lke-capaian-kinerja", CheckStatus.UNKNOWN, m.capaian(), null, null));
    out.add(new Check("lke-ipkp", CheckStatus.UNKNOWN, m.ipkp(), null, null));
  }

  /**
   * LKE total at least 75 (WBK) / 85 (WBBM).
   *
   * @param f the facts, with an LKE
   * @return the finding
   */
  public static Check total(CaseFacts f) {
    return points("lke-total", f.total(), minimums(f.target()).total());
  }

  /**
   * Pengungkit at least 40 / 48.
   *
   * @param f the facts, with an LKE
   * @return the finding
   */
  public static Check pengungkit(CaseFacts f) {
    return points("lke-pengungkit", f.pengungkit(), minimums(f.target()).pengungkit());
  }

  /**
   * Each whole area at least 60 % / 75 % of its weight: six findings.
   *
   * @param f the facts, with an LKE
   * @param out where the findings go
   */
  public static void areas(CaseFacts f, List<Check> out) {
    BigDecimal[] minimum = minimums(f.target()).area();
    BigDecimal[] actual = f.areaPoints();
    for (int i = 0; i < minimum.length; i++) {
      out.add(points("lke-area", actual[i], minimum[i]));
    }
  }

  /**
   * Bersih dan akuntabel at least 18.25 / 19.50.
   *
   * @param f the facts, with an LKE
   * @return the finding
   */
  public static Check bersihAkuntabel(CaseFacts f) {
    return points("lke-bersih-akuntabel", f.bersih(), minimums(f.target()).bersih());
  }

  /**
   * IPAK points at least 15.75.
   *
   * @param f the facts, with an LKE
   * @return the finding
   */
  public static Check ipak(CaseFacts f) {
    return points("lke-ipak", f.ipak(), minimums(f.target()).ipak());
  }

  /**
   * Capaian kinerja points at least 2.50 / 3.75.
   *
   * @param f the facts, with an LKE
   * @return the finding
   */
  public static Check capaianKinerja(CaseFacts f) {
    return points("lke-capaian-kinerja", f.capaian(), minimums(f.target()).capaian());
  }

  /**
   * IPKP points at least 14.00 / 15.75.
   *
   * @param f the facts, with an LKE
   * @return the finding
   */
  public static Check ipkp(CaseFacts f) {
    return points("lke-ipkp", f.ipkp(), minimums(f.target()).ipkp());
  }
}
