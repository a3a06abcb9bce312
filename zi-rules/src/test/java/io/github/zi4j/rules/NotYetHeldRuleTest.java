package io.github.zi4j.rules;

import static io.github.zi4j.rules.Fixtures.KANTOR_CONTOH_WBBM;
import static io.github.zi4j.rules.Fixtures.KANTOR_CONTOH_WBK_2024;
import static io.github.zi4j.rules.Fixtures.PEKALONGAN_WBBM_2024;
import static io.github.zi4j.rules.Fixtures.PEKALONGAN_WBK_AWARD;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_WBK_2024;
import static io.github.zi4j.rules.Fixtures.PN_SURABAYA_WBK_2024;
import static io.github.zi4j.rules.Fixtures.day;
import static io.github.zi4j.rules.Fixtures.only;
import static io.github.zi4j.rules.Fixtures.term;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.unit.Predikat;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("A unit is not proposed for a predicate it already holds, nor for WBK once it holds WBBM")
class NotYetHeldRuleTest {

  private final DecisionEngine engine = DecisionEngine.standard();

  private Finding notYetHeld(Proposal proposal) {
    return only(engine.decide(proposal), RuleId.NOT_YET_HELD);
  }

  @Test
  @DisplayName("a unit holding no predicate (DPMPTSP Pesawaran) may be proposed for WBK")
  void unitHoldingNothingPasses() {
    // when
    Finding finding = notYetHeld(PESAWARAN_WBK_2024);

    // then
    assertThat(finding.status()).isEqualTo(Status.PASS);
    assertThat(finding.actual()).isEmpty();
    assertThat(finding.shortfall()).isEmpty();
    assertThat(finding.basis().confidence()).isEqualTo(Confidence.SURE);
  }

  @Nested
  @DisplayName("a unit holding WBK since 21 December 2020 (DPMPTSP Pekalongan)")
  class HoldingWbk {

    private final Proposal wbkAgain = PEKALONGAN_WBBM_2024.withTarget(Predikat.WBK);

    @Test
    @DisplayName("is not proposed for WBK again")
    void isNotProposedForWbkAgain() {
      // when
      Decision decision = engine.decide(wbkAgain);
      Finding finding = only(decision, RuleId.NOT_YET_HELD);

      // then
      assertThat(finding.status()).isEqualTo(Status.FAIL);
      assertThat(finding.actual()).contains(term(Predikat.WBK));
      assertThat(finding.context()).contains(day(PEKALONGAN_WBK_AWARD));
      assertThat(finding.basis().confidence()).isEqualTo(Confidence.SURE);
      assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
    }

    @Test
    @DisplayName("has no earliest date for WBK: waiting does not help")
    void hasNoEarliestDateForWbk() {
      // when
      Decision decision = engine.decide(wbkAgain);

      // then
      assertThat(decision.earliestProposalDate()).isEmpty();
    }

    @Test
    @DisplayName("may be proposed for WBBM, the higher predicate")
    void mayBeProposedForWbbm() {
      // when
      Finding finding = notYetHeld(PEKALONGAN_WBBM_2024);

      // then
      assertThat(finding.status()).isEqualTo(Status.PASS);
    }

    @Test
    @DisplayName("was not yet holding WBK on 20 December 2020, the day before the award")
    void didNotHoldItTheDayBefore() {
      // given: the award lies after the date judged, so it has not happened yet
      Proposal proposal = wbkAgain.withAsOf(LocalDate.of(2020, 12, 20));

      // when
      Finding finding = notYetHeld(proposal);

      // then
      assertThat(finding.status()).isEqualTo(Status.PASS);
    }

    @Test
    @DisplayName("holds WBK from the award day, 21 December 2020, itself")
    void holdsItFromTheAwardDay() {
      // given
      Proposal proposal = wbkAgain.withAsOf(PEKALONGAN_WBK_AWARD);

      // when
      Finding finding = notYetHeld(proposal);

      // then
      assertThat(finding.status()).isEqualTo(Status.FAIL);
    }
  }

  @Nested
  @DisplayName("a unit holding WBBM since 12 December 2023 (fictional Kantor Pelayanan Contoh Utama)")
  class HoldingWbbm {

    @Test
    @DisplayName("is not proposed for WBK, a lower predicate")
    void isNotProposedForWbk() {
      // given
      Proposal proposal = KANTOR_CONTOH_WBK_2024.withUnit(KANTOR_CONTOH_WBBM);

      // when
      Finding finding = notYetHeld(proposal);

      // then
      assertThat(finding.status()).isEqualTo(Status.FAIL);
      assertThat(finding.actual()).contains(term(Predikat.WBBM));
      assertThat(finding.context()).contains(day(LocalDate.of(2023, 12, 12)));
    }

    @Test
    @DisplayName("is not proposed for WBBM again")
    void isNotProposedForWbbmAgain() {
      // given
      Proposal proposal = KANTOR_CONTOH_WBK_2024.withUnit(KANTOR_CONTOH_WBBM)
          .withTarget(Predikat.WBBM);

      // when
      Finding finding = notYetHeld(proposal);

      // then
      assertThat(finding.status()).isEqualTo(Status.FAIL);
      assertThat(finding.actual()).contains(term(Predikat.WBBM));
    }
  }

  @Test
  @DisplayName("a unit whose WBK was revoked (PN Surabaya) no longer holds it")
  void revokedPredicateIsNoLongerHeld() {
    // when
    Finding finding = notYetHeld(PN_SURABAYA_WBK_2024);

    // then
    assertThat(finding.status()).isEqualTo(Status.PASS);
  }
}
