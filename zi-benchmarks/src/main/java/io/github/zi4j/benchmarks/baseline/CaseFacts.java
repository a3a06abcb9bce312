package io.github.zi4j.benchmarks.baseline;

import io.github.zi4j.instansi.BpkOpinion;
import io.github.zi4j.instansi.Grade;
import io.github.zi4j.instansi.Instansi;
import io.github.zi4j.instansi.InstansiKind;
import io.github.zi4j.instansi.Rating;
import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.lke.AreaScore;
import io.github.zi4j.lke.CapaianKinerja;
import io.github.zi4j.lke.Hasil;
import io.github.zi4j.lke.LkeInput;
import io.github.zi4j.lke.LkeResult;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.round.InstansiCriteria;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.PredikatEvent;
import io.github.zi4j.unit.PredikatEventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The facts the hand-written 90/2021 rules read, derived from a {@link Proposal} in one pass with
 * {@link BigDecimal} sums: the round's window, the unit's history as of the date, the round's instansi
 * criteria and the instansi's values of the evidence year, and the LKE's points. Shared by the
 * BigDecimal baseline and the general rule engines, so that those differ only in how the rules are run.
 *
 * <p>Mirrors what zi4j reads, written independently of it: only zi4j's public model is used, never its
 * sums ({@code LkeResult.total()} and the like), its history helpers ({@code UnitKerja.heldSince}), its
 * round catalogue ({@code ProposalRounds}) nor its score mapping ({@code Grade.ofScore}). The rounds zi4j
 * bundles are written into the code: 2022 (window 31 May&ndash;30 June, no criteria), 2024 (window
 * 18&ndash;31 July, criteria read for 2023) and 2025 (no window, the 2024 criteria plus SPIP level 3,
 * read for 2024). The round of the date's year is the proposal's own when it carries criteria, else the
 * bundled one; its window is the proposal's own when it gives one.
 *
 * @param target the predicate proposed for
 * @param asOf the date judged on
 * @param pencanangan the unit's pencanangan
 * @param afirmasi whether the unit is an afirmasi unit
 * @param window the round's window, or null when not known
 * @param closedBy the day the round is known to have closed by, when its window is not known (the
 *     2023 round: 4 July 2023), or null
 * @param highestHeld WBBM or WBK held on {@code asOf}, or null
 * @param wbkSince the award date of the WBK in force on {@code asOf}, or null
 * @param higherRevoked the date WBBM was revoked since that WBK was awarded (on or before {@code
 *     asOf}), or null: whether the WBK survives it is not settled
 * @param lastRevocation the date of the latest revocation on or before {@code asOf}, or null
 * @param lastRevoked the predicate of that revocation, or null
 * @param criteria whether the round's instansi criteria for the target are known
 * @param evidenceYear the year the criteria read (0 when not known)
 * @param minBpk the least BPK opinion, or null
 * @param minAkip the least AKIP grade, or null
 * @param minIndeksRb the least Indeks RB category for the instansi's kind, or null
 * @param minSpip the least SPIP level, or 0 when the round asks for none
 * @param spipNotAnnounced the SPIP level another source than the announcement checks (the 2024
 *     round: 3, in PortalRB's code), shown beside the announcement's reading; 0 when none
 * @param bpk the instansi's BPK opinion of the evidence year, or null
 * @param akip its AKIP grade of the evidence year (a score's mapped grade), or null
 * @param akipScore its AKIP score, when given as one, or null
 * @param indeksRb its Indeks RB category of the evidence year (a score's mapped grade), or null
 * @param indeksRbScore its Indeks RB score, when given as one, or null
 * @param spip its SPIP level of the evidence year, or null
 * @param lke whether an area-level LKE result is given
 * @param areaPoints each area's pemenuhan + reform, in {@link AreaPerubahan} order (null without LKE)
 * @param pengungkit the sum of the areas
 * @param ipak the IPAK points: index / 4 * 17.5
 * @param capaian the capaian kinerja points: grade value * 5
 * @param bersih IPAK points + capaian kinerja points
 * @param ipkp the IPKP points: index / 4 * 17.5
 * @param total pengungkit + bersih + ipkp
 */
public record CaseFacts(
    Predikat target,
    LocalDate asOf,
    LocalDate pencanangan,
    boolean afirmasi,
    RoundWindow window,
    LocalDate closedBy,
    Predikat highestHeld,
    LocalDate wbkSince,
    LocalDate higherRevoked,
    LocalDate lastRevocation,
    Predikat lastRevoked,
    boolean criteria,
    int evidenceYear,
    BpkOpinion minBpk,
    Grade minAkip,
    Grade minIndeksRb,
    int minSpip,
    int spipNotAnnounced,
    BpkOpinion bpk,
    Grade akip,
    BigDecimal akipScore,
    Grade indeksRb,
    BigDecimal indeksRbScore,
    Integer spip,
    boolean lke,
    BigDecimal[] areaPoints,
    BigDecimal pengungkit,
    BigDecimal ipak,
    BigDecimal capaian,
    BigDecimal bersih,
    BigDecimal ipkp,
    BigDecimal total) {

  /**
   * Whether an SPIP finding is given: the round's criteria ask for a level, or another source checks
   * one the announcement does not (then not for an afirmasi unit proposed for WBK).
   *
   * @return whether the SPIP level is reported
   */
  public boolean spipAsked() {
    return criteria && (minSpip > 0
        || spipNotAnnounced > 0 && !(afirmasi && target == Predikat.WBK));
  }

  /** The first day PermenPANRB 90/2021 judges (the 2022 round). */
  public static final LocalDate EDITION_90_2021_FROM = LocalDate.of(2022, 1, 1);

  /** The bundled 2022 round's window. */
  static final RoundWindow WINDOW_2022 =
      new RoundWindow(LocalDate.of(2022, 5, 31), LocalDate.of(2022, 6, 30));
  /** The day the bundled 2023 round is known to have closed by (its window is not known). */
  static final LocalDate CLOSED_BY_2023 = LocalDate.of(2023, 7, 4);
  /** The bundled 2024 round's window. */
  static final RoundWindow WINDOW_2024 =
      new RoundWindow(LocalDate.of(2024, 7, 18), LocalDate.of(2024, 7, 31));

  private static final BigDecimal SURVEY_WEIGHT = new BigDecimal("17.5");
  private static final BigDecimal SURVEY_MAX = BigDecimal.valueOf(4);
  private static final BigDecimal CAPAIAN_WEIGHT = BigDecimal.valueOf(5);
  private static final BigDecimal[] CAPAIAN_VALUE = {
    BigDecimal.ONE, new BigDecimal("0.75"), new BigDecimal("0.5"), new BigDecimal("0.25"),
    BigDecimal.ZERO};
  private static final AreaPerubahan[] AREAS = AreaPerubahan.values();
  /** A score above each of these maps to the grade beside it (the SAKIP scale); 30 or less is D. */
  private static final BigDecimal[] SCORE_ABOVE = {
    BigDecimal.valueOf(90), BigDecimal.valueOf(80), BigDecimal.valueOf(70), BigDecimal.valueOf(60),
    BigDecimal.valueOf(50), BigDecimal.valueOf(30)};
  private static final Grade[] SCORE_GRADE = {
    Grade.AA, Grade.A, Grade.BB, Grade.B, Grade.CC, Grade.C};

  /**
   * The facts of {@code proposal}.
   *
   * @param proposal a proposal judged under PermenPANRB 90/2021 with no LKE or an area-level one
   * @return the facts
   * @throws UnsupportedOperationException for what the baselines do not mirror: another edition, or an
   *     LKE worksheet
   */
  public static CaseFacts of(Proposal proposal) {
    LocalDate asOf = proposal.asOf();
    if (proposal.edition().isPresent() || asOf.isBefore(EDITION_90_2021_FROM)) {
      throw new UnsupportedOperationException("the baselines mirror PermenPANRB 90/2021 only");
    }
    Predikat target = proposal.target();

    // the history as of the date: awards in force, a WBBM revoked since the WBK in force was awarded,
    // and the latest revocation
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
    Predikat highest = wbbm != null ? Predikat.WBBM : wbk != null ? Predikat.WBK : null;

    // the round of the date's year: its window, and its criteria for the target
    int year = asOf.getYear();
    Optional<ProposalRound> own = proposal.round();
    boolean ownCriteria = own.isPresent() && !own.get().criteria().isEmpty();
    RoundWindow window = null;
    if (own.isPresent() && own.get().opens().isPresent() && own.get().closes().isPresent()) {
      window = new RoundWindow(own.get().opens().get(), own.get().closes().get());
    } else {
      // a round of the caller's without a window keeps the catalogue's window of its year
      window = year == 2024 ? WINDOW_2024 : year == 2022 ? WINDOW_2022 : null;
    }
    LocalDate closedBy = window == null && year == 2023 ? CLOSED_BY_2023 : null;
    Instansi instansi = proposal.instansi();
    boolean pemda = instansi.kind() == InstansiKind.PEMDA;
    boolean wbbmTarget = target == Predikat.WBBM;
    BpkOpinion minBpk = null;
    Grade minAkip = null;
    Grade minRb = null;
    int minSpip = 0;
    int spipNotAnnounced = 0;
    int evidence = 0;
    if (ownCriteria) {
      InstansiCriteria criteria = own.get().criteria().get(target);
      if (criteria != null) {
        minBpk = criteria.bpkOpinion();
        minAkip = criteria.akip();
        minRb = criteria.indeksRb().get(instansi.kind());
        minSpip = criteria.spip().orElse(0);
        evidence = own.get().evidenceYear().getAsInt();
      }
    } else if (year == 2024 || year == 2025) {
      // the bundled 2024 criteria; 2025 adds SPIP level 3
      minBpk = BpkOpinion.WTP;
      minAkip = wbbmTarget ? Grade.BB : Grade.B;
      minRb = wbbmTarget ? (pemda ? Grade.B : Grade.BB) : (pemda ? Grade.CC : Grade.B);
      minSpip = year == 2025 ? 3 : 0;
      spipNotAnnounced = year == 2024 ? 3 : 0;
      evidence = year - 1;
    }
    boolean criteria = minBpk != null;
    BpkOpinion bpk = null;
    Rating akip = null;
    Rating indeksRb = null;
    Integer spip = null;
    if (criteria) {
      bpk = instansi.bpkOpinion().get(evidence);
      akip = instansi.akip().get(evidence);
      indeksRb = instansi.indeksRb().get(evidence);
      spip = minSpip > 0 || spipNotAnnounced > 0 ? instansi.spip().get(evidence) : null;
    }
    LocalDate pencanangan = proposal.unit().pencanangan();
    boolean afirmasi = proposal.unit().afirmasi();
    LocalDate revoked = revocation == null ? null : revocation.date();
    Predikat revokedPredikat = revocation == null ? null : revocation.predikat();

    // the LKE's points, exact
    Optional<LkeInput> input = proposal.lke();
    if (input.isEmpty()) {
      return new CaseFacts(target, asOf, pencanangan, afirmasi, window, closedBy, highest, wbk, higherRevoked,
          revoked, revokedPredikat, criteria, evidence, minBpk, minAkip, minRb, minSpip, spipNotAnnounced, bpk,
          grade(akip), score(akip), grade(indeksRb), score(indeksRb), spip,
          false, null, null, null, null, null, null, null);
    }
    if (!(input.get() instanceof LkeResult)) {
      throw new UnsupportedOperationException("the baselines read an area-level LKE result only");
    }
    LkeResult result = (LkeResult) input.get();
    Map<AreaPerubahan, AreaScore> pengungkit = result.pengungkit();
    BigDecimal[] areas = new BigDecimal[AREAS.length];
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < AREAS.length; i++) {
      AreaScore area = pengungkit.get(AREAS[i]);
      areas[i] = area.pemenuhan().add(area.reform());
      sum = sum.add(areas[i]);
    }
    Hasil hasil = result.hasil();
    BigDecimal ipak = survey(hasil.ipak());
    BigDecimal capaian = capaian(hasil.capaianKinerja());
    BigDecimal bersih = ipak.add(capaian);
    BigDecimal ipkp = survey(hasil.ipkp());
    BigDecimal total = sum.add(bersih).add(ipkp);
    return new CaseFacts(target, asOf, pencanangan, afirmasi, window, closedBy, highest, wbk, higherRevoked,
        revoked, revokedPredikat, criteria, evidence, minBpk, minAkip, minRb, minSpip, spipNotAnnounced, bpk,
        grade(akip), score(akip), grade(indeksRb), score(indeksRb), spip,
        true, areas, sum, ipak, capaian, bersih, ipkp, total);
  }

  /** The grade of a result: the grade given, or the one a score maps to; null when none. */
  private static Grade grade(Rating rating) {
    if (rating == null || rating instanceof Grade) {
      return (Grade) rating;
    }
    return gradeOf(((Rating.Score) rating).value());
  }

  /** The score of a result given as a score, else null. */
  private static BigDecimal score(Rating rating) {
    return rating instanceof Rating.Score ? ((Rating.Score) rating).value() : null;
  }

  /**
   * The grade a score 0&ndash;100 maps to, by strict inequalities: AA above 90, A above 80, BB above
   * 70, B above 60, CC above 50, C above 30, D at 30 or below.
   *
   * @param score the score
   * @return the grade
   */
  static Grade gradeOf(BigDecimal score) {
    for (int i = 0; i < SCORE_ABOVE.length; i++) {
      if (score.compareTo(SCORE_ABOVE[i]) > 0) {
        return SCORE_GRADE[i];
      }
    }
    return Grade.D;
  }

  /** Index / 4 * 17.5: dividing by 4 terminates, so exact. */
  private static BigDecimal survey(BigDecimal index) {
    return index.multiply(SURVEY_WEIGHT).divide(SURVEY_MAX);
  }

  private static BigDecimal capaian(CapaianKinerja grade) {
    return CAPAIAN_VALUE[grade.ordinal()].multiply(CAPAIAN_WEIGHT);
  }
}
