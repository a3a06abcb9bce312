package io.github.zi4j.lke;

import static io.github.zi4j.lke.LkeFixtures.CONTOH_52_2014;
import static io.github.zi4j.lke.LkeFixtures.CONTOH_90_2021;
import static io.github.zi4j.lke.LkeFixtures.SCORER_52_2014;
import static io.github.zi4j.lke.LkeFixtures.SCORER_90_2021;
import static io.github.zi4j.lke.LkeFixtures.TEMPLATE_90_2021;
import static io.github.zi4j.lke.LkeFixtures.indicator;
import static io.github.zi4j.lke.LkeFixtures.node;
import static io.github.zi4j.lke.LkeFixtures.points;
import static io.github.zi4j.lke.LkeFixtures.template;
import static io.github.zi4j.lke.LkeFixtures.without;
import static io.github.zi4j.lke.LkeFixtures.yesNo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The LKE scorer gives an indicator the mean of its answers' values times its weight, and every other node the sum of its children")
class LkeScorerTest {

  @Nested
  @DisplayName("the 90/2021 example worksheet answered by the unit itself (SELF), computed by hand")
  class Contoh90SelfAssessment {

    // contoh-90-2021.json, SELF: every graded answer is A or YA (worth 1) but five, and the counts
    // are as below. An indicator earns the mean of its scored items (graded questions and computed
    // items; counts are not averaged) x its weight w:
    //
    // pemenuhan
    //   7   w 1.5, 4 items: S12 B of A-D = 0.67   -> (1 + 1 + 1 + 0.67) / 4 x 1.5 = 0.9175 x 1.5 = 1.37625 (-0.12375)
    //   10  w 2,   4 items: S18 B of A-C = 0.5    -> (1 + 1 + 0.5 + 1) / 4 x 2 = 0.875 x 2       = 1.75    (-0.25)
    //   24  w 1.5, 4 items: S53 B of A-E = 0.75   -> (0.75 + 1 + 1 + 1) / 4 x 1.5 = 0.9375 x 1.5 = 1.40625 (-0.09375)
    //   pemenuhan 30 - 0.12375 - 0.25 - 0.09375 = 29.5325
    //
    // reform
    //   36  w 2: 36.a S89 / S88 = 25 / 20, capped at 1; 36.b S91 / S90 = 6 / 8 = 0.75
    //                                            -> (1 + 0.75) / 2 x 2                          = 1.75    (-0.25)
    //   46  w 2: 46.a discipline S102 0 last year, S103 0 this year = 1  -> 1 x 2              = 2       (full)
    //   48  w 2: 48.a S106 / S105 = 9 / 10 = 0.9 -> 0.9 x 2                                     = 1.8     (-0.2)
    //   53  w 3: 53.a S112 / S110 = 0 / 0, nothing to follow up = 1      -> 1 x 3              = 3       (full)
    //   55  w 1: 55.a LHKPN S116 / (S113 + S114 + S115) = 3 / (2 + 1 + 1) = 0.75 -> 0.75 x 1   = 0.75    (-0.25)
    //   56  w 1: 56.a S120 / (S117 + S118 + S119) = 40 / (20 + 15 + 5) = 1     -> 1 x 1        = 1       (full)
    //   54  = 55 + 56 = 0.75 + 1                                                                = 1.75
    //   58  w 2.5: S121 B of A-D = 0.67; 58.a S123 / S122 = 3 / 4 = 0.75
    //                                            -> (0.67 + 0.75) / 2 x 2.5 = 0.71 x 2.5        = 1.775   (-0.725)
    //   reform 30 - 0.25 - 0.2 - 0.25 - 0.725 = 28.575
    //
    // pengungkit 29.5325 + 28.575 = 58.1075
    // hasil: IPAK S125 3.71 -> 3.71 / 4 x 17.5 = 0.9275 x 17.5 = 16.23125; capaian S126 B = 0.75 x 5 = 3.75;
    //        bersih 16.23125 + 3.75 = 19.98125; IPKP S127 3.60 -> 0.9 x 17.5 = 15.75
    //   hasil 19.98125 + 15.75 = 35.73125
    // total 58.1075 + 35.73125 = 93.83875
    private final LkeScore score = SCORER_90_2021.score(CONTOH_90_2021, Role.SELF);

    @Test
    @DisplayName("the total is 58.1075 + 35.73125 = 93.83875")
    void total() {
      // when, then
      assertThat(score.total()).hasValueSatisfying(
          total -> assertThat(total).isEqualByComparingTo(points("93.83875")));
    }

    @ParameterizedTest(name = "{0} earns {1}")
    @DisplayName("each component and part earns what the hand computation says")
    @CsvSource({
        "1,  58.1075",   // pengungkit
        "2,  29.5325",   // pemenuhan
        "34, 28.575",    // reform
        "60, 35.73125",  // hasil
        "61, 19.98125",  // birokrasi bersih dan akuntabel
        "62, 15.75"      // pelayanan publik prima
    })
    void parts(String id, BigDecimal expected) {
      // when, then
      assertThat(score.points(id)).hasValueSatisfying(
          earned -> assertThat(earned).isEqualByComparingTo(expected));
    }

    @ParameterizedTest(name = "{0} earns {1}")
    @DisplayName("an indicator with a lower item earns the mean of its scored items times its weight")
    @CsvSource({
        "7,          1.37625",
        "10,         1.75",
        "24,         1.40625",
        "36,         1.75",
        "48,         1.8",
        "55,         0.75",
        "54,         1.75",
        "58,         1.775",
        "61.IPAK,    16.23125",
        "61.CAPAIAN, 3.75",
        "62.IPKP,    15.75"
    })
    void lowerIndicators(String id, BigDecimal expected) {
      // when, then
      assertThat(score.points(id)).hasValueSatisfying(
          earned -> assertThat(earned).isEqualByComparingTo(expected));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @DisplayName("each computed item is worth what its counts give")
    @CsvSource({
        "36, 36.a, 1",     // 25 / 20, capped at 1
        "36, 36.b, 0.75",  // 6 / 8
        "46, 46.a, 1",     // no violation last year nor this year
        "48, 48.a, 0.9",   // 9 / 10
        "53, 53.a, 1",     // 0 / 0: nothing was due, nothing is missing
        "55, 55.a, 0.75",  // 3 / (2 + 1 + 1)
        "56, 56.a, 1",     // 40 / (20 + 15 + 5)
        "58, 58.a, 0.75"   // 3 / 4
    })
    void computedItems(String indicator, String item, BigDecimal expected) {
      // when
      QuestionScore computed = score.node(indicator).orElseThrow().computed().stream()
          .filter(c -> c.id().equals(item)).findFirst().orElseThrow();

      // then
      assertThat(computed.answer()).isEmpty();
      assertThat(computed.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @Test
    @DisplayName("a count keeps its answer and has no value of its own")
    void counts() {
      // when
      QuestionScore s88 = score.node("36").orElseThrow().questions().get(0);

      // then
      assertThat(s88.id()).isEqualTo("S88");
      assertThat(s88.answer()).contains(Answer.number(20));
      assertThat(s88.value()).isEmpty();
    }

    @Test
    @DisplayName("every other indicator, all answered at the top, earns its full weight")
    void fullIndicators() {
      // given the indicators that lost points above
      Set<String> lower = Set.of("7", "10", "24", "36", "48", "55", "58",
          "61.IPAK", "61.CAPAIAN", "62.IPKP");

      // when, then: 46 (no violations), 53 (0 of 0) and 56 among them
      TEMPLATE_90_2021.indicators().stream()
          .filter(indicator -> !lower.contains(indicator.id()))
          .forEach(indicator -> assertThat(score.points(indicator.id()))
              .as(indicator.id())
              .hasValueSatisfying(earned -> assertThat(earned).isEqualByComparingTo(indicator.weight())));
    }

    @Test
    @DisplayName("a complete worksheet leaves nothing unanswered")
    void complete() {
      // when, then
      assertThat(score.complete()).isTrue();
      assertThat(score.unanswered()).isEmpty();
      assertThat(score.role()).contains(Role.SELF);
    }
  }

  @Nested
  @DisplayName("the 90/2021 example worksheet answered by the TPI")
  class Contoh90Tpi {

    // The TPI differs from SELF in three answers:
    //   S18 C of A-C = 0     -> 10: (1 + 1 + 0 + 1) / 4 x 2 = 1.5   (0.25 less than SELF's 1.75)
    //   S92 C of A-E = 0.5   -> 37: 0.5 x 1                 = 0.5   (0.5 less than SELF's 1)
    //   S126 C of A-E = 0.5  -> capaian 0.5 x 5             = 2.5   (1.25 less than SELF's 3.75)
    //
    //   pengungkit 58.1075 - 0.25 - 0.5 = 57.3575; hasil 35.73125 - 1.25 = 34.48125
    //   total      93.83875 - 0.25 - 0.5 - 1.25 = 91.83875 (= 57.3575 + 34.48125)
    private final LkeScore score = SCORER_90_2021.score(CONTOH_90_2021, Role.TPI);

    @Test
    @DisplayName("the total is 93.83875 - 0.25 - 0.5 - 1.25 = 91.83875")
    void total() {
      // when, then
      assertThat(score.total()).hasValueSatisfying(
          total -> assertThat(total).isEqualByComparingTo(points("91.83875")));
    }

    @ParameterizedTest(name = "{0} earns {1}")
    @DisplayName("the TPI's lower answers cost what the hand computation says")
    @CsvSource({
        "10,         1.5",
        "37,         0.5",
        "61.CAPAIAN, 2.5",
        "1,          57.3575",
        "60,         34.48125"
    })
    void parts(String id, BigDecimal expected) {
      // when, then
      assertThat(score.points(id)).hasValueSatisfying(
          earned -> assertThat(earned).isEqualByComparingTo(expected));
    }
  }

  @Nested
  @DisplayName("the 52/2014 example worksheet")
  class Contoh52 {

    // contoh-52-2014.json: each area is one indicator of three A-C questions; all A except
    //   SDM.1 w 15: A, B, A -> (1 + 0.5 + 1) / 3 x 15 = 2.5 / 3 x 15 = 12.5   (-2.5)
    //   PW.1  w 15: A, A, B -> 2.5 / 3 x 15                           = 12.5   (-2.5)
    //   pengungkit 60 - 2.5 - 2.5 = 55
    //
    //   survey 3.6     -> 3.6 / 4 x 15 = 0.9 x 15  = 13.5
    //   TLHP 18/20     -> 0.9 x 5                   =  4.5
    //   bersih         13.5 + 4.5                   = 18
    //   service 3.4    -> 3.4 / 4 x 20 = 0.85 x 20 = 17
    //   hasil          18 + 17                      = 35
    //   total          55 + 35                      = 90
    private final LkeScore score = SCORER_52_2014.score(CONTOH_52_2014, Role.SELF);

    @Test
    @DisplayName("the total is 55 + 35 = 90")
    void total() {
      // when, then
      assertThat(score.total()).hasValueSatisfying(
          total -> assertThat(total).isEqualByComparingTo(points("90")));
    }

    @ParameterizedTest(name = "{0} earns {1}")
    @DisplayName("each part earns what the hand computation says")
    @CsvSource({
        "SDM.1,                  12.5",
        "PW.1,                   12.5",
        "MP.1,                   5",
        "PENGUNGKIT,             55",
        "HASIL.BERSIH.SURVEI,    13.5",
        "HASIL.BERSIH.TLHP,      4.5",
        "HASIL.BERSIH,           18",
        "HASIL.PELAYANAN.SURVEI, 17",
        "HASIL,                  35"
    })
    void parts(String id, BigDecimal expected) {
      // when, then
      assertThat(score.points(id)).hasValueSatisfying(
          earned -> assertThat(earned).isEqualByComparingTo(expected));
    }
  }

  @Nested
  @DisplayName("a worksheet with S54 (a graded question of indicator 24) left unanswered")
  class AnUnansweredQuestion {

    private final Worksheet withoutS54 = without(CONTOH_90_2021, Role.SELF, "S54");

    @Test
    @DisplayName("by default it is reported and leaves its indicator and every ancestor without points")
    void reported() {
      // when
      LkeScore score = SCORER_90_2021.score(withoutS54, Role.SELF);

      // then: 24 is in area 22 of pemenuhan (2), of pengungkit (1)
      assertThat(score.unanswered()).containsExactly("S54");
      assertThat(score.complete()).isFalse();
      assertThat(score.total()).isEmpty();
      for (String ancestor : new String[] {"24", "22", "2", "1", "LKE"}) {
        assertThat(score.points(ancestor)).as(ancestor).isEmpty();
      }
    }

    @Test
    @DisplayName("by default the nodes beside it keep their points")
    void othersKeepTheirPoints() {
      // when
      LkeScore score = SCORER_90_2021.score(withoutS54, Role.SELF);

      // then 23 all A = 1.5, reform 28.575 and hasil 35.73125 as on the complete worksheet
      assertThat(score.points("23")).hasValueSatisfying(
          p -> assertThat(p).isEqualByComparingTo(points("1.5")));
      assertThat(score.points("34")).hasValueSatisfying(
          p -> assertThat(p).isEqualByComparingTo(points("28.575")));
      assertThat(score.points("60")).hasValueSatisfying(
          p -> assertThat(p).isEqualByComparingTo(points("35.73125")));
    }

    @Test
    @DisplayName("scored as zero on request, it is worth 0 and is still listed as unanswered")
    void scoredAsZero() {
      // when
      LkeScore score = SCORER_90_2021.score(withoutS54, Role.SELF, MissingAnswers.SCORE_AS_ZERO);

      // then 24 = (0.75 + 0 + 1 + 1) / 4 x 1.5 = 1.03125, 0.375 below the answered 1.40625,
      // so the total is 93.83875 - 0.375 = 93.46375
      assertThat(score.unanswered()).containsExactly("S54");
      assertThat(score.complete()).isTrue();
      assertThat(score.points("24")).hasValueSatisfying(
          p -> assertThat(p).isEqualByComparingTo(points("1.03125")));
      assertThat(score.total()).hasValueSatisfying(
          p -> assertThat(p).isEqualByComparingTo(points("93.46375")));
      assertThat(score.node("24").orElseThrow().questions())
          .filteredOn(question -> question.id().equals("S54"))
          .singleElement()
          .satisfies(question -> {
            assertThat(question.answer()).isEmpty();
            assertThat(question.value()).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo(BigDecimal.ZERO));
          });
    }
  }

  @Nested
  @DisplayName("a worksheet with a count left unanswered")
  class AnUnansweredCount {

    @Test
    @DisplayName("a count a percentage reads (S116) leaves that item, its indicator and every ancestor without points")
    void readByAnItem() {
      // when
      LkeScore score = SCORER_90_2021.score(without(CONTOH_90_2021, Role.SELF, "S116"), Role.SELF);

      // then: 55.a is unanswered; 56 keeps its 1
      assertThat(score.unanswered()).containsExactly("S116");
      assertThat(score.node("55").orElseThrow().computed()).singleElement()
          .satisfies(item -> assertThat(item.value()).isEmpty());
      for (String ancestor : new String[] {"55", "54", "51", "34", "1", "LKE"}) {
        assertThat(score.points(ancestor)).as(ancestor).isEmpty();
      }
      assertThat(score.points("56")).hasValueSatisfying(
          p -> assertThat(p).isEqualByComparingTo(points("1")));
    }

    @Test
    @DisplayName("scored as zero on request, the item that reads it is worth 0, never a 0 count")
    void readByAnItemScoredAsZero() {
      // when
      LkeScore score = SCORER_90_2021.score(without(CONTOH_90_2021, Role.SELF, "S116"), Role.SELF,
          MissingAnswers.SCORE_AS_ZERO);

      // then 55 = 0 x 1 = 0, 0.75 below the answered 0.75: total 93.83875 - 0.75 = 93.08875
      assertThat(score.points("55")).hasValueSatisfying(
          p -> assertThat(p).isEqualByComparingTo(BigDecimal.ZERO));
      assertThat(score.total()).hasValueSatisfying(
          p -> assertThat(p).isEqualByComparingTo(points("93.08875")));
    }

    @Test
    @DisplayName("a count no item reads (S104, sanctioned violations) is reported and costs nothing")
    void readByNoItem() {
      // when
      LkeScore score = SCORER_90_2021.score(without(CONTOH_90_2021, Role.SELF, "S104"), Role.SELF);

      // then
      assertThat(score.unanswered()).containsExactly("S104");
      assertThat(score.complete()).isTrue();
      assertThat(score.points("46")).hasValueSatisfying(
          p -> assertThat(p).isEqualByComparingTo(points("2")));
      assertThat(score.total()).hasValueSatisfying(
          p -> assertThat(p).isEqualByComparingTo(points("93.83875")));
    }
  }

  @Nested
  @DisplayName("a worksheet the template cannot score")
  class AWorksheetTheTemplateCannotScore {

    @Test
    @DisplayName("a worksheet of another edition is rejected, naming both editions")
    void otherEdition() {
      // when, then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> SCORER_90_2021.score(CONTOH_52_2014, Role.SELF))
          .withMessageContainingAll("PERMENPANRB_52_2014", "PERMENPANRB_90_2021");
    }

    @Test
    @DisplayName("answers to questions the template lacks are rejected, listing them all")
    void unknownQuestions() {
      // given an answer to a computed item, which nobody answers, and one to no question at all
      Worksheet worksheet = CONTOH_90_2021
          .withAnswer(Role.SELF, "XX.1.a", Answer.YesNo.YA)
          .withAnswer(Role.SELF, "36.a", Answer.number(1));

      // when, then: each named, with the role, in id order
      assertThatExceptionOfType(InvalidAnswersException.class)
          .isThrownBy(() -> SCORER_90_2021.score(worksheet, Role.SELF))
          .withMessage("answers of SELF: "
              + "question 36.a: not a question of template PERMENPANRB_90_2021; "
              + "question XX.1.a: not a question of template PERMENPANRB_90_2021")
          .satisfies(e -> assertThat(e.problems()).containsOnlyKeys("36.a", "XX.1.a"));
    }

    @Test
    @DisplayName("of many bad answers the message lists ten and counts the rest; problems() has all")
    void manyBadAnswers() {
      // given 25 answers to questions the template lacks
      Worksheet worksheet = CONTOH_90_2021;
      for (int i = 10; i < 35; i++) {
        worksheet = worksheet.withAnswer(Role.SELF, "XX." + i, Answer.YesNo.YA);
      }
      Worksheet many = worksheet;

      // when, then
      assertThatExceptionOfType(InvalidAnswersException.class)
          .isThrownBy(() -> SCORER_90_2021.score(many, Role.SELF))
          .satisfies(e -> {
            assertThat(e.getMessage()).startsWith("answers of SELF: question XX.10: ")
                .contains("question XX.19: ").doesNotContain("XX.20")
                .endsWith("; and 15 more");
            assertThat(e.problems()).hasSize(25);
          });
    }

    @Test
    @DisplayName("several answers a question does not take are all listed in one message")
    void severalBadAnswers() {
      // given a number to a yes/no question, D to an A-C question, a fraction to a count, and a
      // survey value above 4
      Worksheet worksheet = CONTOH_90_2021
          .withAnswer(Role.SELF, "S1", Answer.number("3"))
          .withAnswer(Role.SELF, "S2", Answer.option("D"))
          .withAnswer(Role.SELF, "S88", Answer.number("2.5"))
          .withAnswer(Role.SELF, "S125", Answer.number("4.5"));

      // when, then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> SCORER_90_2021.score(worksheet, Role.SELF))
          .withMessageContainingAll(
              "question S1: answer must be YA or TIDAK, but was 3",
              "question S2: answer must be one of [A, B, C], but was D",
              "question S88: answer must be a count, a whole number from 0, but was 2.5",
              "question S125: answer must be a survey value from 0 to 4, but was 4.5");
    }

    @Test
    @DisplayName("a part above a whole of 0 is bad input, named at the part, when scored or checked")
    void partAboveAWholeOfZero() {
      // given 2 complaints completed of none to follow up
      Worksheet worksheet = CONTOH_90_2021.withAnswer(Role.SELF, "S112", Answer.number(2));
      String expected = "answers of SELF: question S112: the part of 53.a (S112) must be 0 when its "
          + "whole (S110) is 0, but was 2";

      // when, then
      assertThatExceptionOfType(InvalidAnswersException.class)
          .isThrownBy(() -> SCORER_90_2021.score(worksheet, Role.SELF))
          .withMessage(expected);
      assertThatExceptionOfType(InvalidAnswersException.class)
          .isThrownBy(() -> SCORER_90_2021.check(worksheet, Role.SELF))
          .withMessage(expected);
    }

    @Test
    @DisplayName("an invalid template cannot be scored, and the message lists its problems")
    void invalidTemplate() {
      // given a root of 90 whose children add up to 60 + 40 = 100
      LkeTemplate invalid = template(node("LKE", "90",
          indicator("PENGUNGKIT", "60", yesNo("P.a")), indicator("HASIL", "40", yesNo("H.a"))));

      // when, then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> LkeScorer.of(invalid))
          .withMessageContainingAll("template MINI must be valid", "2 problem(s)",
              "LKE: the root must weigh 100, but weighs 90",
              "LKE: the children's weights add up to 100, but the node weighs 90");
    }
  }

  @Nested
  @DisplayName("a role that answered nothing")
  class ARoleThatAnsweredNothing {

    @Test
    @DisplayName("leaves every question unanswered, in template order")
    void everythingUnanswered() {
      // given the 52/2014 worksheet, which only the unit itself answered
      LkeScore score = SCORER_52_2014.score(CONTOH_52_2014, Role.TPI);

      // then 6 areas x 3 questions + 3 hasil questions = 21, MP.1.a first
      assertThat(score.unanswered()).hasSize(21).startsWith("MP.1.a", "MP.1.b");
      assertThat(score.total()).isEmpty();
    }
  }
}
