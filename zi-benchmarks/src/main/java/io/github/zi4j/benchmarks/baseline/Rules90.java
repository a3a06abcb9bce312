package io.github.zi4j.benchmarks.baseline;

import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The PermenPANRB 90/2021 rules zi4j applies to an area-level case, hand-written with {@link
 * BigDecimal}: one static method per rule, each giving zi4j's finding for it (rule code, status,
 * required, actual, shortfall). The BigDecimal baseline calls them in a straight line; the general rule
 * engines call them from their rules' actions.
 *
 * <p>Figures (the domain notes, §2, §5, §7, and zi4j's bundled figures and rounds): the round's window
 * when known; building period 1 year; WBK held 2 years before WBBM, counted in round years (WBK awarded
 * in year Y allows WBBM from the round of year Y + 2); revocation cooling-off 2 years; what a revocation
 * of WBBM does to the WBK before it is not settled (UNKNOWN); an afirmasi unit only for WBK, and the
 * instansi criteria do not apply to it; WBK / WBBM minimums: total 75 / 85, pengungkit 40 / 48, each
 * area 60 % / 75 % of its weight (MP 8, TT 7, SDM 10, AK 10, PW 15, PP 10), bersih dan akuntabel 18.25
 * / 19.50, IPAK 15.75 / 15.75, capaian kinerja 2.50 / 3.75, IPKP 14.00 / 15.75. Every comparison is
 * exact, unrounded; points are shown with 2 places, a failing score and its minimum with as many places
 * (up to 4) as it takes to show them apart, its shortfall rounded up.
 */
public final class Rules90 {

  /** The minimums of one predicate, at 2 places as shown. */
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
      area[i] = shown(fraction.multiply(AREA_WEIGHTS[i]));
    }
    return new Minimums(shown(new BigDecimal(total)), shown(new BigDecimal(pengungkit)),
        fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%", area,
        shown(new BigDecimal(bersih)), shown(new BigDecimal(ipak)), shown(new BigDecimal(capaian)),
        shown(new BigDecimal(ipkp)));
  }

  static Minimums minimums(Predikat target) {
    return target == Predikat.WBK ? WBK : WBBM;
  }

  // ---- timing -------------------------------------------------------------------------------------

  /**
   * The date lies in the round's window (both days inside): FAIL before it, with the days until it
   * opens, and after it. Of a round known only to have closed by a day, FAIL on or after that day and
   * PASS (not checked) before it; of a round of which nothing is known, PASS (not checked).
   *
   * @param f the facts
   * @return the finding
   */
  public static Check roundWindow(CaseFacts f) {
    RoundWindow window = f.window();
    if (window == null) {
      LocalDate closedBy = f.closedBy();
      return new Check("round-window", closedBy != null && !f.asOf().isBefore(closedBy)
          ? CheckStatus.FAIL : CheckStatus.PASS, closedBy, f.asOf(), null);
    }
    if (f.asOf().isBefore(window.opens())) {
      return new Check("round-window", CheckStatus.FAIL, window, f.asOf(),
          ChronoUnit.DAYS.between(f.asOf(), window.opens()));
    }
    return new Check("round-window",
        f.asOf().isAfter(window.closes()) ? CheckStatus.FAIL : CheckStatus.PASS, window, f.asOf(),
        null);
  }

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
   * WBK not for a unit holding WBK or WBBM; WBBM not for a unit holding WBBM. A unit holding WBK whose
   * WBBM was revoked since: UNKNOWN, whether its WBK stands is not settled.
   *
   * @param f the facts
   * @return the finding
   */
  public static Check notYetHeld(CaseFacts f) {
    Predikat held = f.highestHeld();
    if (held != null && held.compareTo(f.target()) >= 0) {
      if (held == Predikat.WBK && f.higherRevoked() != null) {
        return new Check("not-yet-held", CheckStatus.UNKNOWN, null, Predikat.WBK, null);
      }
      return new Check("not-yet-held", CheckStatus.FAIL, null, held, null);
    }
    return Check.of("not-yet-held", CheckStatus.PASS);
  }

  /**
   * For WBBM: the unit holds WBK on the date; UNKNOWN when its WBBM was revoked since.
   *
   * @param f the facts, of a WBBM proposal
   * @return the finding
   */
  public static Check wbkPrerequisite(CaseFacts f) {
    if (f.higherRevoked() != null) {
      return new Check("wbk-prerequisite", CheckStatus.UNKNOWN, Predikat.WBK, null, null);
    }
    return f.wbkSince() != null
        ? new Check("wbk-prerequisite", CheckStatus.PASS, Predikat.WBK, Predikat.WBK, null)
        : new Check("wbk-prerequisite", CheckStatus.FAIL, Predikat.WBK, "none", null);
  }

  /**
   * For WBBM of a unit holding WBK: WBK awarded in year Y allows WBBM from the round of Y + 2, that is
   * from 1 January of that year; required and actual are round years, the shortfall is in days.
   *
   * @param f the facts, of a WBBM proposal whose unit holds WBK
   * @return the finding
   */
  public static Check wbkHoldingPeriod(CaseFacts f) {
    int allowed = f.wbkSince().getYear() + 2;
    int year = f.asOf().getYear();
    return year >= allowed
        ? new Check("wbk-holding-period", CheckStatus.PASS, allowed, year, null)
        : new Check("wbk-holding-period", CheckStatus.FAIL, allowed, year,
            ChronoUnit.DAYS.between(f.asOf(), LocalDate.of(allowed, 1, 1)));
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

  /**
   * An instansi fact against the round's minimum: PASS for an afirmasi unit proposed for WBK (with the
   * minimum when known); UNKNOWN without criteria, or without the fact; else FAIL by the steps short.
   */
  private static Check ranked(String rule, CaseFacts f, Object minimum, int minimumRank,
      Object actual, int actualRank) {
    if (f.afirmasi() && f.target() == Predikat.WBK) {
      return new Check(rule, CheckStatus.PASS, f.criteria() ? minimum : null, null, null);
    }
    if (!f.criteria()) {
      return Check.of(rule, CheckStatus.UNKNOWN);
    }
    if (actual == null) {
      return new Check(rule, CheckStatus.UNKNOWN, minimum, null, null);
    }
    int gap = minimumRank - actualRank;
    return gap > 0
        ? new Check(rule, CheckStatus.FAIL, minimum, actual, gap)
        : new Check(rule, CheckStatus.PASS, minimum, actual, null);
  }

  private static int rank(Enum<?> value) {
    return value == null ? -1 : value.ordinal();
  }

  /**
   * The BPK opinion of the evidence year is at least the round's minimum.
   *
   * @param f the facts
   * @return the finding
   */
  public static Check bpkOpinion(CaseFacts f) {
    return ranked("bpk-opinion", f, f.minBpk(), rank(f.minBpk()), f.bpk(), rank(f.bpk()));
  }

  /**
   * The AKIP grade of the evidence year (a score by the grade it maps to) is at least the round's
   * minimum for the target.
   *
   * @param f the facts
   * @return the finding
   */
  public static Check akipGrade(CaseFacts f) {
    return ranked("akip-grade", f, f.minAkip(), rank(f.minAkip()),
        f.akipScore() != null ? new Scored(f.akipScore(), f.akip()) : f.akip(), rank(f.akip()));
  }

  /**
   * The Indeks RB category of the evidence year (a score by the grade it maps to) is at least the
   * round's minimum for the target and the instansi's kind.
   *
   * @param f the facts
   * @return the finding
   */
  public static Check indeksRb(CaseFacts f) {
    return ranked("indeks-rb", f, f.minIndeksRb(), rank(f.minIndeksRb()),
        f.indeksRbScore() != null ? new Scored(f.indeksRbScore(), f.indeksRb()) : f.indeksRb(),
        rank(f.indeksRb()));
  }

  /**
   * The SPIP level of the evidence year is at least the round's minimum.
   *
   * @param f the facts, of a round whose criteria for the target ask for an SPIP level, or whose
   *     announcement does not while another source does
   * @return the finding
   */
  public static Check spipLevel(CaseFacts f) {
    Integer spip = f.spip();
    if (f.minSpip() == 0) {
      // not announced: the announcement's reading is taken, and the level shown beside it
      return new Check("spip-level", CheckStatus.PASS, f.spipNotAnnounced(), spip, null);
    }
    return ranked("spip-level", f, f.minSpip(), f.minSpip(), spip, spip == null ? -1 : spip);
  }

  /**
   * An afirmasi unit is proposed for WBK only.
   *
   * @param f the facts, of an afirmasi unit proposed for WBBM
   * @return the finding: FAIL
   */
  public static Check afirmasi(CaseFacts f) {
    return new Check("afirmasi", CheckStatus.FAIL, Predikat.WBK, f.target(), null);
  }

  // ---- the LKE's scores ---------------------------------------------------------------------------

  /** Points as shown when met: 2 places, half-up. */
  private static BigDecimal shown(BigDecimal points) {
    return points.setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * The score against its minimum (exact). A failing score, its minimum and its shortfall are shown
   * with the fewest places from 2 to 4 at which the score shows below the minimum, the shortfall
   * rounded up; past 4 places the score is cut instead of rounded.
   */
  private static Check points(String rule, BigDecimal actual, BigDecimal minimum) {
    if (actual.compareTo(minimum) >= 0) {
      return new Check(rule, CheckStatus.PASS, minimum, shown(actual), null);
    }
    BigDecimal gap = minimum.subtract(actual);
    for (int places = 2; places <= 4; places++) {
      BigDecimal score = actual.setScale(places, RoundingMode.HALF_UP);
      BigDecimal least = minimum.setScale(places, RoundingMode.HALF_UP);
      if (score.compareTo(least) < 0) {
        return new Check(rule, CheckStatus.FAIL, least, score,
            gap.setScale(places, RoundingMode.UP));
      }
    }
    return new Check(rule, CheckStatus.FAIL, minimum.setScale(4, RoundingMode.HALF_UP),
        actual.setScale(4, RoundingMode.DOWN), gap.setScale(4, RoundingMode.UP));
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
