package io.github.zi4j.rules;

import static io.github.zi4j.rules.Fixtures.BALANGAN_WBBM_2026;
import static io.github.zi4j.rules.Fixtures.CONTOH_90_2021;
import static io.github.zi4j.rules.Fixtures.KANTOR_CONTOH_WBK_2024;
import static io.github.zi4j.rules.Fixtures.PEKALONGAN_WBBM_2024;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_WBK_2024;
import static io.github.zi4j.rules.Fixtures.PN_SURABAYA_WBK_2024;
import static io.github.zi4j.rules.Fixtures.lke;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.CapaianKinerja;
import io.github.zi4j.lke.LkeScorer;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Edition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws every decision and every score obeys, whatever the input: the eligibility agrees with the
 * findings, and a better answer never lowers a score.
 */
@Label("Laws of decisions and scores")
class DecisionLawsTest {

  private static final DecisionEngine ENGINE = DecisionEngine.standard();
  private static final LkeScorer SCORER = LkeScorer.bundled(Edition.PERMENPANRB_90_2021);
  private static final List<Proposal> BASES = List.of(PESAWARAN_WBK_2024, BALANGAN_WBBM_2026,
      PN_SURABAYA_WBK_2024, PEKALONGAN_WBBM_2024, KANTOR_CONTOH_WBK_2024);

  @Property(tries = 500)
  @Label("a NOT_ELIGIBLE decision has a FAIL finding, an UNDETERMINED one an UNKNOWN finding and "
      + "no FAIL, an ELIGIBLE one neither")
  void eligibilityAgreesWithFindings(@ForAll("proposals") Proposal proposal) {
    Decision decision = ENGINE.decide(proposal);

    boolean anyFail = !decision.findings(Status.FAIL).isEmpty();
    boolean anyUnknown = !decision.findings(Status.UNKNOWN).isEmpty();
    switch (decision.eligibility()) {
      case NOT_ELIGIBLE -> assertThat(anyFail).as("a FAIL finding").isTrue();
      case UNDETERMINED -> assertThat(anyUnknown && !anyFail).as("UNKNOWN and no FAIL").isTrue();
      case ELIGIBLE -> assertThat(anyFail || anyUnknown).as("FAIL or UNKNOWN").isFalse();
      default -> throw new AssertionError("an eligibility the law does not know: "
          + decision.eligibility());
    }
  }

  @Property(tries = 300)
  @Label("a yes/no answer turned from TIDAK to YA, or a graded answer raised a letter, never "
      + "lowers the total")
  void betterAnswerNeverLowersTheScore(@ForAll("improvements") Map.Entry<String, Answer> better) {
    Worksheet before = Fixtures.onlyAnswersOf(CONTOH_90_2021, Role.SELF)
        .withAnswer(Role.SELF, better.getKey(), worse(better.getValue()));
    Worksheet after = before.withAnswer(Role.SELF, better.getKey(), better.getValue());

    BigDecimal totalBefore = SCORER.score(before, Role.SELF).total().orElseThrow();
    BigDecimal totalAfter = SCORER.score(after, Role.SELF).total().orElseThrow();

    assertThat(totalAfter).as("%s improved to %s", better.getKey(), better.getValue())
        .isGreaterThanOrEqualTo(totalBefore);
  }

  /** The answer one step worse than {@code answer}: TIDAK for YA, the next letter for a letter. */
  private static Answer worse(Answer answer) {
    if (answer instanceof Answer.YesNo) {
      return Answer.YesNo.TIDAK;
    }
    char letter = ((Answer.Option) answer).letter().charAt(0);
    return new Answer.Option(String.valueOf((char) (letter + 1)));
  }

  @Provide
  Arbitrary<Map.Entry<String, Answer>> improvements() {
    List<Map.Entry<String, Answer>> better = new ArrayList<>();
    for (Map.Entry<String, Answer> answer : CONTOH_90_2021.answersOf(Role.SELF).entrySet()) {
      String id = answer.getKey();
      if (answer.getValue() instanceof Answer.YesNo) {
        better.add(Map.entry(id, Answer.YesNo.YA));
      } else if (answer.getValue() instanceof Answer.Option) {
        // A-B, B-C and, where the question has it, C-D: try each letter that has a worse one
        for (String letter : List.of("A", "B")) {
          better.add(Map.entry(id, new Answer.Option(letter)));
        }
      }
    }
    return Arbitraries.of(better);
  }

  @Provide
  Arbitrary<Proposal> proposals() {
    Arbitrary<String> share = Arbitraries.bigDecimals().between(new BigDecimal("0.40"), BigDecimal.ONE)
        .ofScale(4).map(BigDecimal::toPlainString);
    Arbitrary<String> index = Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("4"))
        .ofScale(2).map(BigDecimal::toPlainString);
    return Combinators.combine(Arbitraries.of(BASES), share, index,
            Arbitraries.of(CapaianKinerja.class), index, Arbitraries.integers().between(1, 365))
        .as((base, parts, ipak, capaian, ipkp, day) -> base
            .withLke(lke().allPartsAt(parts).hasil(ipak, capaian, ipkp).build())
            .withAsOf(base.asOf().withDayOfYear(day)));
  }
}
