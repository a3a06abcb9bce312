package io.github.zi4j.rules;

import static io.github.zi4j.rules.Fixtures.DPMPTSP_PESAWARAN;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_AS_OF;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_FIRST_PROPOSAL_DAY;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_PENCANANGAN;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_WBK_2024;
import static io.github.zi4j.rules.Fixtures.day;
import static io.github.zi4j.rules.Fixtures.days;
import static io.github.zi4j.rules.Fixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.unit.Predikat;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A unit may be proposed only after at least one year of building since its pencanangan")
class BuildingPeriodRuleTest {

  private final DecisionEngine engine = DecisionEngine.standard();

  private Finding buildingPeriod(Proposal proposal) {
    return only(engine.decide(proposal), RuleId.BUILDING_PERIOD);
  }

  @Nested
  @DisplayName("a unit declared on 10 November 2022 (DPMPTSP Pesawaran)")
  class DeclaredOnTenNovember2022 {

    @Test
    @DisplayName("may be proposed on 10 November 2023, one year exactly after its pencanangan")
    void mayBeProposedOnTheFirstAnniversary() {
      // given
      Proposal proposal = PESAWARAN_WBK_2024.withAsOf(PESAWARAN_FIRST_PROPOSAL_DAY);

      // when
      Finding finding = buildingPeriod(proposal);

      // then
      assertThat(finding.status()).isEqualTo(Status.PASS);
      assertThat(finding.required()).contains(day(LocalDate.of(2023, 11, 10)));
      assertThat(finding.actual()).contains(day(LocalDate.of(2023, 11, 10)));
      assertThat(finding.context()).contains(day(PESAWARAN_PENCANANGAN));
      assertThat(finding.shortfall()).isEmpty();
    }

    @Test
    @DisplayName("may not be proposed before 10 November 2023: on 9 November it is one day short")
    void mayNotBeProposedTheDayBefore() {
      // given
      Proposal proposal = PESAWARAN_WBK_2024.withAsOf(LocalDate.of(2023, 11, 9));

      // when
      Finding finding = buildingPeriod(proposal);

      // then
      assertThat(finding.status()).isEqualTo(Status.FAIL);
      assertThat(finding.required()).contains(day(LocalDate.of(2023, 11, 10)));
      assertThat(finding.actual()).contains(day(LocalDate.of(2023, 11, 9)));
      assertThat(finding.shortfall()).contains(days(1));
      assertThat(finding.shortfall().orElseThrow().neutral()).isEqualTo("P1D");
      assertThat(finding.basis().confidence()).isEqualTo(Confidence.SURE);
      assertThat(finding.basis().citation()).startsWith("Inspektorat Provinsi Kalimantan Selatan");
    }

    @Test
    @DisplayName("is 113 days short on 20 July 2023, in the middle of its first year")
    void isStillBuildingInJuly2023() {
      // given: 20 Jul → 20 Aug 31, → 20 Sep 31, → 20 Oct 30, → 10 Nov 21: 113 days
      Proposal proposal = PESAWARAN_WBK_2024.withAsOf(LocalDate.of(2023, 7, 20));

      // when
      Finding finding = buildingPeriod(proposal);

      // then
      assertThat(finding.status()).isEqualTo(Status.FAIL);
      assertThat(finding.shortfall()).contains(days(113));
    }

    @Test
    @DisplayName("may be proposed in the 2024 round (20 July 2024)")
    void mayBeProposedIn2024() {
      // when
      Finding finding = buildingPeriod(PESAWARAN_WBK_2024);

      // then
      assertThat(finding.status()).isEqualTo(Status.PASS);
      assertThat(finding.actual()).contains(day(PESAWARAN_AS_OF));
    }

    @Test
    @DisplayName("is held to the same year of building when proposed for WBBM")
    void appliesToWbbmToo() {
      // given
      Proposal proposal = PESAWARAN_WBK_2024.withTarget(Predikat.WBBM)
          .withAsOf(LocalDate.of(2023, 11, 9));

      // when
      Finding finding = buildingPeriod(proposal);

      // then
      assertThat(finding.status()).isEqualTo(Status.FAIL);
      assertThat(finding.shortfall()).contains(days(1));
    }
  }

  @Nested
  @DisplayName("a unit declared on 29 February 2024, a leap day")
  class DeclaredOnALeapDay {

    @ParameterizedTest(name = "judged on {0}: {1}, {2} day(s) short")
    @CsvSource({
        // the year after a 29 February ends on 28 February
        "2025-02-28, PASS, 0",
        "2025-02-27, FAIL, 1",
        "2025-03-01, PASS, 0",
    })
    @DisplayName("may be proposed from 28 February 2025")
    void mayBeProposedFromTwentyEighthFebruary(LocalDate asOf, Status status, long daysShort) {
      // given
      Proposal proposal = PESAWARAN_WBK_2024
          .withUnit(DPMPTSP_PESAWARAN.withPencanangan(LocalDate.of(2024, 2, 29)))
          .withAsOf(asOf);

      // when
      Finding finding = buildingPeriod(proposal);

      // then
      assertThat(finding.status()).isEqualTo(status);
      assertThat(finding.required()).contains(day(LocalDate.of(2025, 2, 28)));
      if (status == Status.FAIL) {
        assertThat(finding.shortfall()).contains(days(daysShort));
      } else {
        assertThat(finding.shortfall()).isEmpty();
      }
    }

    @Test
    @DisplayName("the finding states why the year ends on 28 February, with its convention, in both "
        + "languages")
    void statesTheConvention() {
      // given
      Proposal proposal = PESAWARAN_WBK_2024
          .withUnit(DPMPTSP_PESAWARAN.withPencanangan(LocalDate.of(2024, 2, 29)))
          .withAsOf(LocalDate.of(2025, 3, 1));

      // when
      Finding finding = buildingPeriod(proposal);

      // then
      assertThat(finding.variant()).contains("leap-day");
      assertThat(finding.message(Fixtures.EN)).contains("29 February 2024 + the building period = 28 "
          + "February 2025, since that year has no 29 February (java.time's plusYears: the last "
          + "valid day of the month)");
      assertThat(finding.message(Fixtures.ID)).contains("29 Februari 2024 + masa pembangunan = "
          + "28 Februari 2025, karena tanggal 29 Februari tidak ada pada tahun itu (java.time plusYears: hari "
          + "terakhir yang sah pada bulan itu)");
    }

    @Test
    @DisplayName("a pencanangan on any other day needs no word: 28 February 2023 ends on 28 February "
        + "2024, with the usual sentence")
    void noWordOnAnotherDay() {
      // given
      Proposal proposal = PESAWARAN_WBK_2024
          .withUnit(DPMPTSP_PESAWARAN.withPencanangan(LocalDate.of(2023, 2, 28)));

      // when
      Finding finding = buildingPeriod(proposal);

      // then
      assertThat(finding.required()).contains(day(LocalDate.of(2024, 2, 28)));
      assertThat(finding.variant()).isEmpty();
    }
  }

  @ParameterizedTest(name = "declared {0}, judged {1}: {2}, {3} day(s) short")
  @CsvSource({
      "2022-11-10, 2023-11-10, PASS,   0",
      "2022-11-10, 2023-11-09, FAIL,   1",
      "2021-03-01, 2022-02-28, FAIL,   1",
      "2021-03-01, 2022-03-01, PASS,   0",
      "2023-12-31, 2024-12-30, FAIL,   1",
      "2023-12-31, 2024-12-31, PASS,   0",
      // a whole year short: declared on the day judged
      "2023-07-20, 2023-07-20, FAIL, 366",
  })
  @DisplayName("counts one calendar year from the pencanangan, and the shortfall in days")
  void countsOneCalendarYear(LocalDate pencanangan, LocalDate asOf, Status status, long daysShort) {
    // given
    Proposal proposal = PESAWARAN_WBK_2024
        .withUnit(DPMPTSP_PESAWARAN.withPencanangan(pencanangan))
        .withAsOf(asOf);

    // when
    Finding finding = buildingPeriod(proposal);

    // then
    assertThat(finding.status()).isEqualTo(status);
    assertThat(finding.shortfall()).isEqualTo(
        status == Status.FAIL ? Optional.of(days(daysShort)) : Optional.empty());
  }
}
