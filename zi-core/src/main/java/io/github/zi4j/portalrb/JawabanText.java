package io.github.zi4j.portalrb;

import io.github.zi4j.ZiException;
import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.internal.Limits;
import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.AnswerType;
import io.github.zi4j.lke.Question;
import java.math.BigDecimal;
import java.util.Locale;

/** An answer as PortalRB writes it, a string, to and from an {@link Answer} by question type. */
final class JawabanText {

  private JawabanText() {}

  /**
   * The answer {@code text} gives to {@code question}.
   *
   * @throws IllegalArgumentException naming the value and what the question takes
   */
  static Answer parse(Question question, String text) {
    AnswerType type = question.answer();
    String trimmed = text.trim();
    Answer answer;
    if (type instanceof AnswerType.YesNo) {
      String word = trimmed.toLowerCase(Locale.ROOT);
      if (!word.equals("ya") && !word.equals("tidak")) {
        throw refused(type, text);
      }
      answer = Answer.yesNo(word.equals("ya"));
    } else if (type instanceof AnswerType.Options) {
      String letter = trimmed.toUpperCase(Locale.ROOT);
      if (!letter.matches("[A-Z]")) {
        throw refused(type, text);
      }
      answer = Answer.option(letter);
    } else if (type instanceof AnswerType.Count || type instanceof AnswerType.SurveyIndex
        || type instanceof AnswerType.Percent) {
      BigDecimal number = number(type, text, trimmed);
      if (Limits.number(number).isPresent()) {
        throw refused(type, text);
      }
      answer = new Answer.Number(Limits.normalised(number));
    } else {
      throw new InvalidFieldException("", "question " + question.id() + " takes " + type.accepts()
          + ", which PortalRB cannot give as one string");
    }
    try {
      type.value(answer);
    } catch (ZiException e) {
      throw refused(type, text);
    }
    return answer;
  }

  /**
   * A number written with digits and at most one decimal separator, a point ({@code "3.71"}) or a
   * comma, as Indonesian spreadsheets write it ({@code "3,71"}). A number with more than one
   * separator ({@code "3.710,5"}, {@code "1,234.5"}: thousands separators) is refused, since which is
   * which cannot be told for sure; so is a count written with one ({@code "1.200"} may be 1200 or 1.2,
   * {@code "1,5"} is not whole): a count is a whole number written without separators.
   */
  private static BigDecimal number(AnswerType type, String text, String trimmed) {
    if (trimmed.matches("[0-9]+([.,][0-9]+){2,}")) {
      throw new InvalidFieldException("", "must be " + type.accepts() + ", written without thousands"
          + " separators and with at most one decimal point or comma, but was \""
          + Limits.quote(text) + "\"");
    }
    if (!trimmed.matches("[0-9]+([.,][0-9]+)?")) {
      throw refused(type, text);
    }
    BigDecimal number = new BigDecimal(trimmed.replace(',', '.'));
    if (type instanceof AnswerType.Count && number.stripTrailingZeros().scale() > 0) {
      throw new InvalidFieldException("", "must be " + type.accepts() + ", written without a decimal"
          + " or thousands separator, but was \"" + Limits.quote(text) + "\"");
    }
    return number;
  }

  /** The string PortalRB takes for {@code answer}: Ya/Tidak, a letter, or a plain number. */
  static String format(Question question, Answer answer) {
    if (answer instanceof Answer.YesNo) {
      return ((Answer.YesNo) answer).yes() ? "Ya" : "Tidak";
    }
    if (answer instanceof Answer.Option || answer instanceof Answer.Number) {
      return answer.toString();
    }
    throw new InvalidFieldException("", "answer to question " + question.id()
        + " must be Ya/Tidak, a letter or a number to be written for PortalRB, but was " + answer);
  }

  /** The refusal of {@code text}, at the text itself (an empty path). */
  private static InvalidFieldException refused(AnswerType type, String text) {
    String takes = type instanceof AnswerType.YesNo ? "Ya or Tidak" : type.accepts();
    return new InvalidFieldException("",
        "must be " + takes + ", but was \"" + Limits.quote(text) + "\"");
  }
}
