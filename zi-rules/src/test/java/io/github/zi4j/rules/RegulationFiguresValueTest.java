package io.github.zi4j.rules;

import static io.github.zi4j.rules.Fixtures.PESAWARAN_FIRST_PROPOSAL_DAY;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_WBK_2024;
import static io.github.zi4j.rules.Fixtures.day;
import static io.github.zi4j.rules.Fixtures.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.round.ProposalRounds;
import io.github.zi4j.unit.Predikat;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The regulation figures are a value: every figure of figures.json can be overridden with "
    + "its own with…, checked, and compared by value")
class RegulationFiguresValueTest {

  private static final RegulationFigures BUNDLED = RegulationFigures.bundled();

  private static final LegalBasis LETTER =
      LegalBasis.of("Surat KemenPANRB (contoh uji)", Confidence.SURE);

  /**
   * The names of the figures in {@code figures.json}: each period, and each other entry but the
   * comment. A figure added to the file without a {@code with…} fails the test below.
   */
  static List<String> figuresOfTheFile() throws IOException {
    try (InputStream in = RegulationFigures.class.getResourceAsStream("figures.json")) {
      JsonNode file = new ObjectMapper().readTree(in);
      List<String> names = new ArrayList<>();
      file.get("periods").fieldNames().forEachRemaining(names::add);
      file.fieldNames().forEachRemaining(name -> {
        if (!name.equals("_comment") && !name.equals("periods")) {
          names.add(name);
        }
      });
      return names;
    }
  }

  @Test
  @DisplayName("figures.json lists the three periods, the counting, the revocation policy and the "
      + "score scale")
  void theFileListsSixFigures() throws IOException {
    // then: the file's figures, so that the test below runs over each of them
    assertThat(figuresOfTheFile()).containsExactlyInAnyOrder("buildingPeriod", "wbkHoldingPeriod",
        "revocationCooldown", "wbkHoldingCount", "revocationPolicy", "scoreScale");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("figuresOfTheFile")
  @DisplayName("every figure of figures.json has a with… that takes the caller's value and basis, "
      + "and changes that figure only")
  void everyFigureHasAWither(String name) throws ReflectiveOperationException {
    // given: the with… of the figure, taking its value (if it has one) and the caller's basis
    String wither = "with" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    Method accessor = RegulationFigures.class.getMethod(name);
    Optional<Method> withValueAndBasis = Arrays.stream(RegulationFigures.class.getMethods())
        .filter(m -> m.getName().equals(wither))
        .filter(m -> m.getParameterCount() >= 1
            && m.getParameterTypes()[m.getParameterCount() - 1] == LegalBasis.class)
        .findFirst();
    assertThat(withValueAndBasis).as("RegulationFigures.%s(…, LegalBasis)", wither).isPresent();
    Method with = withValueAndBasis.get();

    // when
    RegulationFigures changed;
    Object expected;
    if (with.getParameterCount() == 1) {
      changed = (RegulationFigures) with.invoke(BUNDLED, LETTER);
      expected = LETTER;
    } else {
      Object value = anotherValue(with.getParameterTypes()[0],
          ((Figure<?>) accessor.invoke(BUNDLED)).value());
      changed = (RegulationFigures) with.invoke(BUNDLED, value, LETTER);
      expected = new Figure<>(value, LETTER);
    }

    // then: that figure changed, the bundled one did not, and putting it back gives the bundled
    assertThat(accessor.invoke(changed)).isEqualTo(expected);
    assertThat(accessor.invoke(BUNDLED)).isNotEqualTo(expected);
    assertThat(changed).isNotEqualTo(BUNDLED);
    Object original = accessor.invoke(BUNDLED);
    Method putBack = RegulationFigures.class.getMethod(wither, accessor.getReturnType());
    assertThat(putBack.invoke(changed, original)).isEqualTo(BUNDLED);
  }

  /** A value of {@code type} other than {@code current}: three years, or another constant. */
  private static Object anotherValue(Class<?> type, Object current) {
    if (type == Period.class) {
      return Period.ofYears(3);
    }
    return Arrays.stream(type.getEnumConstants()).filter(c -> !c.equals(current)).findFirst()
        .orElseThrow();
  }

  @Nested
  @DisplayName("a with… checks the figure it is given")
  class Checks {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "buildingPeriod,     P-1Y",
        "wbkHoldingPeriod,   P-6M",
        "revocationCooldown, P2Y-1D",
    })
    @DisplayName("a negative period is refused, naming the figure and the value")
    void negativePeriod(String figure, String period) {
      // given
      Period negative = Period.parse(period);

      // then
      assertThatThrownBy(() -> withPeriod(figure, negative))
          .isInstanceOf(InvalidFieldException.class)
          .hasMessage(figure + " must not be negative, but was " + period)
          .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo(figure);
    }

    private RegulationFigures withPeriod(String figure, Period period) {
      switch (figure) {
        case "buildingPeriod":
          return BUNDLED.withBuildingPeriod(period, LETTER);
        case "wbkHoldingPeriod":
          return BUNDLED.withWbkHoldingPeriod(period, LETTER);
        default:
          return BUNDLED.withRevocationCooldown(new Figure<>(period, LETTER));
      }
    }

    @Test
    @DisplayName("a period of none at all is allowed: a caller may drop a waiting time")
    void zeroPeriod() {
      // when
      RegulationFigures noCooldown = BUNDLED.withRevocationCooldown(Period.ZERO, LETTER);

      // then
      assertThat(noCooldown.revocationCooldown()).isEqualTo(new Figure<>(Period.ZERO, LETTER));
    }

    @Test
    @DisplayName("an area share of 150 % is impossible, and refused naming the threshold and the "
        + "value")
    void impossibleShare() {
      // then
      assertThatThrownBy(() -> BUNDLED.withThreshold(Edition.PERMENPANRB_90_2021, Predikat.WBBM,
          Criterion.AREA_SHARE, new BigDecimal("1.5"), LETTER))
          .isInstanceOf(InvalidFieldException.class)
          .hasMessage("minimum of AREA_SHARE is a fraction from 0 to 1, but was 1.5")
          .extracting(e -> ((InvalidFieldException) e).field())
          .isEqualTo("thresholds.PERMENPANRB_90_2021.WBBM.AREA_SHARE");
    }

    @Test
    @DisplayName("every minimum given at once is checked too: a negative one is refused")
    void allThresholdsAtOnce() {
      // given
      Map<ThresholdKey, Figure<BigDecimal>> thresholds = new HashMap<>(BUNDLED.thresholds());
      thresholds.put(new ThresholdKey(Edition.PERMENPANRB_90_2021, Predikat.WBK, Criterion.IPKP),
          new Figure<>(new BigDecimal("-14.00"), LETTER));

      // then
      assertThatThrownBy(() -> BUNDLED.withThresholds(thresholds))
          .isInstanceOf(InvalidFieldException.class)
          .hasMessage("minimum of IPKP must not be negative, but was -14.00")
          .extracting(e -> ((InvalidFieldException) e).field())
          .isEqualTo("thresholds.PERMENPANRB_90_2021.WBK.IPKP");
    }
  }

  @Nested
  @DisplayName("figures compare by value")
  class Equality {

    @Test
    @DisplayName("two figures made alike by different with… are equal, with the same hash code")
    void madeAlike() {
      // when: the same cooldown given as a value and basis, and as a figure
      RegulationFigures one = BUNDLED.withRevocationCooldown(Period.ofYears(3), LETTER);
      RegulationFigures other = BUNDLED.withRevocationCooldown(
          new Figure<>(Period.ofYears(3), LegalBasis.of("Surat KemenPANRB (contoh uji)",
              Confidence.SURE)));

      // then
      assertThat(one).isEqualTo(other).hasSameHashCodeAs(other).isNotSameAs(other);
    }

    @Test
    @DisplayName("figures that differ in one basis only are not equal")
    void differentBasis() {
      // when: the same 3 years, one sure and one likely
      RegulationFigures sure = BUNDLED.withBuildingPeriod(Period.ofYears(3), LETTER);
      RegulationFigures likely = BUNDLED.withBuildingPeriod(Period.ofYears(3),
          LegalBasis.of("Surat KemenPANRB (contoh uji)", Confidence.LIKELY));

      // then
      assertThat(sure).isNotEqualTo(likely);
    }

    @Test
    @DisplayName("a minimum changed and changed back gives figures equal to the bundled ones")
    void thresholdChangedBack() {
      // given: the bundled WBK total, 75.00 (sure)
      Figure<BigDecimal> total =
          BUNDLED.threshold(Edition.PERMENPANRB_90_2021, Predikat.WBK, Criterion.TOTAL).orElseThrow();

      // when
      RegulationFigures back = BUNDLED
          .withThreshold(Edition.PERMENPANRB_90_2021, Predikat.WBK, Criterion.TOTAL,
              new BigDecimal("80.00"), LETTER)
          .withThreshold(Edition.PERMENPANRB_90_2021, Predikat.WBK, Criterion.TOTAL,
              total.value(), total.basis());

      // then
      assertThat(back).isEqualTo(BUNDLED).hasSameHashCodeAs(BUNDLED);
    }
  }

  @Nested
  @DisplayName("an overridden figure carries the caller's basis and its confidence")
  class Confidences {

    @Test
    @DisplayName("the unsettled revocation policy (unverified) overridden with a sure basis is sure; "
        + "the bundled one stays unverified")
    void unverifiedPolicyMadeSure() {
      // when: the same policy, from a surer source
      RegulationFigures figures =
          BUNDLED.withRevocationPolicy(RevocationPolicy.UNSETTLED, LETTER);

      // then
      assertThat(figures.revocationPolicy().basis().confidence()).isEqualTo(Confidence.SURE);
      assertThat(figures.revocationPolicy().basis().citation())
          .isEqualTo("Surat KemenPANRB (contoh uji)");
      assertThat(BUNDLED.revocationPolicy().basis().confidence())
          .isEqualTo(Confidence.UNVERIFIED);
      assertThat(figures).isNotEqualTo(BUNDLED);
    }

    @Test
    @DisplayName("the WBBM minimum of capaian kinerja (3.75, unverified) overridden with a likely "
        + "basis is likely, not unverified")
    void unverifiedMinimumMadeLikely() {
      // given
      LegalBasis likely = LegalBasis.of("LKE instansi (contoh uji)", Confidence.LIKELY);

      // when
      RegulationFigures figures = BUNDLED.withThreshold(Edition.PERMENPANRB_90_2021, Predikat.WBBM,
          Criterion.CAPAIAN_KINERJA, new BigDecimal("3.75"), likely);

      // then
      assertThat(figures.threshold(Edition.PERMENPANRB_90_2021, Predikat.WBBM,
          Criterion.CAPAIAN_KINERJA)).contains(new Figure<>(new BigDecimal("3.75"), likely));
      assertThat(BUNDLED.threshold(Edition.PERMENPANRB_90_2021, Predikat.WBBM,
          Criterion.CAPAIAN_KINERJA).orElseThrow().basis().confidence())
          .isEqualTo(Confidence.UNVERIFIED);
    }

    @Test
    @DisplayName("a sure figure overridden with an unverified basis becomes unverified: the caller's "
        + "basis replaces the bundled one whole")
    void sureFigureMadeUnverified() {
      // given
      LegalBasis rumour = LegalBasis.of("Kabar dari rapat (contoh uji)", Confidence.UNVERIFIED);

      // when
      RegulationFigures figures = BUNDLED.withRevocationCooldown(Period.ofYears(2), rumour);

      // then
      assertThat(figures.revocationCooldown()).isEqualTo(new Figure<>(Period.ofYears(2), rumour));
      assertThat(BUNDLED.revocationCooldown().basis().confidence()).isEqualTo(Confidence.SURE);
    }

    @Test
    @DisplayName("a building period of 2 years from the caller moves Pesawaran's first proposal day "
        + "to 10 November 2024, and the finding cites the caller's basis")
    void buildingPeriodReachesTheFinding() {
      // given: pencanangan 10 November 2022 + 2 years
      LegalBasis likely = LegalBasis.of("Kebijakan Inspektorat (contoh uji)", Confidence.LIKELY);
      DecisionEngine engine = DecisionEngine.of(
          BUNDLED.withBuildingPeriod(Period.ofYears(2), likely), ProposalRounds.bundled());

      // when
      Finding finding = only(engine.decide(PESAWARAN_WBK_2024.withAsOf(
          PESAWARAN_FIRST_PROPOSAL_DAY)), RuleId.BUILDING_PERIOD);

      // then
      assertThat(finding.status()).isEqualTo(Status.FAIL);
      assertThat(finding.required()).contains(day(LocalDate.of(2024, 11, 10)));
      assertThat(finding.basis()).isEqualTo(likely);
    }
  }
}
