package io.github.zi4j.rules;

import static io.github.zi4j.rules.Fixtures.BALANGAN_WBBM_2026;
import static io.github.zi4j.rules.Fixtures.KANTOR_CONTOH_WBK_2024;
import static io.github.zi4j.rules.Fixtures.MAHKAMAH_AGUNG;
import static io.github.zi4j.rules.Fixtures.PESAWARAN;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_WBK_2024;
import static io.github.zi4j.rules.Fixtures.ROUND_2026;
import static io.github.zi4j.rules.Fixtures.only;
import static io.github.zi4j.rules.Fixtures.term;
import static io.github.zi4j.rules.Fixtures.wbbmOnTheLine;
import static io.github.zi4j.rules.Fixtures.wbkOnTheLine;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.instansi.BpkOpinion;
import io.github.zi4j.instansi.Grade;
import io.github.zi4j.instansi.Instansi;
import io.github.zi4j.instansi.InstansiKind;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.round.ProposalRounds;
import io.github.zi4j.unit.Predikat;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The instansi meets the proposal round's criteria: BPK opinion, AKIP grade, Indeks RB")
class InstansiCriteriaRuleTest {

  private static final List<RuleId> INSTANSI_RULES =
      List.of(RuleId.BPK_OPINION, RuleId.AKIP_GRADE, RuleId.INDEKS_RB);

  private final DecisionEngine engine = DecisionEngine.standard();

  /** An instansi of {@code kind} whose 2023 facts are the given ones. */
  private static Instansi instansi2023(
      InstansiKind kind, BpkOpinion opinion, Grade akip, Grade indeksRb) {
    return Instansi.builder()
        .name(kind == InstansiKind.KL ? "Kementerian Contoh" : "Pemerintah Kabupaten Contoh")
        .kind(kind)
        .putBpkOpinion(2023, opinion)
        .putAkip(2023, akip)
        .putIndeksRb(2023, indeksRb)
        .build();
  }

  @Nested
  @DisplayName("the 2024 round, a pemda with WTP, AKIP B and Indeks RB CC in 2023 (Pesawaran)")
  class Pesawaran2024 {

    @Test
    @DisplayName("meets every WBK criterion, read from the 2023 evidence year")
    void meetsTheWbkCriteria() {
      // when
      Decision decision = engine.decide(PESAWARAN_WBK_2024);

      // then
      Finding bpk = only(decision, RuleId.BPK_OPINION);
      Finding akip = only(decision, RuleId.AKIP_GRADE);
      Finding indeksRb = only(decision, RuleId.INDEKS_RB);
      assertThat(List.of(bpk.status(), akip.status(), indeksRb.status()))
          .containsOnly(Status.PASS);
      assertThat(bpk.required()).contains(term(BpkOpinion.WTP));
      assertThat(bpk.actual()).contains(term(BpkOpinion.WTP));
      assertThat(akip.required()).contains(term(Grade.B));
      assertThat(akip.actual()).contains(term(Grade.B));
      assertThat(indeksRb.required()).contains(term(Grade.CC));
      assertThat(indeksRb.actual()).contains(term(Grade.CC));
      assertThat(akip.context()).contains(term(2023));
    }

    @Test
    @DisplayName("carries the 2024 round as basis, sure")
    void carriesTheRoundAsBasis() {
      // when
      Finding bpk = only(engine.decide(PESAWARAN_WBK_2024), RuleId.BPK_OPINION);

      // then
      assertThat(bpk.basis().confidence()).isEqualTo(Confidence.SURE);
      assertThat(bpk.basis().citation()).contains("2024");
    }

    @Test
    @DisplayName("falls one grade short of the WBBM minimums for AKIP (BB) and Indeks RB (B)")
    void fallsShortOfTheWbbmCriteria() {
      // when
      Decision decision = engine.decide(PESAWARAN_WBK_2024.withTarget(Predikat.WBBM));

      // then
      Finding akip = only(decision, RuleId.AKIP_GRADE);
      assertThat(akip.status()).isEqualTo(Status.FAIL);
      assertThat(akip.required()).contains(term(Grade.BB));
      assertThat(akip.actual()).contains(term(Grade.B));
      assertThat(akip.shortfall()).contains(new Measure.Steps(1));
      Finding indeksRb = only(decision, RuleId.INDEKS_RB);
      assertThat(indeksRb.status()).isEqualTo(Status.FAIL);
      assertThat(indeksRb.required()).contains(term(Grade.B));
      assertThat(indeksRb.shortfall()).contains(new Measure.Steps(1));
      assertThat(only(decision, RuleId.BPK_OPINION).status()).isEqualTo(Status.PASS);
    }
  }

  @ParameterizedTest(name = "BPK opinion {0}: {1}, {2} step(s) short of WTP")
  @CsvSource({
      "WTP, PASS, 0",
      "WDP, FAIL, 1",
      "TW,  FAIL, 2",
      "TMP, FAIL, 3",
  })
  @DisplayName("the BPK opinion issued in 2023 must be at least WTP")
  void bpkOpinionAtLeastWtp(BpkOpinion opinion, Status status, int steps) {
    // given
    Proposal proposal = PESAWARAN_WBK_2024.withInstansi(
        instansi2023(InstansiKind.PEMDA, opinion, Grade.B, Grade.CC));

    // when
    Finding finding = only(engine.decide(proposal), RuleId.BPK_OPINION);

    // then
    assertThat(finding.status()).isEqualTo(status);
    assertThat(finding.required()).contains(term(BpkOpinion.WTP));
    assertThat(finding.actual()).contains(term(opinion));
    assertThat(finding.shortfall()).isEqualTo(
        steps == 0 ? Optional.empty() : Optional.of(new Measure.Steps(steps)));
  }

  @ParameterizedTest(name = "{0}, AKIP {1}: {2}, {3} grade(s) short")
  @CsvSource({
      "WBK,  AA, PASS, 0",
      "WBK,  B,  PASS, 0",
      "WBK,  CC, FAIL, 1",
      "WBK,  C,  FAIL, 2",
      "WBK,  D,  FAIL, 3",
      "WBBM, A,  PASS, 0",
      "WBBM, BB, PASS, 0",
      "WBBM, B,  FAIL, 1",
      "WBBM, CC, FAIL, 2",
  })
  @DisplayName("the 2023 AKIP grade must be at least B for WBK and BB for WBBM")
  void akipAtLeastBOrBb(Predikat target, Grade akip, Status status, int grades) {
    // given
    Proposal proposal = KANTOR_CONTOH_WBK_2024.withTarget(target)
        .withInstansi(instansi2023(InstansiKind.KL, BpkOpinion.WTP, akip, Grade.AA));

    // when
    Finding finding = only(engine.decide(proposal), RuleId.AKIP_GRADE);

    // then
    assertThat(finding.status()).isEqualTo(status);
    assertThat(finding.required()).contains(term(target == Predikat.WBK ? Grade.B : Grade.BB));
    assertThat(finding.shortfall()).isEqualTo(
        grades == 0 ? Optional.empty() : Optional.of(new Measure.Steps(grades)));
  }

  @ParameterizedTest(name = "{0} for {1} with Indeks RB {2}: minimum {3}, {4}")
  @CsvSource({
      // WBK: at least CC for a pemda, B for a K/L
      "PEMDA, WBK,  CC, CC, PASS",
      "PEMDA, WBK,  C,  CC, FAIL",
      "KL,    WBK,  CC, B,  FAIL",
      "KL,    WBK,  B,  B,  PASS",
      // WBBM: at least B for a pemda, BB for a K/L
      "PEMDA, WBBM, B,  B,  PASS",
      "PEMDA, WBBM, CC, B,  FAIL",
      "KL,    WBBM, B,  BB, FAIL",
      "KL,    WBBM, BB, BB, PASS",
  })
  @DisplayName("the 2023 Indeks RB minimum depends on the kind of instansi and the target")
  void indeksRbByKindAndTarget(
      InstansiKind kind, Predikat target, Grade actual, Grade minimum, Status status) {
    // given
    Proposal proposal = PESAWARAN_WBK_2024.withTarget(target)
        .withInstansi(instansi2023(kind, BpkOpinion.WTP, Grade.AA, actual));

    // when
    Finding finding = only(engine.decide(proposal), RuleId.INDEKS_RB);

    // then
    assertThat(finding.status()).isEqualTo(status);
    assertThat(finding.required()).contains(term(minimum));
    assertThat(finding.actual()).contains(term(actual));
    if (status == Status.FAIL) {
      // every failing row is one grade below its minimum
      assertThat(finding.shortfall()).contains(new Measure.Steps(1));
    }
  }

  @Nested
  @DisplayName("an instansi whose facts for the evidence year are missing")
  class MissingData {

    @Test
    @DisplayName("leaves each criterion UNKNOWN and names the year 2023 it needs")
    void namesTheMissingYear() {
      // given: Mahkamah Agung, with no facts at all
      Proposal proposal = KANTOR_CONTOH_WBK_2024.withInstansi(MAHKAMAH_AGUNG);

      // when
      Decision decision = engine.decide(proposal);

      // then
      for (RuleId rule : INSTANSI_RULES) {
        Finding finding = only(decision, rule);
        assertThat(finding.status()).as("%s", rule).isEqualTo(Status.UNKNOWN);
        assertThat(finding.variant()).as("%s", rule).contains("no-data");
        assertThat(finding.context()).as("%s", rule).contains(term(2023));
        assertThat(finding.actual()).as("%s", rule).isEmpty();
      }
      assertThat(only(decision, RuleId.INDEKS_RB).required()).contains(term(Grade.B));
    }

    @Test
    @DisplayName("makes an otherwise eligible proposal UNDETERMINED, with a finding naming 2023")
    void makesTheDecisionUndetermined() {
      // given: Pesawaran without its AKIP grade, with an LKE on the WBK line
      Instansi withoutAkip = Instansi.builder()
          .name(PESAWARAN.name()).kind(InstansiKind.PEMDA)
          .putBpkOpinion(2023, BpkOpinion.WTP).putIndeksRb(2023, Grade.CC)
          .build();
      Proposal proposal = PESAWARAN_WBK_2024.withInstansi(withoutAkip).withLke(wbkOnTheLine());

      // when
      Decision decision = engine.decide(proposal);

      // then
      assertThat(decision.eligibility()).isEqualTo(Eligibility.UNDETERMINED);
      assertThat(decision.findings(Status.UNKNOWN)).singleElement().satisfies(finding -> {
        assertThat(finding.rule()).isEqualTo(RuleId.AKIP_GRADE);
        assertThat(finding.context()).contains(term(2023));
        assertThat(finding.message(Fixtures.ID)).contains("tahun 2023");
        assertThat(finding.message(Fixtures.EN)).contains("of 2023");
      });
    }

    @Test
    @DisplayName("does not take another year's fact for the evidence year")
    void doesNotUseAnotherYear() {
      // given: facts of 2024 only, while the 2024 round reads 2023
      Instansi only2024 = Instansi.builder()
          .name(PESAWARAN.name()).kind(InstansiKind.PEMDA)
          .putBpkOpinion(2024, BpkOpinion.WTP).putAkip(2024, Grade.A).putIndeksRb(2024, Grade.A)
          .build();

      // when
      Decision decision = engine.decide(PESAWARAN_WBK_2024.withInstansi(only2024));

      // then
      for (RuleId rule : INSTANSI_RULES) {
        assertThat(only(decision, rule).status()).as("%s", rule).isEqualTo(Status.UNKNOWN);
      }
    }
  }

  @Nested
  @DisplayName("a round year zi4j does not bundle (2026)")
  class RoundNotBundled {

    private final Proposal proposal = PESAWARAN_WBK_2024.withAsOf(LocalDate.of(2026, 7, 20))
        .withLke(wbkOnTheLine());

    @Test
    @DisplayName("leaves each criterion UNKNOWN, naming the round year")
    void isUnknown() {
      // when
      Decision decision = engine.decide(proposal);

      // then
      for (RuleId rule : INSTANSI_RULES) {
        Finding finding = only(decision, rule);
        assertThat(finding.status()).as("%s", rule).isEqualTo(Status.UNKNOWN);
        assertThat(finding.variant()).as("%s", rule).contains("no-round");
        assertThat(finding.context()).as("%s", rule).contains(term(2026));
        assertThat(finding.required()).as("%s", rule).isEmpty();
      }
      assertThat(decision.eligibility()).isEqualTo(Eligibility.UNDETERMINED);
    }

    @Test
    @DisplayName("is decided with the round data the proposal carries")
    void isDecidedWithTheProposalsRound() {
      // when: Balangan's proposal carries the (fictional) 2026 round
      Decision decision = engine.decide(BALANGAN_WBBM_2026);

      // then
      for (RuleId rule : INSTANSI_RULES) {
        Finding finding = only(decision, rule);
        assertThat(finding.status()).as("%s", rule).isEqualTo(Status.PASS);
        assertThat(finding.context()).as("%s", rule).contains(term(2025));
        assertThat(finding.basis()).as("%s", rule).isEqualTo(ROUND_2026.basis());
      }
    }

    @Test
    @DisplayName("is decided with round data an engine was given")
    void isDecidedWithTheEnginesRound() {
      // given
      DecisionEngine withRound2026 = DecisionEngine.of(
          RegulationFigures.bundled(), ProposalRounds.bundled().with(ROUND_2026));
      Proposal withoutOwnRound =
          BALANGAN_WBBM_2026.withRound(Optional.empty()).withLke(wbbmOnTheLine());

      // when
      Decision decision = withRound2026.decide(withoutOwnRound);

      // then
      for (RuleId rule : INSTANSI_RULES) {
        assertThat(only(decision, rule).status()).as("%s", rule).isEqualTo(Status.PASS);
      }
      assertThat(decision.eligibility()).isEqualTo(Eligibility.ELIGIBLE);
    }
  }

  @Test
  @DisplayName("the 2022 round, known by its window only, gives no criteria: UNKNOWN")
  void the2022RoundHasNoCriteria() {
    // given
    Proposal proposal = KANTOR_CONTOH_WBK_2024.withAsOf(LocalDate.of(2022, 6, 15));

    // when
    Decision decision = engine.decide(proposal);

    // then
    for (RuleId rule : INSTANSI_RULES) {
      Finding finding = only(decision, rule);
      assertThat(finding.status()).as("%s", rule).isEqualTo(Status.UNKNOWN);
      assertThat(finding.variant()).as("%s", rule).contains("no-criteria");
      assertThat(finding.context()).as("%s", rule).contains(term(2022));
    }
  }

  @Test
  @DisplayName("a proposal naming only the round's year is judged by the bundled criteria of that year")
  void aRoundWithOnlyItsYearUsesTheBundledCriteria() {
    // given
    Proposal proposal = PESAWARAN_WBK_2024.withRound(ProposalRound.builder().year(2024).build());

    // when
    Decision decision = engine.decide(proposal);

    // then
    assertThat(only(decision, RuleId.AKIP_GRADE).status()).isEqualTo(Status.PASS);
    assertThat(only(decision, RuleId.AKIP_GRADE).required()).contains(term(Grade.B));
  }
}
