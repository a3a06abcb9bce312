package io.github.zi4j.rules;

import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.Language;
import io.github.zi4j.rules.explain.Messages;
import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.LkeScore;
import io.github.zi4j.lke.LkeScorer;
import io.github.zi4j.lke.Question;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The unit's self-assessment compared with the TPI's review of one worksheet (<i>perbandingan penilaian
 * mandiri dan TPI</i>): both scores, the predicate each meets, every question answered differently,
 * and which differences alone change the predicate the unit's own answers meet (the TPI's answer put in
 * place of the unit's; a question the TPI left blank has no answer to put in, and changes nothing).
 *
 * <pre>{@code
 * AssessorComparison comparison = DecisionEngine.standard().compare(worksheet);
 * comparison.selfMeets();            // Optional[WBBM]
 * comparison.tpiMeets();             // Optional[WBK]
 * comparison.predicateChanging();    // [S126: B -> C]
 * }</pre>
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 */
@Value.Immutable
abstract class AbstractAssessorComparison {

  /**
   * The unit's own score.
   *
   * @return the SELF score
   */
  public abstract LkeScore self();

  /**
   * The TPI's score.
   *
   * @return the TPI score
   */
  public abstract LkeScore tpi();

  /**
   * The highest predicate the unit's own answers meet on scores.
   *
   * @return the predicate, or empty
   */
  public abstract Optional<Predikat> selfMeets();

  /**
   * The highest predicate the TPI's answers meet on scores.
   *
   * @return the predicate, or empty
   */
  public abstract Optional<Predikat> tpiMeets();

  /**
   * Every question answered differently, in template order.
   *
   * @return the differences
   */
  public abstract List<AnswerDifference> differences();

  /**
   * The differences that alone change the predicate the unit's own answers meet.
   *
   * @return those differences, in template order
   */
  public List<AnswerDifference> predicateChanging() {
    return differences().stream().filter(AnswerDifference::changesPredikat)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Compares the roles' answers on {@code worksheet}.
   *
   * @param meets the predicate a score meets, under the worksheet's edition and the engine's figures
   */
  static AssessorComparison of(Worksheet worksheet, Function<LkeScore, Optional<Predikat>> meets) {
    for (Role role : Role.values()) {
      if (!worksheet.answers().containsKey(role)) {
        throw new InvalidFieldException("answers",
            "a comparison needs answers of both SELF and TPI, but " + role + " gave none");
      }
    }
    LkeScorer scorer = LkeScorer.bundled(worksheet.edition());
    LkeScore self = scorer.score(worksheet, Role.SELF);
    LkeScore tpi = scorer.score(worksheet, Role.TPI);
    Optional<Predikat> selfMeets = meets.apply(self);
    List<AnswerDifference> differences = new ArrayList<>();
    for (Question question : scorer.template().questions()) {
      Optional<Answer> mine = Optional.ofNullable(worksheet.answersOf(Role.SELF).get(question.id()));
      Optional<Answer> theirs = Optional.ofNullable(worksheet.answersOf(Role.TPI).get(question.id()));
      Optional<BigDecimal> mineValue = mine.map(a -> question.answer().value(a));
      Optional<BigDecimal> theirValue = theirs.map(a -> question.answer().value(a));
      if (sameValue(mineValue, theirValue)) {
        continue;
      }
      // a question the TPI left blank has no answer to swap in: it cannot change the predicate
      Optional<Predikat> meetsSwapped = theirs.isEmpty()
          ? selfMeets
          : meets.apply(scorer.score(
              worksheet.withAnswer(Role.SELF, question.id(), theirs.get()), Role.SELF));
      differences.add(new AnswerDifference(question.id(), question.text(), mine, theirs,
          mineValue, theirValue, meetsSwapped, !meetsSwapped.equals(selfMeets)));
    }
    return AssessorComparison.builder()
        .self(self)
        .tpi(tpi)
        .selfMeets(selfMeets)
        .tpiMeets(meets.apply(tpi))
        .addAllDifferences(differences)
        .build();
  }

  private static boolean sameValue(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    return a.isPresent() == b.isPresent()
        && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
  }

  /**
   * The comparison as text: both totals and predicates, then one line per difference, marked when it
   * alone changes the predicate. The language is {@link Language#of(Locale)}'s: Bahasa Indonesia for
   * {@code id} (or {@code in}), English for any other locale; the first use of each acronym is
   * spelled out once ({@link Language#spellOut(String)}).
   *
   * @param locale the reader's locale
   * @return the text, lines separated by {@code \n}
   */
  public String explain(Locale locale) {
    StringBuilder text = new StringBuilder();
    text.append(Messages.text(locale, "comparison.title",
        total(self(), locale), meets(selfMeets(), locale),
        total(tpi(), locale), meets(tpiMeets(), locale),
        differences().size())).append('\n');
    for (AnswerDifference d : differences()) {
      text.append("  ").append(d.questionId()).append(' ').append(d.text()).append(": ")
          .append(d.self().map(Object::toString).orElse("-")).append(" -> ")
          .append(d.tpi().map(Object::toString).orElse("-"));
      if (d.changesPredikat()) {
        text.append("  [").append(Messages.text(locale, "comparison.changes",
            meets(selfMeets(), locale), meets(d.meetsWithTpiAnswer(), locale))).append(']');
      }
      text.append('\n');
    }
    return Language.of(locale).spellOut(text.toString());
  }

  /**
   * The comparison as text in Bahasa Indonesia, {@link Language#DEFAULT}, as {@link
   * #explain(Locale)} writes it.
   *
   * @return the text, lines separated by {@code \n}
   */
  public String explain() {
    return explain(Language.DEFAULT.locale());
  }

  private static String total(LkeScore score, Locale locale) {
    return score.total().map(t -> new Measure.Points(t).format(locale))
        .orElseGet(() -> Messages.text(locale, "comparison.incomplete"));
  }

  private static String meets(Optional<Predikat> predikat, Locale locale) {
    return predikat.map(Enum::name).orElseGet(() -> Messages.term("none", locale));
  }
}
