package io.github.zi4j.rules;

import io.github.zi4j.rules.score.ScoreProfile;
import static io.github.zi4j.lke.AreaPerubahan.MANAJEMEN_PERUBAHAN;
import static io.github.zi4j.lke.AreaPerubahan.PENATAAN_SISTEM_MANAJEMEN_SDM;
import static io.github.zi4j.lke.AreaPerubahan.PENATAAN_TATALAKSANA;
import static io.github.zi4j.lke.AreaPerubahan.PENGUATAN_AKUNTABILITAS_KINERJA;
import static io.github.zi4j.lke.AreaPerubahan.PENGUATAN_PENGAWASAN;
import static io.github.zi4j.lke.AreaPerubahan.PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK;
import static io.github.zi4j.rules.Fixtures.BALANGAN_WBBM_2026;
import static io.github.zi4j.rules.Fixtures.EN;
import static io.github.zi4j.rules.Fixtures.ID;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_WBK_2024;
import static io.github.zi4j.rules.Fixtures.areaFinding;
import static io.github.zi4j.rules.Fixtures.lke;
import static io.github.zi4j.rules.Fixtures.only;
import static io.github.zi4j.rules.Fixtures.pointsOf;
import static io.github.zi4j.rules.Fixtures.strongHasil;
import static io.github.zi4j.rules.Fixtures.term;
import static io.github.zi4j.rules.Fixtures.wbbmLine;
import static io.github.zi4j.rules.Fixtures.wbbmOnTheLine;
import static io.github.zi4j.rules.Fixtures.wbkLine;
import static io.github.zi4j.rules.Fixtures.wbkOnTheLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.lke.CapaianKinerja;
import io.github.zi4j.lke.LkeResult;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.round.ProposalRounds;
import io.github.zi4j.unit.Predikat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Every LKE score meets the target predicate's minimum under PermenPANRB 90/2021")
class ScoreThresholdRuleTest {

  private static final List<RuleId> SCORE_RULES = List.of(RuleId.LKE_TOTAL,
      RuleId.LKE_PENGUNGKIT, RuleId.LKE_AREA, RuleId.LKE_BERSIH_AKUNTABEL, RuleId.LKE_IPAK,
      RuleId.LKE_CAPAIAN_KINERJA, RuleId.LKE_IPKP);

  private final DecisionEngine engine = DecisionEngine.standard();

  /** A proposal for {@code target}, without an LKE: Pesawaran for WBK, Balangan for WBBM. */
  private static Proposal proposal(Predikat target) {
    return target == Predikat.WBK ? PESAWARAN_WBK_2024 : BALANGAN_WBBM_2026;
  }

  /** The proposal for {@code target} with {@code lke}. */
  private static Proposal proposal(Predikat target, LkeResult lke) {
    return proposal(target).withLke(lke);
  }

  /**
   * Pengungkit exactly 40.00, each area well above 60 %: MP 3.00 + 3.00, TL 2.45 + 2.45, SDM 3.20 +
   * 3.20, AK 3.20 + 3.20, PW 5.00 + 5.00, PP 3.15 + 3.15 = 2 × 20.00; the best hasil (40.00).
   */
  private static Fixtures.Lke pengungkitForty() {
    return lke()
        .area(MANAJEMEN_PERUBAHAN, "3.00", "3.00")
        .area(PENATAAN_TATALAKSANA, "2.45", "2.45")
        .area(PENATAAN_SISTEM_MANAJEMEN_SDM, "3.20", "3.20")
        .area(PENGUATAN_AKUNTABILITAS_KINERJA, "3.20", "3.20")
        .area(PENGUATAN_PENGAWASAN, "5.00", "5.00")
        .area(PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK, "3.15", "3.15")
        .hasil("4", CapaianKinerja.A, "4");
  }

  static Stream<Arguments> thresholds() {
    return Stream.of(
        // ---- WBK: total 75, pengungkit 40, bersih 18.25, IPAK 15.75, capaian 2.50, IPKP 14.00
        arguments("WBK total 75.00, on the line", Predikat.WBK, wbkOnTheLine(),
            Criterion.TOTAL, Status.PASS, "75.00", "75.00", null),
        // PW pemenuhan 6.00 → 5.99: pengungkit 42.74, total 74.99
        arguments("WBK total 74.99, just under", Predikat.WBK,
            wbkLine().pemenuhan(PENGUATAN_PENGAWASAN, "5.99").build(),
            Criterion.TOTAL, Status.FAIL, "75.00", "74.99", "0.01"),
        arguments("WBK pengungkit 40.00, on the line", Predikat.WBK, pengungkitForty().build(),
            Criterion.PENGUNGKIT, Status.PASS, "40.00", "40.00", null),
        // PP reform 3.15 → 3.14: pengungkit 39.99
        arguments("WBK pengungkit 39.99, just under", Predikat.WBK,
            pengungkitForty().reform(PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK, "3.14").build(),
            Criterion.PENGUNGKIT, Status.FAIL, "40.00", "39.99", "0.01"),
        // IPAK 3.60 → 15.75, capaian C → 2.50: 18.25
        arguments("WBK bersih dan akuntabel 18.25, on the line", Predikat.WBK, wbkOnTheLine(),
            Criterion.BERSIH_AKUNTABEL, Status.PASS, "18.25", "18.25", null),
        // IPAK 3.59 → 3.59 × 4.375 = 15.70625, + 2.50 = 18.20625; short 0.04375
        arguments("WBK bersih dan akuntabel 18.20625, just under", Predikat.WBK,
            wbkLine().ipak("3.59").build(),
            Criterion.BERSIH_AKUNTABEL, Status.FAIL, "18.25", "18.20625", "0.04375"),
        arguments("WBK IPAK 3.60 → 15.75, on the line", Predikat.WBK, wbkOnTheLine(),
            Criterion.IPAK, Status.PASS, "15.75", "15.75", null),
        arguments("WBK IPAK 3.59 → 15.70625, just under", Predikat.WBK,
            wbkLine().ipak("3.59").build(),
            Criterion.IPAK, Status.FAIL, "15.75", "15.70625", "0.04375"),
        arguments("WBK capaian kinerja C → 2.50, on the line", Predikat.WBK, wbkOnTheLine(),
            Criterion.CAPAIAN_KINERJA, Status.PASS, "2.50", "2.50", null),
        // D → 0.25 × 5 = 1.25; short 1.25
        arguments("WBK capaian kinerja D → 1.25, a grade under", Predikat.WBK,
            wbkLine().capaian(CapaianKinerja.D).build(),
            Criterion.CAPAIAN_KINERJA, Status.FAIL, "2.50", "1.25", "1.25"),
        // IPKP 3.20 × 4.375 = 14.00
        arguments("WBK IPKP 3.20 → 14.00, on the line", Predikat.WBK, wbkOnTheLine(),
            Criterion.IPKP, Status.PASS, "14.00", "14.00", null),
        // IPKP 3.19 × 4.375 = 13.95625; short 0.04375
        arguments("WBK IPKP 3.19 → 13.95625, just under", Predikat.WBK,
            wbkLine().ipkp("3.19").build(),
            Criterion.IPKP, Status.FAIL, "14.00", "13.95625", "0.04375"),

        // ---- WBBM: total 85, pengungkit 48, bersih 19.50, IPAK 15.75, capaian 3.75, IPKP 15.75
        arguments("WBBM total 85.00, on the line", Predikat.WBBM, wbbmOnTheLine(),
            Criterion.TOTAL, Status.PASS, "85.00", "85.00", null),
        // PP pemenuhan 4.25 → 4.24: pengungkit 49.74, total 84.99
        arguments("WBBM total 84.99, just under", Predikat.WBBM,
            wbbmLine().pemenuhan(PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK, "4.24").build(),
            Criterion.TOTAL, Status.FAIL, "85.00", "84.99", "0.01"),
        // every part at 80 %: 0.80 × 60 = 48.00
        arguments("WBBM pengungkit 48.00, on the line", Predikat.WBBM, strongHasil().build(),
            Criterion.PENGUNGKIT, Status.PASS, "48.00", "48.00", null),
        // PW reform 6.00 → 5.99: 47.99
        arguments("WBBM pengungkit 47.99, just under", Predikat.WBBM,
            strongHasil().reform(PENGUATAN_PENGAWASAN, "5.99").build(),
            Criterion.PENGUNGKIT, Status.FAIL, "48.00", "47.99", "0.01"),
        // IPAK 3.60 → 15.75, capaian B → 3.75: 19.50
        arguments("WBBM bersih dan akuntabel 19.50, on the line", Predikat.WBBM, wbbmOnTheLine(),
            Criterion.BERSIH_AKUNTABEL, Status.PASS, "19.50", "19.50", null),
        // IPAK 3.59 → 15.70625, + 3.75 = 19.45625; short 0.04375
        arguments("WBBM bersih dan akuntabel 19.45625, just under", Predikat.WBBM,
            wbbmLine().ipak("3.59").build(),
            Criterion.BERSIH_AKUNTABEL, Status.FAIL, "19.50", "19.45625", "0.04375"),
        arguments("WBBM IPAK 3.60 → 15.75, on the line", Predikat.WBBM, wbbmOnTheLine(),
            Criterion.IPAK, Status.PASS, "15.75", "15.75", null),
        arguments("WBBM IPAK 3.59 → 15.70625, just under", Predikat.WBBM,
            wbbmLine().ipak("3.59").build(),
            Criterion.IPAK, Status.FAIL, "15.75", "15.70625", "0.04375"),
        arguments("WBBM capaian kinerja B → 3.75, on the line", Predikat.WBBM, wbbmOnTheLine(),
            Criterion.CAPAIAN_KINERJA, Status.PASS, "3.75", "3.75", null),
        // C → 0.5 × 5 = 2.50; short 1.25
        arguments("WBBM capaian kinerja C → 2.50, a grade under", Predikat.WBBM,
            wbbmLine().capaian(CapaianKinerja.C).build(),
            Criterion.CAPAIAN_KINERJA, Status.FAIL, "3.75", "2.50", "1.25"),
        arguments("WBBM IPKP 3.60 → 15.75, on the line", Predikat.WBBM, wbbmOnTheLine(),
            Criterion.IPKP, Status.PASS, "15.75", "15.75", null),
        arguments("WBBM IPKP 3.59 → 15.70625, just under", Predikat.WBBM,
            wbbmLine().ipkp("3.59").build(),
            Criterion.IPKP, Status.FAIL, "15.75", "15.70625", "0.04375"));
  }

  @ParameterizedTest(name = "{0}: {4}")
  @MethodSource("thresholds")
  @DisplayName("a score on its minimum passes, a score just under it fails by the exact gap")
  void scoreOnTheMinimumPassesAndJustUnderFails(String situation, Predikat target, LkeResult lke,
      Criterion criterion, Status status, String required, String actual, String shortfall) {
    // when
    Finding finding = only(engine.decide(proposal(target, lke)), criterion.rule());

    // then
    assertThat(finding.status()).isEqualTo(status);
    assertThat(pointsOf(finding.required())).isEqualByComparingTo(required);
    assertThat(pointsOf(finding.actual())).isEqualByComparingTo(actual);
    if (shortfall == null) {
      assertThat(finding.shortfall()).isEmpty();
    } else {
      assertThat(pointsOf(finding.shortfall())).isEqualByComparingTo(shortfall);
    }
  }

  @Nested
  @DisplayName("an LKE sitting on the WBK line (total 75.00, hasil 32.25)")
  class OnTheWbkLine {

    @Test
    @DisplayName("passes every WBK score minimum at once")
    void passesEveryWbkMinimum() {
      // when
      Decision decision = engine.decide(proposal(Predikat.WBK, wbkOnTheLine()));

      // then
      for (RuleId rule : SCORE_RULES) {
        assertThat(decision.findings(rule)).as("%s", rule)
            .isNotEmpty()
            .allSatisfy(f -> assertThat(f.status()).isEqualTo(Status.PASS));
      }
    }

    @Test
    @DisplayName("fails only the total when one pengungkit part drops by 0.01")
    void failsOnlyTheTotalJustUnder() {
      // given: PW pemenuhan 6.00 → 5.99, total 74.99, everything else still met
      LkeResult lke = wbkLine().pemenuhan(PENGUATAN_PENGAWASAN, "5.99").build();

      // when
      Decision decision = engine.decide(proposal(Predikat.WBK, lke));

      // then
      assertThat(decision.findings(Status.FAIL)).extracting(Finding::rule)
          .containsExactly(RuleId.LKE_TOTAL);
      assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
    }

    @Test
    @DisplayName("compares the exact value: 74.995 fails though it shows as 75.00")
    void comparesTheExactValue() {
      // given: PW pemenuhan 5.995 → pengungkit 42.745, total 74.995
      LkeResult lke = wbkLine().pemenuhan(PENGUATAN_PENGAWASAN, "5.995").build();

      // when
      Finding finding = only(engine.decide(proposal(Predikat.WBK, lke)), RuleId.LKE_TOTAL);

      // then
      assertThat(finding.status()).isEqualTo(Status.FAIL);
      assertThat(pointsOf(finding.shortfall())).isEqualByComparingTo("0.005");
      // shown with the decimals that keep it below its minimum, never as the minimum itself
      assertThat(finding.actual().orElseThrow().neutral()).isEqualTo("74.995");
      assertThat(finding.required().orElseThrow().neutral()).isEqualTo("75.000");
      assertThat(finding.shortfall().orElseThrow().neutral()).isEqualTo("0.005");
    }
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
      "WBK,  TOTAL,            SURE",
      "WBK,  PENGUNGKIT,       LIKELY",
      "WBK,  BERSIH_AKUNTABEL, LIKELY",
      "WBK,  CAPAIAN_KINERJA,  LIKELY",
      "WBBM, TOTAL,            SURE",
      "WBBM, IPKP,             LIKELY",
      "WBBM, BERSIH_AKUNTABEL, UNVERIFIED",
      "WBBM, CAPAIAN_KINERJA,  UNVERIFIED",
  })
  @DisplayName("a finding carries its minimum's confidence, and says so unless the minimum is sure")
  void carriesTheConfidenceOfItsMinimum(Predikat target, Criterion criterion, Confidence confidence) {
    // given: an LKE on the target's line
    LkeResult lke = target == Predikat.WBK ? wbkOnTheLine() : wbbmOnTheLine();

    // when
    Finding finding = only(engine.decide(proposal(target, lke)), criterion.rule());

    // then
    assertThat(finding.basis().confidence()).isEqualTo(confidence);
    switch (confidence) {
      case SURE:
        assertThat(finding.message(ID)).doesNotContain("[");
        assertThat(finding.message(EN)).doesNotContain("[");
        break;
      case LIKELY:
        assertThat(finding.message(ID)).endsWith("[cukup yakin]");
        assertThat(finding.message(EN)).endsWith("[likely]");
        break;
      default:
        assertThat(finding.message(ID)).endsWith("[belum terverifikasi]");
        assertThat(finding.message(EN)).endsWith("[unverified]");
    }
  }

  @Test
  @DisplayName("the unverified WBBM capaian kinerja minimum 3.75 marks a failing finding as unverified")
  void unverifiedWbbmCapaianOnAFailure() {
    // given: capaian C → 2.50 < 3.75
    LkeResult lke = wbbmLine().capaian(CapaianKinerja.C).build();

    // when
    Finding finding = only(engine.decide(proposal(Predikat.WBBM, lke)), RuleId.LKE_CAPAIAN_KINERJA);

    // then
    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.basis().confidence()).isEqualTo(Confidence.UNVERIFIED);
    assertThat(finding.context()).contains(term(CapaianKinerja.C));
    assertThat(finding.message(ID)).contains("[belum terverifikasi]");
    assertThat(finding.message(EN)).contains("[unverified]");
  }

  @Test
  @DisplayName("a survey finding names the index behind its points")
  void surveyFindingNamesItsIndex() {
    // given
    LkeResult lke = wbkLine().ipak("3.59").build();

    // when
    Finding finding = only(engine.decide(proposal(Predikat.WBK, lke)), RuleId.LKE_IPAK);

    // then
    assertThat(finding.context()).get().isInstanceOf(Measure.Index.class);
    assertThat(((Measure.Index) finding.context().orElseThrow()).value())
        .isEqualByComparingTo("3.59");
  }

  @Nested
  @DisplayName("without an LKE result")
  class WithoutLke {

    @ParameterizedTest(name = "{0} {1}: UNKNOWN, minimum {2}")
    @CsvSource({
        "WBK,  TOTAL,            75.00",
        "WBK,  PENGUNGKIT,       40.00",
        "WBK,  AREA_SHARE,       60%",
        "WBK,  BERSIH_AKUNTABEL, 18.25",
        "WBK,  IPAK,             15.75",
        "WBK,  CAPAIAN_KINERJA,  2.50",
        "WBK,  IPKP,             14.00",
        "WBBM, TOTAL,            85.00",
        "WBBM, PENGUNGKIT,       48.00",
        "WBBM, AREA_SHARE,       75%",
        "WBBM, BERSIH_AKUNTABEL, 19.50",
        "WBBM, IPAK,             15.75",
        "WBBM, CAPAIAN_KINERJA,  3.75",
        "WBBM, IPKP,             15.75",
    })
    @DisplayName("each score minimum is UNKNOWN and states the minimum it could not check")
    void eachMinimumIsUnknown(Predikat target, Criterion criterion, String minimum) {
      // given
      Proposal proposal = proposal(target);

      // when
      Finding finding = only(engine.decide(proposal), criterion.rule());

      // then
      assertThat(finding.status()).isEqualTo(Status.UNKNOWN);
      assertThat(finding.variant()).contains("no-lke");
      assertThat(finding.required().orElseThrow().neutral()).isEqualTo(minimum);
      assertThat(finding.actual()).isEmpty();
    }

    @Test
    @DisplayName("leaves a proposal that meets every other rule UNDETERMINED")
    void leavesTheDecisionUndetermined() {
      // when: DPMPTSP Pesawaran in 2024, every timing and instansi rule met, no LKE
      Decision decision = engine.decide(PESAWARAN_WBK_2024);

      // then
      assertThat(decision.eligibility()).isEqualTo(Eligibility.UNDETERMINED);
      assertThat(decision.findings(Status.UNKNOWN)).extracting(Finding::rule)
          .containsExactlyElementsOf(SCORE_RULES);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Criterion.class)
  @DisplayName("a minimum zi4j does not know for the edition is UNKNOWN, citing that edition")
  void unknownMinimumForTheEdition(Criterion criterion) {
    // given: the rule asked directly under 52/2014, whose minimums zi4j does not hold
    ScoreProfile profile = ScoreProfile.of(Edition.PERMENPANRB_52_2014, RegulationFigures.bundled());

    // when
    List<Finding> findings = profile.judge(criterion,
        PESAWARAN_WBK_2024.withLke(wbkOnTheLine()).lke(), Predikat.WBK);

    // then
    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.status()).isEqualTo(Status.UNKNOWN);
      assertThat(finding.variant()).contains("no-figure");
      assertThat(finding.context()).contains(term("PermenPANRB 52/2014"));
      assertThat(finding.basis())
          .isEqualTo(LegalBasis.of("PermenPANRB 52/2014 (LKE)", Confidence.UNVERIFIED));
    });
  }

  @Nested
  @DisplayName("each area as a share of its weight, checked as a whole area (the default)")
  class WholeArea {

    static Stream<Arguments> areas() {
      // minimum = share × area weight; WBK 60 %: MP 0.60 × 8 = 4.80, TL × 7 = 4.20, SDM/AK/PP × 10
      // = 6.00, PW × 15 = 9.00; WBBM 75 %: MP 6.00, TL 5.25, SDM/AK/PP 7.50, PW 11.25
      return Stream.of(
          arguments(Predikat.WBK, MANAJEMEN_PERUBAHAN, "2.40", "2.40", "4.80", "4.80", null),
          arguments(Predikat.WBK, MANAJEMEN_PERUBAHAN, "2.40", "2.39", "4.80", "4.79", "0.01"),
          arguments(Predikat.WBK, PENATAAN_TATALAKSANA, "2.10", "2.10", "4.20", "4.20", null),
          arguments(Predikat.WBK, PENATAAN_TATALAKSANA, "2.10", "2.09", "4.20", "4.19", "0.01"),
          arguments(Predikat.WBK, PENATAAN_SISTEM_MANAJEMEN_SDM, "3.00", "3.00", "6.00", "6.00",
              null),
          arguments(Predikat.WBK, PENATAAN_SISTEM_MANAJEMEN_SDM, "3.00", "2.99", "6.00", "5.99",
              "0.01"),
          arguments(Predikat.WBK, PENGUATAN_AKUNTABILITAS_KINERJA, "3.00", "3.00", "6.00", "6.00",
              null),
          arguments(Predikat.WBK, PENGUATAN_AKUNTABILITAS_KINERJA, "3.00", "2.99", "6.00", "5.99",
              "0.01"),
          arguments(Predikat.WBK, PENGUATAN_PENGAWASAN, "4.50", "4.50", "9.00", "9.00", null),
          arguments(Predikat.WBK, PENGUATAN_PENGAWASAN, "4.50", "4.49", "9.00", "8.99", "0.01"),
          arguments(Predikat.WBK, PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK, "3.00", "3.00", "6.00",
              "6.00", null),
          arguments(Predikat.WBK, PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK, "3.00", "2.99", "6.00",
              "5.99", "0.01"),
          arguments(Predikat.WBBM, MANAJEMEN_PERUBAHAN, "3.00", "3.00", "6.00", "6.00", null),
          arguments(Predikat.WBBM, MANAJEMEN_PERUBAHAN, "3.00", "2.99", "6.00", "5.99", "0.01"),
          arguments(Predikat.WBBM, PENATAAN_TATALAKSANA, "2.625", "2.625", "5.25", "5.25", null),
          arguments(Predikat.WBBM, PENATAAN_TATALAKSANA, "2.625", "2.615", "5.25", "5.24",
              "0.01"),
          arguments(Predikat.WBBM, PENATAAN_SISTEM_MANAJEMEN_SDM, "3.75", "3.75", "7.50", "7.50",
              null),
          arguments(Predikat.WBBM, PENATAAN_SISTEM_MANAJEMEN_SDM, "3.75", "3.74", "7.50", "7.49",
              "0.01"),
          arguments(Predikat.WBBM, PENGUATAN_AKUNTABILITAS_KINERJA, "3.75", "3.75", "7.50",
              "7.50", null),
          arguments(Predikat.WBBM, PENGUATAN_AKUNTABILITAS_KINERJA, "3.75", "3.74", "7.50",
              "7.49", "0.01"),
          arguments(Predikat.WBBM, PENGUATAN_PENGAWASAN, "5.625", "5.625", "11.25", "11.25",
              null),
          arguments(Predikat.WBBM, PENGUATAN_PENGAWASAN, "5.625", "5.615", "11.25", "11.24",
              "0.01"),
          arguments(Predikat.WBBM, PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK, "3.75", "3.75", "7.50",
              "7.50", null),
          arguments(Predikat.WBBM, PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK, "3.75", "3.74", "7.50",
              "7.49", "0.01"));
    }

    @ParameterizedTest(name = "{0} {1} at {2} + {3}: minimum {4}, short {6}")
    @MethodSource("areas")
    @DisplayName("an area on its minimum share passes, 0.01 under it fails")
    void areaOnItsMinimumPassesJustUnderFails(Predikat target, AreaPerubahan area,
        String pemenuhan, String reform, String required, String actual, String shortfall) {
      // given: every other part at 80 %, above both shares
      LkeResult lke = strongHasil().area(area, pemenuhan, reform).build();

      // when
      Decision decision = engine.decide(proposal(target, lke));
      Finding finding = areaFinding(decision, area, Optional.empty());

      // then
      assertThat(finding.status()).isEqualTo(shortfall == null ? Status.PASS : Status.FAIL);
      assertThat(pointsOf(finding.required())).isEqualByComparingTo(required);
      assertThat(pointsOf(finding.actual())).isEqualByComparingTo(actual);
      if (shortfall == null) {
        assertThat(finding.shortfall()).isEmpty();
      } else {
        assertThat(pointsOf(finding.shortfall())).isEqualByComparingTo(shortfall);
      }
      assertThat(decision.findings(RuleId.LKE_AREA)).hasSize(6)
          .filteredOn(f -> !f.area().equals(Optional.of(area)))
          .allSatisfy(f -> assertThat(f.status()).isEqualTo(Status.PASS));
    }

    @Test
    @DisplayName("an area passes as a whole though one of its parts is weak")
    void aWeakPartCanHideInTheWholeArea() {
      // given: MP pemenuhan 1.60 (40 %) + reform 4.00 (100 %) = 5.60 ≥ 4.80
      LkeResult lke = strongHasil().area(MANAJEMEN_PERUBAHAN, "1.60", "4.00").build();

      // when
      Finding finding = areaFinding(engine.decide(proposal(Predikat.WBK, lke)),
          MANAJEMEN_PERUBAHAN, Optional.empty());

      // then
      assertThat(finding.status()).isEqualTo(Status.PASS);
      assertThat(pointsOf(finding.actual())).isEqualByComparingTo("5.60");
    }
  }

  @Nested
  @DisplayName("each area checked part by part (RegulationFigures.withAreaCheck(EACH_PART))")
  class EachPart {

    private final DecisionEngine eachPart = DecisionEngine.of(
        RegulationFigures.bundled().withAreaCheck(AreaCheck.EACH_PART), ProposalRounds.bundled());

    @Test
    @DisplayName("gives a pemenuhan and a reform finding for each of the six areas")
    void givesTwelveFindings() {
      // when
      Decision decision = eachPart.decide(proposal(Predikat.WBK, wbkOnTheLine()));

      // then
      assertThat(decision.findings(RuleId.LKE_AREA)).hasSize(12)
          .extracting(f -> f.variant().orElseThrow())
          .containsOnly("pemenuhan", "reform");
    }

    @Test
    @DisplayName("fails a weak pemenuhan part that the whole area would hide")
    void failsTheWeakPart() {
      // given: MP pemenuhan 1.60 against 0.60 × 4.00 = 2.40; reform 4.00 against 2.40
      LkeResult lke = strongHasil().area(MANAJEMEN_PERUBAHAN, "1.60", "4.00").build();

      // when
      Decision decision = eachPart.decide(proposal(Predikat.WBK, lke));

      // then
      Finding pemenuhan = areaFinding(decision, MANAJEMEN_PERUBAHAN, Optional.of("pemenuhan"));
      assertThat(pemenuhan.status()).isEqualTo(Status.FAIL);
      assertThat(pointsOf(pemenuhan.required())).isEqualByComparingTo("2.40");
      assertThat(pointsOf(pemenuhan.actual())).isEqualByComparingTo("1.60");
      assertThat(pointsOf(pemenuhan.shortfall())).isEqualByComparingTo("0.80");
      Finding reform = areaFinding(decision, MANAJEMEN_PERUBAHAN, Optional.of("reform"));
      assertThat(reform.status()).isEqualTo(Status.PASS);
      assertThat(pointsOf(reform.required())).isEqualByComparingTo("2.40");
      assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}: minimum {4}, short {5}")
    @CsvSource({
        // WBK 60 %: MP part 0.60 × 4.00 = 2.40, PW part 0.60 × 7.50 = 4.50
        "WBK,  MANAJEMEN_PERUBAHAN,  pemenuhan, 2.40,  2.40,  ",
        "WBK,  MANAJEMEN_PERUBAHAN,  pemenuhan, 2.39,  2.40,  0.01",
        "WBK,  PENGUATAN_PENGAWASAN, reform,    4.50,  4.50,  ",
        "WBK,  PENGUATAN_PENGAWASAN, reform,    4.49,  4.50,  0.01",
        // WBBM 75 %: MP part 3.00, TL part 0.75 × 3.50 = 2.625, PW part 0.75 × 7.50 = 5.625
        "WBBM, MANAJEMEN_PERUBAHAN,  pemenuhan, 3.00,  3.00,  ",
        "WBBM, MANAJEMEN_PERUBAHAN,  pemenuhan, 2.99,  3.00,  0.01",
        "WBBM, PENATAAN_TATALAKSANA, reform,    2.625, 2.625, ",
        "WBBM, PENATAAN_TATALAKSANA, reform,    2.62,  2.625, 0.005",
        "WBBM, PENGUATAN_PENGAWASAN, pemenuhan, 5.625, 5.625, ",
        "WBBM, PENGUATAN_PENGAWASAN, pemenuhan, 5.62,  5.625, 0.005",
    })
    @DisplayName("a part on its minimum share passes, a part just under it fails")
    void partOnItsMinimumPassesJustUnderFails(Predikat target, AreaPerubahan area, String part,
        String points, String required, String shortfall) {
      // given: every other part at 80 %
      Fixtures.Lke parts = strongHasil();
      LkeResult lke = (part.equals("pemenuhan")
          ? parts.pemenuhan(area, points) : parts.reform(area, points)).build();

      // when
      Finding finding = areaFinding(eachPart.decide(proposal(target, lke)), area, Optional.of(part));

      // then
      assertThat(finding.status()).isEqualTo(shortfall == null ? Status.PASS : Status.FAIL);
      assertThat(pointsOf(finding.required())).isEqualByComparingTo(required);
      assertThat(pointsOf(finding.actual())).isEqualByComparingTo(points);
      if (shortfall == null) {
        assertThat(finding.shortfall()).isEmpty();
      } else {
        assertThat(pointsOf(finding.shortfall())).isEqualByComparingTo(shortfall);
      }
    }
  }
}
