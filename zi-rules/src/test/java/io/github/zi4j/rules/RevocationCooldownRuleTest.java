package io.github.zi4j.rules;

import static io.github.zi4j.rules.Fixtures.PESAWARAN_WBK_2024;
import static io.github.zi4j.rules.Fixtures.PN_SURABAYA_COOLDOWN_END;
import static io.github.zi4j.rules.Fixtures.PN_SURABAYA_REVOKED;
import static io.github.zi4j.rules.Fixtures.PN_SURABAYA_WBK_2024;
import static io.github.zi4j.rules.Fixtures.day;
import static io.github.zi4j.rules.Fixtures.days;
import static io.github.zi4j.rules.Fixtures.only;
import static io.github.zi4j.rules.Fixtures.term;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.unit.Predikat;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("A unit whose predicate was revoked may not be proposed again for 2 years")
class RevocationCooldownRuleTest {

  private final DecisionEngine engine = DecisionEngine.standard();

  private Finding cooldown(Proposal proposal) {
    return only(engine.decide(proposal), RuleId.REVOCATION_COOLDOWN);
  }

  @Nested
  @DisplayName("a unit whose WBK was revoked on 3 February 2022 (PN Surabaya)")
  class PnSurabaya {

    @Test
    @DisplayName("may not be proposed before 3 February 2024: on 2 February it is one day short")
    void mayNotBeProposedTheDayBefore() {
      // given
      Proposal proposal = PN_SURABAYA_WBK_2024.withAsOf(LocalDate.of(2024, 2, 2));

      // when
      Finding finding = cooldown(proposal);

      // then
      assertThat(finding.status()).isEqualTo(Status.FAIL);
      assertThat(finding.required()).contains(day(LocalDate.of(2024, 2, 3)));
      assertThat(finding.actual()).contains(term(Predikat.WBK));
      assertThat(finding.context()).contains(day(PN_SURABAYA_REVOKED));
      assertThat(finding.shortfall()).contains(days(1));
      assertThat(finding.basis().confidence()).isEqualTo(Confidence.SURE);
      assertThat(finding.basis().citation()).contains("90/2021").contains("Bab IV C");
    }

    @Test
    @DisplayName("may be proposed again on 3 February 2024, two years exactly after the revocation")
    void mayBeProposedOnTheSecondAnniversary() {
      // given
      Proposal proposal = PN_SURABAYA_WBK_2024.withAsOf(PN_SURABAYA_COOLDOWN_END);

      // when
      Finding finding = cooldown(proposal);

      // then
      assertThat(finding.status()).isEqualTo(Status.PASS);
      assertThat(finding.required()).contains(day(LocalDate.of(2024, 2, 3)));
      assertThat(finding.shortfall()).isEmpty();
    }

    @Test
    @DisplayName("was 217 days early on 1 July 2023")
    void wasEarlyInJuly2023() {
      // given: 1 Jul 2023 → 1 Feb 2024 is 31+31+30+31+30+31+31 = 215 days, → 3 Feb 217
      Proposal proposal = PN_SURABAYA_WBK_2024.withAsOf(LocalDate.of(2023, 7, 1));

      // when
      Finding finding = cooldown(proposal);

      // then
      assertThat(finding.status()).isEqualTo(Status.FAIL);
      assertThat(finding.shortfall()).contains(days(217));
    }

    @Test
    @DisplayName("sets the earliest proposal date: its cooldown ends on 3 February 2024, so the "
        + "first day of the 2024 round, 18 July 2024")
    void setsTheEarliestDate() {
      // when
      Decision decision = engine.decide(PN_SURABAYA_WBK_2024);

      // then
      assertThat(only(decision, RuleId.REVOCATION_COOLDOWN).required())
          .contains(Fixtures.day(PN_SURABAYA_COOLDOWN_END));
      assertThat(decision.earliestProposalDate()).contains(java.time.LocalDate.of(2024, 7, 18));
    }

    @Test
    @DisplayName("had no revocation yet on 2 February 2022, the day before the decision")
    void hadNoRevocationTheDayBefore() {
      // given
      Proposal proposal = PN_SURABAYA_WBK_2024.withAsOf(LocalDate.of(2022, 2, 2));

      // when
      Finding finding = cooldown(proposal);

      // then
      assertThat(finding.status()).isEqualTo(Status.PASS);
      assertThat(finding.variant()).contains("none");
    }
  }

  @Test
  @DisplayName("a unit never revoked (DPMPTSP Pesawaran) passes with no date to wait for")
  void neverRevokedPasses() {
    // when
    Finding finding = cooldown(PESAWARAN_WBK_2024);

    // then
    assertThat(finding.status()).isEqualTo(Status.PASS);
    assertThat(finding.variant()).contains("none");
    assertThat(finding.required()).isEmpty();
    assertThat(finding.shortfall()).isEmpty();
  }

  @Test
  @DisplayName("under an edition before 90/2021 the waiting period is unknown")
  void isUnknownBeforePermenpanrb90of2021() {
    // given
    Proposal proposal = PN_SURABAYA_WBK_2024.withEdition(Edition.PERMENPANRB_10_2019);

    // when
    Finding finding = cooldown(proposal);

    // then
    assertThat(finding.status()).isEqualTo(Status.UNKNOWN);
    assertThat(finding.variant()).contains("edition");
    assertThat(finding.actual()).contains(term(Predikat.WBK));
    assertThat(finding.context()).contains(day(PN_SURABAYA_REVOKED));
    assertThat(finding.required()).isEmpty();
  }
}
