package io.github.zi4j.rules;

import static io.github.zi4j.rules.Fixtures.BALANGAN_AS_OF;
import static io.github.zi4j.rules.Fixtures.BALANGAN_WBBM_2026;
import static io.github.zi4j.rules.Fixtures.BALANGAN_WBBM_FIRST_DAY;
import static io.github.zi4j.rules.Fixtures.BALANGAN_WBK_AWARD;
import static io.github.zi4j.rules.Fixtures.EN;
import static io.github.zi4j.rules.Fixtures.ID;
import static io.github.zi4j.rules.Fixtures.PEKALONGAN_WBBM_2024;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_WBK_2024;
import static io.github.zi4j.rules.Fixtures.day;
import static io.github.zi4j.rules.Fixtures.days;
import static io.github.zi4j.rules.Fixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.round.ProposalRounds;
import io.github.zi4j.unit.Predikat;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("WBBM may be proposed only after WBK has been held for the holding period")
class WbkHoldingPeriodRuleTest {

  private final DecisionEngine engine = DecisionEngine.standard();

  private Finding holdingPeriod(DecisionEngine engine, Proposal proposal) {
    return only(engine.decide(proposal), RuleId.WBK_HOLDING_PERIOD);
  }

  @Nested
  @DisplayName("a unit awarded WBK on 10 December 2024 (DPMPTSP Balangan), default period of 1 year")
  class BalanganWithTheDefaultPeriod {

    @Test
    @DisplayName("may be proposed for WBBM on 10 December 2025, one year exactly after the award")
    void mayBeProposedOnTheFirstAnniversary() {
      // given
      Proposal proposal = BALANGAN_WBBM_2026.withAsOf(BALANGAN_WBBM_FIRST_DAY);

      // when
      Finding finding = holdingPeriod(engine, proposal);

      // then
      assertThat(finding.status()).isEqualTo(Status.PASS);
      assertThat(finding.required()).contains(day(LocalDate.of(2025, 12, 10)));
      assertThat(finding.actual()).contains(day(LocalDate.of(2025, 12, 10)));
      assertThat(finding.context()).contains(day(BALANGAN_WBK_AWARD));
      assertThat(finding.shortfall()).isEmpty();
    }

    @Test
    @DisplayName("may not be proposed for WBBM on 9 December 2025: one day short")
    void mayNotBeProposedTheDayBefore() {
      // given
      Proposal proposal = BALANGAN_WBBM_2026.withAsOf(LocalDate.of(2025, 12, 9));

      // when
      Finding finding = holdingPeriod(engine, proposal);

      // then
      assertThat(finding.status()).isEqualTo(Status.FAIL);
      assertThat(finding.required()).contains(day(LocalDate.of(2025, 12, 10)));
      assertThat(finding.actual()).contains(day(LocalDate.of(2025, 12, 9)));
      assertThat(finding.shortfall()).contains(days(1));
    }

    @Test
    @DisplayName("is 143 days early in the July 2025 round")
    void isEarlyInThe2025Round() {
      // given: 20 Jul → 20 Aug 31, → 20 Sep 31, → 20 Oct 30, → 20 Nov 31, → 10 Dec 20: 143 days
      Proposal proposal = BALANGAN_WBBM_2026.withAsOf(LocalDate.of(2025, 7, 20));

      // when
      Finding finding = holdingPeriod(engine, proposal);

      // then
      assertThat(finding.status()).isEqualTo(Status.FAIL);
      assertThat(finding.shortfall()).contains(days(143));
    }

    @Test
    @DisplayName("has held WBK long enough by the 2026 round, as the seed story plans")
    void isReadyIn2026() {
      // when
      Finding finding = holdingPeriod(engine, BALANGAN_WBBM_2026);

      // then
      assertThat(finding.status()).isEqualTo(Status.PASS);
      assertThat(finding.actual()).contains(day(BALANGAN_AS_OF));
    }

    @Test
    @DisplayName("says its one-year figure is unverified, in the basis and in both languages")
    void saysTheFigureIsUnverified() {
      // when
      Finding finding = holdingPeriod(engine, BALANGAN_WBBM_2026);

      // then
      assertThat(finding.basis().confidence()).isEqualTo(Confidence.UNVERIFIED);
      assertThat(finding.message(ID)).endsWith("[belum terverifikasi]");
      assertThat(finding.message(EN)).endsWith("[unverified]");
    }
  }

  @Nested
  @DisplayName("the same unit when the caller sets a holding period of 2 years")
  class BalanganWithTwoYears {

    private final LegalBasis letter =
        LegalBasis.of("Surat KemenPANRB (contoh uji)", Confidence.SURE);
    private final DecisionEngine twoYears = DecisionEngine.of(
        RegulationFigures.bundled().withWbkHoldingPeriod(Period.ofYears(2), letter),
        ProposalRounds.bundled());

    @Test
    @DisplayName("may not be proposed for WBBM in July 2026: 143 days short of 10 December 2026")
    void mayNotBeProposedInJuly2026() {
      // when: 20 Jul 2026 → 10 Dec 2026 is 143 days, as in 2025
      Finding finding = holdingPeriod(twoYears, BALANGAN_WBBM_2026);

      // then
      assertThat(finding.status()).isEqualTo(Status.FAIL);
      assertThat(finding.required()).contains(day(LocalDate.of(2026, 12, 10)));
      assertThat(finding.shortfall()).contains(days(143));
    }

    @Test
    @DisplayName("carries the caller's basis, and no longer says unverified")
    void carriesTheCallersBasis() {
      // when
      Finding finding = holdingPeriod(twoYears, BALANGAN_WBBM_2026);

      // then
      assertThat(finding.basis()).isEqualTo(letter);
      assertThat(finding.message(ID)).doesNotContain("belum terverifikasi");
    }

    @Test
    @DisplayName("moves the earliest proposal date to 10 December 2026")
    void movesTheEarliestDate() {
      // when
      Decision decision = twoYears.decide(BALANGAN_WBBM_2026);

      // then
      assertThat(decision.earliestProposalDate()).contains(LocalDate.of(2026, 12, 10));
    }
  }

  @Test
  @DisplayName("a unit holding WBK since 21 December 2020 (DPMPTSP Pekalongan) has held it long enough in 2024")
  void pekalonganHasHeldItLongEnough() {
    // when
    Finding finding = holdingPeriod(engine, PEKALONGAN_WBBM_2024);

    // then
    assertThat(finding.status()).isEqualTo(Status.PASS);
    assertThat(finding.required()).contains(day(LocalDate.of(2021, 12, 21)));
  }

  @Test
  @DisplayName("a WBK proposal has no holding period: the rule gives no finding")
  void doesNotApplyToWbk() {
    // when
    Decision decision = engine.decide(PESAWARAN_WBK_2024);

    // then
    assertThat(decision.findings(RuleId.WBK_HOLDING_PERIOD)).isEmpty();
  }

  @Test
  @DisplayName("a WBBM proposal without WBK leaves the verdict to the prerequisite rule")
  void withoutWbkThePrerequisiteSpeaks() {
    // when
    Decision decision = engine.decide(PESAWARAN_WBK_2024.withTarget(Predikat.WBBM));

    // then
    assertThat(decision.findings(RuleId.WBK_HOLDING_PERIOD)).isEmpty();
    assertThat(only(decision, RuleId.WBK_PREREQUISITE).status()).isEqualTo(Status.FAIL);
  }
}
