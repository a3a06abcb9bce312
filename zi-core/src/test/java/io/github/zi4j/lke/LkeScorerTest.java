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
  @DisplayName("the 90/2021 example worksheet answered by the unit itself (SELF)")
  class Contoh90SelfAssessment {

    // contoh-90-2021.json, SELF: every answer is A or YA (worth 1), every count is complete (10/10)
    // and SDM.R.1.a is 100 %, except (indicator weight w, n questions, mean of values x w):
    //
    //   TL.P.2   w 2.00, 4 q: TL.P.2.c B = 0.5        -> (1 + 1 + 0.5 + 1) / 4 x 2    = 1.75    (-0.25)
    //   SDM.P.3  w 1.25, 4 q: SDM.P.3.c 80 % = 0.8    -> 3.8 / 4 x 1.25               = 1.1875  (-0.0625)
    //   PW.P.3   w 1.50, 4 q: PW.P.3.b 45/50 = 0.9    -> 3.9 / 4 x 1.5                = 1.4625  (-0.0375)
    //   SDM.R.3  w 2.00, 1 q: SDM.R.3.a 12->6 = 6/12  -> 0.5 x 2                      = 1.0     (-1.0)
    //   PW.R.2   w 3.00, 1 q: PW.R.2.a 38/40 = 0.95   -> 0.95 x 3                     = 2.85    (-0.15)
    //   PP.R.1   w 2.50, 2 q: PP.R.1.b B = 0.5        -> (1 + 0.5) / 2 x 2.5          = 1.875   (-0.625)
    //
    //   pemenuhan  30 - 0.25 - 0.0625 - 0.0375         = 29.65
    //   reform     30 - 1.0 - 0.15 - 0.625              = 28.225
    //   pengungkit 29.65 + 28.225 = 60 - 2.125          = 57.875
    //
    //   IPAK 3.71      -> 3.71 / 4 x 17.5 = 0.9275 x 17.5 = 16.23125
    //   capaian B      -> A..E = 1, 0.75, 0.5, 0.25, 0: 0.75 x 5 = 3.75
    //   bersih         16.23125 + 3.75                   = 19.98125
    //   IPKP 3.60      -> 3.60 / 4 x 17.5 = 0.9 x 17.5     = 15.75
    //   hasil          19.98125 + 15.75                  = 35.73125
    //
    //   total          57.875 + 35.73125                 = 93.60625
    private final LkeScore score = SCORER_90_2021.score(CONTOH_90_2021, Role.SELF);

    @Test
    @DisplayName("the total is 57.875 + 35.73125 = 93.60625")
    void total() {
      // when, then
      assertThat(score.total()).hasValueSatisfying(
          total -> assertThat(total).isEqualByComparingTo(points("93.60625")));
    }

    @ParameterizedTest(name = "{0} earns {1}")
    @DisplayName("each component and part earns what the hand computation says")
    @CsvSource({
        "PENGUNGKIT,      57.875",
        "PEMENUHAN,       29.65",
        "REFORM,          28.225",
        "HASIL,           35.73125",
        "HASIL.BERSIH,    19.98125",
        "HASIL.PELAYANAN, 15.75"
    })
    void parts(String id, BigDecimal expected) {
      // when, then
      assertThat(score.points(id)).hasValueSatisfying(
          earned -> assertThat(earned).isEqualByComparingTo(expected));
    }

    @ParameterizedTest(name = "{0} earns {1}")
    @DisplayName("an indicator with a lower answer earns the mean of its values times its weight")
    @CsvSource({
        "TL.P.2,               1.75",
        "SDM.P.3,              1.1875",
        "PW.P.3,               1.4625",
        "SDM.R.3,              1.0",
        "PW.R.2,               2.85",
        "PP.R.1,               1.875",
        "HASIL.BERSIH.IPAK,    16.23125",
        "HASIL.BERSIH.CAPAIAN, 3.75",
        "HASIL.PELAYANAN.IPKP, 15.75"
    })
    void lowerIndicators(String id, BigDecimal expected) {
      // when, then
      assertThat(score.points(id)).hasValueSatisfying(
          earned -> assertThat(earned).isEqualByComparingTo(expected));
    }

    @Test
    @DisplayName("every other indicator, all answered at the top, earns its full weight")
    void fullIndicators() {
      // given the indicators that lost points above
      Set<String> lower = Set.of("TL.P.2", "SDM.P.3", "PW.P.3", "SDM.R.3", "PW.R.2", "PP.R.1",
          "HASIL.BERSIH.IPAK", "HASIL.BERSIH.CAPAIAN", "HASIL.PELAYANAN.IPKP");

      // when, then
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
      assertThat(score.role()).isEqualTo(Role.SELF);
    }
  }

  @Nested
  @DisplayName("the 90/2021 example worksheet answered by the TPI")
  class Contoh90Tpi {

    // The TPI differs from SELF in three answers:
    //   TL.P.2.c C = 0       -> (1 + 1 + 0 + 1) / 4 x 2 = 1.5     (0.25 less than SELF's 1.75)
    //   MP.R.2.a B = 0.5     -> 0.5 x 1                 = 0.5     (0.5 less than SELF's 1)
    //   capaian C = 0.5      -> 0.5 x 5                 = 2.5     (1.25 less than SELF's 3.75)
    //
    //   pengungkit 57.875 - 0.25 - 0.5 = 57.125; hasil 35.73125 - 1.25 = 34.48125
    //   total      93.60625 - 0.25 - 0.5 - 1.25 = 91.60625 (= 57.125 + 34.48125)
    private final LkeScore score = SCORER_90_2021.score(CONTOH_90_2021, Role.TPI);

    @Test
    @DisplayName("the total is 93.60625 - 0.25 - 0.5 - 1.25 = 91.60625")
    void total() {
      // when, then
      assertThat(score.total()).hasValueSatisfying(
          total -> assertThat(total).isEqualByComparingTo(points("91.60625")));
    }

    @ParameterizedTest(name = "{0} earns {1}")
    @DisplayName("the TPI's lower answers cost what the hand computation says")
    @CsvSource({
        "TL.P.2,               1.5",
        "MP.R.2,               0.5",
        "HASIL.BERSIH.CAPAIAN, 2.5",
        "PENGUNGKIT,           57.125",
        "HASIL,                34.48125"
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
  @DisplayName("a worksheet with PW.P.3.b left unanswered")
  class AnUnansweredQuestion {

    private final Worksheet withoutPwP3b = without(CONTOH_90_2021, Role.SELF, "PW.P.3.b");

    @Test
    @DisplayName("by default it is reported and leaves its indicator and every ancestor without points")
    void reported() {
      // when
      LkeScore score = SCORER_90_2021.score(withoutPwP3b, Role.SELF);

      // then
      assertThat(score.unanswered()).containsExactly("PW.P.3.b");
      assertThat(score.complete()).isFalse();
      assertThat(score.total()).isEmpty();
      for (String ancestor : new String[] {"PW.P.3", "PW.P", "PEMENUHAN", "PENGUNGKIT", "LKE"}) {
        assertThat(score.points(ancestor)).as(ancestor).isEmpty();
      }
    }

    @Test
    @DisplayName("by default the nodes beside it keep their points")
    void othersKeepTheirPoints() {
      // when
      LkeScore score = SCORER_90_2021.score(withoutPwP3b, Role.SELF);

      // then PW.P.2 all A = 1.5, REFORM 28.225 and HASIL 35.73125 as on the complete worksheet
      assertThat(score.points("PW.P.2")).hasValueSatisfying(
          p -> assertThat(p).isEqualByComparingTo(points("1.5")));
      assertThat(score.points("REFORM")).hasValueSatisfying(
          p -> assertThat(p).isEqualByComparingTo(points("28.225")));
      assertThat(score.points("HASIL")).hasValueSatisfying(
          p -> assertThat(p).isEqualByComparingTo(points("35.73125")));
    }

    @Test
    @DisplayName("scored as zero on request, it is worth 0 and is still listed as unanswered")
    void scoredAsZero() {
      // when
      LkeScore score = SCORER_90_2021.score(withoutPwP3b, Role.SELF, MissingAnswers.SCORE_AS_ZERO);

      // then PW.P.3 = (1 + 0 + 1 + 1) / 4 x 1.5 = 1.125, 0.3375 below the answered 1.4625,
      // so the total is 93.60625 - 0.3375 = 93.26875
      assertThat(score.unanswered()).containsExactly("PW.P.3.b");
      assertThat(score.complete()).isTrue();
      assertThat(score.points("PW.P.3")).hasValueSatisfying(
          p -> assertThat(p).isEqualByComparingTo(points("1.125")));
      assertThat(score.total()).hasValueSatisfying(
          p -> assertThat(p).isEqualByComparingTo(points("93.26875")));
      assertThat(score.node("PW.P.3").orElseThrow().questions())
          .filteredOn(question -> question.id().equals("PW.P.3.b"))
          .singleElement()
          .satisfies(question -> {
            assertThat(question.answer()).isEmpty();
            assertThat(question.value()).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo(BigDecimal.ZERO));
          });
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
      // given two answers to questions 90/2021 does not have
      Worksheet worksheet = CONTOH_90_2021
          .withAnswer(Role.SELF, "XX.1.a", Answer.YesNo.YA)
          .withAnswer(Role.SELF, "MP.P.9.z", Answer.option("A"));

      // when, then: each named, with the role, in id order
      assertThatExceptionOfType(InvalidAnswersException.class)
          .isThrownBy(() -> SCORER_90_2021.score(worksheet, Role.SELF))
          .withMessage("answers of SELF: "
              + "question MP.P.9.z: not a question of template PERMENPANRB_90_2021; "
              + "question XX.1.a: not a question of template PERMENPANRB_90_2021")
          .satisfies(e -> assertThat(e.problems()).containsOnlyKeys("MP.P.9.z", "XX.1.a"));
    }

    @Test
    @DisplayName("several answers a question does not take are all listed in one message")
    void severalBadAnswers() {
      // given a number to a yes/no question, E to an A-D question, a count to a decrease
      Worksheet worksheet = CONTOH_90_2021
          .withAnswer(Role.SELF, "MP.P.1.a", Answer.number("3"))
          .withAnswer(Role.SELF, "MP.P.1.b", Answer.option("E"))
          .withAnswer(Role.SELF, "SDM.R.3.a", Answer.count(8, 10));

      // when, then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> SCORER_90_2021.score(worksheet, Role.SELF))
          .withMessageContainingAll(
              "question MP.P.1.a: answer must be YA or TIDAK, but was 3",
              "question MP.P.1.b: answer must be one of [A, B, C, D], but was E",
              "question SDM.R.3.a: answer must be {\"lastYear\": n, \"thisYear\": n}, but was 8/10");
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
