package io.github.zi4j.rules;

import static io.github.zi4j.rules.Fixtures.BALANGAN_AS_OF;
import static io.github.zi4j.rules.Fixtures.BALANGAN_WBBM_2026;
import static io.github.zi4j.rules.Fixtures.BALANGAN_WBK_AWARD;
import static io.github.zi4j.rules.Fixtures.EN;
import static io.github.zi4j.rules.Fixtures.ID;
import static io.github.zi4j.rules.Fixtures.PEKALONGAN_WBBM_2024;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_WBK_2024;
import static io.github.zi4j.rules.Fixtures.day;
import static io.github.zi4j.rules.Fixtures.days;
import static io.github.zi4j.rules.Fixtures.only;
import static io.github.zi4j.rules.Fixtures.term;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.round.ProposalRounds;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.PredikatEvent;
import io.github.zi4j.unit.UnitKerja;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("WBBM may be proposed only after WBK has been held for the holding period: 2 years, "
    + "counted in round years")
class WbkHoldingPeriodRuleTest {

  private final DecisionEngine engine = DecisionEngine.standard();

  private static final LegalBasis LETTER =
      LegalBasis.of("Surat KemenPANRB (contoh uji)", Confidence.SURE);

  private Finding holdingPeriod(DecisionEngine engine, Proposal proposal) {
    return only(engine.decide(proposal), RuleId.WBK_HOLDING_PERIOD);
  }

  /** Balangan's WBBM proposal judged on {@code asOf}, in the bundled round of that year. */
  private static Proposal balanganOn(LocalDate asOf) {
    return BALANGAN_WBBM_2026.withRound(Optional.empty()).withAsOf(asOf);
  }

  @Nested
  @DisplayName("a unit awarded WBK on 10 December 2024 (DPMPTSP Balangan)")
  class Balangan {

    @Test
    @DisplayName("is not eligible for WBBM in the 2025 round: WBK of 2024 allows WBBM from the "
        + "2026 round, 165 days away")
    void notIn2025() {
      // given: 20 July 2025 → 1 January 2026 is 11 + 31 + 30 + 31 + 30 + 31 + 1 = 165 days
      Decision decision = engine.decide(balanganOn(LocalDate.of(2025, 7, 20)));

      // when
      Finding finding = only(decision, RuleId.WBK_HOLDING_PERIOD);

      // then
      assertThat(finding.status()).isEqualTo(Status.FAIL);
      assertThat(finding.variant()).contains("round-years");
      assertThat(finding.required()).contains(term(2026));
      assertThat(finding.actual()).contains(term(2025));
      assertThat(finding.context()).contains(day(BALANGAN_WBK_AWARD));
      assertThat(finding.shortfall()).contains(days(165));
      assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
      assertThat(decision.earliestProposalDate()).contains(LocalDate.of(2026, 1, 1));
    }

    @Test
    @DisplayName("is eligible for WBBM in the 2026 round, given that round's data, as the seed "
        + "story plans")
    void eligibleIn2026() {
      // when
      Decision decision = engine.decide(BALANGAN_WBBM_2026.withLke(Fixtures.wbbmOnTheLine()));

      // then
      Finding finding = only(decision, RuleId.WBK_HOLDING_PERIOD);
      assertThat(finding.status()).isEqualTo(Status.PASS);
      assertThat(finding.required()).contains(term(2026));
      assertThat(finding.actual()).contains(term(2026));
      assertThat(decision.eligibility()).isEqualTo(Eligibility.ELIGIBLE);
    }

    @Test
    @DisplayName("passes on 1 January 2026, the first day of the round year, whatever the day of "
        + "the award")
    void fromTheFirstDayOfTheRoundYear() {
      // when
      Finding finding = holdingPeriod(engine, balanganOn(LocalDate.of(2026, 1, 1)));

      // then
      assertThat(finding.status()).isEqualTo(Status.PASS);
    }

    @Test
    @DisplayName("says its figure is likely and which counting it used, in both languages")
    void saysTheFigureIsLikely() {
      // when
      Finding finding = holdingPeriod(engine, BALANGAN_WBBM_2026);

      // then
      assertThat(finding.basis().confidence()).isEqualTo(Confidence.LIKELY);
      assertThat(finding.message(ID)).contains("dihitung per tahun periode pengusulan")
          .endsWith("[cukup yakin]");
      assertThat(finding.message(EN)).contains("counted in proposal round years")
          .endsWith("[likely]");
    }
  }

  @Test
  @DisplayName("a WBK awarded in December 2023 does not allow WBBM in the 2024 round, but in 2025")
  void december2023WbkIsTooLateFor2024() {
    // given
    UnitKerja unit = BALANGAN_WBBM_2026.unit()
        .withHistory(PredikatEvent.awarded(Predikat.WBK, LocalDate.of(2023, 12, 11)));

    // when
    Finding finding = holdingPeriod(engine, balanganOn(LocalDate.of(2024, 7, 20)).withUnit(unit));

    // then
    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.required()).contains(term(2025));
  }

  @Test
  @DisplayName("a WBK awarded in December 2022 allows WBBM in the 2024 round")
  void december2022WbkMayGoTo2024() {
    // given
    UnitKerja unit = BALANGAN_WBBM_2026.unit()
        .withHistory(PredikatEvent.awarded(Predikat.WBK, LocalDate.of(2022, 12, 12)));

    // when
    Finding finding = holdingPeriod(engine, balanganOn(LocalDate.of(2024, 7, 20)).withUnit(unit));

    // then
    assertThat(finding.status()).isEqualTo(Status.PASS);
    assertThat(finding.required()).contains(term(2024));
  }

  @Nested
  @DisplayName("the same unit when the caller counts 2 years in exact dates")
  class BalanganInExactDates {

    private final DecisionEngine exact = DecisionEngine.of(RegulationFigures.bundled()
            .withWbkHoldingCount(WbkHoldingCount.EXACT_DATES, LETTER),
        ProposalRounds.bundled());

    @Test
    @DisplayName("may not be proposed for WBBM in July 2026: 143 days short of 10 December 2026")
    void mayNotBeProposedInJuly2026() {
      // when: 20 Jul 2026 → 10 Dec 2026 is 11 + 31 + 30 + 31 + 30 + 10 = 143 days
      Finding finding = holdingPeriod(exact, BALANGAN_WBBM_2026);

      // then
      assertThat(finding.status()).isEqualTo(Status.FAIL);
      assertThat(finding.variant()).contains("exact-dates");
      assertThat(finding.required()).contains(day(LocalDate.of(2026, 12, 10)));
      assertThat(finding.actual()).contains(day(BALANGAN_AS_OF));
      assertThat(finding.shortfall()).contains(days(143));
    }

    @Test
    @DisplayName("says it counted in exact dates")
    void saysHowItCounted() {
      // when
      Finding finding = holdingPeriod(exact, BALANGAN_WBBM_2026);

      // then
      assertThat(finding.message(ID)).contains("dihitung dari tanggal penetapan");
      assertThat(finding.message(EN)).contains("counted from the award date");
    }

    @Test
    @DisplayName("moves the earliest proposal date to 10 December 2026")
    void movesTheEarliestDate() {
      // when
      Decision decision = exact.decide(BALANGAN_WBBM_2026);

      // then
      assertThat(decision.earliestProposalDate()).contains(LocalDate.of(2026, 12, 10));
    }
  }

  @Test
  @DisplayName("a caller's period is cited with the counting's source, at the lower confidence")
  void carriesTheCallersBasis() {
    // given
    DecisionEngine threeYears = DecisionEngine.of(
        RegulationFigures.bundled().withWbkHoldingPeriod(Period.ofYears(3), LETTER),
        ProposalRounds.bundled());

    // when
    Finding finding = holdingPeriod(threeYears, BALANGAN_WBBM_2026);

    // then: WBK of 2024 + 3 round years = the 2027 round; the letter is sure, the counting likely
    assertThat(finding.basis().citation()).startsWith(LETTER.citation() + "; ")
        .contains("Balangan");
    assertThat(finding.basis().confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(finding.required()).contains(term(2027));
  }

  @Test
  @DisplayName("a unit holding WBK since 21 December 2020 (DPMPTSP Pekalongan) has held it long "
      + "enough in 2024: from the 2022 round")
  void pekalonganHasHeldItLongEnough() {
    // when
    Finding finding = holdingPeriod(engine, PEKALONGAN_WBBM_2024);

    // then
    assertThat(finding.status()).isEqualTo(Status.PASS);
    assertThat(finding.required()).contains(term(2022));
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
