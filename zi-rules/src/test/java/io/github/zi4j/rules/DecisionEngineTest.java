package io.github.zi4j.rules;

import static io.github.zi4j.rules.Fixtures.BALANGAN_WBBM_2026;
import static io.github.zi4j.rules.Fixtures.KANTOR_CONTOH_WBK_2024;
import static io.github.zi4j.rules.Fixtures.PEKALONGAN_WBBM_2024;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_FIRST_PROPOSAL_DAY;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_WBK_2024;
import static io.github.zi4j.rules.Fixtures.PN_SURABAYA_COOLDOWN_END;
import static io.github.zi4j.rules.Fixtures.PN_SURABAYA_WBK_2024;
import static io.github.zi4j.rules.Fixtures.only;
import static io.github.zi4j.rules.Fixtures.term;
import static io.github.zi4j.rules.Fixtures.wbbmOnTheLine;
import static io.github.zi4j.rules.Fixtures.wbkLine;
import static io.github.zi4j.rules.Fixtures.wbkOnTheLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.lke.LkeResult;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.round.ProposalRounds;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.UnitKerja;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The decision engine judges a proposal by every rule of the edition and gathers a verdict")
class DecisionEngineTest {

  private final DecisionEngine engine = DecisionEngine.standard();

  @Nested
  @DisplayName("gathering the verdict from the findings")
  class GatheringTheVerdict {

    @Test
    @DisplayName("every rule passing makes DPMPTSP Pesawaran ELIGIBLE for WBK in 2024")
    void everyPassIsEligible() {
      // given
      Proposal proposal = PESAWARAN_WBK_2024.withLke(wbkOnTheLine());

      // when
      Decision decision = engine.decide(proposal);

      // then
      assertThat(decision.eligibility()).isEqualTo(Eligibility.ELIGIBLE);
      assertThat(decision.findings(Status.FAIL)).isEmpty();
      assertThat(decision.findings(Status.UNKNOWN)).isEmpty();
      assertThat(decision.target()).isEqualTo(Predikat.WBK);
      assertThat(decision.asOf()).isEqualTo(LocalDate.of(2024, 7, 20));
    }

    @Test
    @DisplayName("one FAIL makes the proposal NOT_ELIGIBLE even while other rules are UNKNOWN")
    void aFailOutweighsUnknowns() {
      // given: one day short of the building period, after the 2023 round had closed (by 4 July
      // 2023), whose criteria zi4j does not know
      Proposal proposal = PESAWARAN_WBK_2024.withAsOf(LocalDate.of(2023, 11, 9));

      // when
      Decision decision = engine.decide(proposal);

      // then
      assertThat(decision.findings(Status.FAIL)).extracting(Finding::rule)
          .containsExactly(RuleId.ROUND_WINDOW, RuleId.BUILDING_PERIOD);
      assertThat(decision.findings(Status.UNKNOWN)).isNotEmpty();
      assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
    }

    @Test
    @DisplayName("an UNKNOWN without any FAIL makes the proposal UNDETERMINED")
    void anUnknownWithoutFailIsUndetermined() {
      // when: no LKE result given
      Decision decision = engine.decide(PESAWARAN_WBK_2024);

      // then
      assertThat(decision.findings(Status.FAIL)).isEmpty();
      assertThat(decision.eligibility()).isEqualTo(Eligibility.UNDETERMINED);
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource({
        "'',                 ELIGIBLE",
        "PASS PASS,          ELIGIBLE",
        "PASS UNKNOWN,       UNDETERMINED",
        "UNKNOWN UNKNOWN,    UNDETERMINED",
        "PASS FAIL,          NOT_ELIGIBLE",
        "UNKNOWN FAIL PASS,  NOT_ELIGIBLE",
        "FAIL,               NOT_ELIGIBLE",
    })
    @DisplayName("FAIL anywhere gives NOT_ELIGIBLE, else UNKNOWN gives UNDETERMINED, else ELIGIBLE")
    void eligibilityOfStatuses(String statuses, Eligibility expected) {
      // given
      List<Finding> findings = Arrays.stream(statuses.split(" "))
          .filter(s -> !s.isEmpty())
          .map(s -> Finding.builder().rule(RuleId.LKE_TOTAL).status(Status.valueOf(s))
              .variant(Optional.of("no-lke").filter(v -> "UNKNOWN".equals(s)))
              .target(Predikat.WBK).basis(LegalBasis.of("uji", Confidence.SURE)).build())
          .collect(Collectors.toList());

      // when
      Eligibility eligibility = Eligibility.of(findings);

      // then
      assertThat(eligibility).isEqualTo(expected);
    }

    @Test
    @DisplayName("a WBK decision reports its findings in the rulebook's order, one per area")
    void reportsFindingsInOrderForWbk() {
      // when
      Decision decision = engine.decide(PESAWARAN_WBK_2024.withLke(wbkOnTheLine()));

      // then
      assertThat(decision.findings()).extracting(Finding::rule).containsExactly(
          RuleId.ROUND_WINDOW,
          RuleId.BUILDING_PERIOD, RuleId.NOT_YET_HELD, RuleId.REVOCATION_COOLDOWN,
          RuleId.BPK_OPINION, RuleId.AKIP_GRADE, RuleId.INDEKS_RB, RuleId.SPIP_LEVEL,
          RuleId.LKE_TOTAL, RuleId.LKE_PENGUNGKIT,
          RuleId.LKE_AREA, RuleId.LKE_AREA, RuleId.LKE_AREA,
          RuleId.LKE_AREA, RuleId.LKE_AREA, RuleId.LKE_AREA,
          RuleId.LKE_BERSIH_AKUNTABEL, RuleId.LKE_IPAK, RuleId.LKE_CAPAIAN_KINERJA,
          RuleId.LKE_IPKP);
      assertThat(decision.findings(RuleId.LKE_AREA))
          .extracting(f -> f.area().orElseThrow())
          .containsExactly(AreaPerubahan.values());
    }

    @Test
    @DisplayName("a WBBM decision adds the WBK prerequisite and holding period after not-yet-held")
    void reportsTheWbbmRules() {
      // when
      Decision decision = engine.decide(BALANGAN_WBBM_2026.withLke(wbbmOnTheLine()));

      // then
      assertThat(decision.findings()).hasSize(21);
      assertThat(decision.findings().subList(0, 6)).extracting(Finding::rule).containsExactly(
          RuleId.ROUND_WINDOW, RuleId.BUILDING_PERIOD, RuleId.NOT_YET_HELD, RuleId.WBK_PREREQUISITE,
          RuleId.WBK_HOLDING_PERIOD, RuleId.REVOCATION_COOLDOWN);
      assertThat(decision.eligibility()).isEqualTo(Eligibility.ELIGIBLE);
    }
  }

  @Nested
  @DisplayName("choosing the edition")
  class ChoosingTheEdition {

    /** A fictional unit declared before the first modelled edition, to judge any date from 2015. */
    private final UnitKerja oldUnit = UnitKerja.builder()
        .name("Kantor Pelayanan Contoh Lama").pencanangan(LocalDate.of(2013, 6, 3)).build();

    @ParameterizedTest(name = "judged on {0}: {1}")
    @CsvSource({
        "2015-01-01, PERMENPANRB_52_2014",
        "2019-12-31, PERMENPANRB_52_2014",
        "2020-01-01, PERMENPANRB_10_2019",
        "2021-12-31, PERMENPANRB_10_2019",
        "2022-01-01, PERMENPANRB_90_2021",
        "2024-07-20, PERMENPANRB_90_2021",
    })
    @DisplayName("by date: the edition in force on the date judged")
    void byDate(LocalDate asOf, Edition expected) {
      // given
      Proposal proposal = KANTOR_CONTOH_WBK_2024.withUnit(oldUnit).withAsOf(asOf);

      // when
      Decision decision = engine.decide(proposal);

      // then
      assertThat(engine.editionFor(proposal)).isEqualTo(expected);
      assertThat(decision.edition()).isEqualTo(expected);
    }

    @Test
    @DisplayName("DPMPTSP Pekalongan in the 2020 round is judged by 10/2019, whose LKE needs its worksheet")
    void pekalonganIn2020() {
      // given: its award of 21 December 2020 lies after the date judged
      Proposal proposal = PEKALONGAN_WBBM_2024.withTarget(Predikat.WBK)
          .withAsOf(LocalDate.of(2020, 7, 20));

      // when
      Decision decision = engine.decide(proposal);

      // then
      assertThat(decision.edition()).isEqualTo(Edition.PERMENPANRB_10_2019);
      assertThat(only(decision, RuleId.LKE_EDITION).status()).isEqualTo(Status.UNKNOWN);
      assertThat(decision.findings(RuleId.LKE_TOTAL)).isEmpty();
    }

    @Test
    @DisplayName("by name: a named edition wins over the one in force, and a 90/2021 result is not read under it")
    void byName() {
      // given: 2024, in force 90/2021, but the caller names 52/2014
      Proposal proposal = PESAWARAN_WBK_2024.withLke(wbkOnTheLine())
          .withEdition(Edition.PERMENPANRB_52_2014);

      // when
      Decision decision = engine.decide(proposal);

      // then
      assertThat(engine.editionFor(proposal)).isEqualTo(Edition.PERMENPANRB_52_2014);
      assertThat(decision.edition()).isEqualTo(Edition.PERMENPANRB_52_2014);
      Finding lkeEdition = only(decision, RuleId.LKE_EDITION);
      assertThat(lkeEdition.status()).isEqualTo(Status.UNKNOWN);
      assertThat(lkeEdition.context()).contains(term("PermenPANRB 52/2014"));
      for (Criterion criterion : Criterion.values()) {
        assertThat(decision.findings(criterion.rule())).as("%s", criterion).isEmpty();
      }
      assertThat(decision.lke()).as("no 90/2021 summary under 52/2014").isEmpty();
      assertThat(decision.eligibility()).isEqualTo(Eligibility.UNDETERMINED);
    }

    @Test
    @DisplayName("before 2015 no edition is modelled: the engine refuses and says why")
    void before2015() {
      // given
      Proposal proposal = KANTOR_CONTOH_WBK_2024.withUnit(oldUnit)
          .withAsOf(LocalDate.of(2014, 12, 31));

      // then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> engine.decide(proposal))
          .withMessage("asOf must be on or after 2015-01-01 (zi4j models no edition before "
              + "PermenPANRB 52/2014), but was 2014-12-31");
    }
  }

  @Nested
  @DisplayName("the earliest proposal date")
  class EarliestProposalDate {

    @Test
    @DisplayName("never falls in a round known to have closed: Pesawaran's year of building ends on "
        + "10 November 2023, after the 2023 round had closed (by 4 July 2023), so its earliest date "
        + "is 18 July 2024, when the 2024 round opens")
    void skipsARoundKnownToHaveClosed() {
      // when
      Decision decision = engine.decide(PESAWARAN_WBK_2024);

      // then
      assertThat(decision.findings(RuleId.BUILDING_PERIOD).get(0).required())
          .contains(new Measure.Day(PESAWARAN_FIRST_PROPOSAL_DAY));
      assertThat(decision.earliestProposalDate()).contains(LocalDate.of(2024, 7, 18));
      assertThat(decision.earliestProposalRound()).map(ProposalRound::year).contains(2024);
      assertThat(decision.explain(Locale.ENGLISH)).contains(
          "Earliest proposal date: 18 July 2024, in the 2024 proposal round\n");
    }

    @Test
    @DisplayName("is the same whether judged in the 2023 round or the 2024 one (Pesawaran: 18 July "
        + "2024 both times)")
    void doesNotDependOnTheDateJudged() {
      // when
      Decision early = engine.decide(PESAWARAN_WBK_2024.withAsOf(LocalDate.of(2023, 7, 20)));

      // then
      assertThat(early.earliestProposalDate()).contains(LocalDate.of(2024, 7, 18));
      assertThat(early.earliestProposalRound()).map(ProposalRound::year).contains(2024);
    }

    @Test
    @DisplayName("stays in the 2023 round when the building ends before the day it had closed by "
        + "(pencanangan 1 March 2022: 1 March 2023), and the decision says what is known of it")
    void staysInARoundNotYetKnownClosed() {
      // given: a pencanangan on 1 March 2022 (illustrative)
      Proposal proposal = PESAWARAN_WBK_2024.withUnit(PESAWARAN_WBK_2024.unit()
          .withPencanangan(LocalDate.of(2022, 3, 1))).withAsOf(LocalDate.of(2023, 3, 1));

      // when
      Decision decision = engine.decide(proposal);

      // then
      assertThat(decision.earliestProposalDate()).contains(LocalDate.of(2023, 3, 1));
      assertThat(decision.earliestProposalRound()).hasValueSatisfying(round -> {
        assertThat(round.year()).isEqualTo(2023);
        assertThat(round.windowKnown()).isFalse();
        assertThat(round.closedBy()).contains(LocalDate.of(2023, 7, 4));
      });
    }

    @Test
    @DisplayName("is revocation + 2 years moved into the round's window (PN Surabaya: the "
        + "cooldown ends 3 February 2024, the 2024 round opens on 18 July 2024)")
    void isTheEndOfTheCooldown() {
      // when
      Decision decision = engine.decide(PN_SURABAYA_WBK_2024);

      // then
      assertThat(PN_SURABAYA_COOLDOWN_END).isEqualTo(LocalDate.of(2024, 2, 3));
      assertThat(decision.earliestProposalDate()).contains(LocalDate.of(2024, 7, 18));
      assertThat(decision.earliestProposalRound()).map(ProposalRound::year).contains(2024);
    }

    @Test
    @DisplayName("for WBBM is the round two years after the WBK's, counted in round years "
        + "(Balangan: WBK in December 2024, so 1 January 2026, the 2026 window being unknown)")
    void isTheEndOfTheHoldingPeriod() {
      // when
      Decision decision = engine.decide(BALANGAN_WBBM_2026);

      // then
      assertThat(decision.earliestProposalDate()).contains(LocalDate.of(2026, 1, 1));
      assertThat(decision.earliestProposalRound()).hasValueSatisfying(round -> {
        assertThat(round.year()).isEqualTo(2026);
        assertThat(round.windowKnown()).isFalse();
      });
    }

    @Test
    @DisplayName("follows the figures: 1 year counted in exact dates gives 10 December 2025, in "
        + "the 2025 round, whose window is unknown")
    void followsTheOverride() {
      // given
      LegalBasis test = LegalBasis.of("uji", Confidence.SURE);
      DecisionEngine oneYearExact = DecisionEngine.of(RegulationFigures.bundled()
              .withWbkHoldingPeriod(Period.ofYears(1), test)
              .withWbkHoldingCount(WbkHoldingCount.EXACT_DATES, test),
          ProposalRounds.bundled());

      // when
      Decision decision = oneYearExact.decide(BALANGAN_WBBM_2026);

      // then
      assertThat(decision.earliestProposalDate()).contains(LocalDate.of(2025, 12, 10));
      assertThat(decision.earliestProposalRound()).map(ProposalRound::year).contains(2025);
    }

    @Test
    @DisplayName("is absent for WBBM without WBK: no date makes the unit eligible")
    void isAbsentWithoutWbk() {
      // when
      Decision decision = engine.decide(PESAWARAN_WBK_2024.withTarget(Predikat.WBBM));

      // then
      assertThat(decision.earliestProposalDate()).isEmpty();
    }

    @Test
    @DisplayName("is absent for a predicate the unit already holds")
    void isAbsentForAHeldPredicate() {
      // when
      Decision decision = engine.decide(PEKALONGAN_WBBM_2024.withTarget(Predikat.WBK));

      // then
      assertThat(decision.earliestProposalDate()).isEmpty();
    }
  }

  @Nested
  @DisplayName("the LKE summary (lke.meets: the highest predicate whose every score minimum is met)")
  class TheLkeSummary {

    @Test
    @DisplayName("an LKE on the WBK line meets WBK, with total 75.00, pengungkit 42.75 and hasil 32.25")
    void wbkLineMeetsWbk() {
      // when
      Decision decision = engine.decide(PESAWARAN_WBK_2024.withLke(wbkOnTheLine()));

      // then
      assertThat(decision.lke()).hasValueSatisfying(lke -> {
        assertThat(lke.total()).isEqualByComparingTo("75.00");
        assertThat(lke.pengungkit()).isEqualByComparingTo("42.75");
        assertThat(lke.hasil()).isEqualByComparingTo("32.25");
        assertThat(lke.meets()).contains(Predikat.WBK);
      });
    }

    @Test
    @DisplayName("an LKE on the WBBM line meets WBBM, even in a WBK proposal")
    void wbbmLineMeetsWbbm() {
      // when
      Decision decision = engine.decide(PESAWARAN_WBK_2024.withLke(wbbmOnTheLine()));

      // then
      assertThat(decision.lke().orElseThrow().meets()).contains(Predikat.WBBM);
      assertThat(decision.eligibility()).isEqualTo(Eligibility.ELIGIBLE);
    }

    @Test
    @DisplayName("an LKE 0.01 under the WBK total meets no predicate")
    void justUnderMeetsNothing() {
      // given: total 74.99
      LkeResult lke = wbkLine().pemenuhan(AreaPerubahan.PENGUATAN_PENGAWASAN, "5.99").build();

      // when
      Decision decision = engine.decide(PESAWARAN_WBK_2024.withLke(lke));

      // then
      assertThat(decision.lke().orElseThrow().meets()).isEmpty();
    }

    @Test
    @DisplayName("a WBBM proposal whose LKE meets only WBK earns nothing new: not eligible, meets WBK")
    void wbbmProposalMeetingOnlyWbk() {
      // when
      Decision decision = engine.decide(BALANGAN_WBBM_2026.withLke(wbkOnTheLine()));

      // then
      assertThat(decision.lke().orElseThrow().meets()).contains(Predikat.WBK);
      assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
    }

    @Test
    @DisplayName("is absent without an LKE result")
    void isAbsentWithoutLke() {
      // when
      Decision decision = engine.decide(PESAWARAN_WBK_2024);

      // then
      assertThat(decision.lke()).isEmpty();
    }
  }

  @Test
  @DisplayName("an engine keeps the figures and rounds it was given")
  void keepsItsFiguresAndRounds() {
    // given
    RegulationFigures figures = RegulationFigures.bundled().withAreaCheck(AreaCheck.EACH_PART);
    ProposalRounds rounds = ProposalRounds.bundled().with(Fixtures.ROUND_2026);

    // when
    DecisionEngine custom = DecisionEngine.of(figures, rounds);

    // then
    assertThat(custom.figures()).isSameAs(figures);
    assertThat(custom.rounds()).isSameAs(rounds);
    assertThat(DecisionEngine.standard().figures()).isSameAs(RegulationFigures.bundled());
  }
}
