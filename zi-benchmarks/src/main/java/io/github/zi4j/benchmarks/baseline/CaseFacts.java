package io.github.zi4j.benchmarks.baseline;

import io.github.zi4j.instansi.BpkOpinion;
import io.github.zi4j.instansi.Grade;
import io.github.zi4j.instansi.Instansi;
import io.github.zi4j.instansi.InstansiKind;
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
 * {@link BigDecimal} sums: the unit's history as of the date, the round's instansi criteria and the
 * instansi's values of the evidence year, and the LKE's points. Shared by the BigDecimal baseline and the
 * general rule engines, so that those differ only in how the rules are run.
 *
 * <p>Mirrors what zi4j reads, written independently of it: only zi4j's public model is used, never its
 * sums ({@code LkeResult.total()} and the like) nor its history helpers ({@code UnitKerja.heldSince}).
 *
 * @param target the predicate proposed for
 * @param asOf the date judged on
 * @param pencanangan the unit's pencanangan
 * @param highestHeld WBBM or WBK held on {@code asOf}, or null
 * @param wbkSince the award date of the WBK in force on {@code asOf}, or null
 * @param lastRevocation the date of the latest revocation on or before {@code asOf}, or null
 * @param lastRevoked the predicate of that revocation, or null
 * @param roundCriteria whether the round's instansi criteria for the target are known
 * @param evidenceYear the year the criteria read (0 when not known)
 * @param minBpk the least BPK opinion, or null
 * @param minAkip the least AKIP grade, or null
 * @param minIndeksRb the least Indeks RB category for the instansi's kind, or null
 * @param bpk the instansi's BPK opinion of the evidence year, or null
 * @param akip its AKIP grade of the evidence year, or null
 * @param indeksRb its Indeks RB category of the evidence year, or null
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
    Predikat highestHeld,
    LocalDate wbkSince,
    LocalDate lastRevocation,
    Predikat lastRevoked,
    boolean roundCriteria,
    int evidenceYear,
    BpkOpinion minBpk,
    Grade minAkip,
    Grade minIndeksRb,
    BpkOpinion bpk,
    Grade akip,
    Grade indeksRb,
    boolean lke,
    BigDecimal[] areaPoints,
    BigDecimal pengungkit,
    BigDecimal ipak,
    BigDecimal capaian,
    BigDecimal bersih,
    BigDecimal ipkp,
    BigDecimal total) {

  /** The first day PermenPANRB 90/2021 judges (the 2022 round). */
  public static final LocalDate EDITION_90_2021_FROM = LocalDate.of(2022, 1, 1);

  private static final BigDecimal SURVEY_WEIGHT = new BigDecimal("17.5");
  private static final BigDecimal SURVEY_MAX = BigDecimal.valueOf(4);
  private static final BigDecimal CAPAIAN_WEIGHT = BigDecimal.valueOf(5);
  private static final BigDecimal[] CAPAIAN_VALUE = {
    BigDecimal.ONE, new BigDecimal("0.75"), new BigDecimal("0.5"), new BigDecimal("0.25"),
    BigDecimal.ZERO};
  private static final AreaPerubahan[] AREAS = AreaPerubahan.values();

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

    // the history as of the date: awards in force, and the latest revocation
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
    Predikat highest = wbbm != null ? Predikat.WBBM : wbk != null ? Predikat.WBK : null;

    // the round's criteria: its own when it carries some, else the 2024 round (the one bundled with
    // criteria); any other year's criteria are not known
    Instansi instansi = proposal.instansi();
    BpkOpinion minBpk = null;
    Grade minAkip = null;
    Grade minRb = null;
    int year = 0;
    Optional<ProposalRound> own = proposal.round();
    if (own.isPresent() && !own.get().criteria().isEmpty()) {
      InstansiCriteria criteria = own.get().criteria().get(target);
      if (criteria != null) {
        minBpk = criteria.bpkOpinion();
        minAkip = criteria.akip();
        minRb = criteria.indeksRb().get(instansi.kind());
        year = own.get().evidenceYear().getAsInt();
      }
    } else if ((own.isPresent() ? own.get().year() : asOf.getYear()) == 2024) {
      boolean pemda = instansi.kind() == InstansiKind.PEMDA;
      minBpk = BpkOpinion.WTP;
      if (target == Predikat.WBK) {
        minAkip = Grade.B;
        minRb = pemda ? Grade.CC : Grade.B;
      } else {
        minAkip = Grade.BB;
        minRb = pemda ? Grade.B : Grade.BB;
      }
      year = 2023;
    }
    boolean criteria = minBpk != null;
    BpkOpinion bpk = criteria ? instansi.bpkOpinion().get(year) : null;
    Grade akip = criteria ? instansi.akip().get(year) : null;
    Grade indeksRb = criteria ? instansi.indeksRb().get(year) : null;

    // the LKE's points, exact
    Optional<LkeInput> input = proposal.lke();
    if (input.isEmpty()) {
      return new CaseFacts(target, asOf, proposal.unit().pencanangan(), highest, wbk,
          revocation == null ? null : revocation.date(),
          revocation == null ? null : revocation.predikat(), criteria, year, minBpk, minAkip, minRb,
          bpk, akip, indeksRb, false, null, null, null, null, null, null, null);
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
    return new CaseFacts(target, asOf, proposal.unit().pencanangan(), highest, wbk,
        revocation == null ? null : revocation.date(),
        revocation == null ? null : revocation.predikat(), criteria, year, minBpk, minAkip, minRb,
        bpk, akip, indeksRb, true, areas, sum, ipak, capaian, bersih, ipkp, total);
  }

  /** Index / 4 * 17.5: dividing by 4 terminates, so exact. */
  private static BigDecimal survey(BigDecimal index) {
    return index.multiply(SURVEY_WEIGHT).divide(SURVEY_MAX);
  }

  private static BigDecimal capaian(CapaianKinerja grade) {
    return CAPAIAN_VALUE[grade.ordinal()].multiply(CAPAIAN_WEIGHT);
  }
}
