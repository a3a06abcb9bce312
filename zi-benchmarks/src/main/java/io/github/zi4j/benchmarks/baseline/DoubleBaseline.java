package io.github.zi4j.benchmarks.baseline;

import io.github.zi4j.instansi.BpkOpinion;
import io.github.zi4j.instansi.Grade;
import io.github.zi4j.instansi.Instansi;
import io.github.zi4j.instansi.InstansiKind;
import io.github.zi4j.instansi.Rating;
import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.lke.AreaScore;
import io.github.zi4j.lke.Hasil;
import io.github.zi4j.lke.LkeInput;
import io.github.zi4j.lke.LkeResult;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.round.InstansiCriteria;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.PredikatEvent;
import io.github.zi4j.unit.PredikatEventType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The same hand-written 90/2021 decision as {@link BigDecimalBaseline}, in one method, with {@code
 * double} arithmetic: the LKE's decimals are read with {@code doubleValue()} and every score is a
 * double. Findings carry doubles (dates as epoch days, grades as ordinals, NaN when absent).
 *
 * <p>Binary doubles do not hold 3.6 or 0.1 exactly, so a sum that is exactly a minimum in decimal (an
 * area at exactly 60 % of its weight, IPAK 3.60 giving 15.75) can come out a hair below it; the
 * comparisons therefore allow {@link #EPSILON}. Without it this baseline disagrees with zi4j on the
 * boundary cases of the correctness gate (see the module's README). Scores with at most a few decimal
 * places, as LKE results have, are far coarser than the tolerance.
 */
public final class DoubleBaseline {

  /** How far below a minimum a double score may be and still meet it. */
  public static final double EPSILON = 1e-9;

  /**
   * One finding with double values.
   *
   * @param rule the rule's code
   * @param status the outcome
   * @param required what is required (points, epoch day, grade ordinal), NaN when none
   * @param actual what was found, NaN when none
   * @param shortfall how far short, NaN when met
   */
  public record DoubleCheck(String rule, CheckStatus status, double required, double actual,
      double shortfall) {}

  /**
   * A decision with double findings.
   *
   * @param verdict the verdict
   * @param checks the findings, in zi4j's order
   */
  public record DoubleDecision(Verdict verdict, List<DoubleCheck> checks) {}

  private static final double[] AREA_WEIGHTS = {8, 7, 10, 10, 15, 10};
  private static final double[] CAPAIAN_VALUE = {1, 0.75, 0.5, 0.25, 0};
  private static final AreaPerubahan[] AREAS = AreaPerubahan.values();
  private static final double NONE = Double.NaN;
  /** A score above these maps to AA, A, BB, B, CC, C (ordinals 6 to 1); else D (0). */
  private static final double[] SCORE_ABOVE = {90, 80, 70, 60, 50, 30};

  private final double epsilon;

  private DoubleBaseline(double epsilon) {
    this.epsilon = epsilon;
  }

  /**
   * The baseline as used: comparisons allow {@link #EPSILON}.
   *
   * @return the baseline
   */
  public static DoubleBaseline tolerant() {
    return new DoubleBaseline(EPSILON);
  }

  /**
   * The naive baseline: {@code actual >= minimum} on doubles, as first written; kept to show in the
   * gate how often that disagrees with exact arithmetic.
   *
   * @return the baseline
   */
  public static DoubleBaseline naive() {
    return new DoubleBaseline(0);
  }

  /**
   * Decides on {@code proposal}.
   *
   * @param proposal a 90/2021 proposal with no LKE or an area-level one
   * @return the verdict and every finding
   */
  public DoubleDecision decide(Proposal proposal) {
    LocalDate asOf = proposal.asOf();
    if (proposal.edition().isPresent() || asOf.isBefore(CaseFacts.EDITION_90_2021_FROM)) {
      throw new UnsupportedOperationException("the baselines mirror PermenPANRB 90/2021 only");
    }
    Predikat target = proposal.target();
    boolean wbbmTarget = target == Predikat.WBBM;
    List<DoubleCheck> out = new ArrayList<>(24);
    boolean fail = false;
    boolean unknown = false;

    // the round of the date's year: its window (the bundled rounds written into the code, as in
    // CaseFacts) and its criteria for the target
    int year = asOf.getYear();
    Optional<ProposalRound> own = proposal.round();
    boolean ownCriteria = own.isPresent() && !own.get().criteria().isEmpty();
    LocalDate opens = null;
    LocalDate closes = null;
    if (own.isPresent() && own.get().opens().isPresent() && own.get().closes().isPresent()) {
      opens = own.get().opens().get();
      closes = own.get().closes().get();
    } else if (year == 2022 || year == 2024) {
      opens = year == 2022 ? LocalDate.of(2022, 5, 31) : LocalDate.of(2024, 7, 18);
      closes = year == 2022 ? LocalDate.of(2022, 6, 30) : LocalDate.of(2024, 7, 31);
    }
    if (opens != null) {
      boolean before = asOf.isBefore(opens);
      boolean outside = before || asOf.isAfter(closes);
      out.add(new DoubleCheck("round-window", outside ? CheckStatus.FAIL : CheckStatus.PASS,
          opens.toEpochDay(), asOf.toEpochDay(),
          before ? ChronoUnit.DAYS.between(asOf, opens) : NONE));
      fail |= outside;
    } else {
      // known only to have closed by a day (the 2023 round, 4 July 2023), or not known: not checked
      boolean closed = year == 2023 && !asOf.isBefore(LocalDate.of(2023, 7, 4));
      out.add(new DoubleCheck("round-window", closed ? CheckStatus.FAIL : CheckStatus.PASS,
          year == 2023 ? LocalDate.of(2023, 7, 4).toEpochDay() : NONE, asOf.toEpochDay(), NONE));
      fail |= closed;
    }

    // timing
    LocalDate wbk = null;
    LocalDate wbbm = null;
    LocalDate higherRevoked = null;
    PredikatEvent revocation = null;
    for (PredikatEvent event : proposal.unit().history()) {
      if (event.date().isAfter(asOf)) {
        break;
      }
      boolean award = event.event() == PredikatEventType.AWARDED;
      if (!award) {
        revocation = event;
      }
      if (event.predikat() == Predikat.WBK) {
        wbk = award ? event.date() : null;
        higherRevoked = null;
      } else {
        wbbm = award ? event.date() : null;
        if (!award && wbk != null && event.date().isAfter(wbk)) {
          higherRevoked = event.date();
        }
      }
    }
    fail |= notBefore(out, "building-period", asOf, proposal.unit().pencanangan().plusYears(1));
    boolean held = wbbm != null || (wbk != null && !wbbmTarget);
    if (held && wbbm == null && higherRevoked != null) {
      out.add(new DoubleCheck("not-yet-held", CheckStatus.UNKNOWN, NONE, 0, NONE));
      unknown = true;
    } else {
      out.add(new DoubleCheck("not-yet-held", held ? CheckStatus.FAIL : CheckStatus.PASS, NONE,
          held ? (wbbm != null ? 1 : 0) : NONE, NONE));
      fail |= held;
    }
    if (wbbmTarget) {
      if (higherRevoked != null) {
        out.add(new DoubleCheck("wbk-prerequisite", CheckStatus.UNKNOWN, 0, 0, NONE));
        unknown = true;
      } else {
        out.add(new DoubleCheck("wbk-prerequisite",
            wbk != null ? CheckStatus.PASS : CheckStatus.FAIL, 0, wbk != null ? 0 : NONE, NONE));
        fail |= wbk == null;
      }
      if (wbk != null) {
        // in round years: WBK of year Y allows WBBM from 1 January of Y + 2
        int allowed = wbk.getYear() + 2;
        boolean early = year < allowed;
        out.add(new DoubleCheck("wbk-holding-period", early ? CheckStatus.FAIL : CheckStatus.PASS,
            allowed, year,
            early ? ChronoUnit.DAYS.between(asOf, LocalDate.of(allowed, 1, 1)) : NONE));
        fail |= early;
      }
    }
    if (revocation == null) {
      out.add(new DoubleCheck("revocation-cooldown", CheckStatus.PASS, NONE, NONE, NONE));
    } else {
      fail |= notBefore(out, "revocation-cooldown", asOf, revocation.date().plusYears(2));
    }

    // the round's instansi criteria
    Instansi instansi = proposal.instansi();
    boolean afirmasi = proposal.unit().afirmasi();
    int minBpk = -1;
    int minAkip = -1;
    int minRb = -1;
    int minSpip = 0;
    int spipNotAnnounced = 0;
    int evidence = 0;
    if (ownCriteria) {
      InstansiCriteria criteria = own.get().criteria().get(target);
      if (criteria != null) {
        minBpk = criteria.bpkOpinion().ordinal();
        minAkip = criteria.akip().ordinal();
        minRb = criteria.indeksRb().get(instansi.kind()).ordinal();
        minSpip = criteria.spip().orElse(0);
        evidence = own.get().evidenceYear().getAsInt();
      }
    } else if (year == 2024 || year == 2025) {
      boolean pemda = instansi.kind() == InstansiKind.PEMDA;
      minBpk = 3; // WTP
      minAkip = (wbbmTarget ? Grade.BB : Grade.B).ordinal();
      minRb = (wbbmTarget ? (pemda ? Grade.B : Grade.BB) : (pemda ? Grade.CC : Grade.B)).ordinal();
      minSpip = year == 2025 ? 3 : 0;
      spipNotAnnounced = year == 2024 ? 3 : 0;
      evidence = year - 1;
    }
    if (afirmasi && !wbbmTarget) {
      // the criteria do not apply to an afirmasi unit proposed for WBK
      out.add(new DoubleCheck("bpk-opinion", CheckStatus.PASS, minBpk < 0 ? NONE : minBpk, NONE,
          NONE));
      out.add(new DoubleCheck("akip-grade", CheckStatus.PASS, minBpk < 0 ? NONE : minAkip, NONE,
          NONE));
      out.add(new DoubleCheck("indeks-rb", CheckStatus.PASS, minBpk < 0 ? NONE : minRb, NONE,
          NONE));
      if (minBpk >= 0 && minSpip > 0) {
        out.add(new DoubleCheck("spip-level", CheckStatus.PASS, minSpip, NONE, NONE));
      }
    } else if (minBpk < 0) {
      out.add(new DoubleCheck("bpk-opinion", CheckStatus.UNKNOWN, NONE, NONE, NONE));
      out.add(new DoubleCheck("akip-grade", CheckStatus.UNKNOWN, NONE, NONE, NONE));
      out.add(new DoubleCheck("indeks-rb", CheckStatus.UNKNOWN, NONE, NONE, NONE));
      unknown = true;
    } else {
      BpkOpinion bpk = instansi.bpkOpinion().get(evidence);
      int f1 = rank(out, "bpk-opinion", minBpk, bpk == null ? -1 : bpk.ordinal());
      int f2 = rank(out, "akip-grade", minAkip, rated(instansi.akip().get(evidence)));
      int f3 = rank(out, "indeks-rb", minRb, rated(instansi.indeksRb().get(evidence)));
      int f4 = 0;
      if (spipNotAnnounced > 0) {
        // not announced: the announcement's reading is taken, and the level shown beside it
        Integer spip = instansi.spip().get(evidence);
        out.add(new DoubleCheck("spip-level", CheckStatus.PASS, spipNotAnnounced,
            spip == null ? NONE : spip, NONE));
      } else if (minSpip > 0) {
        Integer spip = instansi.spip().get(evidence);
        f4 = rank(out, "spip-level", minSpip, spip == null ? -1 : spip);
      }
      fail |= f1 > 0 || f2 > 0 || f3 > 0 || f4 > 0;
      unknown |= f1 < 0 || f2 < 0 || f3 < 0 || f4 < 0;
    }
    if (afirmasi && wbbmTarget) {
      out.add(new DoubleCheck("afirmasi", CheckStatus.FAIL, 0, 1, NONE));
      fail = true;
    }

    // the LKE
    Optional<LkeInput> input = proposal.lke();
    double minTotal = wbbmTarget ? 85 : 75;
    double minPengungkit = wbbmTarget ? 48 : 40;
    double share = wbbmTarget ? 0.75 : 0.6;
    double minBersih = wbbmTarget ? 19.5 : 18.25;
    double minIpak = 15.75;
    double minCapaian = wbbmTarget ? 3.75 : 2.5;
    double minIpkp = wbbmTarget ? 15.75 : 14;
    if (input.isEmpty()) {
      out.add(new DoubleCheck("lke-total", CheckStatus.UNKNOWN, minTotal, NONE, NONE));
      out.add(new DoubleCheck("lke-pengungkit", CheckStatus.UNKNOWN, minPengungkit, NONE, NONE));
      out.add(new DoubleCheck("lke-area", CheckStatus.UNKNOWN, share, NONE, NONE));
      out.add(new DoubleCheck("lke-bersih-akuntabel", CheckStatus.UNKNOWN, minBersih, NONE, NONE));
      out.add(new DoubleCheck("lke-ipak", CheckStatus.UNKNOWN, minIpak, NONE, NONE));
      out.add(new DoubleCheck("lke-capaian-kinerja", CheckStatus.UNKNOWN, minCapaian, NONE, NONE));
      out.add(new DoubleCheck("lke-ipkp", CheckStatus.UNKNOWN, minIpkp, NONE, NONE));
      return new DoubleDecision(Verdict.of(fail, true), out);
    }
    if (!(input.get() instanceof LkeResult)) {
      throw new UnsupportedOperationException("the baselines read an area-level LKE result only");
    }
    LkeResult result = (LkeResult) input.get();
    Map<AreaPerubahan, AreaScore> pengungkit = result.pengungkit();
    double[] areas = new double[AREAS.length];
    double sum = 0;
    for (int i = 0; i < AREAS.length; i++) {
      AreaScore area = pengungkit.get(AREAS[i]);
      areas[i] = area.pemenuhan().doubleValue() + area.reform().doubleValue();
      sum += areas[i];
    }
    Hasil hasil = result.hasil();
    double ipak = hasil.ipak().doubleValue() / 4 * 17.5;
    double capaian = CAPAIAN_VALUE[hasil.capaianKinerja().ordinal()] * 5;
    double bersih = ipak + capaian;
    double ipkp = hasil.ipkp().doubleValue() / 4 * 17.5;
    double total = sum + bersih + ipkp;
    fail |= points(out, "lke-total", total, minTotal);
    fail |= points(out, "lke-pengungkit", sum, minPengungkit);
    for (int i = 0; i < AREAS.length; i++) {
      fail |= points(out, "lke-area", areas[i], share * AREA_WEIGHTS[i]);
    }
    fail |= points(out, "lke-bersih-akuntabel", bersih, minBersih);
    fail |= points(out, "lke-ipak", ipak, minIpak);
    fail |= points(out, "lke-capaian-kinerja", capaian, minCapaian);
    fail |= points(out, "lke-ipkp", ipkp, minIpkp);
    return new DoubleDecision(Verdict.of(fail, unknown), out);
  }

  /** Adds the finding; true when it failed. */
  private static boolean notBefore(List<DoubleCheck> out, String rule, LocalDate asOf,
      LocalDate earliest) {
    boolean early = asOf.isBefore(earliest);
    out.add(new DoubleCheck(rule, early ? CheckStatus.FAIL : CheckStatus.PASS,
        earliest.toEpochDay(), asOf.toEpochDay(),
        early ? ChronoUnit.DAYS.between(asOf, earliest) : NONE));
    return early;
  }

  /** Adds the finding on ranks (-1 when not known); 1 when it failed, -1 when unknown, 0 when met. */
  private static int rank(List<DoubleCheck> out, String rule, int minimum, int actual) {
    if (actual < 0) {
      out.add(new DoubleCheck(rule, CheckStatus.UNKNOWN, minimum, NONE, NONE));
      return -1;
    }
    int gap = minimum - actual;
    out.add(new DoubleCheck(rule, gap > 0 ? CheckStatus.FAIL : CheckStatus.PASS, minimum, actual,
        gap > 0 ? gap : NONE));
    return gap > 0 ? 1 : 0;
  }

  /**
   * The grade ordinal of an AKIP or Indeks RB result, -1 when not known; a score maps by strict
   * inequalities on the SAKIP scale (above 90 AA, 80 A, 70 BB, 60 B, 50 CC, 30 C; else D).
   */
  private static int rated(Rating rating) {
    if (rating == null) {
      return -1;
    }
    if (rating instanceof Grade) {
      return ((Grade) rating).ordinal();
    }
    double score = ((Rating.Score) rating).value().doubleValue();
    for (int i = 0; i < SCORE_ABOVE.length; i++) {
      if (score > SCORE_ABOVE[i]) {
        return SCORE_ABOVE.length - i;
      }
    }
    return 0;
  }

  /** Adds the finding; true when it failed. */
  private boolean points(List<DoubleCheck> out, String rule, double actual, double minimum) {
    boolean met = actual >= minimum - epsilon;
    out.add(new DoubleCheck(rule, met ? CheckStatus.PASS : CheckStatus.FAIL, minimum, actual,
        met ? NONE : minimum - actual));
    return !met;
  }
}
