package io.github.zi4j.rules;

import static io.github.zi4j.rules.Fixtures.DPMPTSP_PESAWARAN;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_WBK_2024;
import static io.github.zi4j.rules.Fixtures.day;
import static io.github.zi4j.rules.Fixtures.only;
import static io.github.zi4j.rules.Fixtures.term;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.ProposalEvent;
import io.github.zi4j.unit.ProposalStage;
import io.github.zi4j.unit.UnitKerja;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("One proposal a round: a unit whose proposal ended without the predicate waits for the"
    + " next round")
class ProposalRoundRuleTest {

  private final DecisionEngine engine = DecisionEngine.standard();

  // Illustrative: the notes say which of Pesawaran's OPD reached the interview in 2024, not how any
  // proposal ended; these stages are made up for the rule.
  private static Proposal withStages(ProposalStage... stages) {
    UnitKerja.Builder unit = UnitKerja.builder().name(DPMPTSP_PESAWARAN.name())
        .pencanangan(DPMPTSP_PESAWARAN.pencanangan());
    for (ProposalStage stage : stages) {
      unit.addProposals(ProposalEvent.of(2024, Predikat.WBK, stage));
    }
    return PESAWARAN_WBK_2024.withUnit(unit.build());
  }

  @Test
  @DisplayName("A unit that failed the 2024 administrative selection may not be proposed again in the"
      + " 2024 round: from 1 January 2025")
  void endedProposal() {
    Decision decision = engine.decide(withStages(ProposalStage.PROPOSED,
        ProposalStage.ADMINISTRATION_FAILED));

    Finding finding = only(decision, RuleId.PROPOSAL_ROUND);
    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.required()).contains(day(LocalDate.of(2025, 1, 1)));
    assertThat(finding.actual()).contains(term(ProposalStage.ADMINISTRATION_FAILED));
    assertThat(finding.basis().confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
    assertThat(decision.earliestProposalRound()).map(ProposalRound::year).contains(2025);
    assertThat(finding.message(Locale.ENGLISH)).startsWith("The unit was proposed for WBK in the"
        + " 2024 round and its proposal ended (failed the administrative selection): a new"
        + " proposal in the next round, from 1 January 2025");
    assertThat(finding.message(Locale.forLanguageTag("id"))).startsWith("Unit sudah diusulkan"
        + " untuk WBK pada periode 2024 dan usulannya berakhir (tidak lulus seleksi administrasi)");
  }

  @Test
  @DisplayName("A proposal under way in the round is the one judged: it passes, naming its stage")
  void proposalUnderWay() {
    Finding finding = only(engine.decide(withStages(ProposalStage.PROPOSED,
        ProposalStage.ADMINISTRATION_PASSED)), RuleId.PROPOSAL_ROUND);

    assertThat(finding.status()).isEqualTo(Status.PASS);
    assertThat(finding.message(Locale.ENGLISH)).startsWith("The unit's WBK proposal in the 2024"
        + " round is under way, last stage: passed the administrative selection");
  }

  @Test
  @DisplayName("A unit proposed in an earlier round only passes: it was not proposed in this one")
  void earlierRound() {
    UnitKerja unit = UnitKerja.builder().name(DPMPTSP_PESAWARAN.name())
        .pencanangan(DPMPTSP_PESAWARAN.pencanangan())
        .addProposals(ProposalEvent.of(2023, Predikat.WBK, ProposalStage.PROPOSED),
            ProposalEvent.of(2023, Predikat.WBK, ProposalStage.ADMINISTRATION_FAILED))
        .build();

    Finding finding = only(engine.decide(PESAWARAN_WBK_2024.withUnit(unit)),
        RuleId.PROPOSAL_ROUND);

    assertThat(finding.status()).isEqualTo(Status.PASS);
    assertThat(finding.message(Locale.ENGLISH)).startsWith("The unit has not been proposed for WBK"
        + " in the 2024 round");
  }

  @Test
  @DisplayName("A unit without recorded proposal stages gets no finding of this rule")
  void noStages() {
    assertThat(engine.decide(PESAWARAN_WBK_2024).findings(RuleId.PROPOSAL_ROUND)).isEmpty();
  }
}
