package io.github.zi4j.rules;

import static io.github.zi4j.rules.Fixtures.BALANGAN_WBBM_2026;
import static io.github.zi4j.rules.Fixtures.BALANGAN_WBK_AWARD;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_WBK_2024;
import static io.github.zi4j.rules.Fixtures.PN_SURABAYA_REVOKED;
import static io.github.zi4j.rules.Fixtures.PN_SURABAYA_WBK_2024;
import static io.github.zi4j.rules.Fixtures.day;
import static io.github.zi4j.rules.Fixtures.only;
import static io.github.zi4j.rules.Fixtures.term;
import static io.github.zi4j.rules.Fixtures.wbbmOnTheLine;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.unit.Predikat;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("WBBM may be proposed only for a unit that holds WBK, not revoked, on the date")
class WbkPrerequisiteRuleTest {

  private final DecisionEngine engine = DecisionEngine.standard();

  @Test
  @DisplayName("a WBK proposal is not asked for WBK: the rule gives no finding")
  void doesNotApplyToWbk() {
    // when
    Decision decision = engine.decide(PESAWARAN_WBK_2024);

    // then
    assertThat(decision.findings(RuleId.WBK_PREREQUISITE)).isEmpty();
  }

  @Nested
  @DisplayName("a unit awarded WBK on 10 December 2024 (DPMPTSP Balangan)")
  class HoldingWbk {

    @Test
    @DisplayName("meets the prerequisite for WBBM in 2026")
    void meetsThePrerequisite() {
      // when
      Finding finding = only(engine.decide(BALANGAN_WBBM_2026), RuleId.WBK_PREREQUISITE);

      // then
      assertThat(finding.status()).isEqualTo(Status.PASS);
      assertThat(finding.required()).contains(term(Predikat.WBK));
      assertThat(finding.actual()).contains(term(Predikat.WBK));
      assertThat(finding.context()).contains(day(BALANGAN_WBK_AWARD));
      assertThat(finding.shortfall()).isEmpty();
      assertThat(finding.basis().confidence()).isEqualTo(Confidence.SURE);
    }

    @Test
    @DisplayName("did not yet hold WBK on 9 December 2024, the day before its award")
    void didNotHoldItTheDayBefore() {
      // given
      Proposal proposal =
          BALANGAN_WBBM_2026.withRound(Optional.empty()).withAsOf(LocalDate.of(2024, 12, 9));

      // when
      Finding finding = only(engine.decide(proposal), RuleId.WBK_PREREQUISITE);

      // then
      assertThat(finding.status()).isEqualTo(Status.FAIL);
      assertThat(finding.actual()).contains(term("none"));
    }
  }

  @Nested
  @DisplayName("a unit that never held WBK (DPMPTSP Pesawaran) asking for WBBM")
  class WithoutWbk {

    private final Proposal proposal =
        PESAWARAN_WBK_2024.withTarget(Predikat.WBBM).withLke(wbbmOnTheLine());

    @Test
    @DisplayName("fails the prerequisite: WBK required, none held")
    void failsThePrerequisite() {
      // when
      Finding finding = only(engine.decide(proposal), RuleId.WBK_PREREQUISITE);

      // then
      assertThat(finding.status()).isEqualTo(Status.FAIL);
      assertThat(finding.required()).contains(term(Predikat.WBK));
      assertThat(finding.actual()).contains(term("none"));
      assertThat(finding.variant()).isEmpty();
      assertThat(finding.context()).isEmpty();
      assertThat(finding.shortfall()).as("no measurable gap to a predicate").isEmpty();
      assertThat(finding.basis().confidence()).isEqualTo(Confidence.SURE);
    }

    @Test
    @DisplayName("is not eligible however good its LKE, and no date makes it so")
    void isNotEligibleAndHasNoEarliestDate() {
      // when
      Decision decision = engine.decide(proposal);

      // then
      assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
      assertThat(decision.earliestProposalDate()).isEmpty();
      assertThat(decision.findings(RuleId.WBK_HOLDING_PERIOD))
          .as("the holding period has nothing to count from")
          .isEmpty();
    }
  }

  @Nested
  @DisplayName("a unit whose WBK was revoked on 3 February 2022 (PN Surabaya) asking for WBBM")
  class WithRevokedWbk {

    private final Proposal proposal = PN_SURABAYA_WBK_2024.withTarget(Predikat.WBBM);

    @Test
    @DisplayName("fails the prerequisite and names the revocation")
    void failsAndNamesTheRevocation() {
      // when
      Finding finding = only(engine.decide(proposal), RuleId.WBK_PREREQUISITE);

      // then
      assertThat(finding.status()).isEqualTo(Status.FAIL);
      assertThat(finding.variant()).contains("revoked");
      assertThat(finding.required()).contains(term(Predikat.WBK));
      assertThat(finding.actual()).contains(term("none"));
      assertThat(finding.context()).contains(day(PN_SURABAYA_REVOKED));
    }

    @Test
    @DisplayName("is not eligible although its two-year waiting period is over")
    void isNotEligibleAfterTheWaitingPeriod() {
      // when
      Decision decision = engine.decide(proposal);

      // then
      assertThat(only(decision, RuleId.REVOCATION_COOLDOWN).status()).isEqualTo(Status.PASS);
      assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
      assertThat(decision.earliestProposalDate()).isEmpty();
    }
  }
}
