package io.github.zi4j.lke;

import io.github.zi4j.InvalidFieldException;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The kind of answer a worksheet question takes (<i>jenis jawaban</i>), and how an answer becomes a
 * value in [0, 1]: a closed family of small immutable records.
 *
 * <p>Ya/Tidak = 1/0; letter options evenly spaced from 1 to 0 (A/B/C = 1, &frac12;, 0; A&ndash;E = 1,
 * &frac34;, &frac12;, &frac14;, 0), or with explicit values (the official A&ndash;D = 1, 0.67, 0.33, 0);
 * a number as a ratio capped to [0, 1]; a survey value s as s / 4, on 1&ndash;4 (an index) or on
 * 0&ndash;4 (PortalRB's scale). A {@link Count} is asked but is not scored on its own: the {@linkplain
 * ComputedItem computed items} of its indicator turn counts into values. In JSON {@code {"type":
 * "OPTIONS", "options": ["A", "B", "C"]}}.
 *
 * @since 0.1
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = AnswerType.YesNo.class, name = "YES_NO"),
  @JsonSubTypes.Type(value = AnswerType.Options.class, name = "OPTIONS"),
  @JsonSubTypes.Type(value = AnswerType.Ratio.class, name = "RATIO"),
  @JsonSubTypes.Type(value = AnswerType.Percent.class, name = "PERCENT"),
  @JsonSubTypes.Type(value = AnswerType.SurveyIndex.class, name = "SURVEY_INDEX"),
  @JsonSubTypes.Type(value = AnswerType.Count.class, name = "COUNT")
})
public sealed interface AnswerType
    permits AnswerType.YesNo, AnswerType.Options, AnswerType.Ratio, AnswerType.Percent,
        AnswerType.SurveyIndex, AnswerType.Count {

  /**
   * The value of {@code answer}: in [0, 1] for a {@linkplain #scored() scored} type; for a {@link
   * Count}, which is not scored on its own, the count itself.
   *
   * @param answer the answer
   * @return the value
   * @throws InvalidFieldException when this type does not take {@code answer}, or the answer is
   *     impossible (a done above required, a percentage above 100, an option the question lacks, a
   *     count that is not a whole number)
   */
  BigDecimal value(Answer answer);

  /**
   * Whether an answer of this type is one of the values its indicator averages: true for every type
   * but {@link Count}.
   *
   * @return true when scored on its own
   */
  @JsonIgnore
  default boolean scored() {
    return true;
  }

  /**
   * What this type accepts, for messages, for example {@code "YA or TIDAK"}.
   *
   * @return the description
   */
  String accepts();

  /** Ya (1) or Tidak (0). */
  record YesNo() implements AnswerType {
    @Override
    public BigDecimal value(Answer answer) {
      if (answer instanceof Answer.YesNo) {
        return ((Answer.YesNo) answer).yes() ? BigDecimal.ONE : BigDecimal.ZERO;
      }
      throw rejected(this, answer);
    }

    @Override
    public String accepts() {
      return "YA or TIDAK";
    }
  }

  /**
   * Letter options. Without {@code values} they are evenly spaced from 1 (the first) down to 0 (the
   * last); with them, each letter has its own value, which the template validator checks lies in
   * [0, 1].
   *
   * @param options the letters, in order, for example {@code [A, B, C]}
   * @param values each letter's value, or empty for evenly spaced
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Options(List<String> options, Map<String, BigDecimal> values) implements AnswerType {

    /**
     * Options.
     *
     * @param options the letters, in order
     * @param values each letter's value, or empty (or null in JSON) for evenly spaced
     */
    public Options {
      options = List.copyOf(Objects.requireNonNull(options, "options"));
      values = values == null || values.isEmpty() ? Map.of() : inOptionOrder(options, values);
    }

    /** The values, the options' first in option order, then any others (a template mistake). */
    private static Map<String, BigDecimal> inOptionOrder(List<String> options,
        Map<String, BigDecimal> values) {
      Map<String, BigDecimal> ordered = new LinkedHashMap<>();
      for (String option : options) {
        if (values.containsKey(option)) {
          ordered.put(option, Objects.requireNonNull(values.get(option), "value of " + option));
        }
      }
      new java.util.TreeMap<>(values).forEach((letter, value) ->
          ordered.putIfAbsent(letter, Objects.requireNonNull(value, "value of " + letter)));
      return java.util.Collections.unmodifiableMap(ordered);
    }

    /**
     * Letters {@code A} to {@code last}, evenly spaced from 1 to 0.
     *
     * @param last the last letter, {@code 'B'} to {@code 'Z'}
     * @return the options
     */
    public static Options evenlyTo(char last) {
      List<String> letters = new java.util.ArrayList<>();
      for (char c = 'A'; c <= last; c++) {
        letters.add(String.valueOf(c));
      }
      return new Options(letters, Map.of());
    }

    /**
     * Each letter's value: the given ones, or evenly spaced from 1 to 0.
     *
     * @return the values, in option order
     */
    @JsonIgnore
    public Map<String, BigDecimal> valueOfEachOption() {
      if (!values.isEmpty()) {
        return values;
      }
      Map<String, BigDecimal> spaced = new LinkedHashMap<>();
      for (int i = 0; i < options.size(); i++) {
        spaced.put(options.get(i), evenlySpaced(i));
      }
      return java.util.Collections.unmodifiableMap(spaced);
    }

    /** The value of the option at {@code index} when evenly spaced: 1 down to 0, to 10 places. */
    private BigDecimal evenlySpaced(int index) {
      return OptionSpacing.of(options.size()).get(index);
    }

    @Override
    public BigDecimal value(Answer answer) {
      if (answer instanceof Answer.Option) {
        String letter = ((Answer.Option) answer).letter();
        BigDecimal value;
        if (values.isEmpty()) {
          int index = options.indexOf(letter);
          value = index < 0 ? null : evenlySpaced(index);
        } else {
          value = values.get(letter);
        }
        if (value != null) {
          return value;
        }
      }
      throw rejected(this, answer);
    }

    @Override
    public String accepts() {
      return "one of " + options;
    }
  }

  /**
   * A number answered as a count, turned into a ratio by {@code rule}.
   *
   * @param rule how the count becomes a value
   */
  record Ratio(@JsonProperty("rule") RatioRule rule) implements AnswerType {

    /**
     * A ratio.
     *
     * @param rule how the count becomes a value
     */
    public Ratio {
      Objects.requireNonNull(rule, "rule");
    }

    @Override
    public BigDecimal value(Answer answer) {
      if (rule == RatioRule.DECREASE && answer instanceof Answer.Change) {
        Answer.Change change = (Answer.Change) answer;
        if (change.lastYear().signum() == 0) {
          return change.thisYear().signum() == 0 ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        BigDecimal decrease =
            LkeArithmetic.divide(change.lastYear().subtract(change.thisYear()), change.lastYear());
        return clamp(decrease);
      }
      if (rule != RatioRule.DECREASE && answer instanceof Answer.Count) {
        Answer.Count count = (Answer.Count) answer;
        if (rule == RatioRule.DONE_OF_REQUIRED && count.done().compareTo(count.required()) > 0) {
          throw new InvalidFieldException("done", "done must not exceed required, but was "
              + count.done().toPlainString() + " > " + count.required().toPlainString());
        }
        if (count.required().signum() == 0) {
          return BigDecimal.ONE;
        }
        return clamp(LkeArithmetic.divide(count.done(), count.required()));
      }
      throw rejected(this, answer);
    }

    @Override
    public String accepts() {
      return rule == RatioRule.DECREASE
          ? "{\"lastYear\": n, \"thisYear\": n}"
          : "{\"done\": n, \"required\": n}";
    }
  }

  /** A percentage from 0 to 100, as a fraction. */
  record Percent() implements AnswerType {
    @Override
    public BigDecimal value(Answer answer) {
      if (answer instanceof Answer.Number) {
        BigDecimal percent = ((Answer.Number) answer).value();
        if (percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0) {
          return percent.movePointLeft(2);
        }
      }
      throw rejected(this, answer);
    }

    @Override
    public String accepts() {
      return "a percentage from 0 to 100";
    }
  }

  /**
   * A perception survey value (IPAK, IPKP) as {@code s / 4}: IPAK 3.60 gives 0.9. An index from the
   * survey is on 1&ndash;4, the default; PortalRB's worksheet (and the official workbook) take 0&ndash;4
   * ({@code "lowest": 0} in JSON).
   *
   * @param lowest the lowest value taken: 1 (the index, when absent) or 0; at least 0, below 4
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SurveyIndex(BigDecimal lowest) implements AnswerType {

    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    /**
     * A survey value.
     *
     * @param lowest the lowest value taken, from 0 to below 4; 1 when null
     */
    public SurveyIndex {
      lowest = lowest == null ? BigDecimal.ONE : lowest;
      if (lowest.signum() < 0 || lowest.compareTo(FOUR) >= 0) {
        throw new InvalidFieldException("lowest", "lowest of a survey value must be at least 0 and below 4,"
            + " but was " + lowest.toPlainString());
      }
      // one scale for one number, so that 0 and 0.0 make equal types
      lowest = lowest.signum() == 0 ? BigDecimal.ZERO : lowest.stripTrailingZeros();
    }

    /** A survey index from 1 to 4. */
    public SurveyIndex() {
      this(BigDecimal.ONE);
    }

    /**
     * A survey value from 0 to 4, as PortalRB takes it.
     *
     * @return the type
     */
    public static SurveyIndex fromZero() {
      return new SurveyIndex(BigDecimal.ZERO);
    }

    @Override
    public BigDecimal value(Answer answer) {
      if (answer instanceof Answer.Number) {
        BigDecimal index = ((Answer.Number) answer).value();
        if (index.compareTo(lowest) >= 0 && index.compareTo(FOUR) <= 0) {
          return index.divide(FOUR);
        }
      }
      throw rejected(this, answer);
    }

    @Override
    public String accepts() {
      return lowest.compareTo(BigDecimal.ONE) == 0
          ? "a survey index from 1 to 4"
          : "a survey value from " + lowest.toPlainString() + " to 4";
    }
  }

  /**
   * A count (<i>jumlah</i>), a whole number from 0, such as the employees obliged to report their
   * wealth: asked, but not scored on its own. A {@linkplain ComputedItem computed item} of its
   * indicator turns it, with other counts, into a value; its {@link #value} is the count itself.
   */
  record Count() implements AnswerType {
    @Override
    public BigDecimal value(Answer answer) {
      if (answer instanceof Answer.Number) {
        BigDecimal count = ((Answer.Number) answer).value();
        if (count.signum() == 0) {
          return BigDecimal.ZERO;
        }
        BigDecimal stripped = count.stripTrailingZeros();
        if (count.signum() > 0 && stripped.scale() <= 0) {
          return stripped.setScale(0);
        }
      }
      throw rejected(this, answer);
    }

    @Override
    public boolean scored() {
      return false;
    }

    @Override
    public String accepts() {
      return "a count, a whole number from 0";
    }
  }

  private static BigDecimal clamp(BigDecimal value) {
    BigDecimal clamped = value.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    return clamped.signum() == 0 ? BigDecimal.ZERO : clamped.stripTrailingZeros();
  }

  /** The refusal of {@code answer}, at the answer itself (an empty path). */
  private static InvalidFieldException rejected(AnswerType type, Answer answer) {
    return new InvalidFieldException("",
        "answer must be " + type.accepts() + ", but was " + answer);
  }
}
