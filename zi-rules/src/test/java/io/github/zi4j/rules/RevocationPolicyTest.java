package io.github.zi4j.rules;

import static io.github.zi4j.rules.Fixtures.BALANGAN_WBBM_2026;
import static io.github.zi4j.rules.Fixtures.EN;
import static io.github.zi4j.rules.Fixtures.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.round.ProposalRounds;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.PredikatEvent;
import io.github.zi4j.unit.UnitKerja;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("What a revocation of WBBM does to the earlier WBK is not settled: UNKNOWN, unless a "
    + "policy is chosen")
class RevocationPolicyTest {

  /** WBK in 2016, WBBM in 2018, WBBM revoked on 1 March 2022: proposals in July 2025. */
  private static final LocalDate WBBM_REVOKED = LocalDate.of(2022, 3, 1);

  private static final UnitKerja REVOKED_WBBM = UnitKerja.builder()
      .name("Unit contoh (fiktif)")
      .pencanangan(LocalDate.of(2015, 1, 5))
      .addHistory(PredikatEvent.awarded(Predikat.WBK, LocalDate.of(2016, 12, 12)))
      .addHistory(PredikatEvent.awarded(Predikat.WBBM, LocalDate.of(2018, 12, 10)))
      .addHistory(PredikatEvent.revoked(Predikat.WBBM, WBBM_REVOKED))
      .build();

  private static final LegalBasis CHOSEN =
      LegalBasis.of("Kebijakan Inspektorat (contoh uji)", Confidence.LIKELY);

  private static Proposal proposal(Predikat target) {
    return BALANGAN_WBBM_2026.withRound(Optional.empty()).withAsOf(LocalDate.of(2025, 7, 20))
        .withTarget(target).withUnit(REVOKED_WBBM);
  }

  private static DecisionEngine engine(Optional<RevocationPolicy> policy) {
    RegulationFigures figures = policy.map(p -> RegulationFigures.bundled()
        .withRevocationPolicy(p, CHOSEN)).orElse(RegulationFigures.bundled());
    return DecisionEngine.of(figures, ProposalRounds.bundled());
  }

  @ParameterizedTest(name = "{0}: WBK prerequisite {1}")
  @CsvSource({
      "UNSETTLED,              UNKNOWN",
      "REVOCATION_REMOVES_ALL, FAIL",
      "REVOCATION_KEEPS_LOWER, PASS",
  })
  @DisplayName("a WBBM proposal after the cooldown: the WBK prerequisite follows the policy")
  void wbbmProposal(RevocationPolicy policy, Status status) {
    // when
    Decision decision = engine(Optional.of(policy)).decide(proposal(Predikat.WBBM));
    Finding finding = only(decision, RuleId.WBK_PREREQUISITE);

    // then
    assertThat(only(decision, RuleId.REVOCATION_COOLDOWN).status()).isEqualTo(Status.PASS);
    assertThat(finding.status()).isEqualTo(status);
    assertThat(finding.variant()).contains("revoked-higher");
    // the finding cites the policy as the caller set it
    assertThat(finding.basis()).isEqualTo(CHOSEN);
  }

  @ParameterizedTest(name = "{0}: not yet held {1}")
  @CsvSource({
      "UNSETTLED,              UNKNOWN",
      "REVOCATION_REMOVES_ALL, PASS",
      "REVOCATION_KEEPS_LOWER, FAIL",
  })
  @DisplayName("a WBK proposal after the cooldown: not-yet-held follows the policy")
  void wbkProposal(RevocationPolicy policy, Status status) {
    // when
    Decision decision = engine(Optional.of(policy)).decide(proposal(Predikat.WBK));
    Finding finding = only(decision, RuleId.NOT_YET_HELD);

    // then
    assertThat(finding.status()).isEqualTo(status);
    assertThat(finding.variant()).contains("revoked-higher");
  }

  @Nested
  @DisplayName("by default (no policy chosen)")
  class ByDefault {

    private final DecisionEngine engine = engine(Optional.empty());

    @Test
    @DisplayName("the WBBM proposal is UNDETERMINED, the finding naming the open question")
    void namesTheQuestion() {
      // when
      Decision decision = engine.decide(proposal(Predikat.WBBM));
      Finding finding = only(decision, RuleId.WBK_PREREQUISITE);

      // then
      assertThat(finding.status()).isEqualTo(Status.UNKNOWN);
      assertThat(finding.basis().confidence()).isEqualTo(Confidence.UNVERIFIED);
      assertThat(finding.message(EN)).startsWith("The unit's WBBM was revoked on 1 March 2022; no "
          + "rule says whether the WBK it earned before still stands");
      assertThat(decision.eligibility()).isNotEqualTo(Eligibility.ELIGIBLE);
    }

    @Test
    @DisplayName("an UNKNOWN sets no limit: the earliest date is not held back by it")
    void setsNoLimit() {
      // when
      Decision decision = engine.decide(proposal(Predikat.WBK));

      // then: the cooldown (1 March 2024) is the last limit; the 2024 window opens 18 July
      assertThat(decision.earliestProposalDate()).contains(LocalDate.of(2024, 7, 18));
    }
  }

  @Nested
  @DisplayName("an inconsistent history is bad input, naming the history index")
  class InconsistentHistory {

    @Test
    @DisplayName("WBBM awarded while the unit holds no WBK")
    void wbbmWithoutWbk() {
      assertThatThrownBy(() -> UnitKerja.builder().name("Unit").pencanangan(LocalDate.of(2015, 1, 5))
          .addHistory(PredikatEvent.awarded(Predikat.WBBM, LocalDate.of(2018, 12, 10)))
          .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("history[0]: WBBM must not be awarded on 2018-12-10 while the unit holds "
              + "no WBK");
    }

    @Test
    @DisplayName("WBK revoked while WBBM is held")
    void wbkRevokedUnderWbbm() {
      assertThatThrownBy(() -> UnitKerja.builder().name("Unit").pencanangan(LocalDate.of(2015, 1, 5))
          .addHistory(PredikatEvent.awarded(Predikat.WBK, LocalDate.of(2016, 12, 12)))
          .addHistory(PredikatEvent.awarded(Predikat.WBBM, LocalDate.of(2018, 12, 10)))
          .addHistory(PredikatEvent.revoked(Predikat.WBK, LocalDate.of(2022, 3, 1)))
          .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("history[2]: WBK must not be revoked on 2022-03-01 while WBBM is held "
              + "(since 2018-12-10): revoke WBBM");
    }

    @Test
    @DisplayName("an award within the cooldown of a revocation, naming unit and the index")
    void awardWithinTheCooldown() {
      // given: WBK revoked on 3 February 2022, awarded again on 20 December 2023
      UnitKerja unit = UnitKerja.builder().name("Unit").pencanangan(LocalDate.of(2018, 2, 1))
          .addHistory(PredikatEvent.awarded(Predikat.WBK, LocalDate.of(2019, 12, 10)))
          .addHistory(PredikatEvent.revoked(Predikat.WBK, LocalDate.of(2022, 2, 3)))
          .addHistory(PredikatEvent.awarded(Predikat.WBK, LocalDate.of(2023, 12, 20)))
          .build();

      // when, then
      assertThatThrownBy(() -> DecisionEngine.standard().decide(proposal(Predikat.WBBM)
          .withUnit(unit)))
          .isInstanceOf(InvalidFieldException.class)
          .hasMessage("history[2]: WBK must not be awarded on 2023-12-20, within the cooling-off "
              + "period of the revocation on 2022-02-03 (no proposal before 2024-02-03)")
          .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("unit");
    }
  }
}
