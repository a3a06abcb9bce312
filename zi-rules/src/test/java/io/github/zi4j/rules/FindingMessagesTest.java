package io.github.zi4j.rules;

import static io.github.zi4j.lke.AreaPerubahan.MANAJEMEN_PERUBAHAN;
import static io.github.zi4j.lke.AreaPerubahan.PENGUATAN_PENGAWASAN;
import static io.github.zi4j.rules.Fixtures.BALANGAN_WBBM_2026;
import static io.github.zi4j.rules.Fixtures.CONTOH_52_2014;
import static io.github.zi4j.rules.Fixtures.CONTOH_90_2021;
import static io.github.zi4j.rules.Fixtures.DPMPTSP_PESAWARAN;
import static io.github.zi4j.rules.Fixtures.EN;
import static io.github.zi4j.rules.Fixtures.ID;
import static io.github.zi4j.rules.Fixtures.KANTOR_CONTOH_WBBM;
import static io.github.zi4j.rules.Fixtures.KANTOR_CONTOH_WBK_2024;
import static io.github.zi4j.rules.Fixtures.KEMENTERIAN_CONTOH;
import static io.github.zi4j.rules.Fixtures.MAHKAMAH_AGUNG;
import static io.github.zi4j.rules.Fixtures.PEKALONGAN_WBBM_2024;
import static io.github.zi4j.rules.Fixtures.PESAWARAN;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_WBK_2024;
import static io.github.zi4j.rules.Fixtures.PN_SURABAYA_WBK_2024;
import static io.github.zi4j.rules.Fixtures.areaFinding;
import static io.github.zi4j.rules.Fixtures.minimumFinding;
import static io.github.zi4j.rules.Fixtures.only;
import static io.github.zi4j.rules.Fixtures.strongHasil;
import static io.github.zi4j.rules.Fixtures.wbbmLine;
import static io.github.zi4j.rules.Fixtures.wbbmOnTheLine;
import static io.github.zi4j.rules.Fixtures.wbkLine;
import static io.github.zi4j.rules.Fixtures.wbkOnTheLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.zi4j.instansi.BpkOpinion;
import io.github.zi4j.instansi.Grade;
import io.github.zi4j.instansi.Instansi;
import io.github.zi4j.instansi.Rating;
import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.lke.CapaianKinerja;
import io.github.zi4j.lke.Role;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.round.ProposalRounds;
import io.github.zi4j.rules.explain.Messages;
import io.github.zi4j.rules.score.ScoreProfile;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.PredikatEvent;
import io.github.zi4j.unit.ProposalEvent;
import io.github.zi4j.unit.ProposalStage;
import io.github.zi4j.unit.UnitKerja;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("A finding renders as one sentence with its legal basis, in Bahasa Indonesia or English")
class FindingMessagesTest {

  private static final DecisionEngine STANDARD = DecisionEngine.standard();

  // ---- how a sentence ends: " — " + the citation as the figure's data write it, then, for the rules
  // that have one, what the cited figure is (in the sentence's language), then the confidence when it
  // is not sure

  private static final String ID_LIKELY = " [cukup yakin]";
  private static final String EN_LIKELY = " [likely]";
  private static final String ID_UNVERIFIED = " [belum terverifikasi]";
  private static final String EN_UNVERIFIED = " [unverified]";

  // timing (figures.json; the prerequisite and not-yet-held bases are the rules' own)
  private static final String BUILDING =
      "Inspektorat Provinsi Kalimantan Selatan, tahapan pembangunan ZI";
  private static final String BUILDING_ID = BUILDING + ": masa pembangunan minimal sebelum usulan";
  private static final String BUILDING_EN =
      BUILDING + ": the minimum building period before a proposal";
  private static final String NOT_HELD_ID = "Siklus predikat Zona Integritas: WBK, lalu WBBM";
  private static final String NOT_HELD_EN = "The Zona Integritas predicate cycle: WBK, then WBBM";
  private static final String PREREQUISITE =
      "Praktik sejak PermenPANRB 52/2014 dan kisah unit (Balangan, RSUD SSMA Pontianak)";
  private static final String PREREQUISITE_ID =
      PREREQUISITE + ": WBBM hanya untuk unit berpredikat WBK";
  private static final String PREREQUISITE_EN = "Practice since PermenPANRB 52/2014 and the units' "
      + "stories (Balangan, RSUD SSMA Pontianak): WBBM only for a unit holding WBK";
  // the holding period cites both its sources: PortalRB for the 2 years, the Balangan story for the
  // counting in round years (or the caller's choice of counting), at the lower confidence
  private static final String HOLDING =
      "PortalRB, pemeriksaan administrasi usulan WBBM (\"minimal telah 2 tahun WBK\")";
  private static final String HOLDING_ROUND_YEARS =
      HOLDING + "; Kisah Kabupaten Balangan (WBK akhir 2024, usulan WBBM 2026)";
  private static final String HOLDING_ID =
      HOLDING_ROUND_YEARS + ": masa memegang WBK sebelum usulan WBBM" + ID_LIKELY;
  private static final String HOLDING_EN =
      HOLDING_ROUND_YEARS + ": the time WBK must be held before a WBBM proposal" + EN_LIKELY;
  private static final String HOLDING_EXACT = HOLDING + "; asumsi uji: dihitung dari tanggal "
      + "penetapan";
  private static final String HOLDING_EXACT_ID =
      HOLDING_EXACT + ": masa memegang WBK sebelum usulan WBBM" + ID_UNVERIFIED;
  private static final String HOLDING_EXACT_EN =
      HOLDING_EXACT + ": the time WBK must be held before a WBBM proposal" + EN_UNVERIFIED;
  private static final String COOLDOWN = "PermenPANRB 90/2021, Lampiran II Bab IV C";
  // one proposal a round: the yearly round of the domain notes' lifecycle, likely
  private static final String ROUND_ONCE_ID = "Siklus Zona Integritas, periode pengusulan tahunan:"
      + " satu usulan per periode" + ID_LIKELY;
  private static final String ROUND_ONCE_EN = "The Zona Integritas cycle, a yearly proposal round:"
      + " one proposal a round" + EN_LIKELY;
  private static final String COOLDOWN_ID = COOLDOWN + ": masa tunggu setelah pencabutan predikat";
  private static final String COOLDOWN_EN = COOLDOWN + ": the waiting period after a revocation";
  /** The bundled revocation policy, unsettled: what the revoked-higher findings cite by default. */
  private static final String UNSETTLED =
      "Tidak ada sumber yang ditemukan tentang akibat pencabutan WBBM bagi WBK";
  /** The caller's policies of this table, cited as the caller wrote them. */
  private static final String KEEPS_WBK = "asumsi uji: WBK tetap berlaku setelah WBBM dicabut";
  private static final String ENDS_WBK = "asumsi uji: pencabutan WBBM juga mengakhiri WBK";

  // rounds (rounds.json, or the round of this table); the round is named once, by its data
  private static final String ROUND_2024 =
      "Periode pengusulan 2024: Siaran pers KemenPANRB 16 Juli 2024";
  private static final String ROUND_2025 = "Periode pengusulan 2025: PortalRB (kode sumber, "
      + "kriteria instansi 2025): kriteria 2024 ditambah maturitas SPIP; jadwal tidak diketahui zi4j";
  private static final String ROUND_2022 = "Periode pengusulan 2022: menpan.go.id, 2022";
  private static final String ROUND_2023 = "Periode pengusulan 2023: Pengumuman hasil seleksi "
      + "administrasi usulan ZI 2023, 4 Juli 2023 (200 lulus, 895 lulus dengan catatan, 295 tidak "
      + "lulus): pengusulan telah ditutup sebelum tanggal itu; jendela dan kriteria instansi tidak "
      + "diketahui zi4j";
  /** The SAKIP scale a score is graded by (likely), cited beside the round by a finding on a score. */
  private static final String SCALE = "Skala predikat SAKIP, juga untuk kategori Indeks RB "
      + "(AA > 90, A > 80, BB > 70, B > 60, CC > 50, C > 30, D <= 30)";
  private static final String NO_ROUND =
      "KemenPANRB, pengumuman periode pengusulan";
  private static final String AFIRMASI = "PortalRB, kategori usulan WBK-AFIRMASI";
  // in English, the round's name and its source in English (rounds.json's sourceEnglish; a round
  // without one, as the 2022 round of this table, cites its source as written)
  private static final String ROUND_2024_EN =
      "2024 proposal round: KemenPANRB press release, 16 July 2024";
  private static final String ROUND_2025_EN = "2025 proposal round: PortalRB (source code, "
      + "instansi criteria 2025): the 2024 criteria plus SPIP maturity; the schedule is not known "
      + "to zi4j";
  private static final String ROUND_2022_EN = "2022 proposal round: menpan.go.id, 2022";
  private static final String ROUND_2023_EN = "2023 proposal round: Announcement of the "
      + "administrative selection of the 2023 ZI proposals, 4 July 2023 (200 passed, 895 passed with "
      + "notes, 295 did not pass): proposals had closed before that day; the window and the "
      + "instansi criteria are not known to zi4j";
  private static final String NO_ROUND_EN = "KemenPANRB, announcement of the proposal round";
  private static final String AFIRMASI_EN = "PortalRB, proposal category WBK-AFIRMASI";

  // LKE minimums: each minimum's source in the template, with its note in parentheses
  private static final String LKE_90 = "PermenPANRB 90/2021, Lampiran (LKE)";
  private static final String PORTALRB_AND_APPS = "PortalRB, pemeriksaan administrasi; aplikasi "
      + "evaluasi ZI (EZonaIntegritas BPS, aplikasi Laravel)";
  private static final String PORTALRB_PER_AREA = "PortalRB, pemeriksaan administrasi (per area); "
      + "aplikasi evaluasi ZI (EZonaIntegritas BPS, aplikasi Laravel)";
  private static final String APPS = "aplikasi evaluasi ZI (EZonaIntegritas BPS, aplikasi Laravel)";
  private static final String ONE_APP = "satu aplikasi evaluasi ZI (EZonaIntegritas BPS)";
  private static final String SECONDARY_52 =
      "satu sumber sekunder tentang praktik PermenPANRB 52/2014";
  /** What a score rule cites for an edition whose figure zi4j does not hold. */
  private static final String LKE_52 = "PermenPANRB 52/2014 (LKE)";
  /** What the per-node rule cites for a node without the target's figure: the template. */
  private static final String TEMPLATE_52 = "PermenPANRB 52/2014, Lampiran (LKE)";

  /** A minimum's basis in Bahasa Indonesia: its source, then what it is. */
  private static String idMinimum(String source) {
    return source + ": nilai minimal";
  }

  /** A minimum's basis in English: its source, then what it is. */
  private static String enMinimum(String source) {
    return source + ": minimum score";
  }

  // ---- engines

  /** The 2022 round as known by its window only, with a short source, for the no-criteria case. */
  private static final DecisionEngine WINDOW_ONLY_2022 = DecisionEngine.of(
      RegulationFigures.bundled(),
      ProposalRounds.of(List.of(ProposalRound.builder().year(2022)
          .opens(LocalDate.of(2022, 5, 31)).closes(LocalDate.of(2022, 6, 30))
          .source("menpan.go.id, 2022").build())));

  private static final DecisionEngine EACH_PART = DecisionEngine.of(
      RegulationFigures.bundled().withAreaCheck(AreaCheck.EACH_PART), ProposalRounds.bundled());

  /** The WBK holding period counted from the award's day, as a caller may choose. */
  private static final DecisionEngine EXACT_DATES = DecisionEngine.of(
      RegulationFigures.bundled().withWbkHoldingCount(WbkHoldingCount.EXACT_DATES,
          LegalBasis.of("asumsi uji: dihitung dari tanggal penetapan", Confidence.UNVERIFIED)),
      ProposalRounds.bundled());

  private static DecisionEngine withPolicy(RevocationPolicy policy, String citation) {
    return DecisionEngine.of(RegulationFigures.bundled()
        .withRevocationPolicy(policy, LegalBasis.of(citation, Confidence.UNVERIFIED)),
        ProposalRounds.bundled());
  }

  private static final DecisionEngine KEEPING_WBK =
      withPolicy(RevocationPolicy.REVOCATION_KEEPS_LOWER, KEEPS_WBK);
  private static final DecisionEngine ENDING_WBK =
      withPolicy(RevocationPolicy.REVOCATION_REMOVES_ALL, ENDS_WBK);

  // ---- helpers

  /** Pesawaran's DPMPTSP with its WBK proposal of {@code round} at these stages (illustrative). */
  private static UnitKerja stages(int round, ProposalStage... stages) {
    UnitKerja.Builder unit = UnitKerja.builder().name(DPMPTSP_PESAWARAN.name())
        .pencanangan(DPMPTSP_PESAWARAN.pencanangan());
    for (ProposalStage stage : stages) {
      unit.addProposals(ProposalEvent.of(round, Predikat.WBK, stage));
    }
    return unit.build();
  }

  private static Finding finding(Proposal proposal, RuleId rule) {
    return finding(STANDARD, proposal, rule);
  }

  private static Finding finding(DecisionEngine engine, Proposal proposal, RuleId rule) {
    return only(engine.decide(proposal), rule);
  }

  private static Finding area(DecisionEngine engine, Proposal proposal, AreaPerubahan area,
      String variant) {
    return areaFinding(engine.decide(proposal), area, Optional.ofNullable(variant));
  }

  /** The rule asked directly under 52/2014, whose minimums zi4j does not hold. */
  private static Finding noFigure(Criterion criterion) {
    return ScoreProfile.of(Edition.PERMENPANRB_52_2014, RegulationFigures.bundled())
        .judge(criterion, PESAWARAN_WBK_2024.withLke(wbkOnTheLine()).lke(), Predikat.WBK).get(0);
  }

  private static Finding minimum(Proposal proposal, String node) {
    return minimumFinding(STANDARD.decide(proposal), node);
  }

  /** An AKIP or Indeks RB score, judged by the grade it maps to. */
  private static Rating score(String value) {
    return Rating.score(new BigDecimal(value));
  }

  private static Arguments row(String key, Supplier<Finding> finding, String id, String en) {
    return arguments(key, finding, id, en);
  }

  // ---- proposals of the table

  private static final Proposal PESAWARAN_WBBM = PESAWARAN_WBK_2024.withTarget(Predikat.WBBM);
  /** Pesawaran in the 2025 round: its criteria read 2024 and ask for SPIP; its window is unknown. */
  private static final Proposal PESAWARAN_2025 =
      PESAWARAN_WBK_2024.withAsOf(LocalDate.of(2025, 7, 20));
  /** DPMPTSP Pesawaran declared on 29 February 2024 (illustrative), judged in the 2025 round. */
  private static final Proposal LEAP_DAY = PESAWARAN_2025.withUnit(
      DPMPTSP_PESAWARAN.withPencanangan(LocalDate.of(2024, 2, 29)));
  /** Pesawaran in a round zi4j does not bundle. */
  private static final Proposal PESAWARAN_2026 =
      PESAWARAN_WBK_2024.withAsOf(LocalDate.of(2026, 7, 20));
  private static final Proposal CONTOH_2022 =
      KANTOR_CONTOH_WBK_2024.withAsOf(LocalDate.of(2022, 6, 15));
  private static final Proposal NO_FACTS = KANTOR_CONTOH_WBK_2024.withInstansi(MAHKAMAH_AGUNG);
  /** DPMPTSP Balangan judged in the 2025 round, the round after its WBK (its own 2026 round dropped). */
  private static final Proposal BALANGAN_2025 = BALANGAN_WBBM_2026.withRound(Optional.empty())
      .withAsOf(LocalDate.of(2025, 7, 20));

  /** Pesawaran missing every 2024 criterion for WBK: WDP, AKIP C, Indeks RB C. */
  private static final Instansi PESAWARAN_BELOW_CRITERIA = PESAWARAN
      .withBpkOpinion(Map.of(2023, BpkOpinion.WDP))
      .withAkip(Map.of(2023, Grade.C))
      .withIndeksRb(Map.of(2023, Grade.C));
  /** DPMPTSP Pesawaran marked afirmasi, proposed for WBK in 2024 by an instansi below the criteria. */
  private static final Proposal AFIRMASI_WBK_2024 = PESAWARAN_WBK_2024
      .withInstansi(PESAWARAN_BELOW_CRITERIA)
      .withUnit(DPMPTSP_PESAWARAN.withAfirmasi(true));

  /** Kantor Pelayanan Contoh Utama (WBK 20 December 2021, WBBM 12 December 2023), WBBM revoked. */
  private static final UnitKerja WBBM_REVOKED = KANTOR_CONTOH_WBBM.withHistory(Stream.concat(
      KANTOR_CONTOH_WBBM.history().stream(),
      Stream.of(PredikatEvent.revoked(Predikat.WBBM, LocalDate.of(2024, 2, 5))))
      .collect(Collectors.toList()));
  private static final Proposal WBBM_REVOKED_FOR_WBK =
      KANTOR_CONTOH_WBK_2024.withUnit(WBBM_REVOKED);
  private static final Proposal WBBM_REVOKED_FOR_WBBM =
      WBBM_REVOKED_FOR_WBK.withTarget(Predikat.WBBM);

  /** The 90/2021 example with two of the TPI's answers taken out: 2 questions unanswered. */
  private static final Proposal INCOMPLETE_WORKSHEET = PESAWARAN_WBK_2024.withLke(CONTOH_90_2021
      .withoutAnswer(Role.TPI, "S92").withoutAnswer(Role.TPI, "S126"));
  /** The 90/2021 example with the TPI's two survey answers taken out: 2 questions unanswered. */
  private static final Proposal INCOMPLETE_SURVEYS = PESAWARAN_WBK_2024.withLke(CONTOH_90_2021
      .withoutAnswer(Role.TPI, "S125")
      .withoutAnswer(Role.TPI, "S127"));
  private static final Proposal PESAWARAN_52 =
      PESAWARAN_WBK_2024.withEdition(Edition.PERMENPANRB_52_2014);
  private static final Proposal BALANGAN_52 =
      BALANGAN_WBBM_2026.withEdition(Edition.PERMENPANRB_52_2014);

  static Stream<Arguments> messages() {
    return Stream.of(
        // ---- the round's window (2024: 18 to 31 July, both days inside)
        row("round-window.PASS",
            () -> finding(PESAWARAN_WBK_2024, RuleId.ROUND_WINDOW),
            "Tanggal usulan 20 Juli 2024 berada dalam jadwal periode pengusulan 2024 "
                + "(18 Juli 2024 – 31 Juli 2024) — " + ROUND_2024,
            "The proposal date 20 July 2024 is inside the window of the 2024 proposal round "
                + "(18 July 2024 – 31 July 2024) — " + ROUND_2024_EN),
        row("round-window.FAIL.before",
            // 10 July to 18 July: 8 days
            () -> finding(PESAWARAN_WBK_2024.withAsOf(LocalDate.of(2024, 7, 10)),
                RuleId.ROUND_WINDOW),
            "Tanggal usulan 10 Juli 2024 jatuh sebelum jadwal periode pengusulan 2024 dibuka "
                + "(18 Juli 2024 – 31 Juli 2024; 8 hari lebih awal) — " + ROUND_2024,
            "The proposal date 10 July 2024 is before the window of the 2024 proposal round "
                + "(18 July 2024 – 31 July 2024; 8 days early) — " + ROUND_2024_EN),
        row("round-window.FAIL.after",
            () -> finding(PESAWARAN_WBK_2024.withAsOf(LocalDate.of(2024, 8, 5)),
                RuleId.ROUND_WINDOW),
            "Tanggal usulan 5 Agustus 2024 jatuh setelah jadwal periode pengusulan 2024 ditutup "
                + "(18 Juli 2024 – 31 Juli 2024) — " + ROUND_2024,
            "The proposal date 5 August 2024 is after the window of the 2024 proposal round "
                + "(18 July 2024 – 31 July 2024) — " + ROUND_2024_EN),

        // a round whose window is not known: the date is not checked, which does not fail
        row("round-window.PASS.unchecked",
            () -> finding(PESAWARAN_2025, RuleId.ROUND_WINDOW),
            "Jadwal periode pengusulan 2025 belum diketahui zi4j: tanggal usulan 20 Juli 2025 "
                + "belum diperiksa terhadap jadwal tersebut (tidak mengubah hasil) — " + ROUND_2025
                + ID_LIKELY,
            "zi4j does not know the window of the 2025 proposal round: the proposal date 20 July "
                + "2025 was not checked against it (this does not change the verdict) — "
                + ROUND_2025_EN + EN_LIKELY),
        // the 2023 round had closed before its administrative results of 4 July 2023 (likely)
        row("round-window.PASS.unchecked-closed-by",
            () -> finding(PESAWARAN_WBK_2024.withAsOf(LocalDate.of(2023, 6, 1)),
                RuleId.ROUND_WINDOW),
            "Jadwal periode pengusulan 2023 belum diketahui zi4j, kecuali bahwa pengusulan telah "
                + "ditutup sebelum 4 Juli 2023: tanggal usulan 1 Juni 2023 belum diperiksa terhadap "
                + "jadwal tersebut (tidak mengubah hasil) — " + ROUND_2023 + ID_LIKELY,
            "zi4j does not know the window of the 2023 proposal round, only that proposals had "
                + "closed before 4 July 2023: the proposal date 1 June 2023 was not checked against "
                + "the window (this does not change the verdict) — " + ROUND_2023_EN + EN_LIKELY),
        row("round-window.FAIL.closed",
            () -> finding(PESAWARAN_WBK_2024.withAsOf(LocalDate.of(2023, 7, 4)),
                RuleId.ROUND_WINDOW),
            "Tanggal usulan 4 Juli 2023 jatuh setelah periode pengusulan 2023 ditutup: pengusulan "
                + "periode itu telah ditutup sebelum 4 Juli 2023 — " + ROUND_2023 + ID_LIKELY,
            "The proposal date 4 July 2023 is after the 2023 proposal round had closed: proposals "
                + "for that round had closed before 4 July 2023 — " + ROUND_2023_EN + EN_LIKELY),

        // ---- timing
        // a pencanangan on 29 February 2024: a year later there is no 29 February, so the year
        // ends on 28 February 2025 (java.time's plusYears), and the finding says so
        row("building-period.FAIL.leap-day",
            () -> finding(LEAP_DAY.withAsOf(LocalDate.of(2025, 2, 27)), RuleId.BUILDING_PERIOD),
            "Masa pembangunan sejak pencanangan 29 Februari 2024 belum cukup: unit baru dapat "
                + "diusulkan mulai 28 Februari 2025 (kurang 1 hari); 29 Februari 2024 + masa "
                + "pembangunan = 28 Februari 2025, karena tanggal 29 Februari tidak ada pada tahun "
                + "itu (java.time plusYears: hari terakhir yang sah pada bulan itu) — " + BUILDING_ID,
            "Building period since pencanangan on 29 February 2024 too short: may be proposed only "
                + "from 28 February 2025 (1 day short); 29 February 2024 + the building period = "
                + "28 February 2025, since that year has no 29 February (java.time's plusYears: the "
                + "last valid day of the month) — " + BUILDING_EN),
        row("building-period.PASS.leap-day",
            () -> finding(LEAP_DAY, RuleId.BUILDING_PERIOD),
            "Masa pembangunan sejak pencanangan 29 Februari 2024 telah cukup: unit dapat diusulkan "
                + "sejak 28 Februari 2025; 29 Februari 2024 + masa pembangunan = 28 Februari 2025, "
                + "karena tanggal 29 Februari tidak ada pada tahun itu (java.time plusYears: hari "
                + "terakhir yang sah pada bulan itu) — " + BUILDING_ID,
            "Building period since pencanangan on 29 February 2024 met: may be proposed from 28 "
                + "February 2025; 29 February 2024 + the building period = 28 February 2025, since "
                + "that year has no 29 February (java.time's plusYears: the last valid day of the "
                + "month) — " + BUILDING_EN),
        row("building-period.FAIL",
            () -> finding(PESAWARAN_WBK_2024.withAsOf(LocalDate.of(2023, 11, 9)),
                RuleId.BUILDING_PERIOD),
            "Masa pembangunan sejak pencanangan 10 November 2022 belum cukup: unit baru dapat "
                + "diusulkan mulai 10 November 2023 (kurang 1 hari) — " + BUILDING_ID,
            "Building period since pencanangan on 10 November 2022 too short: may be proposed "
                + "only from 10 November 2023 (1 day short) — " + BUILDING_EN),
        row("building-period.PASS",
            () -> finding(PESAWARAN_WBK_2024, RuleId.BUILDING_PERIOD),
            "Masa pembangunan sejak pencanangan 10 November 2022 telah cukup: unit dapat "
                + "diusulkan sejak 10 November 2023 — " + BUILDING_ID,
            "Building period since pencanangan on 10 November 2022 met: may be proposed from "
                + "10 November 2023 — " + BUILDING_EN),
        row("not-yet-held.FAIL",
            () -> finding(PEKALONGAN_WBBM_2024.withTarget(Predikat.WBK), RuleId.NOT_YET_HELD),
            "Unit telah memegang predikat WBK sejak 21 Desember 2020, sehingga tidak dapat "
                + "diusulkan lagi untuk WBK — " + NOT_HELD_ID,
            "The unit has held WBK since 21 December 2020, so it cannot be proposed for WBK "
                + "again — " + NOT_HELD_EN),
        row("not-yet-held.PASS",
            () -> finding(PESAWARAN_WBK_2024, RuleId.NOT_YET_HELD),
            "Unit belum memegang predikat WBK atau yang lebih tinggi — " + NOT_HELD_ID,
            "The unit does not yet hold WBK or a higher predicate — " + NOT_HELD_EN),
        // a WBBM revoked after WBK: what became of the WBK is the revocation policy's to say, and
        // the finding cites the policy, not the rule's own basis
        row("not-yet-held.UNKNOWN.revoked-higher",
            () -> finding(WBBM_REVOKED_FOR_WBK, RuleId.NOT_YET_HELD),
            "Predikat WBBM unit dicabut pada 5 Februari 2024; belum ada ketentuan apakah WBK "
                + "yang diperoleh sebelumnya tetap berlaku, sehingga belum dapat ditentukan apakah "
                + "unit masih memegang WBK — " + UNSETTLED + ID_UNVERIFIED,
            "The unit's WBBM was revoked on 5 February 2024; no rule says whether the WBK it "
                + "earned before still stands, so whether it still holds WBK cannot be determined — "
                + UNSETTLED + EN_UNVERIFIED),
        row("not-yet-held.FAIL.revoked-higher",
            () -> finding(KEEPING_WBK, WBBM_REVOKED_FOR_WBK, RuleId.NOT_YET_HELD),
            "Predikat WBBM unit dicabut pada 5 Februari 2024; menurut kebijakan yang dipilih, "
                + "unit tetap memegang WBK, sehingga tidak dapat diusulkan lagi untuk WBK — "
                + KEEPS_WBK + ID_UNVERIFIED,
            "The unit's WBBM was revoked on 5 February 2024; under the policy chosen it keeps "
                + "WBK, so it cannot be proposed for WBK again — " + KEEPS_WBK + EN_UNVERIFIED),
        row("not-yet-held.PASS.revoked-higher",
            () -> finding(ENDING_WBK, WBBM_REVOKED_FOR_WBK, RuleId.NOT_YET_HELD),
            "Predikat WBBM unit dicabut pada 5 Februari 2024; menurut kebijakan yang dipilih, "
                + "pencabutan itu juga mengakhiri WBK, sehingga unit tidak lagi memegang predikat "
                + "WBK atau yang lebih tinggi — " + ENDS_WBK + ID_UNVERIFIED,
            "The unit's WBBM was revoked on 5 February 2024; under the policy chosen that "
                + "revocation also ended its WBK, so the unit no longer holds WBK or a higher "
                + "predicate — " + ENDS_WBK + EN_UNVERIFIED),
        row("wbk-prerequisite.FAIL",
            () -> finding(PESAWARAN_WBBM, RuleId.WBK_PREREQUISITE),
            "Usulan WBBM hanya untuk unit berpredikat WBK, sedangkan unit belum memegang WBK — "
                + PREREQUISITE_ID,
            "WBBM may be proposed only for a unit holding WBK, but the unit does not hold WBK — "
                + PREREQUISITE_EN),
        row("wbk-prerequisite.FAIL.revoked",
            () -> finding(PN_SURABAYA_WBK_2024.withTarget(Predikat.WBBM), RuleId.WBK_PREREQUISITE),
            "Usulan WBBM hanya untuk unit berpredikat WBK, sedangkan predikat WBK unit dicabut "
                + "pada 3 Februari 2022 — " + PREREQUISITE_ID,
            "WBBM may be proposed only for a unit holding WBK, but its WBK was revoked on "
                + "3 February 2022 — " + PREREQUISITE_EN),
        row("wbk-prerequisite.PASS",
            () -> finding(BALANGAN_WBBM_2026, RuleId.WBK_PREREQUISITE),
            "Unit memegang WBK sejak 10 Desember 2024, sehingga syarat WBK untuk usulan WBBM "
                + "terpenuhi — " + PREREQUISITE_ID,
            "The unit has held WBK since 10 December 2024, as a WBBM proposal requires — "
                + PREREQUISITE_EN),
        row("wbk-prerequisite.UNKNOWN.revoked-higher",
            () -> finding(WBBM_REVOKED_FOR_WBBM, RuleId.WBK_PREREQUISITE),
            "Predikat WBBM unit dicabut pada 5 Februari 2024; belum ada ketentuan apakah WBK "
                + "yang diperoleh sebelumnya tetap berlaku, sehingga syarat WBK untuk usulan WBBM "
                + "belum dapat dipastikan — " + UNSETTLED + ID_UNVERIFIED,
            "The unit's WBBM was revoked on 5 February 2024; no rule says whether the WBK it "
                + "earned before still stands, so the WBK a WBBM proposal requires cannot be "
                + "confirmed — " + UNSETTLED + EN_UNVERIFIED),
        row("wbk-prerequisite.PASS.revoked-higher",
            () -> finding(KEEPING_WBK, WBBM_REVOKED_FOR_WBBM, RuleId.WBK_PREREQUISITE),
            "Predikat WBBM unit dicabut pada 5 Februari 2024; menurut kebijakan yang dipilih, WBK "
                + "yang diperoleh sebelumnya tetap berlaku, sehingga syarat WBK untuk usulan WBBM "
                + "terpenuhi — " + KEEPS_WBK + ID_UNVERIFIED,
            "The unit's WBBM was revoked on 5 February 2024; under the policy chosen the WBK it "
                + "earned before still stands, as a WBBM proposal requires — "
                + KEEPS_WBK + EN_UNVERIFIED),
        row("wbk-prerequisite.FAIL.revoked-higher",
            () -> finding(ENDING_WBK, WBBM_REVOKED_FOR_WBBM, RuleId.WBK_PREREQUISITE),
            "Predikat WBBM unit dicabut pada 5 Februari 2024; menurut kebijakan yang dipilih, "
                + "pencabutan itu juga mengakhiri WBK, sehingga unit tidak lagi memegang WBK yang "
                + "disyaratkan untuk usulan WBBM — " + ENDS_WBK + ID_UNVERIFIED,
            "The unit's WBBM was revoked on 5 February 2024; under the policy chosen that "
                + "revocation also ended its WBK, so it no longer holds the WBK a WBBM proposal "
                + "requires — " + ENDS_WBK + EN_UNVERIFIED),
        // WBK awarded in 2024: in round years, WBBM from the 2026 round (Balangan's plan)
        row("wbk-holding-period.PASS.round-years",
            () -> finding(BALANGAN_WBBM_2026, RuleId.WBK_HOLDING_PERIOD),
            "WBK ditetapkan pada 10 Desember 2024: usulan WBBM dapat diajukan mulai periode "
                + "pengusulan 2026 (dihitung per tahun periode pengusulan) — " + HOLDING_ID,
            "WBK awarded on 10 December 2024: WBBM may be proposed from the 2026 proposal round "
                + "(counted in proposal round years) — " + HOLDING_EN),
        row("wbk-holding-period.FAIL.round-years",
            // 20 July 2025 to 1 January 2026: 11 + 31 + 30 + 31 + 30 + 31 + 1 = 165 days
            () -> finding(BALANGAN_2025, RuleId.WBK_HOLDING_PERIOD),
            "WBK ditetapkan pada 10 Desember 2024: usulan WBBM baru dapat diajukan pada periode "
                + "pengusulan 2026, bukan 2025 (dihitung per tahun periode pengusulan; tahun 2026 "
                + "dimulai 165 hari lagi) — " + HOLDING_ID,
            "WBK awarded on 10 December 2024: WBBM may be proposed only from the 2026 proposal "
                + "round, not in 2025 (counted in proposal round years; 2026 begins in 165 days) — "
                + HOLDING_EN),
        // in exact dates the same WBK allows WBBM only from 10 December 2026, after the 2026 window
        row("wbk-holding-period.FAIL.exact-dates",
            // 20 July to 10 December 2026: 11 + 31 + 30 + 31 + 30 + 10 = 143 days
            () -> finding(EXACT_DATES, BALANGAN_WBBM_2026, RuleId.WBK_HOLDING_PERIOD),
            "WBK baru dipegang sejak 10 Desember 2024: usulan WBBM baru dapat diajukan mulai "
                + "10 Desember 2026 (kurang 143 hari; dihitung dari tanggal penetapan) — "
                + HOLDING_EXACT_ID,
            "WBK held only since 10 December 2024: WBBM may be proposed only from 10 December 2026 "
                + "(143 days short; counted from the award date) — " + HOLDING_EXACT_EN),
        row("wbk-holding-period.PASS.exact-dates",
            () -> finding(EXACT_DATES, PEKALONGAN_WBBM_2024, RuleId.WBK_HOLDING_PERIOD),
            "WBK dipegang sejak 21 Desember 2020: usulan WBBM dapat diajukan sejak "
                + "21 Desember 2022 (dihitung dari tanggal penetapan) — " + HOLDING_EXACT_ID,
            "WBK held since 21 December 2020: WBBM may be proposed from 21 December 2022 "
                + "(counted from the award date) — " + HOLDING_EXACT_EN),
        row("revocation-cooldown.FAIL",
            () -> finding(PN_SURABAYA_WBK_2024.withAsOf(LocalDate.of(2024, 2, 2)),
                RuleId.REVOCATION_COOLDOWN),
            "Predikat WBK dicabut pada 3 Februari 2022: unit tidak dapat diusulkan sebelum "
                + "3 Februari 2024 (kurang 1 hari) — " + COOLDOWN_ID,
            "WBK was revoked on 3 February 2022: the unit may not be proposed before "
                + "3 February 2024 (1 day short) — " + COOLDOWN_EN),
        row("revocation-cooldown.PASS",
            () -> finding(PN_SURABAYA_WBK_2024, RuleId.REVOCATION_COOLDOWN),
            "Predikat WBK dicabut pada 3 Februari 2022; masa tunggu berakhir 3 Februari 2024 — "
                + COOLDOWN_ID,
            "WBK was revoked on 3 February 2022; the waiting period ended on 3 February 2024 — "
                + COOLDOWN_EN),
        row("revocation-cooldown.PASS.none",
            () -> finding(PESAWARAN_WBK_2024, RuleId.REVOCATION_COOLDOWN),
            "Tidak ada pencabutan predikat — " + COOLDOWN_ID,
            "No predicate was revoked — " + COOLDOWN_EN),
        row("revocation-cooldown.UNKNOWN.edition",
            () -> finding(PN_SURABAYA_WBK_2024.withEdition(Edition.PERMENPANRB_10_2019),
                RuleId.REVOCATION_COOLDOWN),
            "Predikat WBK dicabut pada 3 Februari 2022; masa tunggu sebelum PermenPANRB 90/2021 "
                + "belum diketahui — " + COOLDOWN_ID,
            "WBK was revoked on 3 February 2022; the waiting period before PermenPANRB 90/2021 is "
                + "not known — " + COOLDOWN_EN),
        row("proposal-round.FAIL",
            () -> finding(PESAWARAN_WBK_2024.withUnit(stages(2024,
                ProposalStage.PROPOSED, ProposalStage.ADMINISTRATION_PASSED,
                ProposalStage.DESK_EVALUATED, ProposalStage.NOT_AWARDED)), RuleId.PROPOSAL_ROUND),
            "Unit sudah diusulkan untuk WBK pada periode 2024 dan usulannya berakhir (tidak"
                + " ditetapkan): usulan lagi pada periode berikutnya, paling cepat 1 Januari 2025 — "
                + ROUND_ONCE_ID,
            "The unit was proposed for WBK in the 2024 round and its proposal ended (not awarded):"
                + " a new proposal in the next round, from 1 January 2025 — " + ROUND_ONCE_EN),
        row("proposal-round.PASS",
            () -> finding(PESAWARAN_WBK_2024.withUnit(stages(2023,
                ProposalStage.PROPOSED, ProposalStage.ADMINISTRATION_FAILED)),
                RuleId.PROPOSAL_ROUND),
            "Unit belum diusulkan untuk WBK pada periode 2024 — " + ROUND_ONCE_ID,
            "The unit has not been proposed for WBK in the 2024 round — " + ROUND_ONCE_EN),
        row("proposal-round.PASS.in-progress",
            () -> finding(PESAWARAN_WBK_2024.withUnit(stages(2024,
                ProposalStage.PROPOSED, ProposalStage.ADMINISTRATION_PASSED,
                ProposalStage.DESK_EVALUATED, ProposalStage.FIELD_EVALUATED)),
                RuleId.PROPOSAL_ROUND),
            "Usulan WBK pada periode 2024 sedang berjalan, tahap terakhir: evaluasi lapangan"
                + " (wawancara) — " + ROUND_ONCE_ID,
            "The unit's WBK proposal in the 2024 round is under way, last stage: field evaluation"
                + " (interview) — " + ROUND_ONCE_EN),

        // ---- instansi criteria: the 2024 round reads the facts of 2023
        row("bpk-opinion.FAIL",
            () -> finding(PESAWARAN_WBK_2024.withInstansi(
                PESAWARAN.withBpkOpinion(Map.of(2023, BpkOpinion.WDP))),
                RuleId.BPK_OPINION),
            "Opini BPK yang terbit tahun 2023 (atas laporan keuangan tahun sebelumnya): WDP, di "
                + "bawah opini minimal WTP untuk WBK (kurang 1 tingkat) — " + ROUND_2024,
            "BPK opinion issued in 2023 (on the previous year's financial statements): WDP, below "
                + "the minimum WTP for WBK (1 step short) — " + ROUND_2024_EN),
        row("bpk-opinion.PASS",
            () -> finding(PESAWARAN_WBK_2024, RuleId.BPK_OPINION),
            "Opini BPK yang terbit tahun 2023 (atas laporan keuangan tahun sebelumnya): WTP, "
                + "memenuhi opini minimal WTP untuk WBK — " + ROUND_2024,
            "BPK opinion issued in 2023 (on the previous year's financial statements): WTP, meets "
                + "the minimum WTP for WBK — " + ROUND_2024_EN),
        row("bpk-opinion.PASS.afirmasi",
            // WDP, below the WTP the round asks: no matter for an afirmasi unit proposed for WBK
            () -> finding(AFIRMASI_WBK_2024, RuleId.BPK_OPINION),
            "Unit afirmasi: opini BPK atas laporan keuangan instansi tidak menjadi syarat usulan "
                + "WBK — " + AFIRMASI + ID_LIKELY,
            "Afirmasi unit: the BPK opinion on the instansi's statements is not a condition of a "
                + "WBK proposal — " + AFIRMASI_EN + EN_LIKELY),
        row("bpk-opinion.UNKNOWN.no-criteria",
            () -> finding(WINDOW_ONLY_2022, CONTOH_2022, RuleId.BPK_OPINION),
            "Data periode pengusulan 2022 tidak memuat kriteria instansi untuk WBK (opini BPK) — "
                + ROUND_2022,
            "The 2022 proposal round data give no instansi criteria for WBK (BPK opinion) — "
                + ROUND_2022_EN),
        row("bpk-opinion.UNKNOWN.no-data",
            () -> finding(NO_FACTS, RuleId.BPK_OPINION),
            "Opini BPK yang terbit tahun 2023 (atas laporan keuangan tahun sebelumnya) tidak "
                + "tercantum dalam data instansi; opini minimal untuk WBK adalah WTP — " + ROUND_2024,
            "The BPK opinion issued in 2023 (on the previous year's financial statements) is "
                + "missing from the instansi data; the minimum for WBK is WTP — " + ROUND_2024_EN),
        row("bpk-opinion.UNKNOWN.no-round",
            () -> finding(PESAWARAN_2026, RuleId.BPK_OPINION),
            "Kriteria instansi periode pengusulan 2026 belum diketahui zi4j: lengkapi data periode "
                + "tersebut (opini BPK) — " + NO_ROUND,
            "The instansi criteria of the 2026 proposal round are not known to zi4j: supply the "
                + "round data (BPK opinion) — " + NO_ROUND_EN),
        row("akip-grade.FAIL",
            // a score of exactly 70 is B, not BB: the grades are bounded by strict inequalities
            () -> finding(PESAWARAN_WBBM.withInstansi(PESAWARAN.withAkip(Map.of(2023, score("70")))),
                RuleId.AKIP_GRADE),
            "Hasil evaluasi AKIP tahun 2023: 70 (B), di bawah predikat minimal BB untuk WBBM "
                + "(kurang 1 tingkat) — " + ROUND_2024 + "; " + SCALE + ID_LIKELY,
            "AKIP result of 2023: 70 (B), below the minimum grade BB for WBBM (1 step short) — "
                + ROUND_2024_EN + "; " + SCALE + EN_LIKELY),
        row("akip-grade.PASS",
            // 65.2 is above 60: B
            () -> finding(PESAWARAN_WBK_2024.withInstansi(
                PESAWARAN.withAkip(Map.of(2023, score("65.2")))), RuleId.AKIP_GRADE),
            "Hasil evaluasi AKIP tahun 2023: 65,2 (B), memenuhi predikat minimal B untuk WBK — "
                + ROUND_2024 + "; " + SCALE + ID_LIKELY,
            "AKIP result of 2023: 65.2 (B), meets the minimum grade B for WBK — " + ROUND_2024_EN
                + "; " + SCALE + EN_LIKELY),
        row("akip-grade.PASS.afirmasi",
            () -> finding(AFIRMASI_WBK_2024, RuleId.AKIP_GRADE),
            "Unit afirmasi: predikat AKIP instansi tidak menjadi syarat usulan WBK — "
                + AFIRMASI + ID_LIKELY,
            "Afirmasi unit: the instansi's AKIP grade is not a condition of a WBK proposal — "
                + AFIRMASI_EN + EN_LIKELY),
        row("akip-grade.UNKNOWN.no-criteria",
            () -> finding(WINDOW_ONLY_2022, CONTOH_2022, RuleId.AKIP_GRADE),
            "Data periode pengusulan 2022 tidak memuat kriteria instansi untuk WBK (predikat "
                + "AKIP) — " + ROUND_2022,
            "The 2022 proposal round data give no instansi criteria for WBK (AKIP grade) — "
                + ROUND_2022_EN),
        row("akip-grade.UNKNOWN.no-data",
            () -> finding(NO_FACTS, RuleId.AKIP_GRADE),
            "Hasil evaluasi AKIP tahun 2023 tidak tercantum dalam data instansi; predikat minimal "
                + "untuk WBK adalah B — " + ROUND_2024,
            "The AKIP result of 2023 is missing from the instansi data; the minimum grade for WBK "
                + "is B — " + ROUND_2024_EN),
        row("akip-grade.UNKNOWN.no-round",
            () -> finding(PESAWARAN_2026, RuleId.AKIP_GRADE),
            "Kriteria instansi periode pengusulan 2026 belum diketahui zi4j: lengkapi data periode "
                + "tersebut (predikat AKIP) — " + NO_ROUND,
            "The instansi criteria of the 2026 proposal round are not known to zi4j: supply the "
                + "round data (AKIP grade) — " + NO_ROUND_EN),
        row("indeks-rb.FAIL",
            // a K/L needs B; a score of exactly 60 is CC
            () -> finding(KANTOR_CONTOH_WBK_2024.withInstansi(
                KEMENTERIAN_CONTOH.withIndeksRb(Map.of(2023, score("60")))), RuleId.INDEKS_RB),
            "Hasil Indeks RB tahun 2023: 60 (CC), di bawah kategori minimal B untuk WBK "
                + "(kurang 1 tingkat) — " + ROUND_2024 + "; " + SCALE + ID_LIKELY,
            "Indeks RB result of 2023: 60 (CC), below the minimum category B for WBK "
                + "(1 step short) — " + ROUND_2024_EN + "; " + SCALE + EN_LIKELY),
        row("indeks-rb.PASS",
            // a pemda needs CC
            () -> finding(PESAWARAN_WBK_2024, RuleId.INDEKS_RB),
            "Hasil Indeks RB tahun 2023: CC, memenuhi kategori minimal CC untuk WBK — "
                + ROUND_2024,
            "Indeks RB result of 2023: CC, meets the minimum category CC for WBK — " + ROUND_2024_EN),
        row("indeks-rb.PASS.afirmasi",
            () -> finding(AFIRMASI_WBK_2024, RuleId.INDEKS_RB),
            "Unit afirmasi: kategori Indeks RB instansi tidak menjadi syarat usulan WBK — "
                + AFIRMASI + ID_LIKELY,
            "Afirmasi unit: the instansi's Indeks RB category is not a condition of a WBK "
                + "proposal — " + AFIRMASI_EN + EN_LIKELY),
        row("indeks-rb.UNKNOWN.no-criteria",
            () -> finding(WINDOW_ONLY_2022, CONTOH_2022, RuleId.INDEKS_RB),
            "Data periode pengusulan 2022 tidak memuat kriteria instansi untuk WBK (kategori "
                + "Indeks RB) — " + ROUND_2022,
            "The 2022 proposal round data give no instansi criteria for WBK (Indeks RB category) — "
                + ROUND_2022_EN),
        row("indeks-rb.UNKNOWN.no-data",
            () -> finding(NO_FACTS, RuleId.INDEKS_RB),
            "Hasil Indeks RB tahun 2023 tidak tercantum dalam data instansi; kategori minimal "
                + "untuk WBK adalah B — " + ROUND_2024,
            "The Indeks RB result of 2023 is missing from the instansi data; the minimum category "
                + "for WBK is B — " + ROUND_2024_EN),
        row("indeks-rb.UNKNOWN.no-round",
            () -> finding(PESAWARAN_2026, RuleId.INDEKS_RB),
            "Kriteria instansi periode pengusulan 2026 belum diketahui zi4j: lengkapi data periode "
                + "tersebut (kategori Indeks RB) — " + NO_ROUND,
            "The instansi criteria of the 2026 proposal round are not known to zi4j: supply the "
                + "round data (Indeks RB category) — " + NO_ROUND_EN),
        // the 2025 round asks SPIP level 3, read from 2024; a round that does not ask gives no finding
        row("spip-level.FAIL",
            () -> finding(PESAWARAN_2025.withInstansi(PESAWARAN.withSpip(Map.of(2024, 2))),
                RuleId.SPIP_LEVEL),
            "Maturitas SPIP tahun 2024: level 2, di bawah level minimal 3 untuk WBK "
                + "(kurang 1 tingkat) — " + ROUND_2025 + ID_LIKELY,
            "SPIP maturity of 2024: level 2, below the minimum level 3 for WBK (1 step short) — "
                + ROUND_2025_EN + EN_LIKELY),
        row("spip-level.PASS",
            () -> finding(PESAWARAN_2025.withInstansi(PESAWARAN.withSpip(Map.of(2024, 3))),
                RuleId.SPIP_LEVEL),
            "Maturitas SPIP tahun 2024: level 3, memenuhi level minimal 3 untuk WBK — "
                + ROUND_2025 + ID_LIKELY,
            "SPIP maturity of 2024: level 3, meets the minimum level 3 for WBK — "
                + ROUND_2025_EN + EN_LIKELY),
        row("spip-level.PASS.afirmasi",
            () -> finding(AFIRMASI_WBK_2024.withAsOf(LocalDate.of(2025, 7, 20)),
                RuleId.SPIP_LEVEL),
            "Unit afirmasi: maturitas SPIP instansi tidak menjadi syarat usulan WBK — "
                + AFIRMASI + ID_LIKELY,
            "Afirmasi unit: the instansi's SPIP maturity is not a condition of a WBK proposal — "
                + AFIRMASI_EN + EN_LIKELY),
        row("spip-level.UNKNOWN.no-data",
            () -> finding(PESAWARAN_2025, RuleId.SPIP_LEVEL),
            "Maturitas SPIP tahun 2024 tidak tercantum dalam data instansi; level minimal untuk "
                + "WBK adalah 3 — " + ROUND_2025 + ID_LIKELY,
            "The SPIP maturity of 2024 is missing from the instansi data; the minimum level for WBK "
                + "is 3 — " + ROUND_2025_EN + EN_LIKELY),
        row("afirmasi.PASS.not-pemda",
            () -> finding(KANTOR_CONTOH_WBK_2024.withUnit(KANTOR_CONTOH_WBK_2024.unit()
                .withAfirmasi(true)), RuleId.AFIRMASI),
            "Unit ditandai afirmasi, tetapi afirmasi hanya berlaku bagi unit pemda: unit K/L ini "
                + "dinilai seperti unit K/L lain untuk WBK, dengan kriteria instansi, dan diusulkan "
                + "sebagai WBK, bukan afirmasi — " + AFIRMASI + ID_LIKELY,
            "The unit is marked afirmasi, but afirmasi is a pemda's arrangement: this K/L unit is "
                + "judged as any K/L unit for WBK, by the instansi criteria, and proposed as WBK, not "
                + "afirmasi — " + AFIRMASI_EN + EN_LIKELY),
        // the 2024 announcement asks no SPIP, PortalRB's code checks 3: the reading taken is said
        row("spip-level.PASS.not-announced",
            () -> finding(PESAWARAN_WBK_2024.withInstansi(PESAWARAN.withSpip(Map.of(2023, 3))),
                RuleId.SPIP_LEVEL),
            "Pengumuman periode pengusulan tidak mensyaratkan maturitas SPIP, sedangkan sumber di "
                + "luar pengumuman (kode PortalRB) memeriksa level minimal 3 untuk WBK; zi4j "
                + "mengikuti pengumuman, sehingga SPIP tidak menentukan hasil. Maturitas SPIP tahun "
                + "2023: level 3, memenuhi level 3 tersebut — " + ROUND_2024 + ID_LIKELY,
            "The round's announcement does not ask for a SPIP maturity level, but a source outside "
                + "it (PortalRB's code) checks a level of at least 3 for WBK; zi4j follows the "
                + "announcement, so SPIP does not decide the verdict. SPIP maturity in 2023: level "
                + "3, which meets that level 3 — " + ROUND_2024_EN + EN_LIKELY),
        row("spip-level.PASS.not-announced-below",
            () -> finding(PESAWARAN_WBK_2024.withInstansi(PESAWARAN.withSpip(Map.of(2023, 2))),
                RuleId.SPIP_LEVEL),
            "Pengumuman periode pengusulan tidak mensyaratkan maturitas SPIP, sedangkan sumber di "
                + "luar pengumuman (kode PortalRB) memeriksa level minimal 3 untuk WBK; zi4j "
                + "mengikuti pengumuman, sehingga SPIP tidak menentukan hasil. Maturitas SPIP tahun "
                + "2023: level 2, di bawah level 3 tersebut: pastikan ketentuan periode ini sebelum "
                + "mengusulkan — " + ROUND_2024 + ID_LIKELY,
            "The round's announcement does not ask for a SPIP maturity level, but a source outside "
                + "it (PortalRB's code) checks a level of at least 3 for WBK; zi4j follows the "
                + "announcement, so SPIP does not decide the verdict. SPIP maturity in 2023: level "
                + "2, below that level 3: confirm the round's terms before proposing — "
                + ROUND_2024_EN + EN_LIKELY),
        row("spip-level.PASS.not-announced-no-data",
            () -> finding(PESAWARAN_WBK_2024, RuleId.SPIP_LEVEL),
            "Pengumuman periode pengusulan tidak mensyaratkan maturitas SPIP, sedangkan sumber di "
                + "luar pengumuman (kode PortalRB) memeriksa level minimal 3 untuk WBK; zi4j "
                + "mengikuti pengumuman, sehingga SPIP tidak menentukan hasil. Maturitas SPIP tahun "
                + "2023 tidak tercantum dalam data instansi — " + ROUND_2024 + ID_LIKELY,
            "The round's announcement does not ask for a SPIP maturity level, but a source outside "
                + "it (PortalRB's code) checks a level of at least 3 for WBK; zi4j follows the "
                + "announcement, so SPIP does not decide the verdict. The instansi's data give no "
                + "SPIP maturity for 2023 — " + ROUND_2024_EN + EN_LIKELY),
        row("afirmasi.FAIL",
            () -> finding(AFIRMASI_WBK_2024.withTarget(Predikat.WBBM), RuleId.AFIRMASI),
            "Unit afirmasi hanya dapat diusulkan untuk WBK, bukan WBBM — " + AFIRMASI + ID_LIKELY,
            "An afirmasi unit may be proposed for WBK only, not for WBBM — "
                + AFIRMASI_EN + EN_LIKELY),

        // ---- LKE total (sure: no confidence shown)
        row("lke-total.FAIL",
            // PW pemenuhan 5.99: total 74.99
            () -> finding(PESAWARAN_WBK_2024.withLke(
                wbkLine().pemenuhan(PENGUATAN_PENGAWASAN, "5.99").build()), RuleId.LKE_TOTAL),
            "Nilai total 74,99 di bawah nilai minimal 75,00 untuk WBK (kurang 0,01) — "
                + idMinimum(LKE_90),
            "LKE total 74.99 is below the minimum 75.00 for WBK (0.01 short) — "
                + enMinimum(LKE_90)),
        row("lke-total.PASS",
            () -> finding(PESAWARAN_WBK_2024.withLke(wbkOnTheLine()), RuleId.LKE_TOTAL),
            "Nilai total 75,00 memenuhi nilai minimal 75,00 untuk WBK — " + idMinimum(LKE_90),
            "LKE total 75.00 meets the minimum 75.00 for WBK — " + enMinimum(LKE_90)),
        row("lke-total.UNKNOWN.no-lke",
            () -> finding(PESAWARAN_WBK_2024, RuleId.LKE_TOTAL),
            "Hasil LKE belum diberikan: nilai total (minimal 75,00 untuk WBK) belum dapat "
                + "diperiksa — " + idMinimum(LKE_90),
            "No LKE result given: the LKE total cannot be checked against the minimum 75.00 for "
                + "WBK — " + enMinimum(LKE_90)),
        row("lke-total.UNKNOWN.no-figure",
            () -> noFigure(Criterion.TOTAL),
            "Nilai minimal total untuk WBK menurut PermenPANRB 52/2014 belum diketahui zi4j — "
                + idMinimum(LKE_52) + ID_UNVERIFIED,
            "zi4j does not know the minimum LKE total for WBK under PermenPANRB 52/2014 — "
                + enMinimum(LKE_52) + EN_UNVERIFIED),
        row("lke-total.UNKNOWN.incomplete",
            () -> finding(INCOMPLETE_WORKSHEET, RuleId.LKE_TOTAL),
            "LKE belum lengkap (pertanyaan yang belum dijawab: 2): nilai total (minimal 75,00 "
                + "untuk WBK) belum dapat diperiksa — " + idMinimum(LKE_90),
            "The LKE is incomplete (questions unanswered: 2): the LKE total cannot be checked "
                + "against the minimum 75.00 for WBK yet — " + enMinimum(LKE_90)),

        // ---- pengungkit
        row("lke-pengungkit.FAIL",
            // every part at 80 % but PW reform 5.99: 47.99
            () -> finding(BALANGAN_WBBM_2026.withLke(
                strongHasil().reform(PENGUATAN_PENGAWASAN, "5.99").build()),
                RuleId.LKE_PENGUNGKIT),
            "Nilai komponen pengungkit 47,99 di bawah nilai minimal 48,00 untuk WBBM "
                + "(kurang 0,01) — " + idMinimum(PORTALRB_AND_APPS) + ID_LIKELY,
            "Pengungkit (enabler) score 47.99 is below the minimum 48.00 for WBBM (0.01 short) — "
                + enMinimum(PORTALRB_AND_APPS) + EN_LIKELY),
        row("lke-pengungkit.PASS",
            () -> finding(PESAWARAN_WBK_2024.withLke(wbkOnTheLine()), RuleId.LKE_PENGUNGKIT),
            "Nilai komponen pengungkit 42,75 memenuhi nilai minimal 40,00 untuk WBK — "
                + idMinimum(PORTALRB_AND_APPS) + ID_LIKELY,
            "Pengungkit (enabler) score 42.75 meets the minimum 40.00 for WBK — "
                + enMinimum(PORTALRB_AND_APPS) + EN_LIKELY),
        row("lke-pengungkit.UNKNOWN.no-lke",
            () -> finding(PESAWARAN_WBK_2024, RuleId.LKE_PENGUNGKIT),
            "Hasil LKE belum diberikan: nilai komponen pengungkit (minimal 40,00 untuk WBK) belum "
                + "dapat diperiksa — " + idMinimum(PORTALRB_AND_APPS) + ID_LIKELY,
            "No LKE result given: the pengungkit (enabler) score cannot be checked against the "
                + "minimum 40.00 for WBK — " + enMinimum(PORTALRB_AND_APPS) + EN_LIKELY),
        row("lke-pengungkit.UNKNOWN.no-figure",
            () -> noFigure(Criterion.PENGUNGKIT),
            "Nilai minimal komponen pengungkit untuk WBK menurut PermenPANRB 52/2014 belum "
                + "diketahui zi4j — " + idMinimum(LKE_52) + ID_UNVERIFIED,
            "zi4j does not know the minimum pengungkit (enabler) score for WBK under "
                + "PermenPANRB 52/2014 — " + enMinimum(LKE_52) + EN_UNVERIFIED),
        row("lke-pengungkit.UNKNOWN.incomplete",
            () -> finding(INCOMPLETE_WORKSHEET, RuleId.LKE_PENGUNGKIT),
            "LKE belum lengkap (pertanyaan yang belum dijawab: 2): nilai komponen pengungkit "
                + "(minimal 40,00 untuk WBK) belum dapat diperiksa — "
                + idMinimum(PORTALRB_AND_APPS) + ID_LIKELY,
            "The LKE is incomplete (questions unanswered: 2): the pengungkit (enabler) score "
                + "cannot be checked against the minimum 40.00 for WBK yet — "
                + enMinimum(PORTALRB_AND_APPS) + EN_LIKELY),

        // ---- areas
        row("lke-area.FAIL",
            // PW 4.50 + 4.49 = 8.99 against 0.60 × 15 = 9.00
            () -> area(STANDARD, PESAWARAN_WBK_2024.withLke(
                strongHasil().area(PENGUATAN_PENGAWASAN, "4.50", "4.49").build()),
                PENGUATAN_PENGAWASAN, null),
            "Area Penguatan Pengawasan: 8,99 di bawah nilai minimal 9,00 untuk WBK (kurang 0,01) — "
                + idMinimum(PORTALRB_PER_AREA) + ID_LIKELY,
            "Area Penguatan Pengawasan (supervision): 8.99 is below the minimum 9.00 for WBK "
                + "(0.01 short) — " + enMinimum(PORTALRB_PER_AREA) + EN_LIKELY),
        row("lke-area.PASS",
            // MP 2.80 + 2.80 = 5.60 against 0.60 × 8 = 4.80
            () -> area(STANDARD, PESAWARAN_WBK_2024.withLke(wbkOnTheLine()),
                MANAJEMEN_PERUBAHAN, null),
            "Area Manajemen Perubahan: 5,60 memenuhi nilai minimal 4,80 untuk WBK — "
                + idMinimum(PORTALRB_PER_AREA) + ID_LIKELY,
            "Area Manajemen Perubahan (change management): 5.60 meets the minimum 4.80 for WBK — "
                + enMinimum(PORTALRB_PER_AREA) + EN_LIKELY),
        row("lke-area.FAIL.pemenuhan",
            // MP pemenuhan 1.60 against 0.60 × 4 = 2.40
            () -> area(EACH_PART, PESAWARAN_WBK_2024.withLke(
                strongHasil().area(MANAJEMEN_PERUBAHAN, "1.60", "4.00").build()),
                MANAJEMEN_PERUBAHAN, "pemenuhan"),
            "Area Manajemen Perubahan (pemenuhan): 1,60 di bawah nilai minimal 2,40 untuk WBK "
                + "(kurang 0,80) — " + idMinimum(PORTALRB_PER_AREA) + ID_LIKELY,
            "Area Manajemen Perubahan (change management), pemenuhan part: 1.60 is below the "
                + "minimum 2.40 for WBK (0.80 short) — " + enMinimum(PORTALRB_PER_AREA) + EN_LIKELY),
        row("lke-area.PASS.reform",
            () -> area(EACH_PART, PESAWARAN_WBK_2024.withLke(
                strongHasil().area(MANAJEMEN_PERUBAHAN, "1.60", "4.00").build()),
                MANAJEMEN_PERUBAHAN, "reform"),
            "Area Manajemen Perubahan (reform): 4,00 memenuhi nilai minimal 2,40 untuk WBK — "
                + idMinimum(PORTALRB_PER_AREA) + ID_LIKELY,
            "Area Manajemen Perubahan (change management), reform part: 4.00 meets the minimum "
                + "2.40 for WBK — " + enMinimum(PORTALRB_PER_AREA) + EN_LIKELY),
        row("lke-area.FAIL.reform",
            () -> area(EACH_PART, PESAWARAN_WBK_2024.withLke(
                strongHasil().area(MANAJEMEN_PERUBAHAN, "4.00", "1.60").build()),
                MANAJEMEN_PERUBAHAN, "reform"),
            "Area Manajemen Perubahan (reform): 1,60 di bawah nilai minimal 2,40 untuk WBK "
                + "(kurang 0,80) — " + idMinimum(PORTALRB_PER_AREA) + ID_LIKELY,
            "Area Manajemen Perubahan (change management), reform part: 1.60 is below the minimum "
                + "2.40 for WBK (0.80 short) — " + enMinimum(PORTALRB_PER_AREA) + EN_LIKELY),
        row("lke-area.PASS.pemenuhan",
            () -> area(EACH_PART, PESAWARAN_WBK_2024.withLke(
                strongHasil().area(MANAJEMEN_PERUBAHAN, "4.00", "1.60").build()),
                MANAJEMEN_PERUBAHAN, "pemenuhan"),
            "Area Manajemen Perubahan (pemenuhan): 4,00 memenuhi nilai minimal 2,40 untuk WBK — "
                + idMinimum(PORTALRB_PER_AREA) + ID_LIKELY,
            "Area Manajemen Perubahan (change management), pemenuhan part: 4.00 meets the minimum "
                + "2.40 for WBK — " + enMinimum(PORTALRB_PER_AREA) + EN_LIKELY),
        row("lke-area.UNKNOWN.no-lke",
            () -> finding(PESAWARAN_WBK_2024, RuleId.LKE_AREA),
            "Hasil LKE belum diberikan: nilai tiap area (minimal 60% dari bobotnya untuk WBK) "
                + "belum dapat diperiksa — " + idMinimum(PORTALRB_PER_AREA) + ID_LIKELY,
            "No LKE result given: no area can be checked against the minimum 60% of its weight "
                + "for WBK — " + enMinimum(PORTALRB_PER_AREA) + EN_LIKELY),
        row("lke-area.UNKNOWN.no-figure",
            () -> noFigure(Criterion.AREA_SHARE),
            "Nilai minimal tiap area untuk WBK menurut PermenPANRB 52/2014 belum diketahui zi4j — "
                + idMinimum(LKE_52) + ID_UNVERIFIED,
            "zi4j does not know the minimum share per area for WBK under PermenPANRB 52/2014 — "
                + enMinimum(LKE_52) + EN_UNVERIFIED),
        row("lke-area.UNKNOWN.incomplete",
            // MP.R.2.a unanswered leaves Manajemen Perubahan alone incomplete; 0.60 × 8 = 4.80
            () -> areaFinding(STANDARD.decide(INCOMPLETE_WORKSHEET),
                AreaPerubahan.MANAJEMEN_PERUBAHAN, Optional.of("incomplete")),
            "Area Manajemen Perubahan: LKE belum lengkap (pertanyaan yang belum dijawab: 2), "
                + "sehingga nilai minimal 4,80 untuk WBK belum dapat diperiksa — "
                + idMinimum(PORTALRB_PER_AREA) + ID_LIKELY,
            "Area Manajemen Perubahan (change management): the LKE is incomplete (questions "
                + "unanswered: 2), so the minimum 4.80 for WBK cannot be checked yet — "
                + enMinimum(PORTALRB_PER_AREA) + EN_LIKELY),

        // ---- birokrasi bersih dan akuntabel
        row("lke-bersih-akuntabel.FAIL",
            // IPAK 3.59 → 15.70625, + B 3.75 = 19.45625, shown 19.46; short 0.04375, which a
            // shortfall shows rounded up: 0.05
            () -> finding(BALANGAN_WBBM_2026.withLke(wbbmLine().ipak("3.59").build()),
                RuleId.LKE_BERSIH_AKUNTABEL),
            "Nilai birokrasi bersih dan akuntabel 19,46 di bawah nilai minimal 19,50 untuk WBBM "
                + "(kurang 0,05) — " + idMinimum(ONE_APP + " (aplikasi lain memakai 18,25)")
                + ID_UNVERIFIED,
            "Birokrasi bersih dan akuntabel score 19.46 is below the minimum 19.50 for WBBM "
                + "(0.05 short) — " + enMinimum(ONE_APP + " (other applications use 18.25)")
                + EN_UNVERIFIED),
        row("lke-bersih-akuntabel.PASS",
            () -> finding(PESAWARAN_WBK_2024.withLke(wbkOnTheLine()),
                RuleId.LKE_BERSIH_AKUNTABEL),
            "Nilai birokrasi bersih dan akuntabel 18,25 memenuhi nilai minimal 18,25 untuk WBK — "
                + idMinimum(APPS) + ID_LIKELY,
            "Birokrasi bersih dan akuntabel score 18.25 meets the minimum 18.25 for WBK — "
                + enMinimum(APPS) + EN_LIKELY),
        row("lke-bersih-akuntabel.UNKNOWN.no-lke",
            () -> finding(PESAWARAN_WBK_2024, RuleId.LKE_BERSIH_AKUNTABEL),
            "Hasil LKE belum diberikan: nilai birokrasi bersih dan akuntabel (minimal 18,25 untuk "
                + "WBK) belum dapat diperiksa — " + idMinimum(APPS) + ID_LIKELY,
            "No LKE result given: the birokrasi bersih dan akuntabel score cannot be checked "
                + "against the minimum 18.25 for WBK — " + enMinimum(APPS) + EN_LIKELY),
        row("lke-bersih-akuntabel.UNKNOWN.no-figure",
            () -> noFigure(Criterion.BERSIH_AKUNTABEL),
            "Nilai minimal birokrasi bersih dan akuntabel untuk WBK menurut PermenPANRB 52/2014 "
                + "belum diketahui zi4j — " + idMinimum(LKE_52) + ID_UNVERIFIED,
            "zi4j does not know the minimum birokrasi bersih dan akuntabel score for WBK under "
                + "PermenPANRB 52/2014 — " + enMinimum(LKE_52) + EN_UNVERIFIED),
        row("lke-bersih-akuntabel.UNKNOWN.incomplete",
            () -> finding(INCOMPLETE_WORKSHEET, RuleId.LKE_BERSIH_AKUNTABEL),
            "LKE belum lengkap (pertanyaan yang belum dijawab: 2): nilai birokrasi bersih dan "
                + "akuntabel (minimal 18,25 untuk WBK) belum dapat diperiksa — "
                + idMinimum(APPS) + ID_LIKELY,
            "The LKE is incomplete (questions unanswered: 2): the birokrasi bersih dan akuntabel "
                + "score cannot be checked against the minimum 18.25 for WBK yet — "
                + enMinimum(APPS) + EN_LIKELY),

        // ---- IPAK
        row("lke-ipak.FAIL",
            // 3.599 × 4.375 = 15.745625, 15.75 at 2 decimals like the minimum: shown at 3, 15.746
            // against 15.750; short 0.004375, rounded up: 0.005
            () -> finding(PESAWARAN_WBK_2024.withLke(wbkLine().ipak("3.599").build()),
                RuleId.LKE_IPAK),
            "IPAK 3,599 setara nilai 15,746, di bawah nilai minimal 15,750 untuk WBK "
                + "(kurang 0,005) — " + idMinimum(PORTALRB_AND_APPS + " (indeks IPAK 3,60)")
                + ID_LIKELY,
            "IPAK 3.599 is worth 15.746, below the minimum 15.750 for WBK (0.005 short) — "
                + enMinimum(PORTALRB_AND_APPS + " (IPAK index 3.60)") + EN_LIKELY),
        row("lke-ipak.PASS",
            () -> finding(PESAWARAN_WBK_2024.withLke(wbkOnTheLine()), RuleId.LKE_IPAK),
            "IPAK 3,60 setara nilai 15,75, memenuhi nilai minimal 15,75 untuk WBK — "
                + idMinimum(PORTALRB_AND_APPS + " (indeks IPAK 3,60)") + ID_LIKELY,
            "IPAK 3.60 is worth 15.75, which meets the minimum 15.75 for WBK — "
                + enMinimum(PORTALRB_AND_APPS + " (IPAK index 3.60)") + EN_LIKELY),
        row("lke-ipak.UNKNOWN.no-lke",
            () -> finding(PESAWARAN_WBK_2024, RuleId.LKE_IPAK),
            "Hasil LKE belum diberikan: IPAK (minimal 15,75 untuk WBK) belum dapat diperiksa — "
                + idMinimum(PORTALRB_AND_APPS + " (indeks IPAK 3,60)") + ID_LIKELY,
            "No LKE result given: IPAK cannot be checked against the minimum 15.75 for WBK — "
                + enMinimum(PORTALRB_AND_APPS + " (IPAK index 3.60)") + EN_LIKELY),
        row("lke-ipak.UNKNOWN.no-figure",
            () -> noFigure(Criterion.IPAK),
            "Nilai minimal IPAK untuk WBK menurut PermenPANRB 52/2014 belum diketahui zi4j — "
                + idMinimum(LKE_52) + ID_UNVERIFIED,
            "zi4j does not know the minimum IPAK for WBK under PermenPANRB 52/2014 — "
                + enMinimum(LKE_52) + EN_UNVERIFIED),
        row("lke-ipak.UNKNOWN.incomplete",
            () -> finding(INCOMPLETE_SURVEYS, RuleId.LKE_IPAK),
            "LKE belum lengkap (pertanyaan yang belum dijawab: 2): IPAK (minimal 15,75 untuk WBK) "
                + "belum dapat diperiksa — "
                + idMinimum(PORTALRB_AND_APPS + " (indeks IPAK 3,60)") + ID_LIKELY,
            "The LKE is incomplete (questions unanswered: 2): IPAK cannot be checked against the "
                + "minimum 15.75 for WBK yet — "
                + enMinimum(PORTALRB_AND_APPS + " (IPAK index 3.60)") + EN_LIKELY),

        // ---- capaian kinerja
        row("lke-capaian-kinerja.FAIL",
            // C → 2.50 against 3.75: short 1.25
            () -> finding(BALANGAN_WBBM_2026.withLke(
                wbbmLine().capaian(CapaianKinerja.C).build()), RuleId.LKE_CAPAIAN_KINERJA),
            "Capaian kinerja C setara nilai 2,50, di bawah nilai minimal 3,75 untuk WBBM "
                + "(kurang 1,25) — " + idMinimum(ONE_APP + " (aplikasi lain memakai 2,50)")
                + ID_UNVERIFIED,
            "Capaian kinerja C is worth 2.50, below the minimum 3.75 for WBBM (1.25 short) — "
                + enMinimum(ONE_APP + " (other applications use 2.50)") + EN_UNVERIFIED),
        row("lke-capaian-kinerja.PASS",
            () -> finding(PESAWARAN_WBK_2024.withLke(wbkOnTheLine()),
                RuleId.LKE_CAPAIAN_KINERJA),
            "Capaian kinerja C setara nilai 2,50, memenuhi nilai minimal 2,50 untuk WBK — "
                + idMinimum(APPS) + ID_LIKELY,
            "Capaian kinerja C is worth 2.50, which meets the minimum 2.50 for WBK — "
                + enMinimum(APPS) + EN_LIKELY),
        row("lke-capaian-kinerja.UNKNOWN.no-lke",
            () -> finding(BALANGAN_WBBM_2026, RuleId.LKE_CAPAIAN_KINERJA),
            "Hasil LKE belum diberikan: capaian kinerja (minimal 3,75 untuk WBBM) belum dapat "
                + "diperiksa — " + idMinimum(ONE_APP + " (aplikasi lain memakai 2,50)")
                + ID_UNVERIFIED,
            "No LKE result given: capaian kinerja cannot be checked against the minimum 3.75 for "
                + "WBBM — " + enMinimum(ONE_APP + " (other applications use 2.50)") + EN_UNVERIFIED),
        row("lke-capaian-kinerja.UNKNOWN.no-figure",
            () -> noFigure(Criterion.CAPAIAN_KINERJA),
            "Nilai minimal capaian kinerja untuk WBK menurut PermenPANRB 52/2014 belum diketahui "
                + "zi4j — " + idMinimum(LKE_52) + ID_UNVERIFIED,
            "zi4j does not know the minimum capaian kinerja for WBK under PermenPANRB 52/2014 — "
                + enMinimum(LKE_52) + EN_UNVERIFIED),
        row("lke-capaian-kinerja.UNKNOWN.incomplete",
            () -> finding(INCOMPLETE_WORKSHEET, RuleId.LKE_CAPAIAN_KINERJA),
            "LKE belum lengkap (pertanyaan yang belum dijawab: 2): capaian kinerja (minimal 2,50 "
                + "untuk WBK) belum dapat diperiksa — " + idMinimum(APPS) + ID_LIKELY,
            "The LKE is incomplete (questions unanswered: 2): capaian kinerja cannot be checked "
                + "against the minimum 2.50 for WBK yet — " + enMinimum(APPS) + EN_LIKELY),

        // ---- IPKP
        row("lke-ipkp.FAIL",
            // 3.19 × 4.375 = 13.95625, shown 13.96; short 0.04375, rounded up: 0.05
            () -> finding(PESAWARAN_WBK_2024.withLke(wbkLine().ipkp("3.19").build()),
                RuleId.LKE_IPKP),
            "IPKP 3,19 (pelayanan publik prima) setara nilai 13,96, di bawah nilai minimal 14,00 "
                + "untuk WBK (kurang 0,05) — "
                + idMinimum(PORTALRB_AND_APPS + " (indeks IPKP 3,20)") + ID_LIKELY,
            "IPKP 3.19 (pelayanan publik prima) is worth 13.96, below the minimum 14.00 for WBK "
                + "(0.05 short) — " + enMinimum(PORTALRB_AND_APPS + " (IPKP index 3.20)")
                + EN_LIKELY),
        row("lke-ipkp.PASS",
            () -> finding(BALANGAN_WBBM_2026.withLke(wbbmOnTheLine()), RuleId.LKE_IPKP),
            "IPKP 3,60 (pelayanan publik prima) setara nilai 15,75, memenuhi nilai minimal 15,75 "
                + "untuk WBBM — " + idMinimum(PORTALRB_AND_APPS + " (indeks IPKP 3,60)")
                + ID_LIKELY,
            "IPKP 3.60 (pelayanan publik prima) is worth 15.75, which meets the minimum 15.75 for "
                + "WBBM — " + enMinimum(PORTALRB_AND_APPS + " (IPKP index 3.60)") + EN_LIKELY),
        row("lke-ipkp.UNKNOWN.no-lke",
            () -> finding(PESAWARAN_WBK_2024, RuleId.LKE_IPKP),
            "Hasil LKE belum diberikan: IPKP (pelayanan publik prima, minimal 14,00 untuk WBK) "
                + "belum dapat diperiksa — " + idMinimum(PORTALRB_AND_APPS + " (indeks IPKP 3,20)")
                + ID_LIKELY,
            "No LKE result given: IPKP (pelayanan publik prima) cannot be checked against the "
                + "minimum 14.00 for WBK — " + enMinimum(PORTALRB_AND_APPS + " (IPKP index 3.20)")
                + EN_LIKELY),
        row("lke-ipkp.UNKNOWN.no-figure",
            () -> noFigure(Criterion.IPKP),
            "Nilai minimal IPKP (pelayanan publik prima) untuk WBK menurut PermenPANRB 52/2014 "
                + "belum diketahui zi4j — " + idMinimum(LKE_52) + ID_UNVERIFIED,
            "zi4j does not know the minimum IPKP (pelayanan publik prima) for WBK under "
                + "PermenPANRB 52/2014 — " + enMinimum(LKE_52) + EN_UNVERIFIED),
        row("lke-ipkp.UNKNOWN.incomplete",
            () -> finding(INCOMPLETE_SURVEYS, RuleId.LKE_IPKP),
            "LKE belum lengkap (pertanyaan yang belum dijawab: 2): IPKP (pelayanan publik prima, "
                + "minimal 14,00 untuk WBK) belum dapat diperiksa — "
                + idMinimum(PORTALRB_AND_APPS + " (indeks IPKP 3,20)") + ID_LIKELY,
            "The LKE is incomplete (questions unanswered: 2): IPKP (pelayanan publik prima) cannot "
                + "be checked against the minimum 14.00 for WBK yet — "
                + enMinimum(PORTALRB_AND_APPS + " (IPKP index 3.20)") + EN_LIKELY),

        // ---- an edition whose LKE zi4j scores only from its worksheet (52/2014, 10/2019): the
        // edition's LKE is cited, with no explanation of a minimum
        row("lke-edition.UNKNOWN",
            () -> finding(PESAWARAN_52, RuleId.LKE_EDITION),
            "LKE menurut PermenPANRB 52/2014 belum diberikan: nilai minimal untuk WBK tidak dapat "
                + "diperiksa — " + LKE_52,
            "No LKE of PermenPANRB 52/2014 given: the minimums for WBK cannot be checked — "
                + LKE_52),
        row("lke-edition.UNKNOWN.area-level",
            () -> finding(PESAWARAN_52.withLke(wbkOnTheLine()), RuleId.LKE_EDITION),
            "Hasil LKE per area berbentuk PermenPANRB 90/2021, sehingga nilai minimal PermenPANRB "
                + "52/2014 untuk WBK tidak dapat diperiksa: lampirkan LKE menurut PermenPANRB "
                + "52/2014 — " + LKE_52,
            "The area-level LKE result is in the PermenPANRB 90/2021 form, so the minimums of "
                + "PermenPANRB 52/2014 for WBK cannot be checked: attach an LKE of PermenPANRB "
                + "52/2014 — " + LKE_52),
        row("lke-edition.UNKNOWN.incomplete",
            () -> finding(PESAWARAN_52.withLke(CONTOH_52_2014
                .withoutAnswer(Role.SELF, "MP.1.a").withoutAnswer(Role.SELF, "HASIL.BERSIH.TLHP.a")),
                RuleId.LKE_EDITION),
            "LKE belum lengkap (pertanyaan yang belum dijawab: 2): nilai minimal untuk WBK tidak "
                + "dapat diperiksa — " + LKE_52,
            "The LKE is incomplete (questions unanswered: 2): the minimums for WBK cannot be "
                + "checked — " + LKE_52),

        // ---- a minimum on a node of the 52/2014 or 10/2019 template
        row("lke-minimum.PASS",
            // survey 13.5 + TLHP 4.5 = 18, exactly the WBK minimum of the node
            () -> minimum(PESAWARAN_52.withLke(CONTOH_52_2014),
                "Pemerintah yang bersih dan bebas KKN"),
            "Pemerintah yang bersih dan bebas KKN: 18,00 memenuhi nilai minimal 18,00 untuk WBK — "
                + idMinimum(SECONDARY_52) + ID_LIKELY,
            "Pemerintah yang bersih dan bebas KKN: 18.00 meets the minimum 18.00 for WBK — "
                + enMinimum(SECONDARY_52) + EN_LIKELY),
        row("lke-minimum.FAIL",
            // survey 3.59 / 4 × 15 = 13.4625, shown 13.46; short 0.0375, rounded up: 0.04
            () -> minimum(PESAWARAN_52.withLke(CONTOH_52_2014
                .withAnswer(Role.SELF, "HASIL.BERSIH.SURVEI.a", Answer.number("3.59"))),
                "Survei persepsi korupsi"),
            "Survei persepsi korupsi: 13,46 di bawah nilai minimal 13,50 untuk WBK (kurang 0,04) — "
                + idMinimum(SECONDARY_52) + ID_LIKELY,
            "Survei persepsi korupsi: 13.46 is below the minimum 13.50 for WBK (0.04 short) — "
                + enMinimum(SECONDARY_52) + EN_LIKELY),
        row("lke-minimum.UNKNOWN.no-figure",
            () -> minimum(BALANGAN_52.withLke(CONTOH_52_2014),
                "Pemerintah yang bersih dan bebas KKN"),
            "Nilai minimal Pemerintah yang bersih dan bebas KKN untuk WBBM belum diketahui zi4j — "
                + idMinimum(TEMPLATE_52) + ID_UNVERIFIED,
            "zi4j does not know the minimum of Pemerintah yang bersih dan bebas KKN for WBBM — "
                + enMinimum(TEMPLATE_52) + EN_UNVERIFIED),
        row("lke-minimum.FAIL.floor",
            // survey 3.59 / 4 × 15 = 13.4625 is below the WBK minimum 13.50 (short 0.0375): a WBBM
            // minimum is never below the WBK one, so the node cannot meet WBBM either
            () -> minimum(BALANGAN_52.withLke(CONTOH_52_2014
                .withAnswer(Role.SELF, "HASIL.BERSIH.SURVEI.a", Answer.number("3.59"))),
                "Survei persepsi korupsi"),
            "Survei persepsi korupsi: 13,46 di bawah nilai minimal 13,50 untuk WBK (kurang 0,04), "
                + "sehingga juga tidak memenuhi WBBM — " + idMinimum(SECONDARY_52) + ID_LIKELY,
            "Survei persepsi korupsi: 13.46 is below the WBK minimum 13.50 (0.04 short), so it "
                + "cannot meet WBBM either — " + enMinimum(SECONDARY_52) + EN_LIKELY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("messages")
  @DisplayName("each kind of finding reads as its sentence in Bahasa Indonesia and in English")
  void rendersInBothLanguages(String key, Supplier<Finding> scenario, String id, String en) {
    // given
    Finding finding = scenario.get();

    // then: the row shows the kind it claims
    assertThat(finding.rule().code() + "." + finding.status()
        + finding.variant().map(v -> "." + v).orElse("")).isEqualTo(key);
    assertThat(finding.message(ID)).isEqualTo(id);
    assertThat(finding.message(EN)).isEqualTo(en);
  }

  @Test
  @DisplayName("every finding sentence of the bundles has its row in this table")
  void everyKindHasARow() {
    // given
    Set<String> rows = messages().map(a -> (String) a.get()[0]).collect(Collectors.toSet());

    // when
    Set<String> indonesian = findingKeys(Locale.ROOT);
    Set<String> english = findingKeys(Locale.ENGLISH);

    // then
    assertThat(indonesian).isEqualTo(rows);
    assertThat(english).isEqualTo(rows);
  }

  /** The keys of finding sentences: not the decision's, the comparison's, or a basis explanation. */
  private static Set<String> findingKeys(Locale bundleLocale) {
    String name = Locale.ENGLISH.equals(bundleLocale) ? "messages_en.properties"
        : "messages.properties";
    java.util.Properties bundle = new java.util.Properties();
    try (java.io.Reader in = new java.io.InputStreamReader(
        Messages.class.getResourceAsStream(name), java.nio.charset.StandardCharsets.UTF_8)) {
      bundle.load(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return bundle.stringPropertyNames().stream()
        .filter(k -> !k.startsWith("decision.") && !k.startsWith("status.")
            && !k.startsWith("confidence.") && !k.startsWith("term.")
            && !k.startsWith("comparison.") && !k.startsWith("basis.")
            && !k.startsWith("plan."))
        .collect(Collectors.toSet());
  }

  @Test
  @DisplayName("a total of 73.40 for WBK reads as the issue's example sentence")
  void theIssuesExample() {
    // given: PW pemenuhan 6.00 → 4.40 takes 1.60 off the WBK line: total 73.40
    Proposal proposal = PESAWARAN_WBK_2024.withLke(
        wbkLine().pemenuhan(PENGUATAN_PENGAWASAN, "4.40").build());

    // when
    Finding finding = finding(proposal, RuleId.LKE_TOTAL);

    // then
    assertThat(finding.message()).isEqualTo(
        "Nilai total 73,40 di bawah nilai minimal 75,00 untuk WBK (kurang 1,60) — "
            + "PermenPANRB 90/2021, Lampiran (LKE): nilai minimal");
  }

  @Nested
  @DisplayName("the language")
  class TheLanguage {

    private final Finding buildingPeriod =
        finding(PESAWARAN_WBK_2024.withAsOf(LocalDate.of(2023, 11, 9)), RuleId.BUILDING_PERIOD);
    private final Finding area = area(STANDARD, PESAWARAN_WBK_2024.withLke(
        strongHasil().area(PENGUATAN_PENGAWASAN, "4.50", "4.49").build()),
        PENGUATAN_PENGAWASAN, null);

    @Test
    @DisplayName("is Bahasa Indonesia when none is asked for")
    void indonesianByDefault() {
      // then
      assertThat(buildingPeriod.message()).isEqualTo(buildingPeriod.message(ID));
      assertThat(buildingPeriod.message()).startsWith("Masa pembangunan");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.zi4j.rules.FindingMessagesTest#indonesianLocales")
    @DisplayName("is Bahasa Indonesia, dates, decimals, area names and legal bases included, for an Indonesian locale (id, or in as older Java wrote it)")
    void indonesianForIndonesianLocales(String languageTag) {
      // given
      Locale locale = Locale.forLanguageTag(languageTag);

      // then
      assertThat(buildingPeriod.message(locale)).isEqualTo(
          "Masa pembangunan sejak pencanangan 10 November 2022 belum cukup: unit baru dapat "
              + "diusulkan mulai 10 November 2023 (kurang 1 hari) — " + BUILDING_ID);
      assertThat(area.message(locale)).isEqualTo(
          "Area Penguatan Pengawasan: 8,99 di bawah nilai minimal 9,00 untuk WBK (kurang 0,01) — "
              + idMinimum(PORTALRB_PER_AREA) + ID_LIKELY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.zi4j.rules.FindingMessagesTest#englishVariants")
    @DisplayName("is English for every locale that is not Indonesian: English, French, German, Malay, the root locale")
    void englishForEnglishVariants(String languageTag) {
      // given
      Locale locale = Locale.forLanguageTag(languageTag);

      // then
      assertThat(buildingPeriod.message(locale)).isEqualTo(buildingPeriod.message(EN))
          .endsWith(BUILDING_EN);
      assertThat(area.message(locale)).isEqualTo(area.message(EN));
    }
  }

  static Stream<String> indonesianLocales() {
    return Stream.of("id", "id-ID", "in", "in-ID");
  }

  static Stream<String> englishVariants() {
    // "und" is the root locale
    return Stream.of("en", "en-GB", "en-US", "en-ID", "fr", "de-DE", "und", "ms-MY");
  }

  @Nested
  @DisplayName("a whole decision explained as text")
  class Explanation {

    @Test
    @DisplayName("an eligible decision gives its verdict, earliest date and scores, then a line per finding")
    void eligibleDecision() {
      // given
      Decision decision = STANDARD.decide(PESAWARAN_WBK_2024.withLke(wbkOnTheLine()));

      // when
      List<String> id = decision.explain(ID).lines().collect(Collectors.toList());
      List<String> en = decision.explain(EN).lines().collect(Collectors.toList());

      // then: 20 findings: the round's window, building period, not yet held, cooling-off; BPK,
      // AKIP, Indeks RB, SPIP (the 2024 announcement asks none: the reading taken); total,
      // pengungkit, 6 areas, bersih, IPAK, capaian, IPKP. The year of building ends on 10 November
      // 2023, after the 2023 round had closed (by 4 July 2023): the earliest date is in 2024. The
      // first use of each acronym is spelled out (WBK, LKE, then ZI in the building period's basis)
      assertThat(id).hasSize(3 + 20).startsWith(
          "Hasil pemeriksaan kelayakan usulan WBK (Wilayah Bebas dari Korupsi) per 20 Juli 2024 "
              + "(PermenPANRB 90/2021): LAYAK DIUSULKAN",
          "Paling cepat dapat diusulkan: 18 Juli 2024, pada periode pengusulan 2024",
          "Nilai LKE (Lembar Kerja Evaluasi): total 75,00, pengungkit 42,75, hasil 32,25; "
              + "memenuhi: WBK",
          "  [MEMENUHI] Tanggal usulan 20 Juli 2024 berada dalam jadwal periode pengusulan 2024 "
              + "(18 Juli 2024 – 31 Juli 2024) — " + ROUND_2024,
          "  [MEMENUHI] Masa pembangunan sejak pencanangan 10 November 2022 telah cukup: unit "
              + "dapat diusulkan sejak 10 November 2023 — "
              + BUILDING_ID.replace("ZI", "ZI (Zona Integritas)"));
      assertThat(en).hasSize(3 + 20).startsWith(
          "Eligibility check of the proposal for WBK (Wilayah Bebas dari Korupsi, Corruption-Free "
              + "Zone) as of 20 July 2024 (PermenPANRB 90/2021): ELIGIBLE",
          "Earliest proposal date: 18 July 2024, in the 2024 proposal round",
          "LKE (Lembar Kerja Evaluasi, evaluation worksheet) score: total 75.00, pengungkit 42.75, "
              + "hasil 32.25; meets: WBK",
          "  [PASS] The proposal date 20 July 2024 is inside the window of the 2024 proposal round "
              + "(18 July 2024 – 31 July 2024) — " + ROUND_2024_EN,
          "  [PASS] Building period since pencanangan on 10 November 2022 met: may be proposed "
              + "from 10 November 2023 — "
              + BUILDING_EN.replace("ZI", "ZI (Zona Integritas, Integrity Zone)"));
    }

    @Test
    @DisplayName("a failing decision says no date helps and no predicate is met")
    void failingDecision() {
      // given: WBBM without WBK, with a total of 74.99
      Decision decision = STANDARD.decide(PESAWARAN_WBBM.withLke(
          wbkLine().pemenuhan(PENGUATAN_PENGAWASAN, "5.99").build()));

      // when
      List<String> id = decision.explain(ID).lines().collect(Collectors.toList());
      List<String> en = decision.explain(EN).lines().collect(Collectors.toList());

      // then
      assertThat(id).startsWith(
          "Hasil pemeriksaan kelayakan usulan WBBM (Wilayah Birokrasi Bersih dan Melayani) per 20 "
              + "Juli 2024 (PermenPANRB 90/2021): TIDAK LAYAK DIUSULKAN",
          "Paling cepat dapat diusulkan: tidak ada (menunggu saja tidak cukup)",
          "Nilai LKE (Lembar Kerja Evaluasi): total 74,99, pengungkit 42,74, hasil 32,25; "
              + "memenuhi: tidak ada");
      assertThat(id).contains("  [TIDAK MEMENUHI] Usulan WBBM hanya untuk unit berpredikat WBK, "
          + "sedangkan unit belum memegang WBK — " + PREREQUISITE_ID);
      assertThat(en).startsWith(
          "Eligibility check of the proposal for WBBM (Wilayah Birokrasi Bersih dan Melayani, Clean "
              + "and Serving Bureaucracy Zone) as of 20 July 2024 (PermenPANRB 90/2021): "
              + "NOT ELIGIBLE",
          "Earliest proposal date: none by waiting alone",
          "LKE (Lembar Kerja Evaluasi, evaluation worksheet) score: total 74.99, pengungkit 42.74, "
              + "hasil 32.25; meets: none");
      assertThat(en).contains("  [FAIL] WBBM may be proposed only for a unit holding WBK, but the "
          + "unit does not hold WBK — " + PREREQUISITE_EN);
    }

    @Test
    @DisplayName("an undetermined decision marks the unknown findings")
    void undeterminedDecision() {
      // when
      Decision decision = STANDARD.decide(PESAWARAN_WBK_2024);

      // then
      assertThat(decision.explain(ID)).startsWith("Hasil pemeriksaan kelayakan usulan WBK (Wilayah "
          + "Bebas dari Korupsi) per 20 Juli 2024 (PermenPANRB 90/2021): BELUM DAPAT DITENTUKAN\n")
          .contains("\n  [BELUM DIKETAHUI] Hasil LKE (Lembar Kerja Evaluasi) belum diberikan: "
              + "nilai total (minimal 75,00 untuk WBK) belum dapat diperiksa — ");
      assertThat(decision.explain(EN)).startsWith("Eligibility check of the proposal for WBK "
          + "(Wilayah Bebas dari Korupsi, Corruption-Free Zone) as of 20 July 2024 (PermenPANRB "
          + "90/2021): UNDETERMINED\n")
          .contains("\n  [UNKNOWN] No LKE (Lembar Kerja Evaluasi, evaluation worksheet) result "
              + "given: the LKE total cannot be checked against the minimum 75.00 for WBK — ");
    }

    @Test
    @DisplayName("an earliest day before its round's window moves to the day the window opens")
    void earliestDayInAKnownWindow() {
      // given: building since 1 March 2023 allows 1 March 2024, before the 2024 window (18 July)
      Proposal proposal = PESAWARAN_WBK_2024.withUnit(
          DPMPTSP_PESAWARAN.withPencanangan(LocalDate.of(2023, 3, 1)));

      // when
      Decision decision = STANDARD.decide(proposal);

      // then
      assertThat(decision.explain(ID).lines())
          .contains("Paling cepat dapat diusulkan: 18 Juli 2024, pada periode pengusulan 2024");
      assertThat(decision.explain(EN).lines())
          .contains("Earliest proposal date: 18 July 2024, in the 2024 proposal round");
    }

    @Test
    @DisplayName("a proposal in a round whose window is not known says its date was not checked, in "
        + "its round-window finding's line")
    void windowNotKnown() {
      // when: the 2025 round is bundled with its criteria, but no window
      Decision decision = STANDARD.decide(PESAWARAN_2025);

      // then
      assertThat(decision.explain(ID).lines()).anyMatch(line -> line.startsWith(
          "  [MEMENUHI] Jadwal periode pengusulan 2025 belum diketahui zi4j: tanggal usulan "));
      assertThat(decision.explain(EN).lines()).anyMatch(line -> line.startsWith(
          "  [PASS] zi4j does not know the window of the 2025 proposal round: the proposal date "));
    }
  }
}
