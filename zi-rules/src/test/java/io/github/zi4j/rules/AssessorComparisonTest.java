package io.github.zi4j.rules;

import static io.github.zi4j.rules.Fixtures.CONTOH_52_2014;
import static io.github.zi4j.rules.Fixtures.CONTOH_90_2021;
import static io.github.zi4j.rules.Fixtures.CONTOH_90_2021_SELF_TOTAL;
import static io.github.zi4j.rules.Fixtures.CONTOH_90_2021_TPI_TOTAL;
import static io.github.zi4j.rules.Fixtures.EN;
import static io.github.zi4j.rules.Fixtures.ID;
import static io.github.zi4j.rules.Fixtures.onlyAnswersOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Comparing the unit's own answers with the TPI's shows which differences change the predicate")
class AssessorComparisonTest {

  private static final String CAPAIAN = "S126";

  private final DecisionEngine engine = DecisionEngine.standard();

  /** {@code worksheet} with the TPI answering exactly as the unit did. */
  private static Worksheet tpiAgreeing(Worksheet worksheet) {
    Map<String, Answer> self = worksheet.answersOf(Role.SELF);
    return new Worksheet(worksheet.edition(), worksheet.unit(), Map.of(Role.SELF, self,
        Role.TPI, self));
  }

  @Nested
  @DisplayName("the 90/2021 example worksheet")
  class TheExample {

    private final AssessorComparison comparison = engine.compare(CONTOH_90_2021);

    @Test
    @DisplayName("scores both roles: SELF 93.83875, TPI 91.83875")
    void scoresBothRoles() {
      // then: by hand in Fixtures.CONTOH_90_2021
      assertThat(comparison.self().role()).contains(Role.SELF);
      assertThat(comparison.self().total()).hasValueSatisfying(
          total -> assertThat(total).isEqualByComparingTo(CONTOH_90_2021_SELF_TOTAL));
      assertThat(comparison.tpi().role()).contains(Role.TPI);
      assertThat(comparison.tpi().total()).hasValueSatisfying(
          total -> assertThat(total).isEqualByComparingTo(CONTOH_90_2021_TPI_TOTAL));
    }

    @Test
    @DisplayName("finds that the unit's answers meet WBBM and the TPI's WBK")
    void selfMeetsWbbmTpiMeetsWbk() {
      // then: the TPI's capaian C gives 2.50 < 3.75, the WBBM minimum
      assertThat(comparison.selfMeets()).contains(Predikat.WBBM);
      assertThat(comparison.tpiMeets()).contains(Predikat.WBK);
    }

    @Test
    @DisplayName("lists the three differences in template order: pemenuhan, then reform, then hasil")
    void listsTheDifferencesInTemplateOrder() {
      // then: S18 lies under pemenuhan (2), S92 under reform (34), both under pengungkit (1)
      assertThat(comparison.differences()).extracting(AnswerDifference::questionId)
          .containsExactly("S18", "S92", CAPAIAN);
      assertThat(comparison.differences()).extracting(d -> d.self().orElseThrow())
          .containsExactly(Answer.option("B"), Answer.option("A"), Answer.option("B"));
      assertThat(comparison.differences()).extracting(d -> d.tpi().orElseThrow())
          .containsExactly(Answer.option("C"), Answer.option("C"), Answer.option("C"));
    }

    @Test
    @DisplayName("gives each answer's value: A–C is 1, ½, 0 and A–E is 1, ¾, ½, ¼, 0")
    void givesEachAnswersValue() {
      // then: S18 is A-C; S92 and S126 are A-E
      assertThat(comparison.differences()).extracting(d -> d.selfValue().orElseThrow())
          .usingElementComparator(BigDecimal::compareTo)
          .containsExactly(new BigDecimal("0.5"), BigDecimal.ONE, new BigDecimal("0.75"));
      assertThat(comparison.differences()).extracting(d -> d.tpiValue().orElseThrow())
          .usingElementComparator(BigDecimal::compareTo)
          .containsExactly(BigDecimal.ZERO, new BigDecimal("0.5"), new BigDecimal("0.5"));
    }

    @Test
    @DisplayName("marks only capaian kinerja as changing the predicate: with C the unit's LKE meets only WBK")
    void onlyCapaianKinerjaChangesThePredicate() {
      // then: S18 alone: 93.83875 − 0.25, TL 6.50 ≥ 5.25 → still WBBM; S92 alone:
      // 93.83875 − 0.50, MP 7.62625 − 0.50 = 7.12625 ≥ 6.00 → still WBBM; capaian C alone:
      // 2.50 < 3.75 → WBK
      assertThat(comparison.differences()).extracting(AnswerDifference::meetsWithTpiAnswer)
          .containsExactly(Optional.of(Predikat.WBBM), Optional.of(Predikat.WBBM),
              Optional.of(Predikat.WBK));
      assertThat(comparison.predicateChanging()).extracting(AnswerDifference::questionId)
          .containsExactly(CAPAIAN);
    }
  }

  @Nested
  @DisplayName("what counts as a difference")
  class WhatCountsAsADifference {

    @Test
    @DisplayName("the same answers on both sides give none, and both sides meet the same predicate")
    void sameAnswersGiveNone() {
      // when
      AssessorComparison comparison = engine.compare(tpiAgreeing(CONTOH_90_2021));

      // then
      assertThat(comparison.differences()).isEmpty();
      assertThat(comparison.predicateChanging()).isEmpty();
      assertThat(comparison.tpiMeets()).isEqualTo(comparison.selfMeets()).contains(Predikat.WBBM);
    }

    @Test
    @DisplayName("two answers of the same value are no difference: 20 and 20.0 are the same count")
    void sameValueIsNoDifference() {
      // given: the unit counted S88 as 20
      Worksheet worksheet = CONTOH_90_2021.withAnswer(Role.TPI, "S88", Answer.number("20.0"));

      // when
      AssessorComparison comparison = engine.compare(worksheet);

      // then
      assertThat(comparison.differences()).extracting(AnswerDifference::questionId)
          .doesNotContain("S88").hasSize(3);
    }

    @Test
    @DisplayName("a count the TPI counted otherwise is a difference, with both counts as values")
    void aCountCountedOtherwise() {
      // given: the TPI counts 4 changes integrated (S91) of 8, where the unit counted 6
      Worksheet worksheet = CONTOH_90_2021.withAnswer(Role.TPI, "S91", Answer.number(4));

      // when
      AssessorComparison comparison = engine.compare(worksheet);

      // then: 36.b 4 / 8 = 0.5, 36 = (1 + 0.5) / 2 x 2 = 1.5, 0.25 less: MP 7.37625 ≥ 6 → WBBM
      assertThat(comparison.differences()).extracting(AnswerDifference::questionId)
          .containsExactly("S18", "S91", "S92", CAPAIAN);
      AnswerDifference count = comparison.differences().get(1);
      assertThat(count.selfValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("6"));
      assertThat(count.tpiValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4"));
      assertThat(count.changesPredikat()).isFalse();
      assertThat(comparison.tpi().points("36")).hasValueSatisfying(
          p -> assertThat(p).isEqualByComparingTo("1.5"));
    }

    @Test
    @DisplayName("a question the unit answered and the TPI did not counts, with no TPI answer")
    void aQuestionOnlyTheUnitAnswered() {
      // given
      Worksheet worksheet = CONTOH_90_2021.withoutAnswer(Role.TPI, "S40");

      // when
      AssessorComparison comparison = engine.compare(worksheet);

      // then: S40 lies between S18 and S92 in template order
      assertThat(comparison.differences()).extracting(AnswerDifference::questionId)
          .containsExactly("S18", "S40", "S92", CAPAIAN);
      AnswerDifference unanswered = comparison.differences().get(1);
      assertThat(unanswered.self()).contains(Answer.option("A"));
      assertThat(unanswered.tpi()).isEmpty();
      assertThat(unanswered.tpiValue()).isEmpty();
      assertThat(comparison.tpi().complete()).isFalse();
      // a blank has no answer to put in place of the unit's: it cannot change the predicate
      assertThat(unanswered.changesPredikat()).isFalse();
      assertThat(unanswered.meetsWithTpiAnswer()).contains(Predikat.WBBM);
      assertThat(comparison.tpiMeets()).isEmpty();
    }
  }

  @Nested
  @DisplayName("a worksheet of another edition (52/2014, the TPI scoring the survey 3.59)")
  class AnotherEdition {

    private final AssessorComparison comparison = engine.compare(tpiAgreeing(CONTOH_52_2014)
        .withAnswer(Role.TPI, "HASIL.BERSIH.SURVEI.a", Answer.number("3.59")));

    @Test
    @DisplayName("judges each side by the edition's template minimums: SELF meets WBK, the TPI nothing")
    void judgesByTheTemplatesMinimums() {
      // then: 3.59 / 4 × 15 = 13.4625 < 13.5, bersih 17.9625 < 18; WBBM's unknown minimums count
      // as not met
      assertThat(comparison.selfMeets()).contains(Predikat.WBK);
      assertThat(comparison.tpiMeets()).isEmpty();
      assertThat(comparison.tpi().total()).hasValueSatisfying(
          total -> assertThat(total).isEqualByComparingTo("89.9625"));
    }

    @Test
    @DisplayName("finds the one difference, which alone changes the predicate from WBK to none")
    void findsTheOneDifference() {
      // then
      assertThat(comparison.differences()).singleElement().satisfies(d -> {
        assertThat(d.questionId()).isEqualTo("HASIL.BERSIH.SURVEI.a");
        assertThat(d.self()).contains(Answer.number("3.6"));
        assertThat(d.tpi()).contains(Answer.number("3.59"));
        assertThat(d.meetsWithTpiAnswer()).isEmpty();
        assertThat(d.changesPredikat()).isTrue();
      });
    }
  }

  @Nested
  @DisplayName("a worksheet without both roles' answers")
  class WithoutBothRoles {

    @Test
    @DisplayName("is rejected when the TPI gave no answers")
    void withoutTpi() {
      // given
      Worksheet worksheet = onlyAnswersOf(CONTOH_90_2021, Role.SELF);

      // then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> engine.compare(worksheet))
          .withMessage("a comparison needs answers of both SELF and TPI, but TPI gave none");
    }

    @Test
    @DisplayName("is rejected when the unit gave no answers")
    void withoutSelf() {
      // given
      Worksheet worksheet = onlyAnswersOf(CONTOH_90_2021, Role.TPI);

      // then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> engine.compare(worksheet))
          .withMessage("a comparison needs answers of both SELF and TPI, but SELF gave none");
    }
  }

  @Nested
  @DisplayName("explained as text")
  class Explained {

    private final AssessorComparison comparison = engine.compare(CONTOH_90_2021);

    @Test
    @DisplayName("in Bahasa Indonesia: a title with both totals, then a line per difference; WBBM and WBK spelled out at their first use, TPI already named")
    void inBahasaIndonesia() {
      // then: 93.83875 and 91.83875 shown half-up at 2 decimals
      assertThat(comparison.explain(ID)).isEqualTo(
          "Penilaian mandiri unit: 93,84, memenuhi: WBBM (Wilayah Birokrasi Bersih dan Melayani); "
              + "penilaian Tim Penilai Internal (TPI): 91,84, memenuhi: WBK (Wilayah Bebas dari "
              + "Korupsi); jawaban yang berbeda: 3\n"
              + "  S18 Pelayanan publik memakai teknologi informasi: B -> C\n"
              + "  S92 Pimpinan menunjukkan komitmen pada perubahan: A -> C\n"
              + "  S126 Capaian kinerja: A di atas target dan lebih baik dari "
              + "tahun lalu dan unit sejenis ... E tidak berorientasi hasil: B -> C  "
              + "[jawaban TPI ini saja mengubah predikat yang terpenuhi dari WBBM menjadi WBK]\n");
    }

    @Test
    @DisplayName("in English: a title with both totals, then a line per difference")
    void inEnglish() {
      // then: question texts are the template's own, in Bahasa Indonesia
      assertThat(comparison.explain(EN)).isEqualTo(
          "Unit self-assessment: 93.84, meets: WBBM (Wilayah Birokrasi Bersih dan Melayani, Clean "
              + "and Serving Bureaucracy Zone); internal assessment team (TPI): 91.84, meets: WBK "
              + "(Wilayah Bebas dari Korupsi, Corruption-Free Zone); answers that differ: 3\n"
              + "  S18 Pelayanan publik memakai teknologi informasi: B -> C\n"
              + "  S92 Pimpinan menunjukkan komitmen pada perubahan: A -> C\n"
              + "  S126 Capaian kinerja: A di atas target dan lebih baik dari "
              + "tahun lalu dan unit sejenis ... E tidak berorientasi hasil: B -> C  "
              + "[the TPI answer alone changes the predicate met from WBBM to WBK]\n");
    }
  }
}
