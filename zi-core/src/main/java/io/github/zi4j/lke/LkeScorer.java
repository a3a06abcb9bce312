package io.github.zi4j.lke;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Scores a filled worksheet with a template, as the regulation does (<i>penilaian LKE</i>): every
 * answer becomes a value in [0, 1] ({@link AnswerType}); an indicator earns the mean of its questions'
 * values times its weight; every other node the sum of its children.
 *
 * <p>Arithmetic is {@link BigDecimal}: exact, except where a mean divides by a count that does not
 * terminate (a third); such points are carried to 10 decimal places, far below the 2 shown, so a sum
 * that is exactly a minimum compares as the minimum. Unanswered questions are reported and leave their
 * indicator without points, unless the caller asks to score them as 0 ({@link MissingAnswers}).
 *
 * <pre>{@code
 * LkeScore score = LkeScorer.of(LkeTemplates.bundled(Edition.PERMENPANRB_90_2021))
 *     .score(worksheet, Role.TPI);
 * System.out.println(score.breakdown());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class LkeScorer {

  /** Decimal places kept for points. */
  static final int SCALE = 10;

  private final LkeTemplate template;

  private LkeScorer(LkeTemplate template) {
    this.template = template;
  }

  /**
   * A scorer for {@code template}.
   *
   * @param template the template
   * @return the scorer
   * @throws IllegalArgumentException when the template has problems ({@link TemplateValidator}),
   *     listing them all
   */
  public static LkeScorer of(LkeTemplate template) {
    List<TemplateProblem> problems = TemplateValidator.validate(template);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("template " + template.id() + " must be valid to score, but has "
          + problems.size() + " problem(s): " + problems.stream().map(TemplateProblem::toString)
              .collect(Collectors.joining("; ")));
    }
    return new LkeScorer(template);
  }

  /**
   * The template this scorer uses.
   *
   * @return the template
   */
  public LkeTemplate template() {
    return template;
  }

  /**
   * Scores {@code role}'s answers on {@code worksheet}, reporting unanswered questions.
   *
   * @param worksheet the worksheet
   * @param role whose answers
   * @return the score
   * @throws IllegalArgumentException when the worksheet is for another edition, names questions the
   *     template lacks, or has answers its questions do not take (all listed)
   */
  public LkeScore score(Worksheet worksheet, Role role) {
    return score(worksheet, role, MissingAnswers.REPORT);
  }

  /**
   * Scores {@code role}'s answers on {@code worksheet}.
   *
   * @param worksheet the worksheet
   * @param role whose answers
   * @param missing what to do with unanswered questions
   * @return the score
   * @throws IllegalArgumentException when the worksheet is for another edition, names questions the
   *     template lacks, or has answers its questions do not take (all listed)
   */
  public LkeScore score(Worksheet worksheet, Role role, MissingAnswers missing) {
    if (worksheet.edition() != template.edition()) {
      throw new IllegalArgumentException("a worksheet answered for " + worksheet.edition()
          + " cannot be scored with template " + template.id() + " of " + template.edition());
    }
    Map<String, Answer> answers = worksheet.answersOf(role);
    TreeSet<String> unknown = new TreeSet<>(answers.keySet());
    unknown.removeIf(id -> template.question(id).isPresent());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("answers must be to questions of template " + template.id()
          + ", but " + unknown + " are not");
    }
    List<String> errors = new ArrayList<>();
    List<String> unanswered = new ArrayList<>();
    ScoreNode root = score(template.root(), answers, missing, errors, unanswered);
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", errors));
    }
    return new LkeScore(template, role, root, unanswered);
  }

  private ScoreNode score(TemplateNode node, Map<String, Answer> answers, MissingAnswers missing,
      List<String> errors, List<String> unanswered) {
    if (node.isIndicator()) {
      List<QuestionScore> questions = new ArrayList<>();
      BigDecimal sum = BigDecimal.ZERO;
      boolean complete = true;
      for (Question question : node.questions()) {
        Answer answer = answers.get(question.id());
        Optional<BigDecimal> value = Optional.empty();
        if (answer == null) {
          unanswered.add(question.id());
          if (missing == MissingAnswers.SCORE_AS_ZERO) {
            value = Optional.of(BigDecimal.ZERO);
          }
        } else {
          try {
            value = Optional.of(question.answer().value(answer));
          } catch (IllegalArgumentException e) {
            errors.add("question " + question.id() + ": " + e.getMessage());
          }
        }
        complete &= value.isPresent();
        sum = sum.add(value.orElse(BigDecimal.ZERO));
        questions.add(new QuestionScore(question.id(), question.text(),
            Optional.ofNullable(answer), value));
      }
      Optional<BigDecimal> points = complete
          ? Optional.of(points(sum, node.weight(), node.questions().size()))
          : Optional.empty();
      return new ScoreNode(node.id(), node.name(), node.area(), node.weight(), points, List.of(),
          questions);
    }
    List<ScoreNode> children = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    boolean complete = true;
    for (TemplateNode child : node.children()) {
      ScoreNode scored = score(child, answers, missing, errors, unanswered);
      children.add(scored);
      complete &= scored.points().isPresent();
      sum = sum.add(scored.points().orElse(BigDecimal.ZERO));
    }
    return new ScoreNode(node.id(), node.name(), node.area(), node.weight(),
        complete ? Optional.of(sum) : Optional.empty(), children, List.of());
  }

  /** Whether dividing by {@code count} always terminates: its only prime factors are 2 and 5. */
  private static boolean terminates(int count) {
    int n = count;
    while (n % 2 == 0) {
      n /= 2;
    }
    while (n % 5 == 0) {
      n /= 5;
    }
    return n == 1;
  }

  /** {@code sum / count * weight}, exact where it terminates, else to {@link #SCALE} places. */
  static BigDecimal points(BigDecimal sum, BigDecimal weight, int count) {
    BigDecimal product = sum.multiply(weight);
    BigDecimal exact = terminates(count)
        ? product.divide(BigDecimal.valueOf(count))
        : product.divide(BigDecimal.valueOf(count), LkeArithmetic.PRECISION);
    BigDecimal points = exact.scale() > SCALE ? exact.setScale(SCALE, RoundingMode.HALF_UP) : exact;
    return points.signum() == 0 ? BigDecimal.ZERO : points.stripTrailingZeros();
  }
}
