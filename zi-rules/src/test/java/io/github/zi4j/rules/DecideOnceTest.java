package io.github.zi4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.lke.LkeInput;
import io.github.zi4j.lke.LkeResult;
import io.github.zi4j.lke.LkeScore;
import io.github.zi4j.lke.LkeScorer;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.rules.score.ScoreProfile;
import io.github.zi4j.unit.Predikat;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Each rule decides once: what one question gives is what the whole decision gives")
class DecideOnceTest {

  private static final ScoreProfile PROFILE =
      ScoreProfile.of(Edition.PERMENPANRB_90_2021, RegulationFigures.bundled());

  /**
   * LKEs that meet WBBM, WBK and nothing: SELF's and the TPI's answers on the contoh worksheet, and
   * area-level results on the lines, above them and at zero.
   */
  static Stream<LkeInput> lkes() {
    Worksheet contoh = Fixtures.CONTOH_90_2021;
    return Stream.of(
        Worksheet.of(contoh.edition(), Role.SELF, contoh.answersOf(Role.SELF)),
        Worksheet.of(contoh.edition(), Role.TPI, contoh.answersOf(Role.TPI)),
        Fixtures.wbkOnTheLine(), Fixtures.wbbmOnTheLine(),
        Fixtures.strongHasil().build(), Fixtures.lke().build());
  }

  @ParameterizedTest
  @MethodSource("lkes")
  @DisplayName("the predicate a score meets, asked alone, is the one the findings of a WBK and of a"
      + " WBBM judgement give")
  void meetsAloneAsWithFindings(LkeInput lke) {
    LkeScore score = lke instanceof LkeResult
        ? ((LkeResult) lke).score()
        : LkeScorer.bundled(Edition.PERMENPANRB_90_2021).score((Worksheet) lke,
            ((Worksheet) lke).decidingRole());

    Optional<Predikat> alone = PROFILE.meets(score);

    assertThat(alone)
        .isEqualTo(PROFILE.judge(Optional.of(lke), Predikat.WBK).meets())
        .isEqualTo(PROFILE.judge(Optional.of(lke), Predikat.WBBM).meets());
  }

  @Test
  @DisplayName("a comparison of SELF and TPI answers tells each side's predicate as a decision on"
      + " that side alone would")
  void comparisonAgreesWithDecisions() {
    AssessorComparison comparison = DecisionEngine.standard().compare(Fixtures.CONTOH_90_2021);

    assertThat(comparison.selfMeets()).isEqualTo(PROFILE.meets(comparison.self()));
    assertThat(comparison.tpiMeets()).isEqualTo(PROFILE.meets(comparison.tpi()));
    // by hand (Fixtures): SELF 93.83875 and TPI 91.83875 both pass every minimum of WBBM
    assertThat(comparison.selfMeets()).contains(Predikat.WBBM);
  }

  @Test
  @DisplayName("a unit that cannot wait out a timing rule (WBBM without WBK) has no earliest date,"
      + " and the rule that blocks it says so")
  void noEarliestDateWhenWaitingCannotHelp() {
    Proposal wbbmWithoutWbk = Fixtures.PESAWARAN_WBK_2024.withTarget(Predikat.WBBM);

    Decision decision = DecisionEngine.standard().decide(wbbmWithoutWbk);

    assertThat(decision.earliestProposalDate()).isEmpty();
    assertThat(decision.findings(Status.FAIL)).extracting(Finding::rule)
        .contains(RuleId.WBK_PREREQUISITE);
  }
}
