package io.github.zi4j.lke;

import static io.github.zi4j.lke.LkeFixtures.count;
import static io.github.zi4j.lke.LkeFixtures.decrease;
import static io.github.zi4j.lke.LkeFixtures.indicator;
import static io.github.zi4j.lke.LkeFixtures.lettersTo;
import static io.github.zi4j.lke.LkeFixtures.node;
import static io.github.zi4j.lke.LkeFixtures.percentage;
import static io.github.zi4j.lke.LkeFixtures.question;
import static io.github.zi4j.lke.LkeFixtures.surveyIndex;
import static io.github.zi4j.lke.LkeFixtures.template;
import static io.github.zi4j.lke.LkeFixtures.withMinimums;
import static io.github.zi4j.lke.LkeFixtures.yesNo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.ZiJson;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("The template validator returns every mistake of a template at once, each naming where it is")
class TemplateValidatorTest {

  // A small valid template, the base of every mistake below:
  //
  //   LKE 100
  //     PENGUNGKIT 60 = MP 30 + TL 30
  //       MP 30: MP.1.a (Ya/Tidak), MP.1.b (A-C)
  //       TL 30: TL.1.a (A-C)
  //     HASIL 40: HASIL.a (survey index)
  private static final TemplateNode MP = indicator("MP", "30", yesNo("MP.1.a"), lettersTo('C', "MP.1.b"));
  private static final TemplateNode TL = indicator("TL", "30", lettersTo('C', "TL.1.a"));
  private static final TemplateNode HASIL = indicator("HASIL", "40", surveyIndex("HASIL.a"));

  private static LkeTemplate withPengungkit(TemplateNode... areas) {
    return template(node("LKE", "100", node("PENGUNGKIT", "60", areas), HASIL));
  }

  private static LkeTemplate withAnswerOfMp1b(AnswerType answer) {
    return withPengungkit(indicator("MP", "30", yesNo("MP.1.a"), question("MP.1.b", answer)), TL);
  }

  @Nested
  @DisplayName("a valid template")
  class AValidTemplate {

    @ParameterizedTest(name = "{0}")
    @DisplayName("the bundled template of every edition has no problems")
    @EnumSource(Edition.class)
    void bundled(Edition edition) {
      // given
      LkeTemplate template = LkeTemplates.bundled(edition);

      // when
      List<TemplateProblem> problems = TemplateValidator.validate(template);

      // then
      assertThat(problems).isEmpty();
      assertThat(template.edition()).isEqualTo(edition);
    }

    @Test
    @DisplayName("the small template built in code has no problems")
    void small() {
      // when, then
      assertThat(TemplateValidator.validate(withPengungkit(MP, TL))).isEmpty();
    }
  }

  @Nested
  @DisplayName("weights")
  class Weights {

    @Test
    @DisplayName("the root must weigh 100")
    void rootNot100() {
      // given a root of 90 whose children add up to it: 50 + 40
      LkeTemplate ninety = template(node("LKE", "90", node("PENGUNGKIT", "50", MP,
          indicator("TL", "20", lettersTo('C', "TL.1.a"))), HASIL));

      // when
      List<TemplateProblem> problems = TemplateValidator.validate(ninety);

      // then
      assertThat(problems).singleElement().satisfies(problem -> {
        assertThat(problem.path()).isEqualTo("LKE");
        assertThat(problem.message()).contains("must weigh 100", "90");
      });
    }

    @Test
    @DisplayName("a node's children must add up to its weight")
    void childrenNotAddingUp() {
      // given PENGUNGKIT 60 with MP 30 + TL 29.5 = 59.5
      LkeTemplate short05 = withPengungkit(MP, indicator("TL", "29.5", lettersTo('C', "TL.1.a")));

      // when
      List<TemplateProblem> problems = TemplateValidator.validate(short05);

      // then
      assertThat(problems).singleElement().satisfies(problem -> {
        assertThat(problem.path()).isEqualTo("LKE/PENGUNGKIT");
        assertThat(problem.message()).contains("add up to 59.5", "weighs 60");
      });
    }

    @ParameterizedTest(name = "a node weighing {0}")
    @DisplayName("a weight above 100, or with more than 10 decimal places, is refused at construction")
    @ValueSource(strings = {"100.01", "0.12345678901"})
    void weightBeyondLimits(String weight) {
      org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
          .isThrownBy(() -> indicator("TL", weight, lettersTo('C', "TL.1.a")))
          .withMessage("weight of template node TL must be at most 100 with at most 10 decimal"
              + " places, but was " + weight);
    }

    @ParameterizedTest(name = "TL weighing {0}")
    @DisplayName("every weight must be positive")
    @CsvSource({
        "0, 60",       // MP + TL = 60 + 0 = 60: PENGUNGKIT still adds up
        "-0.5, 60.5"   // 60.5 + (-0.5) = 60
    })
    void nonPositive(String tlWeight, String mpWeight) {
      // given
      LkeTemplate template = withPengungkit(indicator("MP", mpWeight, yesNo("MP.1.a")),
          indicator("TL", tlWeight, lettersTo('C', "TL.1.a")));

      // when
      List<TemplateProblem> problems = TemplateValidator.validate(template);

      // then
      assertThat(problems).singleElement().satisfies(problem -> {
        assertThat(problem.path()).isEqualTo("LKE/PENGUNGKIT/TL");
        assertThat(problem.message()).contains("must be positive", "but was " + tlWeight);
      });
    }
  }

  @Nested
  @DisplayName("minimums")
  class Minimums {

    @Test
    @DisplayName("a WBBM minimum must not be below the WBK minimum (a published LKE has 1.5 against 3.0)")
    void wbbmBelowWbk() {
      // given the public-service area of 5 with WBK 3.0 (60 % of 5) and WBBM 1.5, where 75 % of 5
      // is 3.75: the data error of a real published LKE, read from JSON
      String json = """
          {"id": "MINI", "edition": "PERMENPANRB_90_2021", "name": "Mini LKE",
           "citation": "test", "confidence": "LIKELY",
           "root": {"id": "LKE", "name": "Nilai LKE", "weight": 100, "children": [
             {"id": "PP", "name": "Pelayanan Publik", "weight": 5,
              "area": "PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK",
              "minimum": {"WBK": {"value": 3.0, "confidence": "LIKELY"},
                          "WBBM": {"value": 1.5, "confidence": "LIKELY"}},
              "questions": [{"id": "PP.a", "text": "Inovasi", "answer": {"type": "YES_NO"}}]},
             {"id": "LAIN", "name": "Lainnya", "weight": 95,
              "questions": [{"id": "LAIN.a", "text": "Lain", "answer": {"type": "YES_NO"}}]}]}}
          """;
      LkeTemplate template = ZiJson.read(json, "test", LkeTemplate.class);

      // when
      List<TemplateProblem> problems = TemplateValidator.validate(template);

      // then
      assertThat(problems).singleElement().satisfies(problem -> {
        assertThat(problem.path()).isEqualTo("LKE/PP");
        assertThat(problem.message()).contains("WBBM minimum must not be below the WBK minimum",
            "1.5 < 3.0");
      });
    }

    @Test
    @DisplayName("a minimum must not be above its node's weight")
    void aboveWeight() {
      // given MP of 30 with a WBBM minimum of 31
      LkeTemplate template = withPengungkit(withMinimums(MP, "18", "31"), TL);

      // when
      List<TemplateProblem> problems = TemplateValidator.validate(template);

      // then
      assertThat(problems).singleElement().satisfies(problem -> {
        assertThat(problem.path()).isEqualTo("LKE/PENGUNGKIT/MP");
        assertThat(problem.message()).contains("WBBM minimum", "between 0 and 30", "but was 31");
      });
    }
  }

  @Nested
  @DisplayName("option questions")
  class OptionQuestions {

    @Test
    @DisplayName("an option's value must lie in [0, 1]")
    void valueAboveOne() {
      // given A worth 1.2
      LkeTemplate template = withAnswerOfMp1b(new AnswerType.Options(List.of("A", "B", "C"),
          Map.of("A", new BigDecimal("1.2"), "B", new BigDecimal("0.5"), "C", BigDecimal.ZERO)));

      // when
      List<TemplateProblem> problems = TemplateValidator.validate(template);

      // then
      assertThat(problems).singleElement().satisfies(problem -> {
        assertThat(problem.path()).isEqualTo("LKE/PENGUNGKIT/MP/MP.1.b");
        assertThat(problem.message()).contains("option A", "between 0 and 1", "but was 1.2");
      });
    }

    @Test
    @DisplayName("explicit values must give every option a value")
    void valuesNotCoveringOptions() {
      // given options A, B, C but values for A and B only
      LkeTemplate template = withAnswerOfMp1b(new AnswerType.Options(List.of("A", "B", "C"),
          Map.of("A", BigDecimal.ONE, "B", new BigDecimal("0.5"))));

      // when
      List<TemplateProblem> problems = TemplateValidator.validate(template);

      // then
      assertThat(problems).singleElement().satisfies(problem -> {
        assertThat(problem.path()).isEqualTo("LKE/PENGUNGKIT/MP/MP.1.b");
        assertThat(problem.message()).contains("values must give exactly the options", "[A, B]");
      });
    }

    @Test
    @DisplayName("a question needs at least two options")
    void oneOptionOnly() {
      // given
      LkeTemplate template = withAnswerOfMp1b(new AnswerType.Options(List.of("A"), Map.of()));

      // when
      List<TemplateProblem> problems = TemplateValidator.validate(template);

      // then
      assertThat(problems).singleElement().satisfies(problem -> {
        assertThat(problem.path()).isEqualTo("LKE/PENGUNGKIT/MP/MP.1.b");
        assertThat(problem.message()).contains("at least two distinct letters", "[A]");
      });
    }

    @Test
    @DisplayName("a question's options must be distinct letters")
    void repeatedOption() {
      // given
      LkeTemplate template = withAnswerOfMp1b(new AnswerType.Options(List.of("A", "B", "A"), Map.of()));

      // when
      List<TemplateProblem> problems = TemplateValidator.validate(template);

      // then
      assertThat(problems).singleElement().satisfies(problem -> {
        assertThat(problem.path()).isEqualTo("LKE/PENGUNGKIT/MP/MP.1.b");
        assertThat(problem.message()).contains("at least two distinct letters", "[A, B, A]");
      });
    }
  }

  @Nested
  @DisplayName("the tree's shape")
  class TheTreesShape {

    @Test
    @DisplayName("a node id must be used once")
    void duplicateNodeId() {
      // given two areas both called MP
      LkeTemplate template = withPengungkit(MP, indicator("MP", "30", lettersTo('C', "TL.1.a")));

      // when
      List<TemplateProblem> problems = TemplateValidator.validate(template);

      // then the second one is named
      assertThat(problems).singleElement().satisfies(problem -> {
        assertThat(problem.path()).isEqualTo("LKE/PENGUNGKIT/MP");
        assertThat(problem.message()).isEqualTo("id MP is used more than once");
      });
    }

    @Test
    @DisplayName("a question id must be used once in the whole template")
    void duplicateQuestionId() {
      // given TL asking MP.1.a again
      LkeTemplate template = withPengungkit(MP, indicator("TL", "30", yesNo("MP.1.a")));

      // when
      List<TemplateProblem> problems = TemplateValidator.validate(template);

      // then
      assertThat(problems).singleElement().satisfies(problem -> {
        assertThat(problem.path()).isEqualTo("LKE/PENGUNGKIT/TL/MP.1.a");
        assertThat(problem.message()).isEqualTo("id MP.1.a is used more than once");
      });
    }

    @Test
    @DisplayName("a question must not share its id with a node")
    void questionIdOfANode() {
      // given TL asking a question called MP
      LkeTemplate template = withPengungkit(MP, indicator("TL", "30", yesNo("MP")));

      // when
      List<TemplateProblem> problems = TemplateValidator.validate(template);

      // then
      assertThat(problems).extracting(TemplateProblem::path)
          .containsExactly("LKE/PENGUNGKIT/TL/MP");
    }

    @Test
    @DisplayName("a node without children must have questions, or its weight can never be earned")
    void neitherChildrenNorQuestions() {
      // given TL of 30 with nothing under it
      LkeTemplate template = withPengungkit(MP, node("TL", "30"));

      // when
      List<TemplateProblem> problems = TemplateValidator.validate(template);

      // then
      assertThat(problems).singleElement().satisfies(problem -> {
        assertThat(problem.path()).isEqualTo("LKE/PENGUNGKIT/TL");
        assertThat(problem.message()).contains("must have questions", "30", "never be earned");
      });
    }

    @Test
    @DisplayName("a node must not have both children and questions")
    void bothChildrenAndQuestions() {
      // given TL of 30 with a child of 30 and a question of its own
      TemplateNode both = new TemplateNode("TL", "Penataan Tatalaksana", new BigDecimal("30"),
          Optional.empty(), Map.of(), Optional.empty(),
          List.of(indicator("TL.1", "30", lettersTo('C', "TL.1.a"))), List.of(yesNo("TL.a")));
      LkeTemplate template = withPengungkit(MP, both);

      // when
      List<TemplateProblem> problems = TemplateValidator.validate(template);

      // then
      assertThat(problems).singleElement().satisfies(problem -> {
        assertThat(problem.path()).isEqualTo("LKE/PENGUNGKIT/TL");
        assertThat(problem.message()).contains("either children or questions", "both");
      });
    }
  }

  @Nested
  @DisplayName("counts, computed items and PortalRB soal ids")
  class CountsAndComputedItems {

    // MP 30 asks a Ya/Tidak question and two counts, and scores the Ya/Tidak and the share n2 / n1
    private final TemplateNode mpWithCounts = indicator("MP", "30",
        List.of(yesNo("MP.1.a"), count("MP.n1"), count("MP.n2")),
        percentage("MP.p", List.of("MP.n2"), List.of("MP.n1")));

    @Test
    @DisplayName("an indicator with counts read by a computed item has no problems")
    void valid() {
      // when, then
      assertThat(TemplateValidator.validate(withPengungkit(mpWithCounts, TL))).isEmpty();
    }

    @Test
    @DisplayName("a computed item reads only counts: not a graded question")
    void readsAGradedQuestion() {
      // given a percentage of MP.1.a, a Ya/Tidak question
      TemplateNode mp = indicator("MP", "30", List.of(yesNo("MP.1.a"), count("MP.n1")),
          percentage("MP.p", List.of("MP.1.a"), List.of("MP.n1")));

      // when
      List<TemplateProblem> problems = TemplateValidator.validate(withPengungkit(mp, TL));

      // then
      assertThat(problems).singleElement().satisfies(problem -> {
        assertThat(problem.path()).isEqualTo("LKE/PENGUNGKIT/MP/MP.p");
        assertThat(problem.message()).isEqualTo(
            "a computed item reads only counts of its own indicator MP, but MP.1.a is not one");
      });
    }

    @Test
    @DisplayName("a computed item reads only counts of its own indicator, not another's")
    void readsACountOfAnotherIndicator() {
      // given TL decreasing from MP's count to its own
      TemplateNode tl = indicator("TL", "30", List.of(count("TL.n")),
          decrease("TL.d", "MP.n1", "TL.n"));

      // when
      List<TemplateProblem> problems = TemplateValidator.validate(withPengungkit(mpWithCounts, tl));

      // then
      assertThat(problems).singleElement().satisfies(problem -> {
        assertThat(problem.path()).isEqualTo("LKE/PENGUNGKIT/TL/TL.d");
        assertThat(problem.message()).endsWith("indicator TL, but MP.n1 is not one");
      });
    }

    @Test
    @DisplayName("an indicator of counts alone can never earn its weight")
    void countsAlone() {
      // given TL asking a count and scoring nothing
      TemplateNode tl = indicator("TL", "30", List.of(count("TL.n")));

      // when
      List<TemplateProblem> problems = TemplateValidator.validate(withPengungkit(mpWithCounts, tl));

      // then
      assertThat(problems).singleElement().satisfies(problem -> {
        assertThat(problem.path()).isEqualTo("LKE/PENGUNGKIT/TL");
        assertThat(problem.message()).isEqualTo("an indicator must have a graded question or a "
            + "computed item, or its weight 30 can never be earned: counts alone are not scored");
      });
    }

    @Test
    @DisplayName("a computed item's id is unique among nodes, questions and items")
    void computedIdTwice() {
      // given an item named as MP's first question
      TemplateNode mp = indicator("MP", "30", List.of(yesNo("MP.1.a"), count("MP.n1")),
          percentage("MP.1.a", List.of("MP.n1"), List.of("MP.n1x")));

      // when
      List<TemplateProblem> problems = TemplateValidator.validate(withPengungkit(mp, TL));

      // then: the id, and MP.n1x, which is no count of MP
      assertThat(problems).extracting(TemplateProblem::message).containsExactly(
          "id MP.1.a is used more than once",
          "a computed item reads only counts of its own indicator MP, but MP.n1x is not one");
    }

    @Test
    @DisplayName("a PortalRB soal id is used once, and the second question with it is named")
    void soalIdTwice() {
      // given MP.1.a and TL.1.a both numbered soal 7
      TemplateNode mp = indicator("MP", "30", soal(yesNo("MP.1.a"), 7));
      TemplateNode tl = indicator("TL", "30", soal(lettersTo('C', "TL.1.a"), 7));

      // when
      List<TemplateProblem> problems = TemplateValidator.validate(withPengungkit(mp, tl));

      // then
      assertThat(problems).singleElement().satisfies(problem -> {
        assertThat(problem.path()).isEqualTo("LKE/PENGUNGKIT/TL/TL.1.a");
        assertThat(problem.message()).isEqualTo("soal id 7 is used more than once, by MP.1.a and TL.1.a");
      });
    }

    @Test
    @DisplayName("a template with counts and computed items writes as JSON and reads back equal")
    void roundTrip() {
      // given
      LkeTemplate template = withPengungkit(mpWithCounts, indicator("TL", "30",
          List.of(soal(lettersTo('C', "TL.1.a"), 3), count("TL.last"), count("TL.now")),
          decrease("TL.d", "TL.last", "TL.now")));

      // when, then
      assertThat(ZiJson.read(ZiJson.write(template), "written", LkeTemplate.class)).isEqualTo(template);
    }

    private Question soal(Question question, int soalId) {
      return new Question(question.id(), question.text(), question.answer(), OptionalInt.of(soalId));
    }
  }

  @Nested
  @DisplayName("a template with several mistakes")
  class SeveralMistakes {

    @Test
    @DisplayName("all its mistakes are returned at once, in template order")
    void allAtOnce() {
      // given a root of 90 (50 + 40 add up), MP.1.b with A worth 1.2, and TL asking MP.1.a again
      LkeTemplate template = template(node("LKE", "90",
          node("PENGUNGKIT", "50",
              indicator("MP", "30", yesNo("MP.1.a"), question("MP.1.b", new AnswerType.Options(
                  List.of("A", "B"), Map.of("A", new BigDecimal("1.2"), "B", BigDecimal.ZERO)))),
              indicator("TL", "20", yesNo("MP.1.a"))),
          HASIL));

      // when
      List<TemplateProblem> problems = TemplateValidator.validate(template);

      // then
      assertThat(problems).extracting(TemplateProblem::path).containsExactly(
          "LKE",
          "LKE/PENGUNGKIT/MP/MP.1.b",
          "LKE/PENGUNGKIT/TL/MP.1.a");
    }
  }

  @Nested
  @DisplayName("roles, criteria and area shares")
  class RolesAndCriteria {

    private TemplateNode withRole(TemplateNode node, NodeRole role, String criterion) {
      return new TemplateNode(node.id(), node.name(), node.weight(), node.area(),
          Optional.of(role), Optional.ofNullable(criterion), node.minimum(), node.confidence(),
          node.children(), node.questions());
    }

    @Test
    @DisplayName("a role names one node: given to two, the second is a problem")
    void roleTwice() {
      // given MP and TL both claiming to be the IPAK indicator
      LkeTemplate template = withPengungkit(withRole(MP, NodeRole.IPAK, null),
          withRole(TL, NodeRole.IPAK, null));

      // when
      List<TemplateProblem> problems = TemplateValidator.validate(template);

      // then
      assertThat(problems).singleElement().satisfies(problem -> {
        assertThat(problem.path()).isEqualTo("LKE/PENGUNGKIT/TL");
        assertThat(problem.message()).isEqualTo("role IPAK is given to more than one node");
      });
    }

    @Test
    @DisplayName("a criterion reports a node's minimum, so a node naming one must have a minimum")
    void criterionWithoutMinimum() {
      // given MP naming the TOTAL criterion without any minimum
      LkeTemplate template = withPengungkit(withRole(MP, NodeRole.PENGUNGKIT, "TOTAL"), TL);

      // when
      List<TemplateProblem> problems = TemplateValidator.validate(template);

      // then
      assertThat(problems).singleElement().satisfies(problem -> {
        assertThat(problem.path()).isEqualTo("LKE/PENGUNGKIT/MP");
        assertThat(problem.message())
            .isEqualTo("criterion TOTAL reports the node's minimum, but the node has none");
      });
    }

    @Test
    @DisplayName("an area's minimum share is a fraction from 0 to 1, WBBM's not below WBK's")
    void areaShares() {
      // given shares of 1.2 for WBK and 0.5 for WBBM
      Map<Predikat, Minimum> shares = Map.of(
          Predikat.WBK, new Minimum(new BigDecimal("1.2"), Confidence.LIKELY, Optional.empty()),
          Predikat.WBBM, new Minimum(new BigDecimal("0.5"), Confidence.LIKELY, Optional.empty()));
      LkeTemplate valid = withPengungkit(MP, TL);
      LkeTemplate template = LkeTemplate.of(valid.id(), valid.edition(), valid.name(),
          valid.citation(), valid.confidence(), valid.notes(), valid.root(), shares);

      // when
      List<TemplateProblem> problems = TemplateValidator.validate(template);

      // then
      assertThat(problems).extracting(TemplateProblem::path).containsOnly("areaMinimum");
      assertThat(problems).extracting(TemplateProblem::message).containsExactly(
          "the WBK minimum share must be between 0 and 1, but was 1.2",
          "the WBBM minimum must not be below the WBK minimum, but was 0.5 < 1.2");
    }
  }
}
