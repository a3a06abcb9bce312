package io.github.zi4j.lke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("An answer type turns an answer into a value between 0 and 1, and rejects what its question does not take")
class AnswerTypeTest {

  private static final AnswerType YES_NO = new AnswerType.YesNo();
  private static final AnswerType DONE_OF_REQUIRED = new AnswerType.Ratio(RatioRule.DONE_OF_REQUIRED);
  private static final AnswerType CAPPED = new AnswerType.Ratio(RatioRule.CAPPED);
  private static final AnswerType DECREASE = new AnswerType.Ratio(RatioRule.DECREASE);
  private static final AnswerType PERCENT = new AnswerType.Percent();
  private static final AnswerType SURVEY_INDEX = new AnswerType.SurveyIndex();
  private static final AnswerType.Options A_TO_C = AnswerType.Options.evenlyTo('C');

  @Nested
  @DisplayName("a yes/no question")
  class AYesNoQuestion {

    @ParameterizedTest(name = "{0} is worth {1}")
    @DisplayName("takes Ya as 1 and Tidak as 0")
    @CsvSource({"true, 1", "false, 0"})
    void yaIsOneTidakIsZero(boolean yes, BigDecimal expected) {
      // given
      Answer answer = Answer.yesNo(yes);

      // when
      BigDecimal value = YES_NO.value(answer);

      // then
      assertThat(value).isEqualByComparingTo(expected);
    }

    @Test
    @DisplayName("rejects a number, naming the number and YA or TIDAK")
    void rejectsANumber() {
      // given a survey-style answer to a yes/no question
      Answer three = Answer.number("3");

      // when, then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> YES_NO.value(three))
          .withMessage("answer must be YA or TIDAK, but was 3");
    }

    @Test
    @DisplayName("rejects a letter option, naming the letter and YA or TIDAK")
    void rejectsALetter() {
      // when, then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> YES_NO.value(Answer.option("A")))
          .withMessageContainingAll("YA or TIDAK", "but was A");
    }
  }

  @Nested
  @DisplayName("a question with letter options")
  class AQuestionWithLetterOptions {

    // Letters are evenly spaced from 1 (A) down to 0 (the last letter): with n letters, letter i
    // (from 0) is worth (n - 1 - i) / (n - 1). Thirds are carried to 14 decimal places
    // (half-even), the fixed scale of every division that does not terminate sooner.
    @ParameterizedTest(name = "option {1} of A..{0} is worth {2}")
    @DisplayName("values its letters evenly from 1 down to 0")
    @CsvSource({
        // A/B/C: steps of 1/2
        "C, A, 1",
        "C, B, 0.5",
        "C, C, 0",
        // A-D: steps of 1/3; 2/3 = 0.666... to 14 places ends in 7, 1/3 = 0.333... ends in 3
        "D, A, 1",
        "D, B, 0.66666666666667",
        "D, C, 0.33333333333333",
        "D, D, 0",
        // A-E: steps of 1/4
        "E, A, 1",
        "E, B, 0.75",
        "E, C, 0.5",
        "E, D, 0.25",
        "E, E, 0"
    })
    void evenlySpaced(char last, String letter, BigDecimal expected) {
      // given
      AnswerType.Options options = AnswerType.Options.evenlyTo(last);

      // when
      BigDecimal value = options.value(Answer.option(letter));

      // then
      assertThat(value).isEqualByComparingTo(expected);
    }

    @Test
    @DisplayName("uses the template's own value of a letter when it gives one")
    void explicitValues() {
      // given a template that values B at 0.4, not the evenly spaced 0.5
      AnswerType.Options options = new AnswerType.Options(List.of("A", "B", "C"),
          Map.of("C", BigDecimal.ZERO, "B", new BigDecimal("0.4"), "A", BigDecimal.ONE));

      // when
      BigDecimal value = options.value(Answer.option("B"));

      // then
      assertThat(value).isEqualByComparingTo("0.4");
    }

    @Test
    @DisplayName("lists the values of its letters in option order")
    void valuesInOptionOrder() {
      // given values written in another order than the options
      AnswerType.Options options = new AnswerType.Options(List.of("A", "B", "C"),
          Map.of("C", BigDecimal.ZERO, "B", new BigDecimal("0.4"), "A", BigDecimal.ONE));

      // when, then
      assertThat(options.valueOfEachOption()).containsExactly(
          Map.entry("A", BigDecimal.ONE), Map.entry("B", new BigDecimal("0.4")),
          Map.entry("C", BigDecimal.ZERO));
    }

    @Test
    @DisplayName("rejects a letter it does not have, naming the letter and the options allowed")
    void rejectsAMissingLetter() {
      // when, then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> A_TO_C.value(Answer.option("D")))
          .withMessage("answer must be one of [A, B, C], but was D");
    }

    @Test
    @DisplayName("rejects Ya, naming it and the options allowed")
    void rejectsYa() {
      // when, then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> A_TO_C.value(Answer.YesNo.YA))
          .withMessage("answer must be one of [A, B, C], but was YA");
    }
  }

  @Nested
  @DisplayName("a count of what was done of what was required (DONE_OF_REQUIRED)")
  class DoneOfRequired {

    @ParameterizedTest(name = "{0} done of {1} required is worth {2}")
    @DisplayName("is worth done / required, and 1 when nothing was required")
    @CsvSource({
        "8, 10, 0.8",          // 8 / 10
        "10, 10, 1",
        "0, 10, 0",
        "0, 0, 1",             // nothing required: fully met
        "1, 3, 0.33333333333333"   // 1 / 3 to 14 decimal places
    })
    void ratio(long done, long required, BigDecimal expected) {
      // when, then
      assertThat(DONE_OF_REQUIRED.value(Answer.count(done, required)))
          .isEqualByComparingTo(expected);
    }

    @Test
    @DisplayName("rejects more done than required, naming both counts")
    void rejectsDoneAboveRequired() {
      // given 11 complaints resolved of 10 received: impossible
      Answer impossible = Answer.count(11, 10);

      // when, then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> DONE_OF_REQUIRED.value(impossible))
          .withMessage("done must not exceed required, but was 11 > 10");
    }

    @Test
    @DisplayName("rejects a change year over year, naming it and the count form allowed")
    void rejectsAChange() {
      // when, then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> DONE_OF_REQUIRED.value(Answer.change(12, 6)))
          .withMessage("answer must be {\"done\": n, \"required\": n}, but was 12->6");
    }
  }

  @Nested
  @DisplayName("a realisation of a target (CAPPED)")
  class Capped {

    @ParameterizedTest(name = "{0} done of {1} required is worth {2}")
    @DisplayName("is worth done / required capped at 1, and 1 when nothing was required")
    @CsvSource({
        "12, 10, 1",   // 12 / 10 = 1.2, capped to 1
        "8, 10, 0.8",  // 8 / 10
        "0, 0, 1"
    })
    void ratio(long done, long required, BigDecimal expected) {
      // when, then
      assertThat(CAPPED.value(Answer.count(done, required))).isEqualByComparingTo(expected);
    }
  }

  @Nested
  @DisplayName("a decrease year over year (DECREASE)")
  class Decrease {

    @ParameterizedTest(name = "{0} last year and {1} this year is worth {2}")
    @DisplayName("is worth (last year - this year) / last year, clamped to [0, 1]")
    @CsvSource({
        "12, 6, 0.5",    // (12 - 6) / 12 = 0.5
        "10, 15, 0",     // (10 - 15) / 10 = -0.5, clamped to 0: a rise earns nothing
        "12, 12, 0",     // no decrease
        "12, 0, 1",      // (12 - 0) / 12 = 1
        "0, 0, 1",       // none last year and none this year
        "0, 3, 0"        // none last year but some this year
    })
    void decrease(long lastYear, long thisYear, BigDecimal expected) {
      // when, then
      assertThat(DECREASE.value(Answer.change(lastYear, thisYear))).isEqualByComparingTo(expected);
    }

    @Test
    @DisplayName("rejects a count, naming it and the change form allowed")
    void rejectsACount() {
      // when, then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> DECREASE.value(Answer.count(8, 10)))
          .withMessage("answer must be {\"lastYear\": n, \"thisYear\": n}, but was 8/10");
    }
  }

  @Nested
  @DisplayName("a percentage")
  class APercentage {

    @ParameterizedTest(name = "{0} % is worth {1}")
    @DisplayName("is worth percent / 100")
    @CsvSource({"80, 0.8", "0, 0", "100, 1", "12.5, 0.125"})
    void fraction(String percent, BigDecimal expected) {
      // when, then
      assertThat(PERCENT.value(Answer.number(percent))).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} % is rejected")
    @DisplayName("rejects a number outside 0..100, naming it and the range allowed")
    @ValueSource(strings = {"101", "-1"})
    void outOfRange(String percent) {
      // when, then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PERCENT.value(Answer.number(percent)))
          .withMessage("answer must be a percentage from 0 to 100, but was " + percent);
    }
  }

  @Nested
  @DisplayName("a perception survey index")
  class ASurveyIndex {

    @ParameterizedTest(name = "index {0} is worth {1}")
    @DisplayName("is worth index / 4")
    @CsvSource({
        "3.60, 0.9",     // 3.60 / 4
        "3.71, 0.9275",  // 3.71 / 4
        "1, 0.25",
        "4, 1"
    })
    void quarter(String index, BigDecimal expected) {
      // when, then
      assertThat(SURVEY_INDEX.value(Answer.number(index))).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "index {0} is rejected")
    @DisplayName("rejects an index outside 1..4, naming it and the range allowed")
    @ValueSource(strings = {"4.7", "0.9"})
    void outOfRange(String index) {
      // when, then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> SURVEY_INDEX.value(Answer.number(index)))
          .withMessage("answer must be a survey index from 1 to 4, but was " + index);
    }
  }

  @Nested
  @DisplayName("a survey value on PortalRB's scale, 0 to 4")
  class ASurveyValueFromZero {

    private final AnswerType fromZero = AnswerType.SurveyIndex.fromZero();

    @ParameterizedTest(name = "value {0} is worth {1}")
    @DisplayName("is worth s / 4, down to 0")
    @CsvSource({"0, 0", "0.5, 0.125", "3.71, 0.9275", "4, 1"})
    void quarter(String value, BigDecimal expected) {
      // when, then
      assertThat(fromZero.value(Answer.number(value))).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "value {0} is rejected")
    @DisplayName("rejects a value outside 0..4, naming it and the range allowed")
    @ValueSource(strings = {"-0.1", "4.01"})
    void outOfRange(String value) {
      // when, then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> fromZero.value(Answer.number(value)))
          .withMessage("answer must be a survey value from 0 to 4, but was " + value);
    }

    @Test
    @DisplayName("is equal however its lowest value is written: 0 and 0.0")
    void equality() {
      // when, then
      assertThat(new AnswerType.SurveyIndex(new BigDecimal("0.0"))).isEqualTo(fromZero);
      assertThat(new AnswerType.SurveyIndex(null)).isEqualTo(SURVEY_INDEX);
    }

    @ParameterizedTest(name = "lowest {0}")
    @DisplayName("has a lowest value from 0 to below 4")
    @ValueSource(strings = {"-1", "4", "5"})
    void lowest(String lowest) {
      // when, then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new AnswerType.SurveyIndex(new BigDecimal(lowest)))
          .withMessage("lowest of a survey value must be at least 0 and below 4, but was " + lowest);
    }
  }

  @Nested
  @DisplayName("a count")
  class ACount {

    private final AnswerType count = new AnswerType.Count();

    @ParameterizedTest(name = "{0} counts {1}")
    @DisplayName("takes a whole number from 0, and its value is the count itself")
    @CsvSource({"0, 0", "12, 12", "12.0, 12", "250, 250"})
    void wholeNumber(String answer, BigDecimal expected) {
      // when, then
      assertThat(count.value(Answer.number(answer))).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} is rejected")
    @DisplayName("rejects a fraction or a negative number, naming it")
    @ValueSource(strings = {"2.5", "-1", "0.1"})
    void notACount(String answer) {
      // when, then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> count.value(Answer.number(answer)))
          .withMessage("answer must be a count, a whole number from 0, but was " + answer);
    }

    @Test
    @DisplayName("rejects a letter")
    void rejectsALetter() {
      // when, then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> count.value(Answer.option("A")))
          .withMessage("answer must be a count, a whole number from 0, but was A");
    }

    @Test
    @DisplayName("is not scored on its own; every other type is")
    void notScored() {
      // when, then
      assertThat(count.scored()).isFalse();
      assertThat(List.of(YES_NO, DONE_OF_REQUIRED, PERCENT, SURVEY_INDEX, A_TO_C))
          .allSatisfy(type -> assertThat(type.scored()).isTrue());
    }
  }

  @Nested
  @DisplayName("an answer itself")
  class AnAnswerItself {

    @ParameterizedTest(name = "{0}/{1} is rejected for {2}")
    @DisplayName("cannot be a negative count, naming the field and its value")
    @CsvSource({"-1, 10, done, -1", "3, -2, required, -2"})
    void negativeCount(long done, long required, String field, String value) {
      // when, then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Answer.count(done, required))
          .withMessage(field + " must not be negative, but was " + value);
    }

    @ParameterizedTest(name = "{0}->{1} is rejected for {2}")
    @DisplayName("cannot be a negative count last year or this year, naming the field and its value")
    @CsvSource({"-1, 3, lastYear, -1", "3, -4, thisYear, -4"})
    void negativeChange(long lastYear, long thisYear, String field, String value) {
      // when, then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Answer.change(lastYear, thisYear))
          .withMessage(field + " must not be negative, but was " + value);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {" ", "", "AB", "b", "1"})
    @DisplayName("an option is one capital letter, as in JSON")
    void notOneCapitalLetter(String letter) {
      // when, then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Answer.option(letter))
          .withMessage("letter of an option must be one capital letter A to Z, but was \""
              + letter + "\"");
    }
  }
}
