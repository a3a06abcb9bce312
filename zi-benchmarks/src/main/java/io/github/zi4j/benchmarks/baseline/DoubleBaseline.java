package io.github.zi4j.benchmarks.baseline;

import io.github.zi4j.instansi.Grade;
import io.github.zi4j.instansi.Instansi;
import io.github.zi4j.instansi.InstansiKind;
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
    List<DoubleCheck> out = new ArrayList<>(22);
    boolean fail = false;
    boolean unknown = false;

    // timing
    LocalDate wbk = null;
    LocalDate wbbm = null;
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
      } else {
        wbbm = award ? event.date() : null;
      }
    }
    fail |= notBefore(out, "building-period", asOf, proposal.unit().pencanangan().plusYears(1));
    boolean held = wbbm != null || (wbk != null && !wbbmTarget);
    out.add(new DoubleCheck("not-yet-held", held ? CheckStatus.FAIL : CheckStatus.PASS, NONE,
        held ? (wbbm != null ? 1 : 0) : NONE, NONE));
    fail |= held;
    if (wbbmTarget) {
      out.add(new DoubleCheck("wbk-prerequisite", wbk != null ? CheckStatus.PASS : CheckStatus.FAIL,
          0, wbk != null ? 0 : NONE, NONE));
      fail |= wbk == null;
      if (wbk != null) {
        fail |= notBefore(out, "wbk-holding-period", asOf, wbk.plusYears(1));
      }
    }
    if (revocation == null) {
      out.add(new DoubleCheck("revocation-cooldown", CheckStatus.PASS, NONE, NONE, NONE));
    } else {
      fail |= notBefore(out, "revocation-cooldown", asOf, revocation.date().plusYears(2));
    }

    // the round's instansi criteria
    Instansi instansi = proposal.instansi();
    int minBpk = -1;
    int minAkip = -1;
    int minRb = -1;
    int year = 0;
    Optional<ProposalRound> own = proposal.round();
    if (own.isPresent() && !own.get().criteria().isEmpty()) {
      InstansiCriteria criteria = own.get().criteria().get(target);
      if (criteria != null) {
        minBpk = criteria.bpkOpinion().ordinal();
        minAkip = criteria.akip().ordinal();
        minRb = criteria.indeksRb().get(instansi.kind()).ordinal();
        year = own.get().evidenceYear().getAsInt();
      }
    } else if ((own.isPresent() ? own.get().year() : asOf.getYear()) == 2024) {
      boolean pemda = instansi.kind() == InstansiKind.PEMDA;
      minBpk = 3; // WTP
      minAkip = (wbbmTarget ? Grade.BB : Grade.B).ordinal();
      minRb = (wbbmTarget ? (pemda ? Grade.B : Grade.BB) : (pemda ? Grade.CC : Grade.B)).ordinal();
      year = 2023;
    }
    if (minBpk < 0) {
      out.add(new DoubleCheck("bpk-opinion", CheckStatus.UNKNOWN, NONE, NONE, NONE));
      out.add(new DoubleCheck("akip-grade", CheckStatus.UNKNOWN, NONE, NONE, NONE));
      out.add(new DoubleCheck("indeks-rb", CheckStatus.UNKNOWN, NONE, NONE, NONE));
      unknown = true;
    } else {
      int f1 = grade(out, "bpk-opinion", minBpk, instansi.bpkOpinion().get(year));
      int f2 = grade(out, "akip-grade", minAkip, instansi.akip().get(year));
      int f3 = grade(out, "indeks-rb", minRb, instansi.indeksRb().get(year));
      fail |= f1 > 0 || f2 > 0 || f3 > 0;
      unknown |= f1 < 0 || f2 < 0 || f3 < 0;
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

  /** Adds the finding; 1 when it failed, -1 when unknown, 0 when met. */
  private static int grade(List<DoubleCheck> out, String rule, int minimum, Enum<?> actual) {
    if (actual == null) {
      out.add(new DoubleCheck(rule, CheckStatus.UNKNOWN, minimum, NONE, NONE));
      return -1;
    }
    int gap = minimum - actual.ordinal();
    out.add(new DoubleCheck(rule, gap > 0 ? CheckStatus.FAIL : CheckStatus.PASS, minimum,
        actual.ordinal(), gap > 0 ? gap : NONE));
    return gap > 0 ? 1 : 0;
  }

  /** Adds the finding; true when it failed. */
  private boolean points(List<DoubleCheck> out, String rule, double actual, double minimum) {
    boolean met = actual >= minimum - epsilon;
    out.add(new DoubleCheck(rule, met ? CheckStatus.PASS : CheckStatus.FAIL, minimum, actual,
        met ? NONE : minimum - actual));
    return !met;
  }
}
