package io.github.zi4j.rules;

import io.github.zi4j.rules.score.ScoreProfile;
import static io.github.zi4j.lke.AreaPerubahan.MANAJEMEN_PERUBAHAN;
import static io.github.zi4j.lke.AreaPerubahan.PENGUATAN_PENGAWASAN;
import static io.github.zi4j.rules.Fixtures.BALANGAN_WBBM_2026;
import static io.github.zi4j.rules.Fixtures.CONTOH_52_2014;
import static io.github.zi4j.rules.Fixtures.CONTOH_90_2021;
import static io.github.zi4j.rules.Fixtures.EN;
import static io.github.zi4j.rules.Fixtures.ID;
import static io.github.zi4j.rules.Fixtures.KANTOR_CONTOH_WBK_2024;
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
import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.lke.CapaianKinerja;
import io.github.zi4j.lke.Role;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.round.ProposalRounds;
import io.github.zi4j.unit.Predikat;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
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

  // the legal bases as the sentences end with them
  private static final String BUILDING =
      "Pedoman Zona Integritas: usul setelah minimal 1 tahun pembangunan sejak pencanangan";
  private static final String NOT_HELD = "Pedoman Zona Integritas: predikat WBK, lalu WBBM";
  private static final String PREREQUISITE =
      "PermenPANRB 52/2014 dan 90/2021: WBBM hanya untuk unit berpredikat WBK";
  private static final String HOLDING =
      "Praktik: WBBM diusulkan setelah memegang WBK (laporan menyebut 1 atau 2 tahun)";
  private static final String COOLDOWN = "PermenPANRB 90/2021, Lampiran II Bab IV C";
  private static final String ROUND_2024 =
      "Periode pengusulan 2024: Siaran pers KemenPANRB 16 Juli 2024";
  private static final String ROUND_2022 = "Periode pengusulan 2022: menpan.go.id, 2022";
  private static final String NO_ROUND =
      "KemenPANRB: kriteria instansi ditetapkan per periode pengusulan";
  private static final String MINIMUM = "PermenPANRB 90/2021, Lampiran (LKE): nilai minimal";
  private static final String LKE_52 = "PermenPANRB 52/2014 (LKE)";
  private static final String TEMPLATE_52 = "PermenPANRB 52/2014, Lampiran (LKE)";
  private static final String MINIMUM_52 = TEMPLATE_52 + ": nilai minimal";
  private static final String SECONDARY = " (satu sumber sekunder)";
  private static final String ID_LIKELY = " [cukup yakin]";
  private static final String EN_LIKELY = " [likely]";
  private static final String ID_UNVERIFIED = " [belum terverifikasi]";
  private static final String EN_UNVERIFIED = " [unverified]";

  /** The 2022 round as known by its window only, with a short source, for the no-criteria case. */
  private static final DecisionEngine WINDOW_ONLY_2022 = DecisionEngine.of(
      RegulationFigures.bundled(),
      ProposalRounds.of(List.of(ProposalRound.builder().year(2022)
          .opens(LocalDate.of(2022, 5, 31)).closes(LocalDate.of(2022, 6, 30))
          .source("menpan.go.id, 2022").build())));

  private static final DecisionEngine EACH_PART = DecisionEngine.of(
      RegulationFigures.bundled().withAreaCheck(AreaCheck.EACH_PART), ProposalRounds.bundled());

  private static Finding finding(Proposal proposal, RuleId rule) {
    return only(STANDARD.decide(proposal), rule);
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

  private static Arguments row(String key, Supplier<Finding> finding, String id, String en) {
    return arguments(key, finding, id, en);
  }

  // proposals of the table
  private static final Proposal PESAWARAN_WBBM = PESAWARAN_WBK_2024.withTarget(Predikat.WBBM);
  private static final Proposal PESAWARAN_2025 =
      PESAWARAN_WBK_2024.withAsOf(LocalDate.of(2025, 7, 20));
  private static final Proposal CONTOH_2022 =
      KANTOR_CONTOH_WBK_2024.withAsOf(LocalDate.of(2022, 6, 15));
  private static final Proposal NO_FACTS = KANTOR_CONTOH_WBK_2024.withInstansi(MAHKAMAH_AGUNG);
  /** The 90/2021 example with two of the TPI's answers taken out: 2 questions unanswered. */
  private static final Proposal INCOMPLETE_WORKSHEET = PESAWARAN_WBK_2024.withLke(CONTOH_90_2021
      .withoutAnswer(Role.TPI, "MP.R.2.a").withoutAnswer(Role.TPI, "HASIL.BERSIH.CAPAIAN.a"));
  /** The 90/2021 example with the TPI's two survey answers taken out: 2 questions unanswered. */
  private static final Proposal INCOMPLETE_SURVEYS = PESAWARAN_WBK_2024.withLke(CONTOH_90_2021
      .withoutAnswer(Role.TPI, "HASIL.BERSIH.IPAK.a")
      .withoutAnswer(Role.TPI, "HASIL.PELAYANAN.IPKP.a"));
  private static final Proposal PESAWARAN_52 =
      PESAWARAN_WBK_2024.withEdition(Edition.PERMENPANRB_52_2014);
  private static final Proposal BALANGAN_52 =
      BALANGAN_WBBM_2026.withEdition(Edition.PERMENPANRB_52_2014);

  private static Finding minimum(Proposal proposal, String node) {
    return minimumFinding(STANDARD.decide(proposal), node);
  }

  static Stream<Arguments> messages() {
    return Stream.of(
        // ---- timing
        row("building-period.FAIL",
            () -> finding(PESAWARAN_WBK_2024.withAsOf(LocalDate.of(2023, 11, 9)),
                RuleId.BUILDING_PERIOD),
            "Masa pembangunan sejak pencanangan 10 November 2022 belum cukup: baru boleh "
                + "diusulkan mulai 10 November 2023 (kurang 1 hari) — " + BUILDING,
            "Building period since pencanangan on 10 November 2022 too short: may be proposed "
                + "only from 10 November 2023 (1 day short) — " + BUILDING),
        row("building-period.PASS",
            () -> finding(PESAWARAN_WBK_2024, RuleId.BUILDING_PERIOD),
            "Masa pembangunan sejak pencanangan 10 November 2022 terpenuhi: boleh diusulkan sejak "
                + "10 November 2023 — " + BUILDING,
            "Building period since pencanangan on 10 November 2022 met: may be proposed from "
                + "10 November 2023 — " + BUILDING),
        row("not-yet-held.FAIL",
            () -> finding(PEKALONGAN_WBBM_2024.withTarget(Predikat.WBK), RuleId.NOT_YET_HELD),
            "Unit sudah memegang predikat WBK sejak 21 Desember 2020, sehingga tidak diusulkan "
                + "lagi untuk WBK — " + NOT_HELD,
            "The unit has held WBK since 21 December 2020, so it is not proposed for WBK again — "
                + NOT_HELD),
        row("not-yet-held.PASS",
            () -> finding(PESAWARAN_WBK_2024, RuleId.NOT_YET_HELD),
            "Unit belum memegang predikat WBK atau yang lebih tinggi — " + NOT_HELD,
            "The unit does not yet hold WBK or a higher predicate — " + NOT_HELD),
        row("wbk-prerequisite.FAIL",
            () -> finding(PESAWARAN_WBBM, RuleId.WBK_PREREQUISITE),
            "Usulan WBBM hanya untuk unit berpredikat WBK, tetapi unit belum memegang WBK — "
                + PREREQUISITE,
            "WBBM may be proposed only for a unit holding WBK, but the unit does not hold WBK — "
                + PREREQUISITE),
        row("wbk-prerequisite.FAIL.revoked",
            () -> finding(PN_SURABAYA_WBK_2024.withTarget(Predikat.WBBM), RuleId.WBK_PREREQUISITE),
            "Usulan WBBM hanya untuk unit berpredikat WBK, tetapi WBK unit dicabut pada "
                + "3 Februari 2022 — " + PREREQUISITE,
            "WBBM may be proposed only for a unit holding WBK, but its WBK was revoked on "
                + "3 February 2022 — " + PREREQUISITE),
        row("wbk-prerequisite.PASS",
            () -> finding(BALANGAN_WBBM_2026, RuleId.WBK_PREREQUISITE),
            "Unit memegang WBK sejak 10 Desember 2024, syarat usulan WBBM terpenuhi — "
                + PREREQUISITE,
            "The unit has held WBK since 10 December 2024, as a WBBM proposal requires — "
                + PREREQUISITE),
        row("wbk-holding-period.FAIL",
            () -> finding(BALANGAN_WBBM_2026.withAsOf(LocalDate.of(2025, 7, 20)),
                RuleId.WBK_HOLDING_PERIOD),
            "WBK baru dipegang sejak 10 Desember 2024: usulan WBBM baru boleh mulai "
                + "10 Desember 2025 (kurang 143 hari) — " + HOLDING + ID_UNVERIFIED,
            "WBK held only since 10 December 2024: WBBM may be proposed only from "
                + "10 December 2025 (143 days short) — " + HOLDING + EN_UNVERIFIED),
        row("wbk-holding-period.PASS",
            () -> finding(BALANGAN_WBBM_2026, RuleId.WBK_HOLDING_PERIOD),
            "WBK dipegang sejak 10 Desember 2024: usulan WBBM boleh sejak 10 Desember 2025 — "
                + HOLDING + ID_UNVERIFIED,
            "WBK held since 10 December 2024: WBBM may be proposed from 10 December 2025 — "
                + HOLDING + EN_UNVERIFIED),
        row("revocation-cooldown.FAIL",
            () -> finding(PN_SURABAYA_WBK_2024.withAsOf(LocalDate.of(2024, 2, 2)),
                RuleId.REVOCATION_COOLDOWN),
            "Predikat WBK dicabut pada 3 Februari 2022: unit tidak boleh diusulkan sebelum "
                + "3 Februari 2024 (kurang 1 hari) — " + COOLDOWN,
            "WBK was revoked on 3 February 2022: the unit may not be proposed before "
                + "3 February 2024 (1 day short) — " + COOLDOWN),
        row("revocation-cooldown.PASS",
            () -> finding(PN_SURABAYA_WBK_2024, RuleId.REVOCATION_COOLDOWN),
            "Predikat WBK dicabut pada 3 Februari 2022; masa tunggu berakhir 3 Februari 2024 — "
                + COOLDOWN,
            "WBK was revoked on 3 February 2022; the waiting period ended on 3 February 2024 — "
                + COOLDOWN),
        row("revocation-cooldown.PASS.none",
            () -> finding(PESAWARAN_WBK_2024, RuleId.REVOCATION_COOLDOWN),
            "Tidak ada pencabutan predikat — " + COOLDOWN,
            "No predicate was revoked — " + COOLDOWN),
        row("revocation-cooldown.UNKNOWN.edition",
            () -> finding(PN_SURABAYA_WBK_2024.withEdition(Edition.PERMENPANRB_10_2019),
                RuleId.REVOCATION_COOLDOWN),
            "Predikat WBK dicabut pada 3 Februari 2022; masa tunggu sebelum PermenPANRB 90/2021 "
                + "tidak diketahui — " + COOLDOWN,
            "WBK was revoked on 3 February 2022; the waiting period before PermenPANRB 90/2021 is "
                + "not known — " + COOLDOWN),

        // ---- instansi criteria
        row("bpk-opinion.FAIL",
            () -> finding(PESAWARAN_WBK_2024.withInstansi(
                PESAWARAN.withBpkOpinion(Map.of(2023, BpkOpinion.WDP))),
                RuleId.BPK_OPINION),
            "Opini BPK tahun 2023: WDP, di bawah minimal WTP untuk WBK (kurang 1 tingkat) — "
                + ROUND_2024,
            "BPK opinion of 2023: WDP, below the minimum WTP for WBK (1 step short) — "
                + ROUND_2024),
        row("bpk-opinion.PASS",
            () -> finding(PESAWARAN_WBK_2024, RuleId.BPK_OPINION),
            "Opini BPK tahun 2023: WTP, memenuhi minimal WTP untuk WBK — " + ROUND_2024,
            "BPK opinion of 2023: WTP, meets the minimum WTP for WBK — " + ROUND_2024),
        row("bpk-opinion.UNKNOWN.no-criteria",
            () -> only(WINDOW_ONLY_2022.decide(CONTOH_2022), RuleId.BPK_OPINION),
            "Data periode pengusulan 2022 tidak memuat kriteria instansi untuk WBK (Opini BPK) — "
                + ROUND_2022,
            "The 2022 proposal round data give no instansi criteria for WBK (BPK opinion) — "
                + ROUND_2022),
        row("bpk-opinion.UNKNOWN.no-data",
            () -> finding(NO_FACTS, RuleId.BPK_OPINION),
            "Opini BPK tahun 2023 tidak ada dalam data instansi; minimal WTP untuk WBK — "
                + ROUND_2024,
            "BPK opinion of 2023 is missing from the instansi data; the minimum for WBK is WTP — "
                + ROUND_2024),
        row("bpk-opinion.UNKNOWN.no-round",
            () -> finding(PESAWARAN_2025, RuleId.BPK_OPINION),
            "Kriteria instansi periode pengusulan 2025 tidak diketahui zi4j: berikan data periode "
                + "tersebut (Opini BPK) — " + NO_ROUND,
            "The instansi criteria of the 2025 proposal round are not known to zi4j: supply the "
                + "round data (BPK opinion) — " + NO_ROUND),
        row("akip-grade.FAIL",
            () -> finding(PESAWARAN_WBBM, RuleId.AKIP_GRADE),
            "Nilai AKIP tahun 2023: B, di bawah minimal BB untuk WBBM (kurang 1 tingkat) — "
                + ROUND_2024,
            "AKIP grade of 2023: B, below the minimum BB for WBBM (1 step short) — "
                + ROUND_2024),
        row("akip-grade.PASS",
            () -> finding(PESAWARAN_WBK_2024, RuleId.AKIP_GRADE),
            "Nilai AKIP tahun 2023: B, memenuhi minimal B untuk WBK — " + ROUND_2024,
            "AKIP grade of 2023: B, meets the minimum B for WBK — " + ROUND_2024),
        row("akip-grade.UNKNOWN.no-criteria",
            () -> only(WINDOW_ONLY_2022.decide(CONTOH_2022), RuleId.AKIP_GRADE),
            "Data periode pengusulan 2022 tidak memuat kriteria instansi untuk WBK (Nilai AKIP) — "
                + ROUND_2022,
            "The 2022 proposal round data give no instansi criteria for WBK (AKIP grade) — "
                + ROUND_2022),
        row("akip-grade.UNKNOWN.no-data",
            () -> finding(NO_FACTS, RuleId.AKIP_GRADE),
            "Nilai AKIP tahun 2023 tidak ada dalam data instansi; minimal B untuk WBK — "
                + ROUND_2024,
            "AKIP grade of 2023 is missing from the instansi data; the minimum for WBK is B — "
                + ROUND_2024),
        row("akip-grade.UNKNOWN.no-round",
            () -> finding(PESAWARAN_2025, RuleId.AKIP_GRADE),
            "Kriteria instansi periode pengusulan 2025 tidak diketahui zi4j: berikan data periode "
                + "tersebut (Nilai AKIP) — " + NO_ROUND,
            "The instansi criteria of the 2025 proposal round are not known to zi4j: supply the "
                + "round data (AKIP grade) — " + NO_ROUND),
        row("indeks-rb.FAIL",
            () -> finding(KANTOR_CONTOH_WBK_2024.withInstansi(Fixtures.KEMENTERIAN_CONTOH
                .withIndeksRb(Map.of(2023, Grade.CC))), RuleId.INDEKS_RB),
            "Kategori Indeks RB tahun 2023: CC, di bawah minimal B untuk WBK (kurang 1 tingkat) — "
                + ROUND_2024,
            "Indeks RB category of 2023: CC, below the minimum B for WBK (1 step short) — "
                + ROUND_2024),
        row("indeks-rb.PASS",
            () -> finding(PESAWARAN_WBK_2024, RuleId.INDEKS_RB),
            "Kategori Indeks RB tahun 2023: CC, memenuhi minimal CC untuk WBK — " + ROUND_2024,
            "Indeks RB category of 2023: CC, meets the minimum CC for WBK — " + ROUND_2024),
        row("indeks-rb.UNKNOWN.no-criteria",
            () -> only(WINDOW_ONLY_2022.decide(CONTOH_2022), RuleId.INDEKS_RB),
            "Data periode pengusulan 2022 tidak memuat kriteria instansi untuk WBK (Kategori "
                + "Indeks RB) — " + ROUND_2022,
            "The 2022 proposal round data give no instansi criteria for WBK (Indeks RB category) — "
                + ROUND_2022),
        row("indeks-rb.UNKNOWN.no-data",
            () -> finding(NO_FACTS, RuleId.INDEKS_RB),
            "Kategori Indeks RB tahun 2023 tidak ada dalam data instansi; minimal B untuk WBK — "
                + ROUND_2024,
            "Indeks RB category of 2023 is missing from the instansi data; the minimum for WBK is "
                + "B — " + ROUND_2024),
        row("indeks-rb.UNKNOWN.no-round",
            () -> finding(PESAWARAN_2025, RuleId.INDEKS_RB),
            "Kriteria instansi periode pengusulan 2025 tidak diketahui zi4j: berikan data periode "
                + "tersebut (Kategori Indeks RB) — " + NO_ROUND,
            "The instansi criteria of the 2025 proposal round are not known to zi4j: supply the "
                + "round data (Indeks RB category) — " + NO_ROUND),

        // ---- LKE total
        row("lke-total.FAIL",
            // PW pemenuhan 5.99: total 74.99
            () -> finding(PESAWARAN_WBK_2024.withLke(
                wbkLine().pemenuhan(PENGUATAN_PENGAWASAN, "5.99").build()), RuleId.LKE_TOTAL),
            "Nilai total 74,99 di bawah minimal 75,00 untuk WBK (kurang 0,01) — " + MINIMUM,
            "LKE total 74.99 is below the minimum 75.00 for WBK (0.01 short) — " + MINIMUM),
        row("lke-total.PASS",
            () -> finding(PESAWARAN_WBK_2024.withLke(wbkOnTheLine()), RuleId.LKE_TOTAL),
            "Nilai total 75,00 memenuhi minimal 75,00 untuk WBK — " + MINIMUM,
            "LKE total 75.00 meets the minimum 75.00 for WBK — " + MINIMUM),
        row("lke-total.UNKNOWN.no-lke",
            () -> finding(PESAWARAN_WBK_2024, RuleId.LKE_TOTAL),
            "Hasil LKE belum diberikan: nilai total minimal 75,00 untuk WBK tidak dapat diperiksa — "
                + MINIMUM,
            "No LKE result given: the LKE total cannot be checked against the minimum 75.00 for WBK — "
                + MINIMUM),
        row("lke-total.UNKNOWN.no-figure",
            () -> noFigure(Criterion.TOTAL),
            "Nilai minimal total untuk WBK menurut PermenPANRB 52/2014 tidak diketahui zi4j — "
                + LKE_52 + ID_UNVERIFIED,
            "zi4j does not know the minimum LKE total for WBK under PermenPANRB 52/2014 — "
                + LKE_52 + EN_UNVERIFIED),

        row("lke-total.UNKNOWN.incomplete",
            () -> finding(INCOMPLETE_WORKSHEET, RuleId.LKE_TOTAL),
            "Lembar kerja LKE belum lengkap (pertanyaan belum dijawab: 2): nilai total minimal "
                + "75,00 untuk WBK tidak dapat diperiksa — " + MINIMUM,
            "The LKE worksheet is incomplete (questions unanswered: 2): the LKE total cannot be "
                + "checked against the minimum 75.00 for WBK — " + MINIMUM),

        // ---- pengungkit
        row("lke-pengungkit.FAIL",
            // every part at 80 % but PW reform 5.99: 47.99
            () -> finding(BALANGAN_WBBM_2026.withLke(
                strongHasil().reform(PENGUATAN_PENGAWASAN, "5.99").build()),
                RuleId.LKE_PENGUNGKIT),
            "Nilai komponen pengungkit 47,99 di bawah minimal 48,00 untuk WBBM (kurang 0,01) — "
                + MINIMUM + ID_LIKELY,
            "Pengungkit (enabler) score 47.99 is below the minimum 48.00 for WBBM (0.01 short) — "
                + MINIMUM + EN_LIKELY),
        row("lke-pengungkit.PASS",
            () -> finding(PESAWARAN_WBK_2024.withLke(wbkOnTheLine()), RuleId.LKE_PENGUNGKIT),
            "Nilai komponen pengungkit 42,75 memenuhi minimal 40,00 untuk WBK — "
                + MINIMUM + ID_LIKELY,
            "Pengungkit (enabler) score 42.75 meets the minimum 40.00 for WBK — "
                + MINIMUM + EN_LIKELY),
        row("lke-pengungkit.UNKNOWN.no-lke",
            () -> finding(PESAWARAN_WBK_2024, RuleId.LKE_PENGUNGKIT),
            "Hasil LKE belum diberikan: nilai komponen pengungkit minimal 40,00 untuk WBK tidak "
                + "dapat diperiksa — " + MINIMUM + ID_LIKELY,
            "No LKE result given: the pengungkit (enabler) score cannot be checked against the "
                + "minimum 40.00 for WBK — " + MINIMUM + EN_LIKELY),
        row("lke-pengungkit.UNKNOWN.no-figure",
            () -> noFigure(Criterion.PENGUNGKIT),
            "Nilai minimal komponen pengungkit untuk WBK menurut PermenPANRB 52/2014 tidak "
                + "diketahui zi4j — " + LKE_52 + ID_UNVERIFIED,
            "zi4j does not know the minimum Pengungkit (enabler) score for WBK under "
                + "PermenPANRB 52/2014 — " + LKE_52 + EN_UNVERIFIED),

        row("lke-pengungkit.UNKNOWN.incomplete",
            () -> finding(INCOMPLETE_WORKSHEET, RuleId.LKE_PENGUNGKIT),
            "Lembar kerja LKE belum lengkap (pertanyaan belum dijawab: 2): nilai komponen "
                + "pengungkit minimal 40,00 untuk WBK tidak dapat diperiksa — " + MINIMUM + ID_LIKELY,
            "The LKE worksheet is incomplete (questions unanswered: 2): the pengungkit (enabler) "
                + "score cannot be checked against the minimum 40.00 for WBK — "
                + MINIMUM + EN_LIKELY),

        // ---- areas
        row("lke-area.FAIL",
            // PW 4.50 + 4.49 = 8.99 against 0.60 × 15 = 9.00
            () -> area(STANDARD, PESAWARAN_WBK_2024.withLke(
                strongHasil().area(PENGUATAN_PENGAWASAN, "4.50", "4.49").build()),
                PENGUATAN_PENGAWASAN, null),
            "Area Penguatan Pengawasan: 8,99 di bawah minimal 9,00 untuk WBK (kurang 0,01) — "
                + MINIMUM + ID_LIKELY,
            "Area Penguatan Pengawasan (supervision): 8.99 is below the minimum 9.00 for WBK "
                + "(0.01 short) — " + MINIMUM + EN_LIKELY),
        row("lke-area.PASS",
            // MP 2.80 + 2.80 = 5.60 against 0.60 × 8 = 4.80
            () -> area(STANDARD, PESAWARAN_WBK_2024.withLke(wbkOnTheLine()),
                MANAJEMEN_PERUBAHAN, null),
            "Area Manajemen Perubahan: 5,60 memenuhi minimal 4,80 untuk WBK — "
                + MINIMUM + ID_LIKELY,
            "Area Manajemen Perubahan (change management): 5.60 meets the minimum 4.80 for WBK — "
                + MINIMUM + EN_LIKELY),
        row("lke-area.FAIL.pemenuhan",
            // MP pemenuhan 1.60 against 0.60 × 4 = 2.40
            () -> area(EACH_PART, PESAWARAN_WBK_2024.withLke(
                strongHasil().area(MANAJEMEN_PERUBAHAN, "1.60", "4.00").build()),
                MANAJEMEN_PERUBAHAN, "pemenuhan"),
            "Area Manajemen Perubahan (pemenuhan): 1,60 di bawah minimal 2,40 untuk WBK "
                + "(kurang 0,80) — " + MINIMUM + ID_LIKELY,
            "Area Manajemen Perubahan (change management), pemenuhan part: 1.60 is below the minimum "
                + "2.40 for WBK (0.80 short) — " + MINIMUM + EN_LIKELY),
        row("lke-area.PASS.reform",
            () -> area(EACH_PART, PESAWARAN_WBK_2024.withLke(
                strongHasil().area(MANAJEMEN_PERUBAHAN, "1.60", "4.00").build()),
                MANAJEMEN_PERUBAHAN, "reform"),
            "Area Manajemen Perubahan (reform): 4,00 memenuhi minimal 2,40 untuk WBK — "
                + MINIMUM + ID_LIKELY,
            "Area Manajemen Perubahan (change management), reform part: 4.00 meets the minimum 2.40 "
                + "for WBK — " + MINIMUM + EN_LIKELY),
        row("lke-area.FAIL.reform",
            () -> area(EACH_PART, PESAWARAN_WBK_2024.withLke(
                strongHasil().area(MANAJEMEN_PERUBAHAN, "4.00", "1.60").build()),
                MANAJEMEN_PERUBAHAN, "reform"),
            "Area Manajemen Perubahan (reform): 1,60 di bawah minimal 2,40 untuk WBK "
                + "(kurang 0,80) — " + MINIMUM + ID_LIKELY,
            "Area Manajemen Perubahan (change management), reform part: 1.60 is below the minimum "
                + "2.40 for WBK (0.80 short) — " + MINIMUM + EN_LIKELY),
        row("lke-area.PASS.pemenuhan",
            () -> area(EACH_PART, PESAWARAN_WBK_2024.withLke(
                strongHasil().area(MANAJEMEN_PERUBAHAN, "4.00", "1.60").build()),
                MANAJEMEN_PERUBAHAN, "pemenuhan"),
            "Area Manajemen Perubahan (pemenuhan): 4,00 memenuhi minimal 2,40 untuk WBK — "
                + MINIMUM + ID_LIKELY,
            "Area Manajemen Perubahan (change management), pemenuhan part: 4.00 meets the minimum "
                + "2.40 for WBK — " + MINIMUM + EN_LIKELY),
        row("lke-area.UNKNOWN.no-lke",
            () -> finding(PESAWARAN_WBK_2024, RuleId.LKE_AREA),
            "Hasil LKE belum diberikan: nilai tiap area (minimal 60% dari bobotnya untuk WBK) "
                + "tidak dapat diperiksa — " + MINIMUM + ID_LIKELY,
            "No LKE result given: no area can be checked against the minimum 60% of its weight "
                + "for WBK — " + MINIMUM + EN_LIKELY),
        row("lke-area.UNKNOWN.no-figure",
            () -> noFigure(Criterion.AREA_SHARE),
            "Nilai minimal tiap area untuk WBK menurut PermenPANRB 52/2014 tidak diketahui zi4j — "
                + LKE_52 + ID_UNVERIFIED,
            "zi4j does not know the minimum share per area for WBK under PermenPANRB 52/2014 — "
                + LKE_52 + EN_UNVERIFIED),

        row("lke-area.UNKNOWN.incomplete",
            // MP.R.2.a unanswered leaves Manajemen Perubahan alone incomplete; 0.60 x 8 = 4.80
            () -> areaFinding(STANDARD.decide(INCOMPLETE_WORKSHEET),
                AreaPerubahan.MANAJEMEN_PERUBAHAN, Optional.of("incomplete")),
            "Area Manajemen Perubahan: lembar kerja LKE belum lengkap (pertanyaan belum dijawab: 2), "
                + "sehingga minimal 4,80 untuk WBK tidak dapat diperiksa — " + MINIMUM + ID_LIKELY,
            "Area Manajemen Perubahan (change management): the LKE worksheet is incomplete "
                + "(questions unanswered: 2), so the minimum 4.80 for WBK cannot be checked — "
                + MINIMUM + EN_LIKELY),

        // ---- birokrasi bersih dan akuntabel
        row("lke-bersih-akuntabel.FAIL",
            // IPAK 3.59 → 15.70625, + B 3.75 = 19.45625, shown 19.46; short 0.04375, shown 0.04
            () -> finding(BALANGAN_WBBM_2026.withLke(wbbmLine().ipak("3.59").build()),
                RuleId.LKE_BERSIH_AKUNTABEL),
            "Nilai birokrasi bersih dan akuntabel 19,46 di bawah minimal 19,50 untuk WBBM "
                + "(kurang 0,04) — " + MINIMUM + " (satu aplikasi memakai 18,25)" + ID_UNVERIFIED,
            "Birokrasi bersih dan akuntabel score 19.46 is below the minimum 19.50 for WBBM "
                + "(0.04 short) — " + MINIMUM + " (satu aplikasi memakai 18,25)" + EN_UNVERIFIED),
        row("lke-bersih-akuntabel.PASS",
            () -> finding(PESAWARAN_WBK_2024.withLke(wbkOnTheLine()),
                RuleId.LKE_BERSIH_AKUNTABEL),
            "Nilai birokrasi bersih dan akuntabel 18,25 memenuhi minimal 18,25 untuk WBK — "
                + MINIMUM + ID_LIKELY,
            "Birokrasi bersih dan akuntabel score 18.25 meets the minimum 18.25 for WBK — "
                + MINIMUM + EN_LIKELY),
        row("lke-bersih-akuntabel.UNKNOWN.no-lke",
            () -> finding(PESAWARAN_WBK_2024, RuleId.LKE_BERSIH_AKUNTABEL),
            "Hasil LKE belum diberikan: nilai birokrasi bersih dan akuntabel minimal 18,25 untuk "
                + "WBK tidak dapat diperiksa — " + MINIMUM + ID_LIKELY,
            "No LKE result given: the birokrasi bersih dan akuntabel score cannot be checked "
                + "against the minimum 18.25 for WBK — " + MINIMUM + EN_LIKELY),
        row("lke-bersih-akuntabel.UNKNOWN.no-figure",
            () -> noFigure(Criterion.BERSIH_AKUNTABEL),
            "Nilai minimal birokrasi bersih dan akuntabel untuk WBK menurut PermenPANRB 52/2014 "
                + "tidak diketahui zi4j — " + LKE_52 + ID_UNVERIFIED,
            "zi4j does not know the minimum Birokrasi bersih dan akuntabel score for WBK under "
                + "PermenPANRB 52/2014 — " + LKE_52 + EN_UNVERIFIED),

        row("lke-bersih-akuntabel.UNKNOWN.incomplete",
            () -> finding(INCOMPLETE_WORKSHEET, RuleId.LKE_BERSIH_AKUNTABEL),
            "Lembar kerja LKE belum lengkap (pertanyaan belum dijawab: 2): nilai birokrasi bersih "
                + "dan akuntabel minimal 18,25 untuk WBK tidak dapat diperiksa — "
                + MINIMUM + ID_LIKELY,
            "The LKE worksheet is incomplete (questions unanswered: 2): the birokrasi bersih dan "
                + "akuntabel score cannot be checked against the minimum 18.25 for WBK — "
                + MINIMUM + EN_LIKELY),

        // ---- IPAK
        row("lke-ipak.FAIL",
            // 3.59 × 4.375 = 15.70625, shown 15.71; short 0.04375, shown 0.04
            () -> finding(PESAWARAN_WBK_2024.withLke(wbkLine().ipak("3.59").build()),
                RuleId.LKE_IPAK),
            "IPAK 3,59 memberi 15,71 poin, di bawah minimal 15,75 untuk WBK (kurang 0,04) — "
                + MINIMUM + " (indeks IPAK 3,60)" + ID_LIKELY,
            "IPAK 3.59 gives 15.71 points, below the minimum 15.75 for WBK (0.04 short) — "
                + MINIMUM + " (indeks IPAK 3,60)" + EN_LIKELY),
        row("lke-ipak.PASS",
            () -> finding(PESAWARAN_WBK_2024.withLke(wbkOnTheLine()), RuleId.LKE_IPAK),
            "IPAK 3,60 memberi 15,75 poin, memenuhi minimal 15,75 untuk WBK — "
                + MINIMUM + " (indeks IPAK 3,60)" + ID_LIKELY,
            "IPAK 3.60 gives 15.75 points, which meets the minimum 15.75 for WBK — "
                + MINIMUM + " (indeks IPAK 3,60)" + EN_LIKELY),
        row("lke-ipak.UNKNOWN.no-lke",
            () -> finding(PESAWARAN_WBK_2024, RuleId.LKE_IPAK),
            "Hasil LKE belum diberikan: IPAK minimal 15,75 untuk WBK tidak dapat diperiksa — "
                + MINIMUM + " (indeks IPAK 3,60)" + ID_LIKELY,
            "No LKE result given: IPAK cannot be checked against the minimum 15.75 for WBK — "
                + MINIMUM + " (indeks IPAK 3,60)" + EN_LIKELY),
        row("lke-ipak.UNKNOWN.no-figure",
            () -> noFigure(Criterion.IPAK),
            "Nilai minimal IPAK untuk WBK menurut PermenPANRB 52/2014 tidak diketahui zi4j — "
                + LKE_52 + ID_UNVERIFIED,
            "zi4j does not know the minimum IPAK for WBK under PermenPANRB 52/2014 — " + LKE_52 + EN_UNVERIFIED),

        row("lke-ipak.UNKNOWN.incomplete",
            () -> finding(INCOMPLETE_SURVEYS, RuleId.LKE_IPAK),
            "Lembar kerja LKE belum lengkap (pertanyaan belum dijawab: 2): IPAK minimal 15,75 untuk "
                + "WBK tidak dapat diperiksa — " + MINIMUM + " (indeks IPAK 3,60)" + ID_LIKELY,
            "The LKE worksheet is incomplete (questions unanswered: 2): IPAK cannot be checked "
                + "against the minimum 15.75 for WBK — " + MINIMUM + " (indeks IPAK 3,60)"
                + EN_LIKELY),

        // ---- capaian kinerja
        row("lke-capaian-kinerja.FAIL",
            // C → 2.50 against 3.75: short 1.25
            () -> finding(BALANGAN_WBBM_2026.withLke(
                wbbmLine().capaian(CapaianKinerja.C).build()), RuleId.LKE_CAPAIAN_KINERJA),
            "Capaian kinerja C memberi 2,50 poin, di bawah minimal 3,75 untuk WBBM (kurang 1,25) — "
                + MINIMUM + " (satu aplikasi memakai 2,50)" + ID_UNVERIFIED,
            "Capaian kinerja C gives 2.50 points, below the minimum 3.75 for WBBM (1.25 short) — "
                + MINIMUM + " (satu aplikasi memakai 2,50)" + EN_UNVERIFIED),
        row("lke-capaian-kinerja.PASS",
            () -> finding(PESAWARAN_WBK_2024.withLke(wbkOnTheLine()),
                RuleId.LKE_CAPAIAN_KINERJA),
            "Capaian kinerja C memberi 2,50 poin, memenuhi minimal 2,50 untuk WBK — "
                + MINIMUM + ID_LIKELY,
            "Capaian kinerja C gives 2.50 points, which meets the minimum 2.50 for WBK — "
                + MINIMUM + EN_LIKELY),
        row("lke-capaian-kinerja.UNKNOWN.no-lke",
            () -> finding(BALANGAN_WBBM_2026, RuleId.LKE_CAPAIAN_KINERJA),
            "Hasil LKE belum diberikan: capaian kinerja minimal 3,75 untuk WBBM tidak dapat "
                + "diperiksa — " + MINIMUM + " (satu aplikasi memakai 2,50)" + ID_UNVERIFIED,
            "No LKE result given: capaian kinerja cannot be checked against the minimum 3.75 for WBBM — "
                + MINIMUM + " (satu aplikasi memakai 2,50)" + EN_UNVERIFIED),
        row("lke-capaian-kinerja.UNKNOWN.no-figure",
            () -> noFigure(Criterion.CAPAIAN_KINERJA),
            "Nilai minimal capaian kinerja untuk WBK menurut PermenPANRB 52/2014 tidak diketahui "
                + "zi4j — " + LKE_52 + ID_UNVERIFIED,
            "zi4j does not know the minimum Capaian kinerja for WBK under PermenPANRB 52/2014 — "
                + LKE_52 + EN_UNVERIFIED),

        row("lke-capaian-kinerja.UNKNOWN.incomplete",
            () -> finding(INCOMPLETE_WORKSHEET, RuleId.LKE_CAPAIAN_KINERJA),
            "Lembar kerja LKE belum lengkap (pertanyaan belum dijawab: 2): capaian kinerja minimal "
                + "2,50 untuk WBK tidak dapat diperiksa — " + MINIMUM + ID_LIKELY,
            "The LKE worksheet is incomplete (questions unanswered: 2): capaian kinerja cannot be "
                + "checked against the minimum 2.50 for WBK — " + MINIMUM + EN_LIKELY),

        // ---- IPKP
        row("lke-ipkp.FAIL",
            // 3.19 × 4.375 = 13.95625, shown 13.96; short 0.04375, shown 0.04
            () -> finding(PESAWARAN_WBK_2024.withLke(wbkLine().ipkp("3.19").build()),
                RuleId.LKE_IPKP),
            "IPKP 3,19 (pelayanan publik prima) memberi 13,96 poin, di bawah minimal 14,00 untuk "
                + "WBK (kurang 0,04) — " + MINIMUM + " (indeks IPKP 3,20)" + ID_LIKELY,
            "IPKP 3.19 (pelayanan publik prima) gives 13.96 points, below the minimum 14.00 for "
                + "WBK (0.04 short) — " + MINIMUM + " (indeks IPKP 3,20)" + EN_LIKELY),
        row("lke-ipkp.PASS",
            () -> finding(BALANGAN_WBBM_2026.withLke(wbbmOnTheLine()), RuleId.LKE_IPKP),
            "IPKP 3,60 (pelayanan publik prima) memberi 15,75 poin, memenuhi minimal 15,75 untuk "
                + "WBBM — " + MINIMUM + " (indeks IPKP 3,60)" + ID_LIKELY,
            "IPKP 3.60 (pelayanan publik prima) gives 15.75 points, which meets the minimum 15.75 "
                + "for WBBM — " + MINIMUM + " (indeks IPKP 3,60)" + EN_LIKELY),
        row("lke-ipkp.UNKNOWN.no-lke",
            () -> finding(PESAWARAN_WBK_2024, RuleId.LKE_IPKP),
            "Hasil LKE belum diberikan: IPKP (pelayanan publik prima) minimal 14,00 untuk WBK tidak "
                + "dapat diperiksa — " + MINIMUM + " (indeks IPKP 3,20)" + ID_LIKELY,
            "No LKE result given: IPKP (pelayanan publik prima) cannot be checked against the "
                + "minimum 14.00 for WBK — " + MINIMUM + " (indeks IPKP 3,20)" + EN_LIKELY),
        row("lke-ipkp.UNKNOWN.no-figure",
            () -> noFigure(Criterion.IPKP),
            "Nilai minimal IPKP (pelayanan publik prima) untuk WBK menurut PermenPANRB 52/2014 "
                + "tidak diketahui zi4j — " + LKE_52 + ID_UNVERIFIED,
            "zi4j does not know the minimum IPKP (pelayanan publik prima) for WBK under "
                + "PermenPANRB 52/2014 — " + LKE_52 + EN_UNVERIFIED),

        row("lke-ipkp.UNKNOWN.incomplete",
            () -> finding(INCOMPLETE_SURVEYS, RuleId.LKE_IPKP),
            "Lembar kerja LKE belum lengkap (pertanyaan belum dijawab: 2): IPKP (pelayanan publik "
                + "prima) minimal 14,00 untuk WBK tidak dapat diperiksa — "
                + MINIMUM + " (indeks IPKP 3,20)" + ID_LIKELY,
            "The LKE worksheet is incomplete (questions unanswered: 2): IPKP (pelayanan publik "
                + "prima) cannot be checked against the minimum 14.00 for WBK — "
                + MINIMUM + " (indeks IPKP 3,20)" + EN_LIKELY),

        // ---- an edition whose LKE zi4j scores only from its worksheet (52/2014, 10/2019)
        row("lke-edition.UNKNOWN",
            () -> finding(PESAWARAN_WBK_2024.withEdition(Edition.PERMENPANRB_52_2014),
                RuleId.LKE_EDITION),
            "Lembar kerja LKE menurut PermenPANRB 52/2014 belum diberikan: nilai minimal untuk "
                + "WBK tidak dapat diperiksa — " + LKE_52,
            "No LKE worksheet of PermenPANRB 52/2014 given: the minimums for WBK cannot be "
                + "checked — " + LKE_52),
        row("lke-edition.UNKNOWN.area-level",
            () -> finding(PESAWARAN_52.withLke(wbkOnTheLine()), RuleId.LKE_EDITION),
            "Hasil LKE per area berbentuk PermenPANRB 90/2021, sehingga nilai minimal PermenPANRB "
                + "52/2014 untuk WBK tidak dapat diperiksa: berikan lembar kerja PermenPANRB 52/2014 — "
                + LKE_52,
            "The area-level LKE result is in the PermenPANRB 90/2021 form, so the minimums of "
                + "PermenPANRB 52/2014 for WBK cannot be checked: give a worksheet of PermenPANRB "
                + "52/2014 — " + LKE_52),
        row("lke-edition.UNKNOWN.incomplete",
            () -> finding(PESAWARAN_52.withLke(CONTOH_52_2014
                .withoutAnswer(Role.SELF, "MP.1.a").withoutAnswer(Role.SELF, "HASIL.BERSIH.TLHP.a")),
                RuleId.LKE_EDITION),
            "Lembar kerja LKE belum lengkap (pertanyaan belum dijawab: 2): nilai minimal untuk WBK "
                + "tidak dapat diperiksa — " + LKE_52,
            "The LKE worksheet is incomplete (questions unanswered: 2): the minimums for WBK cannot "
                + "be checked — " + LKE_52),

        // ---- a minimum on a node of the 52/2014 or 10/2019 template
        row("lke-minimum.PASS",
            // survey 13.5 + TLHP 4.5 = 18, exactly the WBK minimum of the node
            () -> minimum(PESAWARAN_52.withLke(CONTOH_52_2014),
                "Pemerintah yang bersih dan bebas KKN"),
            "Pemerintah yang bersih dan bebas KKN: 18,00 memenuhi minimal 18,00 untuk WBK — "
                + MINIMUM_52 + SECONDARY + ID_LIKELY,
            "Pemerintah yang bersih dan bebas KKN: 18.00 meets the minimum 18.00 for WBK — "
                + MINIMUM_52 + SECONDARY + EN_LIKELY),
        row("lke-minimum.FAIL",
            // survey 3.59 / 4 × 15 = 13.4625, shown 13.46; short 0.0375, shown 0.04
            () -> minimum(PESAWARAN_52.withLke(CONTOH_52_2014
                .withAnswer(Role.SELF, "HASIL.BERSIH.SURVEI.a", Answer.number("3.59"))),
                "Survei persepsi korupsi"),
            "Survei persepsi korupsi: 13,46 di bawah minimal 13,50 untuk WBK (kurang 0,04) — "
                + MINIMUM_52 + SECONDARY + ID_LIKELY,
            "Survei persepsi korupsi: 13.46 is below the minimum 13.50 for WBK (0.04 short) — "
                + MINIMUM_52 + SECONDARY + EN_LIKELY),
        row("lke-minimum.UNKNOWN.no-figure",
            () -> minimum(BALANGAN_52.withLke(CONTOH_52_2014),
                "Pemerintah yang bersih dan bebas KKN"),
            "Nilai minimal untuk WBBM pada Pemerintah yang bersih dan bebas KKN tidak diketahui zi4j — "
                + TEMPLATE_52 + ID_UNVERIFIED,
            "zi4j does not know the minimum of Pemerintah yang bersih dan bebas KKN for WBBM — "
                + TEMPLATE_52 + EN_UNVERIFIED),
        row("lke-minimum.FAIL.floor",
            // survey 3.59 / 4 x 15 = 13.4625 is below the WBK minimum 13.50 (short 0.0375): a WBBM
            // minimum is never below the WBK one, so the node cannot meet WBBM either
            () -> minimum(BALANGAN_52.withLke(CONTOH_52_2014
                .withAnswer(Role.SELF, "HASIL.BERSIH.SURVEI.a", Answer.number("3.59"))),
                "Survei persepsi korupsi"),
            "Survei persepsi korupsi: 13,46 di bawah minimal 13,50 untuk WBK, sehingga juga tidak "
                + "memenuhi WBBM (kurang 0,04) — " + MINIMUM_52 + SECONDARY + ID_LIKELY,
            "Survei persepsi korupsi: 13.46 is below the WBK minimum 13.50, so it cannot meet WBBM "
                + "either (0.04 short) — " + MINIMUM_52 + SECONDARY + EN_LIKELY));
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

  private static Set<String> findingKeys(Locale bundleLocale) {
    ResourceBundle bundle = ResourceBundle.getBundle("io.github.zi4j.rules.explain.messages", bundleLocale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return Collections.list(bundle.getKeys()).stream()
        .filter(k -> !k.startsWith("decision.") && !k.startsWith("status.")
            && !k.startsWith("confidence.") && !k.startsWith("term.")
            && !k.startsWith("comparison."))
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
        "Nilai total 73,40 di bawah minimal 75,00 untuk WBK (kurang 1,60) — " + MINIMUM);
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
    @MethodSource("io.github.zi4j.rules.FindingMessagesTest#otherLanguages")
    @DisplayName("is Bahasa Indonesia, dates, decimals and area names included, for any language but English")
    void indonesianForAnyOtherLanguage(String languageTag) {
      // given: "und" is the root locale
      Locale locale = Locale.forLanguageTag(languageTag);

      // then
      assertThat(buildingPeriod.message(locale)).isEqualTo(
          "Masa pembangunan sejak pencanangan 10 November 2022 belum cukup: baru boleh "
              + "diusulkan mulai 10 November 2023 (kurang 1 hari) — " + BUILDING);
      assertThat(area.message(locale)).isEqualTo(
          "Area Penguatan Pengawasan: 8,99 di bawah minimal 9,00 untuk WBK (kurang 0,01) — "
              + MINIMUM + ID_LIKELY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.zi4j.rules.FindingMessagesTest#englishVariants")
    @DisplayName("is English for every English locale")
    void englishForEnglishVariants(String languageTag) {
      // given
      Locale locale = Locale.forLanguageTag(languageTag);

      // then
      assertThat(buildingPeriod.message(locale)).isEqualTo(buildingPeriod.message(EN));
      assertThat(area.message(locale)).isEqualTo(area.message(EN));
    }
  }

  static Stream<String> otherLanguages() {
    return Stream.of("id", "id-ID", "fr", "de-DE", "und", "ms-MY");
  }

  static Stream<String> englishVariants() {
    return Stream.of("en", "en-GB", "en-US", "en-ID");
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

      // then
      assertThat(id).hasSize(3 + 18).startsWith(
          "Keputusan usulan WBK per 20 Juli 2024 (PermenPANRB 90/2021): LAYAK DIUSULKAN",
          "Paling cepat dapat diusulkan: 10 November 2023",
          "Nilai LKE: total 75,00, pengungkit 42,75, hasil 32,25; memenuhi: WBK",
          "  [MEMENUHI] Masa pembangunan sejak pencanangan 10 November 2022 terpenuhi: boleh "
              + "diusulkan sejak 10 November 2023 — " + BUILDING);
      assertThat(en).hasSize(3 + 18).startsWith(
          "Decision on proposing for WBK as of 20 July 2024 (PermenPANRB 90/2021): ELIGIBLE",
          "Earliest proposal date: 10 November 2023",
          "LKE score: total 75.00, pengungkit 42.75, hasil 32.25; meets: WBK",
          "  [PASS] Building period since pencanangan on 10 November 2022 met: may be proposed "
              + "from 10 November 2023 — " + BUILDING);
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
          "Keputusan usulan WBBM per 20 Juli 2024 (PermenPANRB 90/2021): TIDAK LAYAK",
          "Paling cepat dapat diusulkan: tidak dapat ditentukan dengan menunggu",
          "Nilai LKE: total 74,99, pengungkit 42,74, hasil 32,25; memenuhi: tidak ada");
      assertThat(id).contains("  [TIDAK MEMENUHI] Usulan WBBM hanya untuk unit berpredikat WBK, "
          + "tetapi unit belum memegang WBK — " + PREREQUISITE);
      assertThat(en).startsWith(
          "Decision on proposing for WBBM as of 20 July 2024 (PermenPANRB 90/2021): NOT ELIGIBLE",
          "Earliest proposal date: none by waiting alone",
          "LKE score: total 74.99, pengungkit 42.74, hasil 32.25; meets: none");
      assertThat(en).contains("  [FAIL] WBBM may be proposed only for a unit holding WBK, but the "
          + "unit does not hold WBK — " + PREREQUISITE);
    }

    @Test
    @DisplayName("an undetermined decision marks the unknown findings")
    void undeterminedDecision() {
      // when
      Decision decision = STANDARD.decide(PESAWARAN_WBK_2024);

      // then
      assertThat(decision.explain(ID)).startsWith(
          "Keputusan usulan WBK per 20 Juli 2024 (PermenPANRB 90/2021): BELUM DAPAT DITENTUKAN\n")
          .contains("\n  [BELUM DIKETAHUI] Hasil LKE belum diberikan: nilai total minimal 75,00");
      assertThat(decision.explain(EN)).startsWith(
          "Decision on proposing for WBK as of 20 July 2024 (PermenPANRB 90/2021): UNDETERMINED\n")
          .contains("\n  [UNKNOWN] No LKE result given: the LKE total cannot be checked against the minimum 75.00 for WBK");
    }
  }
}
