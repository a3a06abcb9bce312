package io.github.zi4j.benchmarks.generator;

import io.github.zi4j.instansi.BpkOpinion;
import io.github.zi4j.instansi.Grade;
import io.github.zi4j.instansi.Instansi;
import io.github.zi4j.instansi.InstansiKind;
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
 * <p>What varies: the date (2022&ndash;2026) and the target (WBK about 2 in 3); the pencanangan (up to
 * six years before, sometimes exactly one year, or a day less); the history (WBK awarded, revoked,
 * awarded again, WBBM on top, WBBM revoked, some events after the date, which are not read yet); the
 * round (the 2024 round by year, none so the date's year is read, the 2022 round without criteria, or a
 * round of 2025 with its own criteria, sometimes for one predicate only); the instansi (pemda or K/L,
 * BPK opinion, AKIP grade, Indeks RB, each sometimes missing for the evidence year, so that UNDETERMINED
 * happens); and the LKE (missing in 1 case in 10; parts within their weights with 2 decimals, survey
 * indices 1&ndash;4, capaian kinerja A&ndash;E; sometimes exactly on a minimum: an area at exactly
 * 60 % or 75 % of its weight, IPAK 3.60, IPKP 3.20 or 3.60, and a last part set, with as many
 * decimals as that takes, so that the pengungkit is exactly 40 or 48 or the total exactly 75 or 85).
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
  private static final ProposalRound ROUND_2024 = ProposalRound.builder().year(2024).build();
  private static final ProposalRound ROUND_2022 = ProposalRound.builder().year(2022).build();
  private static final ProposalRound ROUND_2025_BOTH = round2025(true);
  private static final ProposalRound ROUND_2025_WBBM_ONLY = round2025(false);

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

  private static ProposalRound round2025(boolean both) {
    ProposalRound.Builder round = ProposalRound.builder().year(2025).evidenceYear(2024)
        .source("an illustrative round of 2025, supplied with the case");
    if (both) {
      round.putCriteria(Predikat.WBK, InstansiCriteria.builder().bpkOpinion(BpkOpinion.WDP)
          .akip(Grade.B).putIndeksRb(InstansiKind.PEMDA, Grade.B)
          .putIndeksRb(InstansiKind.KL, Grade.B).build());
    }
    return round.putCriteria(Predikat.WBBM, InstansiCriteria.builder().bpkOpinion(BpkOpinion.WTP)
        .akip(Grade.A).putIndeksRb(InstansiKind.PEMDA, Grade.BB)
        .putIndeksRb(InstansiKind.KL, Grade.A).build()).build();
  }

  @Override
  public boolean hasNext() {
    return true;
  }

  @Override
  public Proposal next() {
    LocalDate asOf = FIRST.plusDays(random.nextInt(DAYS + 1));
    Predikat target = random.nextInt(3) < 2 ? Predikat.WBK : Predikat.WBBM;
    Proposal.Builder proposal = Proposal.builder().asOf(asOf).target(target);

    // the round, and so the evidence year the instansi's facts are read for
    int roll = random.nextInt(100);
    int evidenceYear = 2023;
    if (roll < 62) {
      proposal.round(ROUND_2024);
    } else if (roll < 78) {
      evidenceYear = asOf.getYear() - 1; // no round given: the date's year (known only for 2024)
    } else if (roll < 86) {
      proposal.round(ROUND_2022);
      evidenceYear = 2021;
    } else {
      proposal.round(random.nextInt(4) == 0 ? ROUND_2025_WBBM_ONLY : ROUND_2025_BOTH);
      evidenceYear = 2024;
    }
    proposal.instansi(instansi(evidenceYear));
    proposal.unit(unit(asOf, target));
    if (random.nextInt(10) != 0) {
      proposal.lke(lke(target));
    }
    return proposal.build();
  }

  private Instansi instansi(int year) {
    InstansiKind kind = random.nextInt(10) < 7 ? InstansiKind.PEMDA : InstansiKind.KL;
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
      instansi.putAkip(year, grade());
    }
    if (random.nextInt(25) != 0) {
      instansi.putIndeksRb(year, grade());
    }
    if (random.nextInt(5) == 0) {
      instansi.putAkip(year - 1, grade()).putIndeksRb(year + 1, grade());
    }
    return instansi.build();
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

  private UnitKerja unit(LocalDate asOf, Predikat target) {
    int roll = random.nextInt(100);
    LocalDate pencanangan;
    if (roll < 4) {
      pencanangan = asOf.minusYears(1); // exactly one year of building: passes
    } else if (roll < 7) {
      pencanangan = asOf.minusYears(1).plusDays(1); // one day short
    } else {
      pencanangan = asOf.minusDays(random.nextInt(6 * 365));
    }
    UnitKerja.Builder unit = UnitKerja.builder().name("Unit kerja contoh").pencanangan(pencanangan);

    // WBK: likely for a WBBM proposal, sometimes for a WBK one (then it is already held)
    boolean wbk = random.nextInt(100) < (target == Predikat.WBBM ? 85 : 15);
    if (!wbk) {
      return unit.build();
    }
    LocalDate awarded = pencanangan.plusDays(330 + random.nextInt(700));
    if (target == Predikat.WBBM && random.nextInt(25) == 0
        && asOf.minusYears(1).isAfter(pencanangan)) {
      awarded = asOf.minusYears(1); // held for exactly the holding period
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
        last = last.plusDays(365 + random.nextInt(700));
        unit.addHistory(PredikatEvent.awarded(Predikat.WBK, last));
      } else {
        return unit.build();
      }
    }
    if (random.nextInt(100) < (target == Predikat.WBBM ? 8 : 30)) {
      last = last.plusDays(200 + random.nextInt(800));
      unit.addHistory(PredikatEvent.awarded(Predikat.WBBM, last));
      if (random.nextInt(100) < 25) {
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
        // exactly on the area minimum: 60 % (or 75 %) of the area's weight, in hundredths
        long minimum = (random.nextBoolean() ? 60L : 75L) * 2 * weight / 100;
        pemenuhan[i] = BigDecimal.valueOf(minimum / 2, 2);
        reform[i] = BigDecimal.valueOf(minimum - minimum / 2, 2);
      } else {
        pemenuhan[i] = BigDecimal.valueOf(part(weight, quality), 2);
        reform[i] = BigDecimal.valueOf(part(weight, quality), 2);
      }
    }
    BigDecimal ipak = index(quality, "3.60");
    BigDecimal ipkp = index(quality, random.nextBoolean() ? "3.20" : "3.60");
    int c = (int) Math.round((1 - quality) * 4 + random.nextGaussian() * 0.8);
    CapaianKinerja capaian = CAPAIAN[Math.max(0, Math.min(4, c))];

    // in 1 case in 12, the last part is set so that the pengungkit or the total is exactly a minimum
    // (75 or 85 total, 40 or 48 pengungkit): exact arithmetic meets it, binary doubles may not
    int last = AREAS.length - 1;
    int roll = random.nextInt(24);
    if (roll < 2) {
      BigDecimal others = sum(pemenuhan, reform, last);
      BigDecimal goal = roll == 0 ? BigDecimal.valueOf(40) : BigDecimal.valueOf(48);
      setIfWithin(reform, last, goal.subtract(others));
    } else if (roll < 4) {
      BigDecimal hasil = ipak.add(ipkp).multiply(new BigDecimal("4.375"))
          .add(CAPAIAN_POINTS[capaian.ordinal()]);
      BigDecimal goal = roll == 2 ? BigDecimal.valueOf(75) : BigDecimal.valueOf(85);
      setIfWithin(reform, last, goal.subtract(hasil).subtract(sum(pemenuhan, reform, last)));
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
