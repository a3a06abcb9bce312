package io.github.zi4j.benchmarks.generator;

import io.github.zi4j.instansi.BpkOpinion;
import io.github.zi4j.instansi.Grade;
import io.github.zi4j.instansi.Instansi;
import io.github.zi4j.instansi.InstansiKind;
import io.github.zi4j.instansi.Rating;
import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.lke.AreaScore;
import io.github.zi4j.lke.CapaianKinerja;
import io.github.zi4j.lke.Hasil;
import io.github.zi4j.lke.LkeResult;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.round.InstansiCriteria;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.PredikatEvent;
import io.github.zi4j.unit.UnitKerja;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Makes varied, valid 90/2021 proposals from a fixed seed, one at a time (nothing is held): the same
 * seed gives the same proposals, in the same order.
 *
 * <p>What varies: the date (2022&ndash;2026, with more of it in 2024 and 2025, and around the 2022 and
 * 2024 windows) and the target (WBK about 2 in 3); the round, always of the date's year (none given,
 * so the bundled one is read; only its year; a window of its own around the date; or criteria of its
 * own, sometimes for WBBM only, sometimes asking for an SPIP level, sometimes with a window); the
 * pencanangan (up to six years before, sometimes exactly one year, or a day less, sometimes after the
 * date); the history (WBK awarded, sometimes in the year that just allows WBBM or the year after,
 * revoked, awarded again after the cooling-off, WBBM on top, WBBM revoked, some events after the date,
 * which are not read yet); the unit (an afirmasi unit in 1 pemda case in 8); the instansi (pemda or
 * K/L, BPK opinion, AKIP and Indeks RB as grades or in 1 case in 4 as scores, some on a grade's
 * boundary, SPIP level; each sometimes missing for the evidence year, so that UNDETERMINED happens);
 * and the LKE (missing in 1 case in 10; parts within their weights with 2 decimals, survey indices
 * 1&ndash;4, capaian kinerja A&ndash;E; sometimes exactly on a minimum: an area at exactly 60 % or
 * 75 % of its weight, IPAK 3.60, IPKP 3.20 or 3.60, and a last part set, with as many decimals as that
 * takes, so that the pengungkit is exactly 40 or 48 or the total exactly 75 or 85; and sometimes
 * 0.001, 0.0001 or 0.00001 below such an area, pengungkit or total minimum, so that a failing score
 * needs 3 or 4 places to show below it).
 */
public final class ProposalGenerator implements Iterator<Proposal> {

  /** The seed the correctness gate and the benchmarks use. */
  public static final long SEED = 42;

  private static final LocalDate FIRST = LocalDate.of(2022, 1, 1);
  private static final int DAYS = (int) (LocalDate.of(2026, 12, 31).toEpochDay() - FIRST.toEpochDay());
  private static final AreaPerubahan[] AREAS = AreaPerubahan.values();
  /** Each area's pemenuhan (and reform) weight, in hundredths: 4, 3.5, 5, 5, 7.5, 5. */
  private static final int[] PART_WEIGHT = {400, 350, 500, 500, 750, 500};
  private static final Grade[] GRADES = Grade.values();
  private static final CapaianKinerja[] CAPAIAN = CapaianKinerja.values();
  /** Capaian kinerja points of A..E: the grade's value times 5. */
  private static final BigDecimal[] CAPAIAN_POINTS = {
    new BigDecimal("5"), new BigDecimal("3.75"), new BigDecimal("2.5"), new BigDecimal("1.25"),
    BigDecimal.ZERO};
  /** A round given by its year only, per year from 2022. */
  private static final ProposalRound[] YEAR_ONLY = new ProposalRound[5];
  private static final InstansiCriteria WBK_CRITERIA = criteria(BpkOpinion.WDP, Grade.B, Grade.B,
      Grade.B, 0);
  private static final InstansiCriteria WBK_CRITERIA_SPIP = criteria(BpkOpinion.WDP, Grade.B,
      Grade.B, Grade.B, 3);
  private static final InstansiCriteria WBBM_CRITERIA = criteria(BpkOpinion.WTP, Grade.A, Grade.BB,
      Grade.A, 0);
  private static final InstansiCriteria WBBM_CRITERIA_SPIP = criteria(BpkOpinion.WTP, Grade.A,
      Grade.BB, Grade.A, 4);
  /** The score thresholds of the SAKIP scale: a score above one maps to the next grade up. */
  private static final int[] SCORE_THRESHOLDS = {30, 50, 60, 70, 80, 90};
  private static final LocalDate WINDOW_2022_OPENS = LocalDate.of(2022, 5, 31);
  private static final LocalDate WINDOW_2024_OPENS = LocalDate.of(2024, 7, 18);

  static {
    for (int i = 0; i < YEAR_ONLY.length; i++) {
      YEAR_ONLY[i] = ProposalRound.builder().year(FIRST.getYear() + i).build();
    }
  }

  private final SplittableRandom random;

  /**
   * A generator.
   *
   * @param seed the seed
   */
  public ProposalGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * {@code count} proposals from {@code seed}, made as the stream is read.
   *
   * @param seed the seed
   * @param count how many
   * @return the proposals
   */
  public static Stream<Proposal> stream(long seed, long count) {
    Iterable<Proposal> iterable = () -> new ProposalGenerator(seed);
    return StreamSupport.stream(iterable.spliterator(), false).limit(count);
  }

  private static InstansiCriteria criteria(BpkOpinion bpk, Grade akip, Grade pemda, Grade kl,
      int spip) {
    InstansiCriteria.Builder criteria = InstansiCriteria.builder().bpkOpinion(bpk).akip(akip)
        .putIndeksRb(InstansiKind.PEMDA, pemda).putIndeksRb(InstansiKind.KL, kl);
    if (spip > 0) {
      criteria.spip(spip);
    }
    return criteria.build();
  }

  @Override
  public boolean hasNext() {
    return true;
  }

  @Override
  public Proposal next() {
    LocalDate asOf = date();
    Predikat target = random.nextInt(3) < 2 ? Predikat.WBK : Predikat.WBBM;
    Proposal.Builder proposal = Proposal.builder().asOf(asOf).target(target);

    // the round, always of the date's year; its criteria (the bundled ones or its own) read the
    // instansi's facts of the year before
    int roll = random.nextInt(100);
    if (roll < 50) {
      // none given: the bundled round of the year, if any
    } else if (roll < 62) {
      proposal.round(YEAR_ONLY[asOf.getYear() - FIRST.getYear()]);
    } else if (roll < 70) {
      proposal.round(window(ProposalRound.builder().year(asOf.getYear()), asOf).build());
    } else {
      proposal.round(ownRound(asOf));
    }
    InstansiKind kind = random.nextInt(10) < 7 ? InstansiKind.PEMDA : InstansiKind.KL;
    proposal.instansi(instansi(kind, asOf.getYear() - 1));
    proposal.unit(unit(asOf, target, kind));
    if (random.nextInt(10) != 0) {
      proposal.lke(lke(target));
    }
    return proposal.build();
  }

  /**
   * The date: 20 % around the 2024 window (18&ndash;31 July, from 5 days before to 5 after), 5 %
   * around the 2022 window (31 May&ndash;30 June), 15 % in 2025, 5 % in 2024, the rest anywhere in
   * 2022&ndash;2026.
   */
  private LocalDate date() {
    int roll = random.nextInt(100);
    if (roll < 20) {
      return WINDOW_2024_OPENS.minusDays(5).plusDays(random.nextInt(24));
    } else if (roll < 25) {
      return WINDOW_2022_OPENS.minusDays(5).plusDays(random.nextInt(41));
    } else if (roll < 40) {
      return LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365));
    } else if (roll < 45) {
      return LocalDate.of(2024, 1, 1).plusDays(random.nextInt(366));
    }
    return FIRST.plusDays(random.nextInt(DAYS + 1));
  }

  /**
   * A window of 14 days around {@code asOf}, within its year: it opens from 20 days before the date to
   * 5 days after, so the date is mostly inside, sometimes before or after.
   */
  private ProposalRound.Builder window(ProposalRound.Builder round, LocalDate asOf) {
    LocalDate opens = asOf.plusDays(5 - random.nextInt(26));
    if (opens.getYear() != asOf.getYear()) {
      opens = LocalDate.of(asOf.getYear(), 1, 1);
    }
    LocalDate closes = opens.plusDays(13);
    if (closes.getYear() != asOf.getYear()) {
      closes = LocalDate.of(asOf.getYear(), 12, 31);
    }
    return round.opens(opens).closes(closes);
  }

  /**
   * A round of the date's year supplied with the case, with criteria of its own (read for the year
   * before): for both predicates or, in 1 case in 4, for WBBM only; asking for an SPIP level in 1 case
   * in 3; with a window around the date in 1 case in 2.
   */
  private ProposalRound ownRound(LocalDate asOf) {
    ProposalRound.Builder round = ProposalRound.builder().year(asOf.getYear())
        .evidenceYear(asOf.getYear() - 1)
        .source("an illustrative round, supplied with the case");
    boolean spip = random.nextInt(3) == 0;
    if (random.nextInt(4) != 0) {
      round.putCriteria(Predikat.WBK, spip ? WBK_CRITERIA_SPIP : WBK_CRITERIA);
    }
    round.putCriteria(Predikat.WBBM, spip ? WBBM_CRITERIA_SPIP : WBBM_CRITERIA);
    if (random.nextBoolean()) {
      window(round, asOf);
    }
    return round.build();
  }

  private Instansi instansi(InstansiKind kind, int year) {
    Instansi.Builder instansi = Instansi.builder()
        .name(kind == InstansiKind.PEMDA ? "Pemerintah Kabupaten Contoh" : "Kementerian Contoh")
        .kind(kind);
    // each fact is missing for the evidence year in 1 case in 25; a fact of another year is noise
    if (random.nextInt(25) != 0) {
      int r = random.nextInt(100);
      instansi.putBpkOpinion(year, r < 80 ? BpkOpinion.WTP : r < 92 ? BpkOpinion.WDP
          : r < 96 ? BpkOpinion.TW : BpkOpinion.TMP);
    }
    if (random.nextInt(25) != 0) {
      instansi.putAkip(year, rating());
    }
    if (random.nextInt(25) != 0) {
      instansi.putIndeksRb(year, rating());
    }
    if (random.nextInt(25) != 0) {
      // SPIP level 1..5: 5 %, 15 %, 45 %, 25 %, 10 %
      int r = random.nextInt(100);
      instansi.putSpip(year, r < 5 ? 1 : r < 20 ? 2 : r < 65 ? 3 : r < 90 ? 4 : 5);
    }
    if (random.nextInt(5) == 0) {
      instansi.putAkip(year - 1, grade()).putIndeksRb(year + 1, rating()).putSpip(year + 1, 1);
    }
    return instansi.build();
  }

  /**
   * An AKIP or Indeks RB result: a grade in 3 cases in 4, else a score; a score is in 1 case in 8 on
   * a threshold of the scale (exactly, which maps to the grade below, or 0.01 above), else around 70.
   */
  private Rating rating() {
    if (random.nextInt(4) != 0) {
      return grade();
    }
    if (random.nextInt(8) == 0) {
      int threshold = SCORE_THRESHOLDS[random.nextInt(SCORE_THRESHOLDS.length)];
      return Rating.score(random.nextBoolean()
          ? BigDecimal.valueOf(threshold) : BigDecimal.valueOf(threshold * 100L + 1, 2));
    }
    double score = Math.max(0, Math.min(100, 70 + random.nextGaussian() * 12));
    return Rating.score(BigDecimal.valueOf(Math.round(score * 10), 1));
  }

  /** A grade weighted towards B..A: D 3 %, C 7 %, CC 15 %, B 30 %, BB 25 %, A 15 %, AA 5 %. */
  private Grade grade() {
    int r = random.nextInt(100);
    int[] upTo = {3, 10, 25, 55, 80, 95, 100};
    for (int i = 0; i < upTo.length; i++) {
      if (r < upTo[i]) {
        return GRADES[i];
      }
    }
    throw new AssertionError(r);
  }

  private UnitKerja unit(LocalDate asOf, Predikat target, InstansiKind kind) {
    int roll = random.nextInt(100);
    LocalDate pencanangan;
    if (roll < 4) {
      pencanangan = asOf.minusYears(1); // exactly one year of building: passes
    } else if (roll < 7) {
      pencanangan = asOf.minusYears(1).plusDays(1); // one day short
    } else if (roll < 9) {
      pencanangan = asOf.plusDays(1 + random.nextInt(200)); // a date before the pencanangan
    } else {
      pencanangan = asOf.minusDays(random.nextInt(6 * 365));
    }
    UnitKerja.Builder unit = UnitKerja.builder().name("Unit kerja contoh").pencanangan(pencanangan)
        .afirmasi(kind == InstansiKind.PEMDA && random.nextInt(8) == 0);

    // WBK: likely for a WBBM proposal, sometimes for a WBK one (then it is already held)
    boolean wbk = random.nextInt(100) < (target == Predikat.WBBM ? 85 : 15);
    if (!wbk) {
      return unit.build();
    }
    LocalDate awarded = pencanangan.plusDays(330 + random.nextInt(700));
    if (target == Predikat.WBBM && random.nextInt(6) == 0) {
      // WBK awarded in the year that just allows WBBM this year (two round years before), or the
      // year after, which does not; sometimes on its first or last day
      int year = asOf.getYear() - (random.nextBoolean() ? 2 : 1);
      int day = random.nextInt(4);
      LocalDate candidate = day == 0 ? LocalDate.of(year, 1, 1) : day == 1
          ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
      if (!candidate.isBefore(pencanangan)) {
        awarded = candidate;
      }
    }
    unit.addHistory(PredikatEvent.awarded(Predikat.WBK, awarded));
    LocalDate last = awarded;
    if (random.nextInt(100) < 20) {
      LocalDate revoked = last.plusDays(30 + random.nextInt(900));
      if (random.nextInt(10) == 0 && asOf.minusYears(2).isAfter(last)) {
        revoked = asOf.minusYears(2); // the cooling-off ends exactly on the date
      }
      unit.addHistory(PredikatEvent.revoked(Predikat.WBK, revoked));
      last = revoked;
      if (random.nextInt(100) < 40) {
        // awarded again, after the cooling-off: an award within it is an impossible history
        last = last.plusYears(2).plusDays(random.nextInt(700));
        unit.addHistory(PredikatEvent.awarded(Predikat.WBK, last));
      } else {
        return unit.build();
      }
    }
    if (random.nextInt(100) < (target == Predikat.WBBM ? 12 : 30)) {
      last = last.plusDays(200 + random.nextInt(800));
      unit.addHistory(PredikatEvent.awarded(Predikat.WBBM, last));
      if (random.nextInt(100) < 40) {
        unit.addHistory(PredikatEvent.revoked(Predikat.WBBM, last.plusDays(30 + random.nextInt(600))));
      }
    }
    return unit.build();
  }

  private LkeResult lke(Predikat target) {
    // a unit's overall quality, with each part scattered around it
    double quality = target == Predikat.WBBM
        ? 0.72 + random.nextDouble() * 0.28
        : 0.55 + random.nextDouble() * 0.45;
    BigDecimal[] pemenuhan = new BigDecimal[AREAS.length];
    BigDecimal[] reform = new BigDecimal[AREAS.length];
    for (int i = 0; i < AREAS.length; i++) {
      int weight = PART_WEIGHT[i];
      if (random.nextInt(40) == 0) {
        // exactly on the area minimum: 60 % (or 75 %) of the area's weight, in hundredths; in 1 case
        // in 4 a hair below it
        long minimum = (random.nextBoolean() ? 60L : 75L) * 2 * weight / 100;
        pemenuhan[i] = BigDecimal.valueOf(minimum / 2, 2);
        reform[i] = BigDecimal.valueOf(minimum - minimum / 2, 2);
        if (random.nextInt(4) == 0) {
          reform[i] = reform[i].subtract(new BigDecimal("0.001")); // a hair below it
        }
      } else {
        pemenuhan[i] = BigDecimal.valueOf(part(weight, quality), 2);
        reform[i] = BigDecimal.valueOf(part(weight, quality), 2);
      }
    }
    BigDecimal ipak = index(quality, "3.60");
    BigDecimal ipkp = index(quality, random.nextBoolean() ? "3.20" : "3.60");
    int c = (int) Math.round((1 - quality) * 4 + random.nextGaussian() * 0.8);
    CapaianKinerja capaian = CAPAIAN[Math.max(0, Math.min(4, c))];

    // in 1 case in 6, the last part is set so that the pengungkit or the total is exactly a minimum
    // (75 or 85 total, 40 or 48 pengungkit): exact arithmetic meets it, binary doubles may not; in 1
    // of those in 3 it is a hair below instead (0.001, 0.0001 or 0.00001), so that the failing score
    // needs 3 or 4 places to show below its minimum
    int last = AREAS.length - 1;
    int roll = random.nextInt(24);
    if (roll < 4) {
      BigDecimal below = random.nextInt(3) != 0 ? BigDecimal.ZERO
          : BigDecimal.valueOf(1, 3 + random.nextInt(3));
      BigDecimal goal;
      if (roll < 2) {
        goal = roll == 0 ? BigDecimal.valueOf(40) : BigDecimal.valueOf(48);
      } else {
        BigDecimal hasil = ipak.add(ipkp).multiply(new BigDecimal("4.375"))
            .add(CAPAIAN_POINTS[capaian.ordinal()]);
        goal = (roll == 2 ? BigDecimal.valueOf(75) : BigDecimal.valueOf(85)).subtract(hasil);
      }
      setIfWithin(reform, last, goal.subtract(below).subtract(sum(pemenuhan, reform, last)));
    }
    LkeResult.Builder lke = LkeResult.builder();
    for (int i = 0; i < AREAS.length; i++) {
      lke.putPengungkit(AREAS[i], AreaScore.of(pemenuhan[i], reform[i]));
    }
    return lke.hasil(Hasil.of(ipak, capaian, ipkp)).build();
  }

  /** Every part but the reform of area {@code last}. */
  private static BigDecimal sum(BigDecimal[] pemenuhan, BigDecimal[] reform, int last) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < pemenuhan.length; i++) {
      sum = sum.add(pemenuhan[i]);
      if (i != last) {
        sum = sum.add(reform[i]);
      }
    }
    return sum;
  }

  private static void setIfWithin(BigDecimal[] reform, int i, BigDecimal value) {
    if (value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(PART_WEIGHT[i], 2)) <= 0) {
      reform[i] = value;
    }
  }

  /** Points of a part in hundredths: quality with noise, times its weight, within [0, weight]. */
  private long part(int weight, double quality) {
    double share = Math.max(0, Math.min(1, quality + random.nextGaussian() * 0.08));
    return Math.round(share * weight);
  }

  /** A survey index 1..4 with 2 decimals, or in 1 case in 12 exactly {@code boundary}. */
  private BigDecimal index(double quality, String boundary) {
    if (random.nextInt(12) == 0) {
      return new BigDecimal(boundary);
    }
    double value = 2.6 + quality * 1.4 + random.nextGaussian() * 0.2;
    long hundredths = Math.round(Math.max(1, Math.min(4, value)) * 100);
    return BigDecimal.valueOf(hundredths, 2);
  }
}
