package io.github.zi4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.benchmarks.baseline.BigDecimalBaseline;
import io.github.zi4j.benchmarks.baseline.DoubleBaseline;
import io.github.zi4j.benchmarks.baseline.Verdict;
import io.github.zi4j.benchmarks.engines.DroolsDecider;
import io.github.zi4j.benchmarks.engines.EasyRulesDecider;
import io.github.zi4j.benchmarks.engines.EvreteDecider;
import io.github.zi4j.benchmarks.generator.ProposalGenerator;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.rules.DecisionEngine;
import io.github.zi4j.rules.Eligibility;
import io.github.zi4j.rules.Status;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The correctness gate run before any timing")
class CorrectnessGateTest {

  private static CorrectnessGate.Report report;

  @BeforeAll
  static void runTheGate() {
    report = CorrectnessGate.run();
  }

  @Test
  @DisplayName("Every implementation reaches zi4j's verdict, with the same findings, on each of "
      + "10 000 generated proposals")
  void everyImplementationAgreesWithZi4j() {
    assertThat(report.cases()).isEqualTo(10_000);
    assertThat(report.implementations())
        .containsExactly("BigDecimal baseline", "double baseline", "Easy Rules", "Evrete", "Drools");
    assertThat(report.disagreements()).as(report.summary()).isEmpty();
    // the cases are varied enough for the gate to mean something: every verdict, every rule passing
    // and failing (the afirmasi rule only fails: for WBK its PASS is the instansi rules' afirmasi
    // variant), and every situation the rules treat apart
    assertThat(report.verdicts().values()).allSatisfy(count -> assertThat(count).isGreaterThan(100));
    assertThat(report.coverage()).hasSize(18).allSatisfy((rule, statuses) -> {
      if (!rule.equals("afirmasi")) {
        assertThat(statuses.getOrDefault(Status.PASS, 0)).as(rule + " PASS").isPositive();
      }
      assertThat(statuses.getOrDefault(Status.FAIL, 0)).as(rule + " FAIL").isPositive();
    });
    assertThat(report.coverage().get("not-yet-held").getOrDefault(Status.UNKNOWN, 0)).isPositive();
    assertThat(report.coverage().get("wbk-prerequisite").getOrDefault(Status.UNKNOWN, 0))
        .isPositive();
    assertThat(report.features()).containsOnlyKeys(CorrectnessGate.FEATURES)
        .allSatisfy((feature, count) -> assertThat(count).as(feature).isGreaterThanOrEqualTo(20));
  }

  @Test
  @DisplayName("Binary doubles without a tolerance miss minimums that exact arithmetic meets")
  void naiveDoublesDisagreeOnBoundaries() {
    assertThat(report.naiveDoubleDisagreements()).isPositive();
  }

  @Test
  @DisplayName("The benchmarked Pesawaran 2024 case is eligible for every implementation")
  void pesawaranIsEligibleEverywhere() {
    Proposal pesawaran = Fixtures.proposal(Fixtures.PESAWARAN);
    EvreteDecider evrete = new EvreteDecider();
    try {
      assertThat(DecisionEngine.standard().decide(pesawaran).eligibility())
          .isEqualTo(Eligibility.ELIGIBLE);
      assertThat(List.of(BigDecimalBaseline.decide(pesawaran).verdict(),
          DoubleBaseline.tolerant().decide(pesawaran).verdict(),
          new EasyRulesDecider().decide(pesawaran).verdict(),
          evrete.decide(pesawaran).verdict(),
          new DroolsDecider().decide(pesawaran).verdict()))
          .containsOnly(Verdict.ELIGIBLE);
      assertThat(BigDecimalBaseline.decide(pesawaran).checks())
          .hasSize(DecisionEngine.standard().decide(pesawaran).findings().size()).hasSize(19);
    } finally {
      evrete.shutdown();
    }
  }

  @Test
  @DisplayName("The generator makes the same proposals from the same seed, one at a time")
  void generatorIsDeterministic() {
    List<Proposal> first = ProposalGenerator.stream(ProposalGenerator.SEED, 50)
        .collect(Collectors.toList());
    List<Proposal> again = ProposalGenerator.stream(ProposalGenerator.SEED, 50)
        .collect(Collectors.toList());

    assertThat(again).isEqualTo(first);
    assertThat(ProposalGenerator.stream(7, 50).collect(Collectors.toList())).isNotEqualTo(first);
  }
}
