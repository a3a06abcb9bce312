package io.github.zi4j.rules;

import static io.github.zi4j.rules.Fixtures.BALANGAN_WBBM_2026;
import static io.github.zi4j.rules.Fixtures.CONTOH_52_2014;
import static io.github.zi4j.rules.Fixtures.CONTOH_90_2021;
import static io.github.zi4j.rules.Fixtures.CONTOH_90_2021_SELF_TOTAL;
import static io.github.zi4j.rules.Fixtures.CONTOH_90_2021_TPI_TOTAL;
import static io.github.zi4j.rules.Fixtures.KANTOR_CONTOH_WBK_2024;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_WBK_2024;
import static io.github.zi4j.rules.Fixtures.areaFinding;
import static io.github.zi4j.rules.Fixtures.onlyAnswersOf;
import static io.github.zi4j.rules.Fixtures.only;
import static io.github.zi4j.rules.Fixtures.pointsOf;
import static io.github.zi4j.rules.Fixtures.term;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.lke.LkeResult;
import io.github.zi4j.lke.LkeScorer;
import io.github.zi4j.lke.LkeTemplates;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.unit.Predikat;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A proposal's LKE may be its filled worksheet: the rules judge the score it gives")
class WorksheetDecisionTest {

  /** The score rules of PermenPANRB 90/2021, in report order. */
  private static final List<RuleId> SCORE_RULES = List.of(RuleId.LKE_TOTAL,
      RuleId.LKE_PENGUNGKIT, RuleId.LKE_AREA, RuleId.LKE_BERSIH_AKUNTABEL, RuleId.LKE_IPAK,
      RuleId.LKE_CAPAIAN_KINERJA, RuleId.LKE_IPKP);

  private static final LkeScorer SCORER_90_2021 =
      LkeScorer.of(LkeTemplates.bundled(Edition.PERMENPANRB_90_2021));

  /** The example worksheet as the unit sends it, before the TPI's review. */
  private static final Worksheet SELF_ONLY = onlyAnswersOf(CONTOH_90_2021, Role.SELF);

  private final DecisionEngine engine = DecisionEngine.standard();

  @Nested
  @DisplayName("the 90/2021 example worksheet, reviewed by the TPI")
  class ReviewedByTheTpi {

    @Test
    @DisplayName("decides for WBK exactly as the area-level result its TPI score gives")
    void decidesAsItsAreaLevelResultForWbk() {
      // given
      LkeResult areaLevel = SCORER_90_2021.score(CONTOH_90_2021, Role.TPI).toLkeResult();

      // when
      Decision fromWorksheet = engine.decide(PESAWARAN_WBK_2024.withLke(CONTOH_90_2021));
      Decision fromResult = engine.decide(PESAWARAN_WBK_2024.withLke(areaLevel));

      // then
      assertThat(fromWorksheet).isEqualTo(fromResult);
      assertThat(fromWorksheet.eligibility()).isEqualTo(Eligibility.ELIGIBLE);
    }

    @Test
    @DisplayName("decides for WBBM exactly as the area-level result its TPI score gives")
    void decidesAsItsAreaLevelResultForWbbm() {
      // given
      LkeResult areaLevel = SCORER_90_2021.score(CONTOH_90_2021, Role.TPI).toLkeResult();

      // when
      Decision fromWorksheet = engine.decide(BALANGAN_WBBM_2026.withLke(CONTOH_90_2021));
      Decision fromResult = engine.decide(BALANGAN_WBBM_2026.withLke(areaLevel));

      // then
      assertThat(fromWorksheet).isEqualTo(fromResult);
    }

    @Test
    @DisplayName("reads the TPI's answers: total 91.83875, pengungkit 57.3575, hasil 34.48125, meets WBK")
    void readsTheTpisAnswers() {
      // when
      Decision decision = engine.decide(PESAWARAN_WBK_2024.withLke(CONTOH_90_2021));

      // then: SELF's would give 93.83875 (see Fixtures.CONTOH_90_2021)
      assertThat(decision.lke()).hasValueSatisfying(lke -> {
        assertThat(lke.total()).isEqualByComparingTo(CONTOH_90_2021_TPI_TOTAL);
        assertThat(lke.pengungkit()).isEqualByComparingTo("57.3575");
        assertThat(lke.hasil()).isEqualByComparingTo("34.48125");
        assertThat(lke.meets()).contains(Predikat.WBK);
      });
      assertThat(pointsOf(only(decision, RuleId.LKE_TOTAL).actual()))
          .isEqualByComparingTo(CONTOH_90_2021_TPI_TOTAL);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        // pemenuhan + reform, the TPI's lower answers in MP reform (S92 C) and TL pemenuhan (S18 C)
        "MANAJEMEN_PERUBAHAN,                   7.12625",  // 3.87625 + 3.25
        "PENATAAN_TATALAKSANA,                  6.50",     // 3.00 + 3.50
        "PENATAAN_SISTEM_MANAJEMEN_SDM,         10.00",    // 5.00 + 5.00
        "PENGUATAN_AKUNTABILITAS_KINERJA,       9.80",     // 5.00 + 4.80
        "PENGUATAN_PENGAWASAN,                  14.65625", // 7.40625 + 7.25
        "PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK, 9.275",    // 5.00 + 4.275
    })
    @DisplayName("each area's finding shows the points the TPI's answers give it")
    void eachAreaFromTheTpisAnswers(AreaPerubahan area, String points) {
      // when
      Decision decision = engine.decide(PESAWARAN_WBK_2024.withLke(CONTOH_90_2021));

      // then
      Finding finding = areaFinding(decision, area, Optional.empty());
      assertThat(pointsOf(finding.actual())).isEqualByComparingTo(points);
      assertThat(finding.status()).isEqualTo(Status.PASS);
    }

    @Test
    @DisplayName("misses WBBM only on capaian kinerja (C: 2.50 < 3.75) and bersih dan akuntabel (18.73125 < 19.50)")
    void missesWbbmOnCapaianKinerja() {
      // when
      Decision decision = engine.decide(BALANGAN_WBBM_2026.withLke(CONTOH_90_2021));

      // then: IPAK 3.71 → 16.23125, + C 2.50 = 18.73125, short 0.76875; capaian short 1.25
      assertThat(decision.findings(Status.FAIL)).extracting(Finding::rule)
          .containsExactly(RuleId.LKE_BERSIH_AKUNTABEL, RuleId.LKE_CAPAIAN_KINERJA);
      Finding bersih = only(decision, RuleId.LKE_BERSIH_AKUNTABEL);
      assertThat(pointsOf(bersih.actual())).isEqualByComparingTo("18.73125");
      assertThat(pointsOf(bersih.shortfall())).isEqualByComparingTo("0.76875");
      Finding capaian = only(decision, RuleId.LKE_CAPAIAN_KINERJA);
      assertThat(capaian.context()).contains(term("C"));
      assertThat(pointsOf(capaian.actual())).isEqualByComparingTo("2.50");
      assertThat(pointsOf(capaian.shortfall())).isEqualByComparingTo("1.25");
      assertThat(decision.lke().orElseThrow().meets()).contains(Predikat.WBK);
      assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
    }
  }

  @Nested
  @DisplayName("the 90/2021 example worksheet answered by the unit only")
  class AnsweredByTheUnitOnly {

    @Test
    @DisplayName("reads the unit's own answers: total 93.83875, meets WBBM")
    void readsTheUnitsAnswers() {
      // when
      Decision decision = engine.decide(BALANGAN_WBBM_2026.withLke(SELF_ONLY));

      // then: pengungkit 29.5325 + 28.575 = 58.1075, hasil 16.23125 + 3.75 + 15.75 = 35.73125
      assertThat(decision.lke()).hasValueSatisfying(lke -> {
        assertThat(lke.total()).isEqualByComparingTo(CONTOH_90_2021_SELF_TOTAL);
        assertThat(lke.pengungkit()).isEqualByComparingTo("58.1075");
        assertThat(lke.hasil()).isEqualByComparingTo("35.73125");
        assertThat(lke.meets()).contains(Predikat.WBBM);
      });
      assertThat(decision.eligibility()).isEqualTo(Eligibility.ELIGIBLE);
    }

    @Test
    @DisplayName("meets the WBBM minimums of IPKP (3.60 → 15.75) and capaian kinerja (B → 3.75) exactly")
    void meetsIpkpAndCapaianOnTheLine() {
      // when
      Decision decision = engine.decide(BALANGAN_WBBM_2026.withLke(SELF_ONLY));

      // then
      Finding ipkp = only(decision, RuleId.LKE_IPKP);
      assertThat(ipkp.status()).isEqualTo(Status.PASS);
      assertThat(pointsOf(ipkp.actual())).isEqualByComparingTo("15.75");
      assertThat(pointsOf(ipkp.required())).isEqualByComparingTo("15.75");
      Finding capaian = only(decision, RuleId.LKE_CAPAIAN_KINERJA);
      assertThat(capaian.status()).isEqualTo(Status.PASS);
      assertThat(pointsOf(capaian.actual())).isEqualByComparingTo("3.75");
      assertThat(pointsOf(capaian.required())).isEqualByComparingTo("3.75");
    }

    @ParameterizedTest(name = "{0}: {1} ≥ {2}")
    @CsvSource({
        // area points (pemenuhan + reform) against 75 % of the area's weight
        "MANAJEMEN_PERUBAHAN,                   7.62625,  6.00",  // 3.87625 + 3.75; 0.75 × 8
        "PENATAAN_TATALAKSANA,                  6.75,     5.25",  // 3.25 + 3.50; 0.75 × 7
        "PENATAAN_SISTEM_MANAJEMEN_SDM,         10.00,    7.50",  // 5.00 + 5.00; 0.75 × 10
        "PENGUATAN_AKUNTABILITAS_KINERJA,       9.80,     7.50",  // 5.00 + 4.80
        "PENGUATAN_PENGAWASAN,                  14.65625, 11.25", // 7.40625 + 7.25; 0.75 × 15
        "PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK, 9.275,    7.50",  // 5.00 + 4.275
    })
    @DisplayName("every area reaches 75 % of its weight, the WBBM share")
    void everyAreaMeetsTheWbbmShare(AreaPerubahan area, String points, String minimum) {
      // when
      Decision decision = engine.decide(BALANGAN_WBBM_2026.withLke(SELF_ONLY));

      // then
      Finding finding = areaFinding(decision, area, Optional.empty());
      assertThat(finding.status()).isEqualTo(Status.PASS);
      assertThat(pointsOf(finding.actual())).isEqualByComparingTo(points);
      assertThat(pointsOf(finding.required())).isEqualByComparingTo(minimum);
    }
  }

  @Nested
  @DisplayName("an incomplete worksheet (the TPI left capaian kinerja unanswered)")
  class AnIncompleteWorksheet {

    /** The unit answered every question; the TPI, whose answers decide, all but one. */
    private final Proposal proposal = PESAWARAN_WBK_2024.withLke(
        CONTOH_90_2021.withoutAnswer(Role.TPI, "S126"));

    @Test
    @DisplayName("judges each criterion whose questions are all answered, and only the rest is "
        + "UNKNOWN \"incomplete\", naming the number of questions left")
    void onlyTheIncompletePartsAreUnknown() {
      // when
      Decision decision = engine.decide(proposal);

      // then: capaian kinerja is unanswered, so it, bersih dan akuntabel and the total are unknown
      for (RuleId rule : List.of(RuleId.LKE_TOTAL, RuleId.LKE_BERSIH_AKUNTABEL,
          RuleId.LKE_CAPAIAN_KINERJA)) {
        Finding finding = only(decision, rule);
        assertThat(finding.status()).as("%s", rule).isEqualTo(Status.UNKNOWN);
        assertThat(finding.variant()).as("%s", rule).contains("incomplete");
        assertThat(finding.context()).as("%s", rule).contains(term(1));
        assertThat(finding.required()).as("%s", rule).isPresent();
        assertThat(finding.actual()).as("%s", rule).isEmpty();
      }
      // pengungkit (TPI 57.3575 >= 40), IPAK (3.71 -> 16.23125 >= 15.75), IPKP (3.60 -> 15.75 >= 14)
      // and every area are complete, and judged
      for (RuleId rule : List.of(RuleId.LKE_PENGUNGKIT, RuleId.LKE_IPAK, RuleId.LKE_IPKP)) {
        assertThat(only(decision, rule).status()).as("%s", rule).isEqualTo(Status.PASS);
      }
      assertThat(decision.findings(RuleId.LKE_AREA)).hasSize(6)
          .allSatisfy(f -> assertThat(f.status()).isEqualTo(Status.PASS));
    }

    @Test
    @DisplayName("is not completed from the unit's own answers, though the unit answered every question")
    void isNotCompletedFromTheUnitsAnswers() {
      // given
      Worksheet worksheet = (Worksheet) proposal.lke().orElseThrow();

      // when
      Decision decision = engine.decide(proposal);

      // then: the unit's capaian kinerja B would pass; the TPI's blank stays unknown
      assertThat(SCORER_90_2021.score(worksheet, Role.SELF).complete()).isTrue();
      assertThat(only(decision, RuleId.LKE_CAPAIAN_KINERJA).status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    @DisplayName("does not hide a failure that is already sure: one blank elsewhere, IPAK 2.00 fails")
    void aSureFailureIsNotHidden() {
      // given: S1 left blank, and the TPI's IPAK 2.00 -> 2.00 / 4 x 17.5 = 8.75 < 15.75
      Proposal failing = PESAWARAN_WBK_2024.withLke(CONTOH_90_2021
          .withoutAnswer(Role.TPI, "S1")
          .withAnswer(Role.TPI, "S125", Answer.number("2.00")));

      // when
      Decision decision = engine.decide(failing);

      // then
      Finding ipak = only(decision, RuleId.LKE_IPAK);
      assertThat(ipak.status()).isEqualTo(Status.FAIL);
      assertThat(pointsOf(ipak.shortfall())).isEqualByComparingTo("7.00");
      assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
    }

    @Test
    @DisplayName("leaves the decision UNDETERMINED, without an LKE summary")
    void isUndetermined() {
      // when
      Decision decision = engine.decide(proposal);

      // then
      assertThat(decision.findings(Status.FAIL)).isEmpty();
      assertThat(decision.eligibility()).isEqualTo(Eligibility.UNDETERMINED);
      assertThat(decision.lke()).isEmpty();
    }
  }

  @Nested
  @DisplayName("a worksheet whose IPAK is below 1, as PortalRB's 0-4 scale allows")
  class ASurveyValueBelowOne {

    /** The TPI's IPAK 0.5: the worksheet scores, but has no area-level result (an index is 1-4). */
    private final Proposal proposal = PESAWARAN_WBK_2024.withLke(
        CONTOH_90_2021.withAnswer(Role.TPI, "S125", Answer.number("0.5")));

    @Test
    @DisplayName("is judged part by part: IPAK 0.5 earns 2.1875 and fails, the total 77.795 passes")
    void judgedPartByPart() {
      // when
      Decision decision = engine.decide(proposal);

      // then: IPAK 0.5 / 4 x 17.5 = 2.1875, short 15.75 - 2.1875 = 13.5625; bersih 2.1875 + 2.50
      // (capaian C) = 4.6875 < 18.25; total 91.83875 - 16.23125 + 2.1875 = 77.795 >= 75
      Finding ipak = only(decision, RuleId.LKE_IPAK);
      assertThat(ipak.status()).isEqualTo(Status.FAIL);
      assertThat(pointsOf(ipak.actual())).isEqualByComparingTo("2.1875");
      assertThat(pointsOf(ipak.shortfall())).isEqualByComparingTo("13.5625");
      assertThat(only(decision, RuleId.LKE_BERSIH_AKUNTABEL).status()).isEqualTo(Status.FAIL);
      Finding total = only(decision, RuleId.LKE_TOTAL);
      assertThat(total.status()).isEqualTo(Status.PASS);
      assertThat(pointsOf(total.actual())).isEqualByComparingTo("77.795");
    }

    @Test
    @DisplayName("has an LKE summary that meets no predicate, and is not eligible")
    void notEligible() {
      // when
      Decision decision = engine.decide(proposal);

      // then
      assertThat(decision.lke()).hasValueSatisfying(lke -> {
        assertThat(lke.total()).isEqualByComparingTo("77.795");
        assertThat(lke.meets()).isEmpty();
      });
      assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
    }
  }

  @Nested
  @DisplayName("a worksheet that cannot be judged")
  class Rejected {

    @Test
    @DisplayName("answered for 52/2014 in a case judged under 90/2021 is rejected, naming both editions")
    void answeredForAnotherEdition() {
      // given
      Proposal proposal = PESAWARAN_WBK_2024.withLke(CONTOH_52_2014);

      // then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> engine.decide(proposal))
          .withMessage("the LKE worksheet must be answered for the edition the proposal is judged "
              + "under, but was answered for PERMENPANRB_52_2014 and the proposal is judged under "
              + "PERMENPANRB_90_2021 (name the edition in the case)");
    }

    @Test
    @DisplayName("answered for 90/2021 in a case of 2021, judged by the edition then in force, is rejected")
    void answeredForAnEditionNotYetInForce() {
      // given: on 20 July 2021 PermenPANRB 10/2019 is in force
      Proposal proposal = KANTOR_CONTOH_WBK_2024.withAsOf(LocalDate.of(2021, 7, 20))
          .withLke(CONTOH_90_2021);

      // then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> engine.decide(proposal))
          .withMessageContaining("answered for PERMENPANRB_90_2021")
          .withMessageContaining("judged under PERMENPANRB_10_2019");
    }

    @Test
    @DisplayName("with an answer its question does not take is rejected, naming the question")
    void aBadAnswer() {
      // given: S2 has options A to C
      Proposal proposal = PESAWARAN_WBK_2024.withLke(
          CONTOH_90_2021.withAnswer(Role.TPI, "S2", Answer.option("D")));

      // then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> engine.decide(proposal))
          .withMessage("answers of TPI: question S2: answer must be one of [A, B, C], "
              + "but was D");
    }

    @Test
    @DisplayName("with a bad answer of the unit is rejected too, though the TPI's answers decide")
    void aBadAnswerOfTheUnit() {
      // given: a survey value above 4
      Proposal proposal = PESAWARAN_WBK_2024.withLke(
          CONTOH_90_2021.withAnswer(Role.SELF, "S125", Answer.number("4.5")));

      // then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> engine.decide(proposal))
          .withMessage("answers of SELF: question S125: answer must be a survey "
              + "value from 0 to 4, but was 4.5");
    }

    @Test
    @DisplayName("with a count of the unit above a whole of 0 is rejected, naming the count")
    void aPartAboveAWholeOfZero() {
      // given: 2 complaints completed of none to follow up (S110 is 0 in the example)
      Proposal proposal = PESAWARAN_WBK_2024.withLke(
          CONTOH_90_2021.withAnswer(Role.SELF, "S112", Answer.number(2)));

      // then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> engine.decide(proposal))
          .withMessage("answers of SELF: question S112: the part of 53.a (S112) must be 0 when its "
              + "whole (S110) is 0, but was 2");
    }

    @Test
    @DisplayName("with an answer to a question the template does not have is rejected, naming it")
    void anUnknownQuestion() {
      // given
      Proposal proposal = PESAWARAN_WBK_2024.withLke(
          CONTOH_90_2021.withAnswer(Role.TPI, "S128", Answer.yesNo(true)));

      // then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> engine.decide(proposal))
          .withMessage("answers of TPI: question S128: not a question of template "
              + "PERMENPANRB_90_2021");
    }
  }
}
