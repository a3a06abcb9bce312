package io.github.zi4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.ZiJson;
import io.github.zi4j.instansi.BpkOpinion;
import io.github.zi4j.instansi.Grade;
import io.github.zi4j.instansi.Instansi;
import io.github.zi4j.instansi.InstansiKind;
import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.lke.AreaScore;
import io.github.zi4j.lke.CapaianKinerja;
import io.github.zi4j.lke.Hasil;
import io.github.zi4j.lke.LkeResult;
import io.github.zi4j.lke.LkeWeights;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.round.InstansiCriteria;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.PredikatEvent;
import io.github.zi4j.unit.UnitKerja;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The named cases of the zi-rules tests, built from the seed stories of the domain notes (§8).
 *
 * <p>Where a story gives a month or a year but not the day, the day chosen here is <b>illustrative</b>
 * and said so next to it; the instansi facts (BPK opinion, AKIP, Indeks RB) of the seeds are not
 * published in the notes, so the ones given here are illustrative too, chosen to sit on the 2024 round's
 * minimums. K/L cases use a fictional ministry.
 */
final class Fixtures {

  private Fixtures() {}

  static final Locale ID = Locale.forLanguageTag("id");
  static final Locale EN = Locale.ENGLISH;

  // ---------------------------------------------------------------------------------------------
  // Kabupaten Pesawaran: pencanangan 10 November 2022; DPMPTSP proposed for WBK in the 2024 round.

  /** Pesawaran's pencanangan (sure: the seed article). */
  static final LocalDate PESAWARAN_PENCANANGAN = LocalDate.of(2022, 11, 10);

  /** Pencanangan + 1 year exactly: the first day Pesawaran's units may be proposed. */
  static final LocalDate PESAWARAN_FIRST_PROPOSAL_DAY = LocalDate.of(2023, 11, 10);

  /** A day inside the 2024 round's window (18 to 31 July 2024). */
  static final LocalDate PESAWARAN_AS_OF = LocalDate.of(2024, 7, 20);

  /** Pesawaran as a pemda; its 2023 facts are illustrative, exactly the 2024 WBK minimums for a pemda. */
  static final Instansi PESAWARAN = Instansi.builder()
      .name("Pemerintah Kabupaten Pesawaran")
      .kind(InstansiKind.PEMDA)
      .putBpkOpinion(2023, BpkOpinion.WTP)
      .putAkip(2023, Grade.B)
      .putIndeksRb(2023, Grade.CC)
      .build();

  static final UnitKerja DPMPTSP_PESAWARAN = UnitKerja.builder()
      .name("DPMPTSP Kabupaten Pesawaran")
      .pencanangan(PESAWARAN_PENCANANGAN)
      .build();

  /** DPMPTSP Pesawaran proposed for WBK in the 2024 round, without an LKE result. */
  static final Proposal PESAWARAN_WBK_2024 = Proposal.builder()
      .asOf(PESAWARAN_AS_OF)
      .target(Predikat.WBK)
      .instansi(PESAWARAN)
      .unit(DPMPTSP_PESAWARAN)
      .build();

  // ---------------------------------------------------------------------------------------------
  // Kabupaten Balangan: DPMPTSP builds ZI from 2021, gets WBK at the end of 2024, aims for WBBM 2026.

  /** "From 2021": the day is illustrative. */
  static final LocalDate BALANGAN_PENCANANGAN = LocalDate.of(2021, 3, 1);

  /** "WBK at the end of 2024": the exact day, 10 December 2024, is illustrative. */
  static final LocalDate BALANGAN_WBK_AWARD = LocalDate.of(2024, 12, 10);

  /** The award + the default holding period of 1 year (unverified). */
  static final LocalDate BALANGAN_WBBM_FIRST_DAY = LocalDate.of(2025, 12, 10);

  /** "WBBM in 2026": a day in the (assumed) July window of 2026, illustrative. */
  static final LocalDate BALANGAN_AS_OF = LocalDate.of(2026, 7, 20);

  /** Balangan as a pemda; its 2025 facts are illustrative, exactly the WBBM minimums for a pemda. */
  static final Instansi BALANGAN = Instansi.builder()
      .name("Pemerintah Kabupaten Balangan")
      .kind(InstansiKind.PEMDA)
      .putBpkOpinion(2025, BpkOpinion.WTP)
      .putAkip(2025, Grade.BB)
      .putIndeksRb(2025, Grade.B)
      .build();

  static final UnitKerja DPMPTSP_BALANGAN = UnitKerja.builder()
      .name("DPMPTSP Kabupaten Balangan")
      .pencanangan(BALANGAN_PENCANANGAN)
      .addHistory(PredikatEvent.awarded(Predikat.WBK, BALANGAN_WBK_AWARD))
      .build();

  /**
   * A fictional 2026 round: zi4j bundles no 2026 round, so the tests assume the 2024 criteria again,
   * read from the 2025 evaluations.
   */
  static final ProposalRound ROUND_2026 = ProposalRound.builder()
      .year(2026)
      .evidenceYear(2025)
      .putCriteria(Predikat.WBK, InstansiCriteria.builder()
          .bpkOpinion(BpkOpinion.WTP).akip(Grade.B)
          .putIndeksRb(InstansiKind.PEMDA, Grade.CC).putIndeksRb(InstansiKind.KL, Grade.B)
          .build())
      .putCriteria(Predikat.WBBM, InstansiCriteria.builder()
          .bpkOpinion(BpkOpinion.WTP).akip(Grade.BB)
          .putIndeksRb(InstansiKind.PEMDA, Grade.B).putIndeksRb(InstansiKind.KL, Grade.BB)
          .build())
      .source("asumsi uji: kriteria 2024 berlaku lagi")
      .confidence(Confidence.UNVERIFIED)
      .build();

  /** DPMPTSP Balangan proposed for WBBM in (fictional) 2026 round data, without an LKE result. */
  static final Proposal BALANGAN_WBBM_2026 = Proposal.builder()
      .asOf(BALANGAN_AS_OF)
      .target(Predikat.WBBM)
      .instansi(BALANGAN)
      .unit(DPMPTSP_BALANGAN)
      .round(ROUND_2026)
      .build();

  // ---------------------------------------------------------------------------------------------
  // Pengadilan Negeri Surabaya: WBK 2019, revoked 3 February 2022.

  /** Not in the notes: illustrative. */
  static final LocalDate PN_SURABAYA_PENCANANGAN = LocalDate.of(2018, 2, 1);

  /** "WBK 2019": the day is illustrative. */
  static final LocalDate PN_SURABAYA_WBK_AWARD = LocalDate.of(2019, 12, 10);

  /** The revocation decision (sure: Kompas and Republika, July 2022). */
  static final LocalDate PN_SURABAYA_REVOKED = LocalDate.of(2022, 2, 3);

  /** Revocation + 2 years exactly: the first day PN Surabaya may be proposed again. */
  static final LocalDate PN_SURABAYA_COOLDOWN_END = LocalDate.of(2024, 2, 3);

  /** The court's K/L; no facts about it are in the notes, so none are given. */
  static final Instansi MAHKAMAH_AGUNG = Instansi.builder()
      .name("Mahkamah Agung")
      .kind(InstansiKind.KL)
      .build();

  static final UnitKerja PN_SURABAYA = UnitKerja.builder()
      .name("Pengadilan Negeri Surabaya")
      .pencanangan(PN_SURABAYA_PENCANANGAN)
      .addHistory(PredikatEvent.awarded(Predikat.WBK, PN_SURABAYA_WBK_AWARD))
      .addHistory(PredikatEvent.revoked(Predikat.WBK, PN_SURABAYA_REVOKED))
      .build();

  /** PN Surabaya proposed for WBK again in the 2024 round. */
  static final Proposal PN_SURABAYA_WBK_2024 = Proposal.builder()
      .asOf(PESAWARAN_AS_OF)
      .target(Predikat.WBK)
      .instansi(MAHKAMAH_AGUNG)
      .unit(PN_SURABAYA)
      .build();

  // ---------------------------------------------------------------------------------------------
  // Kota Pekalongan: DPMPTSP awarded WBK on 21 December 2020.

  /** Not in the notes (the unit was proposed in 2020 after a year of building): illustrative. */
  static final LocalDate PEKALONGAN_PENCANANGAN = LocalDate.of(2019, 3, 1);

  /** The award ceremony (sure: the seed article). */
  static final LocalDate PEKALONGAN_WBK_AWARD = LocalDate.of(2020, 12, 21);

  static final Instansi PEKALONGAN = Instansi.builder()
      .name("Pemerintah Kota Pekalongan")
      .kind(InstansiKind.PEMDA)
      .putBpkOpinion(2023, BpkOpinion.WTP)
      .putAkip(2023, Grade.BB)
      .putIndeksRb(2023, Grade.B)
      .build();

  static final UnitKerja DPMPTSP_PEKALONGAN = UnitKerja.builder()
      .name("DPMPTSP Kota Pekalongan")
      .pencanangan(PEKALONGAN_PENCANANGAN)
      .addHistory(PredikatEvent.awarded(Predikat.WBK, PEKALONGAN_WBK_AWARD))
      .build();

  /** DPMPTSP Pekalongan proposed for WBBM in the 2024 round (still holding its 2020 WBK). */
  static final Proposal PEKALONGAN_WBBM_2024 = Proposal.builder()
      .asOf(PESAWARAN_AS_OF)
      .target(Predikat.WBBM)
      .instansi(PEKALONGAN)
      .unit(DPMPTSP_PEKALONGAN)
      .build();

  // ---------------------------------------------------------------------------------------------
  // A fictional K/L for the K/L cases.

  /** Fictional ministry; its 2023 facts meet the 2024 WBBM minimums for a K/L (BB, BB). */
  static final Instansi KEMENTERIAN_CONTOH = Instansi.builder()
      .name("Kementerian Contoh")
      .kind(InstansiKind.KL)
      .putBpkOpinion(2023, BpkOpinion.WTP)
      .putAkip(2023, Grade.BB)
      .putIndeksRb(2023, Grade.BB)
      .build();

  /** A fictional unit of it, building since 4 January 2021, holding nothing. */
  static final UnitKerja KANTOR_CONTOH = UnitKerja.builder()
      .name("Kantor Pelayanan Contoh")
      .pencanangan(LocalDate.of(2021, 1, 4))
      .build();

  /** A fictional unit that went WBK (20 December 2021) and then WBBM (12 December 2023). */
  static final UnitKerja KANTOR_CONTOH_WBBM = UnitKerja.builder()
      .name("Kantor Pelayanan Contoh Utama")
      .pencanangan(LocalDate.of(2020, 1, 6))
      .addHistory(PredikatEvent.awarded(Predikat.WBK, LocalDate.of(2021, 12, 20)))
      .addHistory(PredikatEvent.awarded(Predikat.WBBM, LocalDate.of(2023, 12, 12)))
      .build();

  /** Kantor Pelayanan Contoh proposed for WBK in the 2024 round. */
  static final Proposal KANTOR_CONTOH_WBK_2024 = Proposal.builder()
      .asOf(PESAWARAN_AS_OF)
      .target(Predikat.WBK)
      .instansi(KEMENTERIAN_CONTOH)
      .unit(KANTOR_CONTOH)
      .build();

  // ---------------------------------------------------------------------------------------------
  // LKE results under PermenPANRB 90/2021. Weights (pemenuhan = reform): MP 4.00, TL 3.50, SDM 5.00,
  // AK 5.00, PW 7.50, PP 5.00; a survey index s gives s × 17.5 / 4 = s × 4.375 points; capaian kinerja
  // A..E gives 5.00, 3.75, 2.50, 1.25, 0.

  /**
   * An LKE on the WBK line: every part at 70 % (MP 2.80, TL 2.45, SDM 3.50, AK 3.50, PW 5.25, PP 3.50 →
   * pengungkit 42.00) but PW pemenuhan raised to 6.00 → pengungkit 42.75; IPAK 3.60 → 15.75, capaian C →
   * 2.50 (bersih 18.25), IPKP 3.20 → 14.00 → hasil 32.25; total 75.00. Total, bersih, IPAK, capaian and
   * IPKP each sit exactly on their WBK minimum.
   */
  static LkeResult wbkOnTheLine() {
    return wbkLine().build();
  }

  /** The parts of {@link #wbkOnTheLine()}, to change one of them. */
  static Lke wbkLine() {
    return lke().allPartsAt("0.70").pemenuhan(AreaPerubahan.PENGUATAN_PENGAWASAN, "6.00")
        .hasil("3.60", CapaianKinerja.C, "3.20");
  }

  /**
   * An LKE on the WBBM line: every part at 80 % (MP 3.20, TL 2.80, SDM 4.00, AK 4.00, PW 6.00, PP 4.00 →
   * 48.00) with PW pemenuhan 7.50 (+1.50) and PP pemenuhan 4.25 (+0.25) → pengungkit 49.75; IPAK 3.60 →
   * 15.75, capaian B → 3.75 (bersih 19.50), IPKP 3.60 → 15.75 → hasil 35.25; total 85.00. Total, bersih,
   * IPAK, capaian and IPKP each sit exactly on their WBBM minimum.
   */
  static LkeResult wbbmOnTheLine() {
    return wbbmLine().build();
  }

  /** The parts of {@link #wbbmOnTheLine()}, to change one of them. */
  static Lke wbbmLine() {
    return lke().allPartsAt("0.80")
        .pemenuhan(AreaPerubahan.PENGUATAN_PENGAWASAN, "7.50")
        .pemenuhan(AreaPerubahan.PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK, "4.25")
        .hasil("3.60", CapaianKinerja.B, "3.60");
  }

  /**
   * Every part at 80 % (pengungkit 48.00, each area at 80 % of its weight) and the best hasil (IPAK 4,
   * A, IPKP 4 → 17.50 + 5.00 + 17.50 = 40.00): total 88.00. Only the pengungkit sits on a line, the
   * WBBM one; change one area to test the area rule alone.
   */
  static Lke strongHasil() {
    return lke().allPartsAt("0.80").hasil("4", CapaianKinerja.A, "4");
  }

  /** A new LKE under construction: every part 0, hasil the lowest (IPAK 1, E, IPKP 1). */
  static Lke lke() {
    return new Lke();
  }

  /** A small mutable helper that builds an {@link LkeResult} from readable parts. */
  static final class Lke {
    private final Map<AreaPerubahan, BigDecimal> pemenuhan = new EnumMap<>(AreaPerubahan.class);
    private final Map<AreaPerubahan, BigDecimal> reform = new EnumMap<>(AreaPerubahan.class);
    private BigDecimal ipak = BigDecimal.ONE;
    private CapaianKinerja capaian = CapaianKinerja.E;
    private BigDecimal ipkp = BigDecimal.ONE;

    private Lke() {
      for (AreaPerubahan area : AreaPerubahan.values()) {
        pemenuhan.put(area, BigDecimal.ZERO);
        reform.put(area, BigDecimal.ZERO);
      }
    }

    /** Every pemenuhan and reform part at {@code share} of its weight. */
    Lke allPartsAt(String share) {
      LkeWeights weights = LkeWeights.permenpanrb90of2021();
      for (AreaPerubahan area : AreaPerubahan.values()) {
        pemenuhan.put(area, weights.pemenuhan(area).multiply(new BigDecimal(share)));
        reform.put(area, weights.reform(area).multiply(new BigDecimal(share)));
      }
      return this;
    }

    Lke area(AreaPerubahan area, String pemenuhanPoints, String reformPoints) {
      return pemenuhan(area, pemenuhanPoints).reform(area, reformPoints);
    }

    Lke pemenuhan(AreaPerubahan area, String points) {
      pemenuhan.put(area, new BigDecimal(points));
      return this;
    }

    Lke reform(AreaPerubahan area, String points) {
      reform.put(area, new BigDecimal(points));
      return this;
    }

    Lke hasil(String ipakIndex, CapaianKinerja capaianKinerja, String ipkpIndex) {
      this.ipak = new BigDecimal(ipakIndex);
      this.capaian = capaianKinerja;
      this.ipkp = new BigDecimal(ipkpIndex);
      return this;
    }

    Lke ipak(String index) {
      this.ipak = new BigDecimal(index);
      return this;
    }

    Lke capaian(CapaianKinerja grade) {
      this.capaian = grade;
      return this;
    }

    Lke ipkp(String index) {
      this.ipkp = new BigDecimal(index);
      return this;
    }

    LkeResult build() {
      LkeResult.Builder builder = LkeResult.builder();
      for (AreaPerubahan area : AreaPerubahan.values()) {
        builder.putPengungkit(area, AreaScore.of(pemenuhan.get(area), reform.get(area)));
      }
      return builder.hasil(Hasil.of(ipak, capaian, ipkp)).build();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // LKE worksheets: the fictional examples of zi-examples/worksheets (tests run in the module
  // directory).

  /** Where the example worksheets live. */
  static final Path WORKSHEETS = Path.of("..", "zi-examples", "worksheets");

  /**
   * The fictional Mal Pelayanan Publik Kota Contoh under PermenPANRB 90/2021 (the official items, as
   * PortalRB numbers them), answered by the unit (SELF) and by its TPI. The TPI differs on three
   * questions: S18 B → C (indicator 10, weight 2.0, 4 items: −0.5 / 4 × 2 = −0.25), S92 A → C
   * (indicator 37, weight 1.0, A–E: 1 → 0.5, −0.50) and capaian kinerja S126 B → C (3.75 → 2.50:
   * −1.25).
   *
   * <p>SELF, by hand (an indicator scores the mean of its scored items × its weight; the arithmetic
   * item by item is in zi-core's LkeScorerTest). Pemenuhan: MP 4 − 0.12375 (7: S12 B of A–D = 0.67,
   * 1.5 × 3.67/4) = 3.87625; TL 3.5 − 0.25 (10: S18 B) = 3.25; SDM 5; AK 5; PW 7.5 − 0.09375 (24: S53
   * B of A–E) = 7.40625; PP 5 → 29.5325. Reform: MP 4 − 0.25 (36: 25 of 20 capped at 1, 6 of 8 = 0.75)
   * = 3.75; TL 3.5; SDM 5 (46: no violations either year = 1); AK 5 − 0.2 (48: 9 of 10) = 4.8; PW 7.5
   * − 0.25 (55: LHKPN 3 of 2 + 1 + 1; 53: 0 of 0 = 1) = 7.25; PP 5 − 0.725 (58: (0.67 + 3/4) / 2 ×
   * 2.5 = 1.775) = 4.275 → 28.575. Pengungkit 58.1075. Hasil: IPAK 3.71 × 4.375 = 16.23125, capaian B
   * 3.75, IPKP 3.6 × 4.375 = 15.75 → 35.73125. Total 93.83875.
   *
   * <p>TPI: TL pemenuhan 3.00, MP reform 3.25 (pengungkit 57.3575), capaian C 2.50 (hasil 34.48125):
   * total 93.83875 − 0.25 − 0.50 − 1.25 = 91.83875.
   */
  static final Worksheet CONTOH_90_2021 =
      ZiJson.read(WORKSHEETS.resolve("contoh-90-2021.json"), Worksheet.class);

  /** SELF's total on {@link #CONTOH_90_2021}, by hand above. */
  static final String CONTOH_90_2021_SELF_TOTAL = "93.83875";

  /** The TPI's total on {@link #CONTOH_90_2021}, by hand above. */
  static final String CONTOH_90_2021_TPI_TOTAL = "91.83875";

  /**
   * The fictional Kantor Pelayanan Contoh under PermenPANRB 52/2014, answered by the unit only (each
   * area one indicator of three A–C questions). Pengungkit: MP 5, TL 5, SDM 15 × 2.5/3 = 12.5, AK 10,
   * PW 15 × 2.5/3 = 12.5, PP 10 → 55. Hasil: survey 3.6 / 4 × 15 = 13.5, TLHP 18/20 × 5 = 4.5 (bersih
   * 18), service survey 3.4 / 4 × 20 = 17 → 35. Total 90.
   */
  static final Worksheet CONTOH_52_2014 =
      ZiJson.read(WORKSHEETS.resolve("contoh-52-2014.json"), Worksheet.class);

  /** {@code worksheet} with only {@code role}'s answers, as a unit sends it before any review. */
  static Worksheet onlyAnswersOf(Worksheet worksheet, Role role) {
    return new Worksheet(worksheet.edition(), worksheet.unit(),
        Map.of(role, worksheet.answersOf(role)));
  }

  /** Points as a measure, for comparing a finding's required, actual or shortfall. */
  static Measure.Points points(String value) {
    return new Measure.Points(new BigDecimal(value));
  }

  /** A date as a measure. */
  static Measure.Day day(LocalDate date) {
    return new Measure.Day(date);
  }

  /** A number of days as a measure. */
  static Measure.Days days(long count) {
    return new Measure.Days(count);
  }

  /** A term (predicate, grade, opinion, year) as a measure. */
  static Measure.Term term(Object code) {
    return Measure.Term.of(code);
  }

  /** The exact value of points, after checking the measure is points. */
  static BigDecimal pointsOf(Optional<Measure> measure) {
    assertThat(measure).get().isInstanceOf(Measure.Points.class);
    return ((Measure.Points) measure.orElseThrow()).value();
  }

  /** The one finding of {@code rule} in {@code decision}, after checking there is exactly one. */
  static Finding only(Decision decision, RuleId rule) {
    List<Finding> findings = decision.findings(rule);
    assertThat(findings).as("findings of %s", rule).hasSize(1);
    return findings.get(0);
  }

  /** The finding of the template-minimum rule about the node named {@code node}. */
  static Finding minimumFinding(Decision decision, String node) {
    List<Finding> findings = decision.findings(RuleId.LKE_MINIMUM).stream()
        .filter(f -> f.context().equals(Optional.of(term(node))))
        .collect(Collectors.toList());
    assertThat(findings).as("minimum findings of %s", node).hasSize(1);
    return findings.get(0);
  }

  /** The finding of the area rule about {@code area} (and, per part, {@code variant}). */
  static Finding areaFinding(Decision decision, AreaPerubahan area, Optional<String> variant) {
    List<Finding> findings = decision.findings(RuleId.LKE_AREA).stream()
        .filter(f -> f.area().equals(Optional.of(area)) && f.variant().equals(variant))
        .collect(Collectors.toList());
    assertThat(findings).as("area findings of %s %s", area, variant).hasSize(1);
    return findings.get(0);
  }
}
