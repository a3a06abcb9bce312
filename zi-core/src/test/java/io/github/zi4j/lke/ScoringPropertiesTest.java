package io.github.zi4j.lke;

import static io.github.zi4j.lke.LkeFixtures.TEMPLATE_90_2021;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.regulation.Edition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * The laws of scoring, checked on random complete worksheets. jqwik's {@link Label} is its
 * {@code @DisplayName}: jqwik skips a property that carries JUnit's own.
 */
@Label("Scoring obeys its laws on any complete worksheet")
class ScoringPropertiesTest {

  private static final int TRIES = 200;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal FOUR = BigDecimal.valueOf(4);
  private static final BigDecimal TENTH = new BigDecimal("0.1");

  /** Answers to every question of a template, in template order. */
  record Answers(LkeTemplate template, List<Answer> inOrder) {

    Worksheet worksheet() {
      Map<String, Answer> byQuestion = new LinkedHashMap<>();
      for (int i = 0; i < inOrder.size(); i++) {
        byQuestion.put(template.questions().get(i).id(), inOrder.get(i));
      }
      return Worksheet.of(template.edition(), Role.SELF, byQuestion);
    }

    LkeScore score() {
      return LkeScorer.of(template).score(worksheet(), Role.SELF);
    }
  }

  /** Complete answers, and one of them raised by {@code steps}. */
  record Raise(Answers answers, int question, int steps) {

    Answers raised() {
      List<Answer> changed = new ArrayList<>(answers.inOrder());
      Question raised = answers.template().questions().get(question);
      changed.set(question, raised.answer().scored()
          ? raise(raised.answer(), changed.get(question), steps)
          : raiseCount(answers, raised.id(), changed.get(question), steps));
      return new Answers(answers.template(), changed);
    }
  }

  /** Complete answers, and the same answers in another order. */
  record Shuffled(Answers answers, List<Integer> order) {}

  @Property(tries = TRIES)
  @Label("raising an answer never lowers any node's points")
  void raisingAnAnswerNeverLowersAnyScore(@ForAll("aRaise") Raise raise) {
    // given
    LkeScore before = raise.answers().score();

    // when
    LkeScore after = raise.raised().score();

    // then
    assertNoNodeLower(before.root(), after.root());
  }

  @Property(tries = TRIES)
  @Label("no node ever earns more than its weight, nor less than 0")
  void noNodeEverExceedsItsWeight(@ForAll("answersOfAnyEdition") Answers answers) {
    // when
    LkeScore score = answers.score();

    // then
    assertWithinWeight(score.root());
  }

  @Property(tries = TRIES)
  @Label("the same answers, in any order, give an equal score")
  void scoringIsDeterministicAndIndependentOfAnswerOrder(@ForAll("shuffled") Shuffled shuffled) {
    // given the answers put into the worksheet in template order, and in a shuffled order
    Answers answers = shuffled.answers();
    List<Question> questions = answers.template().questions();
    Map<String, Answer> reordered = new LinkedHashMap<>();
    for (int i : shuffled.order()) {
      reordered.put(questions.get(i).id(), answers.inOrder().get(i));
    }
    Worksheet inTemplateOrder = answers.worksheet();
    Worksheet inShuffledOrder = Worksheet.of(answers.template().edition(), Role.SELF, reordered);
    LkeScorer scorer = LkeScorer.of(answers.template());

    // when
    LkeScore first = scorer.score(inTemplateOrder, Role.SELF);
    LkeScore again = scorer.score(inTemplateOrder, Role.SELF);
    LkeScore shuffledScore = scorer.score(inShuffledOrder, Role.SELF);

    // then
    assertThat(again).isEqualTo(first);
    assertThat(shuffledScore).isEqualTo(first).hasSameHashCodeAs(first);
  }

  /**
   * Complete answers to 90/2021 and one question to raise. The question is drawn kind by kind (yes/no,
   * options, count, survey index), then among the questions of that kind, so that the two survey
   * questions are raised as often as the hundred-odd option questions together.
   */
  @Provide
  Arbitrary<Raise> aRaise() {
    Map<String, List<Integer>> byKind = new LinkedHashMap<>();
    List<Question> questions = TEMPLATE_90_2021.questions();
    for (int i = 0; i < questions.size(); i++) {
      byKind.computeIfAbsent(kind(questions.get(i).answer()), k -> new ArrayList<>()).add(i);
    }
    Arbitrary<Integer> question = Arbitraries.of(byKind.values()).flatMap(Arbitraries::of);
    return Combinators.combine(
            answersTo(TEMPLATE_90_2021), question, Arbitraries.integers().between(1, 10))
        .as(Raise::new);
  }

  private static String kind(AnswerType type) {
    return type instanceof AnswerType.Ratio
        ? "RATIO " + ((AnswerType.Ratio) type).rule()
        : type.getClass().getSimpleName();
  }

  @Provide
  Arbitrary<Answers> answersOfAnyEdition() {
    return Arbitraries.of(Edition.class).flatMap(edition -> answersTo(LkeTemplates.bundled(edition)));
  }

  @Provide
  Arbitrary<Shuffled> shuffled() {
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < TEMPLATE_90_2021.questions().size(); i++) {
      indices.add(i);
    }
    return Combinators.combine(answersTo(TEMPLATE_90_2021), Arbitraries.shuffle(indices))
        .as(Shuffled::new);
  }

  private static Arbitrary<Answers> answersTo(LkeTemplate template) {
    List<Arbitrary<Answer>> each = new ArrayList<>();
    for (Question question : template.questions()) {
      each.add(answerTo(question.answer()));
    }
    return Combinators.combine(each).as(list -> consistent(new Answers(template, List.copyOf(list))));
  }

  /**
   * {@code answers} with the parts of every percentage whose whole is 0 set to 0: a part above a
   * whole of 0 is bad input, not a worksheet to score.
   */
  private static Answers consistent(Answers answers) {
    List<Question> questions = answers.template().questions();
    List<Answer> fixed = new ArrayList<>(answers.inOrder());
    for (TemplateNode indicator : answers.template().indicators()) {
      for (ComputedItem item : indicator.computed()) {
        if (item instanceof ComputedItem.Percentage) {
          ComputedItem.Percentage percentage = (ComputedItem.Percentage) item;
          if (sum(answers, percentage.whole()).signum() == 0) {
            for (String part : percentage.part()) {
              fixed.set(indexOf(questions, part), Answer.number(0));
            }
          }
        }
      }
    }
    return new Answers(answers.template(), fixed);
  }

  private static BigDecimal sum(Answers answers, List<String> counts) {
    BigDecimal sum = BigDecimal.ZERO;
    for (String count : counts) {
      int at = indexOf(answers.template().questions(), count);
      sum = sum.add(((Answer.Number) answers.inOrder().get(at)).value());
    }
    return sum;
  }

  private static int indexOf(List<Question> questions, String id) {
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no question " + id);
  }

  /** Any answer {@code type} takes. */
  private static Arbitrary<Answer> answerTo(AnswerType type) {
    if (type instanceof AnswerType.YesNo) {
      return Arbitraries.<Answer>of(Answer.YesNo.YA, Answer.YesNo.TIDAK);
    }
    if (type instanceof AnswerType.Options) {
      return Arbitraries.of(((AnswerType.Options) type).options()).map(Answer::option);
    }
    if (type instanceof AnswerType.Ratio) {
      RatioRule rule = ((AnswerType.Ratio) type).rule();
      if (rule == RatioRule.DECREASE) {
        return Combinators.combine(counts(), counts()).as(Answer::change);
      }
      if (rule == RatioRule.CAPPED) {
        return Combinators.combine(counts(), counts()).as(Answer::count);
      }
      return counts().flatMap(required ->
          Arbitraries.longs().between(0, required).map(done -> Answer.count(done, required)));
    }
    if (type instanceof AnswerType.Percent) {
      return Arbitraries.bigDecimals().between(BigDecimal.ZERO, HUNDRED).ofScale(2)
          .map(ScoringPropertiesTest::number);
    }
    if (type instanceof AnswerType.Count) {
      return counts().map(Answer::number);
    }
    return Arbitraries.bigDecimals().between(((AnswerType.SurveyIndex) type).lowest(), FOUR)
        .ofScale(2).map(ScoringPropertiesTest::number);
  }

  private static Arbitrary<Long> counts() {
    return Arbitraries.longs().between(0, 60);
  }

  private static Answer number(BigDecimal value) {
    return new Answer.Number(value);
  }

  /**
   * {@code answer} made better by {@code steps}: an earlier letter, Ya, more done, fewer this year, a
   * larger percentage or index; never past what the type allows.
   */
  static Answer raise(AnswerType type, Answer answer, int steps) {
    if (answer instanceof Answer.YesNo) {
      return Answer.YesNo.YA;
    }
    if (answer instanceof Answer.Option) {
      List<String> options = ((AnswerType.Options) type).options();
      int at = options.indexOf(((Answer.Option) answer).letter());
      return Answer.option(options.get(Math.max(0, at - steps)));
    }
    if (answer instanceof Answer.Count) {
      Answer.Count count = (Answer.Count) answer;
      BigDecimal done = count.done().add(BigDecimal.valueOf(steps));
      if (((AnswerType.Ratio) type).rule() == RatioRule.DONE_OF_REQUIRED) {
        done = done.min(count.required());
      }
      return new Answer.Count(done, count.required());
    }
    if (answer instanceof Answer.Change) {
      Answer.Change change = (Answer.Change) answer;
      BigDecimal thisYear = change.thisYear().subtract(BigDecimal.valueOf(steps)).max(BigDecimal.ZERO);
      return new Answer.Change(change.lastYear(), thisYear);
    }
    BigDecimal value = ((Answer.Number) answer).value();
    return type instanceof AnswerType.Percent
        ? number(value.add(BigDecimal.valueOf(steps)).min(HUNDRED))
        : number(value.add(TENTH.multiply(BigDecimal.valueOf(steps))).min(FOUR));
  }

  /**
   * A count made better for the item that reads it by {@code steps}: a part of a percentage grows
   * (unless its whole is 0, where any part above 0 is bad input), this year's count of a decrease
   * shrinks; a whole, last year's count, and a count no item reads stay as they are.
   */
  static Answer raiseCount(Answers answers, String id, Answer answer, int steps) {
    BigDecimal count = ((Answer.Number) answer).value();
    for (TemplateNode indicator : answers.template().indicators()) {
      for (ComputedItem item : indicator.computed()) {
        if (item instanceof ComputedItem.Percentage
            && ((ComputedItem.Percentage) item).part().contains(id)
            && sum(answers, ((ComputedItem.Percentage) item).whole()).signum() > 0) {
          return number(count.add(BigDecimal.valueOf(steps)));
        }
        if (item instanceof ComputedItem.Decrease
            && ((ComputedItem.Decrease) item).thisYear().equals(id)) {
          return number(count.subtract(BigDecimal.valueOf(steps)).max(BigDecimal.ZERO));
        }
      }
    }
    return answer;
  }

  private static void assertNoNodeLower(ScoreNode before, ScoreNode after) {
    assertThat(after.points().orElseThrow()).as("points of %s", after.id())
        .isGreaterThanOrEqualTo(before.points().orElseThrow());
    for (int i = 0; i < before.children().size(); i++) {
      assertNoNodeLower(before.children().get(i), after.children().get(i));
    }
  }

  private static void assertWithinWeight(ScoreNode node) {
    assertThat(node.points().orElseThrow()).as("points of %s", node.id())
        .isBetween(BigDecimal.ZERO, node.weight());
    for (QuestionScore question : node.questions()) {
      // a count has no value of its own
      question.value().ifPresent(value -> assertThat(value).as("value of %s", question.id())
          .isBetween(BigDecimal.ZERO, BigDecimal.ONE));
    }
    for (QuestionScore item : node.computed()) {
      assertThat(item.value().orElseThrow()).as("value of %s", item.id())
          .isBetween(BigDecimal.ZERO, BigDecimal.ONE);
    }
    node.children().forEach(ScoringPropertiesTest::assertWithinWeight);
  }
}
