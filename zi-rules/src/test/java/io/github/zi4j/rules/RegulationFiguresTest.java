package io.github.zi4j.rules;

import static io.github.zi4j.rules.Fixtures.BALANGAN_WBBM_2026;
import static io.github.zi4j.rules.Fixtures.only;
import static io.github.zi4j.rules.Fixtures.wbbmLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.round.ProposalRounds;
import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.time.Period;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("The bundled regulation figures equal the domain notes, with their confidence, and can be overridden")
class RegulationFiguresTest {

  private final RegulationFigures bundled = RegulationFigures.bundled();

  @Nested
  @DisplayName("the bundled figures")
  class Bundled {

    @ParameterizedTest(name = "{0} {1} ≥ {2} ({3}, {4})")
    @CsvSource(delimiter = '|', value = {
        // domain notes §5: the total is the regulation's; the others come from PortalRB's
        // administrative check and the ZI evaluation apps, or from one app only
        "WBK  | TOTAL            | 75.00 | SURE       | PermenPANRB 90/2021, Lampiran (LKE)",
        "WBK  | PENGUNGKIT       | 40.00 | LIKELY     | PortalRB, pemeriksaan administrasi; aplikasi evaluasi ZI",
        "WBK  | AREA_SHARE       | 0.60  | LIKELY     | PortalRB, pemeriksaan administrasi (per area); aplikasi evaluasi ZI",
        "WBK  | BERSIH_AKUNTABEL | 18.25 | LIKELY     | aplikasi evaluasi ZI",
        "WBK  | IPAK             | 15.75 | LIKELY     | PortalRB, pemeriksaan administrasi; aplikasi evaluasi ZI",
        "WBK  | CAPAIAN_KINERJA  | 2.50  | LIKELY     | aplikasi evaluasi ZI",
        "WBK  | IPKP             | 14.00 | LIKELY     | PortalRB, pemeriksaan administrasi; aplikasi evaluasi ZI",
        "WBBM | TOTAL            | 85.00 | SURE       | PermenPANRB 90/2021, Lampiran (LKE)",
        "WBBM | PENGUNGKIT       | 48.00 | LIKELY     | PortalRB, pemeriksaan administrasi; aplikasi evaluasi ZI",
        "WBBM | AREA_SHARE       | 0.75  | LIKELY     | PortalRB, pemeriksaan administrasi (per area); aplikasi evaluasi ZI",
        "WBBM | BERSIH_AKUNTABEL | 19.50 | UNVERIFIED | satu aplikasi evaluasi ZI",
        "WBBM | IPAK             | 15.75 | LIKELY     | PortalRB, pemeriksaan administrasi; aplikasi evaluasi ZI",
        "WBBM | CAPAIAN_KINERJA  | 3.75  | UNVERIFIED | satu aplikasi evaluasi ZI",
        "WBBM | IPKP             | 15.75 | LIKELY     | PortalRB, pemeriksaan administrasi; aplikasi evaluasi ZI",
    })
    @DisplayName("each 90/2021 score minimum is the domain notes' figure, citing where it really "
        + "comes from at its confidence")
    void scoreMinimums(Predikat predikat, Criterion criterion, BigDecimal minimum,
        Confidence confidence, String source) {
      // when
      Figure<BigDecimal> figure =
          bundled.threshold(Edition.PERMENPANRB_90_2021, predikat, criterion).orElseThrow();

      // then
      assertThat(figure.value()).isEqualByComparingTo(minimum);
      assertThat(figure.basis().confidence()).isEqualTo(confidence);
      assertThat(figure.basis().citation()).startsWith(source);
    }

    @ParameterizedTest(name = "{0}: index {1} → {2} points")
    @CsvSource({
        "WBK,  IPAK, 3.60, 15.75",
        "WBK,  IPKP, 3.20, 14.00",
        "WBBM, IPAK, 3.60, 15.75",
        "WBBM, IPKP, 3.60, 15.75",
    })
    @DisplayName("each survey minimum is the points of the survey index the notes give")
    void surveyMinimumsMatchTheirIndex(Predikat predikat, Criterion criterion, BigDecimal index,
        BigDecimal points) {
      // given: index / 4 × 17.50, the survey's weight (domain notes §4)
      BigDecimal byHand = index.multiply(new BigDecimal("17.50")).divide(BigDecimal.valueOf(4));

      // when
      BigDecimal minimum =
          bundled.threshold(Edition.PERMENPANRB_90_2021, predikat, criterion).orElseThrow().value();

      // then
      assertThat(byHand).isEqualByComparingTo(points);
      assertThat(minimum).isEqualByComparingTo(points);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Edition.class, names = {"PERMENPANRB_52_2014", "PERMENPANRB_10_2019"})
    @DisplayName("no score minimum is bundled for an edition whose LKE zi4j does not score")
    void noMinimumsForOlderEditions(Edition edition) {
      // then
      for (Predikat predikat : Predikat.values()) {
        for (Criterion criterion : Criterion.values()) {
          assertThat(bundled.threshold(edition, predikat, criterion))
              .as("%s %s %s", edition, predikat, criterion).isEmpty();
        }
      }
    }

    @Test
    @DisplayName("the building period is 1 year, sure")
    void buildingPeriod() {
      // then
      assertThat(bundled.buildingPeriod().value()).isEqualTo(Period.ofYears(1));
      assertThat(bundled.buildingPeriod().basis().confidence()).isEqualTo(Confidence.SURE);
    }

    @Test
    @DisplayName("the WBK holding period before WBBM is 2 years, likely, from PortalRB's "
        + "administrative check")
    void wbkHoldingPeriod() {
      // then
      assertThat(bundled.wbkHoldingPeriod().value()).isEqualTo(Period.ofYears(2));
      assertThat(bundled.wbkHoldingPeriod().basis().confidence()).isEqualTo(Confidence.LIKELY);
      assertThat(bundled.wbkHoldingPeriod().basis().citation()).startsWith("PortalRB");
    }

    @Test
    @DisplayName("the WBK holding period is counted in round years, likely, as the Balangan story "
        + "fits")
    void wbkHoldingCount() {
      // then
      assertThat(bundled.wbkHoldingCount().value()).isEqualTo(WbkHoldingCount.ROUND_YEARS);
      assertThat(bundled.wbkHoldingCount().basis().confidence()).isEqualTo(Confidence.LIKELY);
      assertThat(bundled.wbkHoldingCount().basis().citation()).contains("Balangan");
    }

    @Test
    @DisplayName("what a WBBM revocation does to WBK is unsettled, unverified: no source says")
    void revocationPolicy() {
      // then
      assertThat(bundled.revocationPolicy().value()).isEqualTo(RevocationPolicy.UNSETTLED);
      assertThat(bundled.revocationPolicy().basis().confidence())
          .isEqualTo(Confidence.UNVERIFIED);
    }

    @Test
    @DisplayName("the waiting period after a revocation is 2 years, sure, from 90/2021 Lampiran II Bab IV C")
    void revocationCooldown() {
      // then
      assertThat(bundled.revocationCooldown().value()).isEqualTo(Period.ofYears(2));
      assertThat(bundled.revocationCooldown().basis())
          .isEqualTo(LegalBasis.of("PermenPANRB 90/2021, Lampiran II Bab IV C", Confidence.SURE));
    }

    @Test
    @DisplayName("each area is checked as a whole by default")
    void wholeAreaByDefault() {
      // then
      assertThat(bundled.areaCheck()).isEqualTo(AreaCheck.WHOLE_AREA);
    }
  }

  @Nested
  @DisplayName("overriding a figure")
  class Overrides {

    private final LegalBasis caller = LegalBasis.of("Surat KemenPANRB (contoh uji)", Confidence.SURE);

    @Test
    @DisplayName("a new WBK holding period replaces the figure and its basis, leaving the bundled one")
    void wbkHoldingPeriod() {
      // when
      RegulationFigures twoYears = bundled.withWbkHoldingPeriod(Period.ofYears(3), caller);

      // then
      assertThat(twoYears.wbkHoldingPeriod()).isEqualTo(new Figure<>(Period.ofYears(3), caller));
      assertThat(RegulationFigures.bundled().wbkHoldingPeriod().value())
          .isEqualTo(Period.ofYears(2));
      assertThat(twoYears.buildingPeriod()).isEqualTo(bundled.buildingPeriod());
      assertThat(twoYears.threshold(Edition.PERMENPANRB_90_2021, Predikat.WBK, Criterion.TOTAL))
          .isEqualTo(bundled.threshold(Edition.PERMENPANRB_90_2021, Predikat.WBK,
              Criterion.TOTAL));
    }

    @Test
    @DisplayName("a new minimum replaces one threshold only")
    void threshold() {
      // when: the one app's 18.25 for WBBM bersih dan akuntabel
      RegulationFigures figures = bundled.withThreshold(Edition.PERMENPANRB_90_2021,
          Predikat.WBBM, Criterion.BERSIH_AKUNTABEL, new BigDecimal("18.25"), caller);

      // then
      assertThat(figures.threshold(Edition.PERMENPANRB_90_2021, Predikat.WBBM,
          Criterion.BERSIH_AKUNTABEL)).contains(new Figure<>(new BigDecimal("18.25"), caller));
      assertThat(figures.threshold(Edition.PERMENPANRB_90_2021, Predikat.WBBM,
          Criterion.CAPAIAN_KINERJA).orElseThrow().value()).isEqualByComparingTo("3.75");
      assertThat(bundled.threshold(Edition.PERMENPANRB_90_2021, Predikat.WBBM,
          Criterion.BERSIH_AKUNTABEL).orElseThrow().value()).isEqualByComparingTo("19.50");
    }

    @Test
    @DisplayName("an overridden minimum changes the verdict of the rule that reads it")
    void overriddenMinimumChangesTheFinding() {
      // given: IPAK 3.59 + B → bersih 19.45625, under 19.50 but over 18.25
      DecisionEngine overridden = DecisionEngine.of(bundled.withThreshold(
          Edition.PERMENPANRB_90_2021, Predikat.WBBM, Criterion.BERSIH_AKUNTABEL,
          new BigDecimal("18.25"), caller), ProposalRounds.bundled());

      // when
      Finding finding = only(overridden.decide(
          BALANGAN_WBBM_2026.withLke(wbbmLine().ipak("3.59").build())),
          RuleId.LKE_BERSIH_AKUNTABEL);

      // then
      assertThat(finding.status()).isEqualTo(Status.PASS);
      assertThat(finding.basis()).isEqualTo(caller);
    }

    @Test
    @DisplayName("the area check can be switched to each part")
    void areaCheck() {
      // when
      RegulationFigures eachPart = bundled.withAreaCheck(AreaCheck.EACH_PART);

      // then
      assertThat(eachPart.areaCheck()).isEqualTo(AreaCheck.EACH_PART);
      assertThat(bundled.areaCheck()).isEqualTo(AreaCheck.WHOLE_AREA);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Edition.class, names = {"PERMENPANRB_52_2014", "PERMENPANRB_10_2019"})
    @DisplayName("a minimum of an older edition is refused: it lives on that edition's template")
    void olderEdition(Edition edition) {
      // then: rather than an override no rule would read
      assertThatIllegalArgumentException()
          .isThrownBy(() -> bundled.withThreshold(edition, Predikat.WBK, Criterion.TOTAL,
              new BigDecimal("70"), caller))
          .withMessage("edition of an overridden minimum must be PERMENPANRB_90_2021, but was "
              + edition + ": its minimums live on the nodes of its LKE template");
    }

    @Test
    @DisplayName("a negative minimum is refused, with the offending value")
    void negativeMinimum() {
      // then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> bundled.withThreshold(Edition.PERMENPANRB_90_2021, Predikat.WBK,
              Criterion.TOTAL, new BigDecimal("-1"), caller))
          .withMessage("minimum of TOTAL must not be negative, but was -1");
    }

    @Test
    @DisplayName("an area share above 1 is refused: it is a fraction, not a percentage")
    void areaShareAboveOne() {
      // then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> bundled.withThreshold(Edition.PERMENPANRB_90_2021, Predikat.WBK,
              Criterion.AREA_SHARE, new BigDecimal("60"), caller))
          .withMessage("minimum of AREA_SHARE is a fraction from 0 to 1, but was 60");
    }

    @Test
    @DisplayName("a negative holding period is refused, with the offending value")
    void negativeHoldingPeriod() {
      // then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> bundled.withWbkHoldingPeriod(Period.ofYears(-1), caller))
          .withMessage("wbkHoldingPeriod must not be negative, but was P-1Y");
    }

    @Test
    @DisplayName("a missing area check is refused, naming the figure")
    void nullAreaCheck() {
      // then
      assertThatNullPointerException()
          .isThrownBy(() -> bundled.withAreaCheck(null))
          .withMessage("areaCheck");
    }
  }
}
