package io.github.zi4j.rules;

import static io.github.zi4j.rules.Fixtures.EN;
import static io.github.zi4j.rules.Fixtures.ID;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_WBK_2024;
import static io.github.zi4j.rules.Fixtures.day;
import static io.github.zi4j.rules.Fixtures.days;
import static io.github.zi4j.rules.Fixtures.only;
import static io.github.zi4j.rules.Fixtures.term;
import static io.github.zi4j.rules.Fixtures.wbkOnTheLine;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.round.ProposalRound;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A proposal is made inside its round's window, when the window is known")
class RoundWindowRuleTest {

  private final DecisionEngine engine = DecisionEngine.standard();

  private Decision decideOn(LocalDate asOf) {
    return engine.decide(PESAWARAN_WBK_2024.withAsOf(asOf).withLke(wbkOnTheLine()));
  }

  @Nested
  @DisplayName("in the 2024 round, whose window is 18 to 31 July 2024")
  class The2024Round {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2024-07-17, FAIL",
        "2024-07-18, PASS",
        "2024-07-31, PASS",
        "2024-08-01, FAIL",
    })
    @DisplayName("the first and the last day are inside, the days around them are not")
    void firstAndLastDayInside(LocalDate asOf, Status status) {
      // when
      Finding finding = only(decideOn(asOf), RuleId.ROUND_WINDOW);

      // then
      assertThat(finding.status()).isEqualTo(status);
      assertThat(finding.required()).contains(
          new Measure.Window(LocalDate.of(2024, 7, 18), LocalDate.of(2024, 7, 31)));
      assertThat(finding.actual()).contains(day(asOf));
      assertThat(finding.context()).contains(term(2024));
    }

    @Test
    @DisplayName("a day after the window fails naming the window, and the decision is NOT_ELIGIBLE")
    void dayAfter() {
      // when
      Decision decision = decideOn(LocalDate.of(2024, 8, 1));
      Finding finding = only(decision, RuleId.ROUND_WINDOW);

      // then
      assertThat(finding.variant()).contains("after");
      assertThat(finding.shortfall()).isEmpty();
      assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
      assertThat(finding.message(ID)).startsWith("Tanggal usulan 1 Agustus 2024 jatuh setelah "
          + "jadwal periode pengusulan 2024 ditutup (18 Juli 2024 \u2013 31 Juli 2024)");
      assertThat(finding.message(EN)).startsWith("The proposal date 1 August 2024 is after the "
          + "window of the 2024 proposal round (18 July 2024 \u2013 31 July 2024)");
    }

    @Test
    @DisplayName("a day before the window fails by the days until it opens")
    void dayBefore() {
      // when
      Finding finding = only(decideOn(LocalDate.of(2024, 7, 10)), RuleId.ROUND_WINDOW);

      // then
      assertThat(finding.variant()).contains("before");
      assertThat(finding.shortfall()).contains(days(8));
    }

    @Test
    @DisplayName("a unit whose year of building ends after the window closes gets its earliest "
        + "date in the next round: 1 January 2025, the 2025 window being unknown")
    void nextRound() {
      // given: declared 5 August 2023, so a year of building ends on 5 August 2024
      Decision decision = engine.decide(PESAWARAN_WBK_2024.withUnit(
          PESAWARAN_WBK_2024.unit().withPencanangan(LocalDate.of(2023, 8, 5))));

      // then
      assertThat(only(decision, RuleId.BUILDING_PERIOD).required())
          .contains(day(LocalDate.of(2024, 8, 5)));
      assertThat(decision.earliestProposalDate()).contains(LocalDate.of(2025, 1, 1));
      assertThat(decision.earliestProposalRound()).map(ProposalRound::year).contains(2025);
    }

    @Test
    @DisplayName("a unit whose year of building ends before the window opens gets the window's "
        + "first day")
    void windowOpens() {
      // given: declared 1 March 2023, so a year of building ends on 1 March 2024
      Decision decision = engine.decide(PESAWARAN_WBK_2024.withUnit(
          PESAWARAN_WBK_2024.unit().withPencanangan(LocalDate.of(2023, 3, 1))));

      // then
      assertThat(decision.earliestProposalDate()).contains(LocalDate.of(2024, 7, 18));
    }
  }

  @Test
  @DisplayName("a round whose window is not known gives a round-window finding saying the date was "
      + "not checked, which passes so that it does not change the verdict")
  void unknownWindow() {
    // when: the 2025 round is bundled without a window
    Decision decision = decideOn(LocalDate.of(2025, 7, 20));

    // then
    Finding finding = only(decision, RuleId.ROUND_WINDOW);
    assertThat(finding.status()).isEqualTo(Status.PASS);
    assertThat(finding.variant()).contains("unchecked");
    assertThat(finding.required()).isEmpty();
    assertThat(finding.actual()).contains(day(LocalDate.of(2025, 7, 20)));
    assertThat(finding.context()).contains(term(2025));
    assertThat(decision.findings(Status.FAIL)).isEmpty();
    assertThat(finding.message(ID)).startsWith("Jadwal periode pengusulan 2025 belum diketahui "
        + "zi4j: tanggal usulan 20 Juli 2025 belum diperiksa terhadap jadwal tersebut (tidak "
        + "mengubah hasil)");
    assertThat(finding.message(EN)).startsWith("zi4j does not know the window of the 2025 "
        + "proposal round: the proposal date 20 July 2025 was not checked against it (this does "
        + "not change the verdict)");
    assertThat(decision.explain(EN)).contains("  [PASS] zi4j does not know the window of the 2025 "
        + "proposal round: the proposal date 20 July 2025 was not checked against it");
  }

  @Test
  @DisplayName("the decision's JSON carries the unchecked window like any other finding")
  void unknownWindowInJson() throws Exception {
    // when
    Decision decision = decideOn(LocalDate.of(2025, 7, 20));
    com.fasterxml.jackson.databind.JsonNode json = DecisionJson.toTree(decision, ID);

    // then
    com.fasterxml.jackson.databind.JsonNode finding = json.get("findings").get(0);
    assertThat(finding.get("rule").asText()).isEqualTo("round-window");
    assertThat(finding.get("status").asText()).isEqualTo("PASS");
    assertThat(finding.get("variant").asText()).isEqualTo("unchecked");
    assertThat(finding.get("message").asText()).contains("belum diperiksa");
  }

  @Nested
  @DisplayName("in the 2023 round, known only to have closed before 4 July 2023 (its administrative "
      + "results)")
  class The2023Round {

    @Test
    @DisplayName("a proposal on or after 4 July 2023 is too late for the round: FAIL, likely, "
        + "naming the day")
    void afterItClosed() {
      // when
      Decision decision = decideOn(LocalDate.of(2023, 11, 10));
      Finding finding = only(decision, RuleId.ROUND_WINDOW);

      // then
      assertThat(finding.status()).isEqualTo(Status.FAIL);
      assertThat(finding.variant()).contains("closed");
      assertThat(finding.required()).contains(day(LocalDate.of(2023, 7, 4)));
      assertThat(finding.basis().confidence())
          .isEqualTo(io.github.zi4j.regulation.Confidence.LIKELY);
      assertThat(finding.message(EN)).startsWith("The proposal date 10 November 2023 is after the "
          + "2023 proposal round had closed: proposals for that round had closed before 4 July "
          + "2023");
      assertThat(finding.message(ID)).startsWith("Tanggal usulan 10 November 2023 jatuh setelah "
          + "periode pengusulan 2023 ditutup: pengusulan periode itu telah ditutup sebelum 4 Juli "
          + "2023");
    }

    @Test
    @DisplayName("a proposal before 4 July 2023 is not checked, and the finding says what is known")
    void beforeItClosed() {
      // when
      Finding finding = only(decideOn(LocalDate.of(2023, 6, 1)), RuleId.ROUND_WINDOW);

      // then
      assertThat(finding.status()).isEqualTo(Status.PASS);
      assertThat(finding.variant()).contains("unchecked-closed-by");
      assertThat(finding.message(EN)).startsWith("zi4j does not know the window of the 2023 "
          + "proposal round, only that proposals had closed before 4 July 2023: the proposal date "
          + "1 June 2023 was not checked against the window (this does not change the verdict)");
    }
  }

  @Test
  @DisplayName("a caller's round of the proposal's year with a window is checked against it")
  void callersWindow() {
    // given: a 2025 round with a window the caller knows
    ProposalRound round = ProposalRound.builder().year(2025)
        .opens(LocalDate.of(2025, 6, 2)).closes(LocalDate.of(2025, 6, 30)).build();

    // when
    Decision decision = engine.decide(
        PESAWARAN_WBK_2024.withAsOf(LocalDate.of(2025, 7, 20)).withRound(round));

    // then
    Finding finding = only(decision, RuleId.ROUND_WINDOW);
    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.variant()).contains("after");
    assertThat(finding.required()).contains(
        new Measure.Window(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 30)));
  }

  @Test
  @DisplayName("a proposal before the unit's pencanangan is a decision, not an error: NOT_ELIGIBLE, "
      + "with the earliest date")
  void beforePencanangan() {
    // given: Pesawaran declared on 10 November 2022, judged in July 2022
    Decision decision = engine.decide(PESAWARAN_WBK_2024.withAsOf(LocalDate.of(2022, 7, 1)));

    // then
    assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
    assertThat(only(decision, RuleId.BUILDING_PERIOD).status()).isEqualTo(Status.FAIL);
    assertThat(decision.earliestProposalDate()).contains(LocalDate.of(2024, 7, 18));
  }

  @Test
  @DisplayName("a caller's round with criteria but no window keeps the catalogue's window of its "
      + "year")
  void callersCriteriaKeepTheCataloguesWindow() {
    // given: the caller's 2024 round gives the criteria only
    ProposalRound criteriaOnly = Fixtures.ROUND_2026.withYear(2024).withEvidenceYear(2023);

    // when
    Decision decision = engine.decide(PESAWARAN_WBK_2024.withAsOf(LocalDate.of(2024, 3, 1))
        .withRound(criteriaOnly));

    // then
    Finding finding = only(decision, RuleId.ROUND_WINDOW);
    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.required()).contains(
        new Measure.Window(LocalDate.of(2024, 7, 18), LocalDate.of(2024, 7, 31)));
    assertThat(finding.variant()).contains("before");
  }

  @Nested
  @DisplayName("a caller's round without criteria: nothing the caller wrote is replaced by the "
      + "bundled round's")
  class ACallersRoundWithoutCriteria {

    @Test
    @DisplayName("an evidence year given without criteria is honoured: the bundled 2024 criteria "
        + "read the caller's 2022, not the bundled 2023")
    void evidenceYearHonoured() {
      // given: a 2024 round that says only that its criteria read 2022
      ProposalRound evidence2022 = ProposalRound.builder().year(2024).evidenceYear(2022).build();

      // when: Pesawaran's facts are of 2023 only
      Decision decision = engine.decide(PESAWARAN_WBK_2024.withRound(evidence2022));

      // then: the criteria are 2024's, read for 2022, where Pesawaran has no facts
      Finding akip = only(decision, RuleId.AKIP_GRADE);
      assertThat(engine.roundFor(PESAWARAN_WBK_2024.withRound(evidence2022)))
          .hasValueSatisfying(round -> {
            assertThat(round.evidenceYear()).hasValue(2022);
            assertThat(round.criteria()).isNotEmpty();
            assertThat(round.windowKnown()).isTrue();
          });
      assertThat(akip.status()).isEqualTo(Status.UNKNOWN);
      assertThat(akip.context()).contains(term(2022));
      assertThat(akip.message(EN)).startsWith("The AKIP result of 2022 is missing from the "
          + "instansi data");
    }

    @Test
    @DisplayName("a window given without criteria is the one checked, with the bundled criteria")
    void windowHonoured() {
      // given: a 2024 round whose window the caller says was 1 to 10 July 2024 (hypothetical)
      ProposalRound early = ProposalRound.builder().year(2024)
          .opens(LocalDate.of(2024, 7, 1)).closes(LocalDate.of(2024, 7, 10)).build();

      // when
      Decision decision = engine.decide(PESAWARAN_WBK_2024.withRound(early));

      // then
      Finding window = only(decision, RuleId.ROUND_WINDOW);
      assertThat(window.status()).isEqualTo(Status.FAIL);
      assertThat(window.required()).contains(
          new Measure.Window(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 10)));
      assertThat(only(decision, RuleId.AKIP_GRADE).status()).isEqualTo(Status.PASS);
    }

    @Test
    @DisplayName("a window that opens after the bundled one closes is taken whole: 16 to 31 August"
        + " 2024 is checked, not refused as a window closing before it opens")
    void laterWindowHonoured() {
      // given: a 2024 round whose window the caller says was 16 to 31 August 2024 (hypothetical)
      ProposalRound late = ProposalRound.builder().year(2024)
          .opens(LocalDate.of(2024, 8, 16)).closes(LocalDate.of(2024, 8, 31)).build();

      // when
      Decision decision = engine.decide(PESAWARAN_WBK_2024.withAsOf(LocalDate.of(2024, 8, 20))
          .withRound(late));

      // then
      Finding window = only(decision, RuleId.ROUND_WINDOW);
      assertThat(window.status()).isEqualTo(Status.PASS);
      assertThat(window.required()).contains(
          new Measure.Window(LocalDate.of(2024, 8, 16), LocalDate.of(2024, 8, 31)));
    }

    @Test
    @DisplayName("a window given for 2023, a round bundled as only closed by 4 July 2023, replaces"
        + " the closed-by day: the caller's days are checked")
    void windowOverClosedBy() {
      // given: a 2023 round whose window the caller says was 1 to 30 June 2023 (hypothetical)
      ProposalRound june = ProposalRound.builder().year(2023)
          .opens(LocalDate.of(2023, 6, 1)).closes(LocalDate.of(2023, 6, 30)).build();

      // when
      Decision decision = engine.decide(PESAWARAN_WBK_2024.withAsOf(LocalDate.of(2023, 6, 15))
          .withRound(june));

      // then
      assertThat(engine.roundFor(PESAWARAN_WBK_2024.withAsOf(LocalDate.of(2023, 6, 15))
          .withRound(june))).hasValueSatisfying(round -> {
            assertThat(round.closedBy()).isEmpty();
            assertThat(round.closes()).contains(LocalDate.of(2023, 6, 30));
          });
      Finding window = only(decision, RuleId.ROUND_WINDOW);
      assertThat(window.status()).isEqualTo(Status.PASS);
      assertThat(window.required()).contains(
          new Measure.Window(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 30)));
    }
  }
}
