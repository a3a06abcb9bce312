package io.github.zi4j.lke;

import io.github.zi4j.ZiException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import io.github.zi4j.InvalidFieldException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import io.github.zi4j.regulation.Edition;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Scores a filled worksheet with a template, as the regulation does (<i>penilaian LKE</i>): every
 * answer becomes a value in [0, 1] ({@link AnswerType}); an indicator earns the mean of its scored
 * items times its weight; every other node the sum of its children. An indicator's scored items are
 * its graded questions and its {@linkplain ComputedItem computed items} (a percentage or a decrease of
 * counts); the {@linkplain AnswerType.Count counts} are asked, and read by the computed items, but not
 * averaged themselves.
 *
 * <p>Arithmetic is {@link BigDecimal}: exact, except where a division does not terminate (a mean of
 * three questions, a percentage of 2 in 3), which is rounded half-even at 14 decimal places and carried
 * so through the whole tree. Each node then shows its points rounded half-up to 10 decimal places, and
 * minimums are compared with those: a score that is exactly a minimum in fractions (three thirds)
 * compares as the minimum, and no real shortfall is as small as 10<sup>-10</sup>. Unanswered questions
 * are reported and leave their indicator without points (a computed item is unanswered while a count
 * it reads is; a count no item reads is reported and costs nothing), unless the caller asks to score
 * them as 0 ({@link MissingAnswers}): then an unanswered graded question, and a computed item missing
 * a count, are worth 0.
 *
 * <pre>{@code
 * LkeScore score = LkeScorer.bundled(Edition.PERMENPANRB_90_2021)
 *     .score(worksheet, Role.TPI);
 * System.out.println(score.breakdown());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LkeScorer {

  /** Decimal places of the points a node shows, and that minimums are compared with. */
  static final int SCALE = 10;

  private static final Map<Edition, LkeScorer> BUNDLED = new EnumMap<>(Edition.class);

  static {
    // the bundled templates were validated when loaded: no need to validate them again
    for (Edition edition : Edition.values()) {
      BUNDLED.put(edition, new LkeScorer(LkeTemplates.bundled(edition)));
    }
  }

  private final LkeTemplate template;

  private LkeScorer(LkeTemplate template) {
    this.template = template;
  }

  /**
   * The scorer of {@code edition}'s bundled template, made once and shared.
   *
   * @param edition the edition
   * @return the scorer
   */
  public static LkeScorer bundled(Edition edition) {
    return BUNDLED.get(java.util.Objects.requireNonNull(edition, "edition"));
  }

  /**
   * A scorer for {@code template}.
   *
   * @param template the template
   * @return the scorer
   * @throws InvalidFieldException when the template has problems ({@link TemplateValidator}),
   *     listing them all
   */
  public static LkeScorer of(LkeTemplate template) {
    List<TemplateProblem> problems = TemplateValidator.validate(template);
    if (!problems.isEmpty()) {
      throw new InvalidFieldException("", "template " + template.id() + " must be valid to score, but has "
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
   * @throws InvalidFieldException at {@code edition} when the worksheet is for another edition
   * @throws InvalidAnswersException when it names questions the template lacks, or has answers its
   *     questions do not take (all listed)
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
   * @throws InvalidFieldException at {@code edition} when the worksheet is for another edition
   * @throws InvalidAnswersException when it names questions the template lacks, or has answers its
   *     questions do not take (all listed)
   */
  public LkeScore score(Worksheet worksheet, Role role, MissingAnswers missing) {
    if (worksheet.edition() != template.edition()) {
      throw new InvalidFieldException("edition", "a worksheet answered for " + worksheet.edition()
          + " cannot be scored with template " + template.id() + " of " + template.edition());
    }
    Map<String, Answer> answers = worksheet.answersOf(role);
    Map<String, String> problems = new LinkedHashMap<>();
    if (!template.questionIds().containsAll(answers.keySet())) {
      for (String id : new TreeSet<>(answers.keySet())) {
        if (template.question(id).isEmpty()) {
          problems.put(id, "not a question of template " + template.id());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidAnswersException(role, problems);
    }
    List<String> unanswered = new ArrayList<>();
    Scored root = score(template.root(), answers, Map.of(), missing, problems, unanswered);
    if (!problems.isEmpty()) {
      throw new InvalidAnswersException(role, problems);
    }
    return new LkeScore(template, Optional.of(role), root.node(), unanswered);
  }

  /**
   * Scores an area-level result with this scorer's template, by the same arithmetic as a worksheet:
   * each area's pemenuhan and reform points stand for that area's node under {@link
   * NodeRole#PEMENUHAN} and {@link NodeRole#REFORM} (the questions below are not asked), and the IPAK
   * index, the capaian kinerja grade and the IPKP index answer the one question of their indicators,
   * each valued by its question's {@link AnswerType} as any answer is. So an area-level result and a
   * worksheet give their points by one formula per figure, and are judged as one {@link LkeScore}.
   *
   * <p>The score has no {@linkplain LkeScore#role() role}, no unanswered questions, and is complete.
   *
   * @param result the area-level result, of this scorer's edition
   * @return the score
   * @throws io.github.zi4j.InvalidFieldException ({@code edition}) when the result is of another
   *     edition than the template, or the template lacks the area-level form ({@link
   *     LkeWeights#hasAreaLevelForm(LkeTemplate)})
   */
  public LkeScore score(LkeResult result) {
    if (result.edition() != template.edition()) {
      throw new InvalidFieldException("edition", "an area-level result of " + result.edition()
          + " cannot be scored with template " + template.id() + " of " + template.edition());
    }
    if (!LkeWeights.hasAreaLevelForm(template)) {
      throw new InvalidFieldException("edition", "template " + template.id() + " has no area-level"
          + " form (the six areas under PEMENUHAN and REFORM, IPAK, CAPAIAN_KINERJA and IPKP), so"
          + " it cannot score an area-level result");
    }
    Map<String, BigDecimal> given = new HashMap<>();
    for (NodeRole part : List.of(NodeRole.PEMENUHAN, NodeRole.REFORM)) {
      for (TemplateNode area : template.node(part).orElseThrow().children()) {
        area.area().ifPresent(a -> {
          AreaScore points = result.pengungkit().get(a);
          given.put(area.id(), part == NodeRole.PEMENUHAN ? points.pemenuhan() : points.reform());
        });
      }
    }
    Hasil hasil = result.hasil();
    Map<String, Answer> answers = Map.of(
        onlyQuestion(NodeRole.IPAK), new Answer.Number(hasil.ipak()),
        onlyQuestion(NodeRole.CAPAIAN_KINERJA), new Answer.Option(hasil.capaianKinerja().name()),
        onlyQuestion(NodeRole.IPKP), new Answer.Number(hasil.ipkp()));
    Map<String, String> problems = new LinkedHashMap<>();
    List<String> unanswered = new ArrayList<>();
    Scored root = score(template.root(), answers, given, MissingAnswers.REPORT, problems,
        unanswered);
    if (!problems.isEmpty() || !unanswered.isEmpty()) {
      // the template has the area-level form, and a Hasil holds only values its questions take
      throw new IllegalStateException("template " + template.id() + " cannot score an area-level"
          + " result: " + problems + ", unanswered " + unanswered);
    }
    return new LkeScore(template, Optional.empty(), root.node(), List.of());
  }

  /** The id of the one question of the indicator with {@code role}. */
  private String onlyQuestion(NodeRole role) {
    TemplateNode indicator = template.node(role).orElseThrow();
    if (indicator.questions().size() != 1) {
      throw new InvalidFieldException("edition", "template " + template.id() + " must ask one "
          + "question for " + role + " to score an area-level result, but asks "
          + indicator.questions().size());
    }
    return indicator.questions().get(0).id();
  }

  /**
   * Checks {@code role}'s answers on {@code worksheet} without scoring them: every answer names a
   * question of the template and is one its question takes.
   *
   * @param worksheet the worksheet
   * @param role whose answers
   * @throws InvalidFieldException at {@code edition} when the worksheet is for another edition
   * @throws InvalidAnswersException when it names questions the template lacks, or has answers its
   *     questions do not take (all listed)
   */
  public void check(Worksheet worksheet, Role role) {
    if (worksheet.edition() != template.edition()) {
      throw new InvalidFieldException("edition", "a worksheet answered for " + worksheet.edition()
          + " cannot be scored with template " + template.id() + " of " + template.edition());
    }
    Map<String, String> problems = new java.util.TreeMap<>();
    Map<String, BigDecimal> counts = new LinkedHashMap<>();
    for (Map.Entry<String, Answer> answer : worksheet.answersOf(role).entrySet()) {
      Optional<Question> question = template.question(answer.getKey());
      if (question.isEmpty()) {
        problems.put(answer.getKey(), "not a question of template " + template.id());
      } else {
        try {
          BigDecimal value = question.get().answer().value(answer.getValue());
          if (!question.get().answer().scored()) {
            counts.put(answer.getKey(), value);
          }
        } catch (ZiException e) {
          problems.put(answer.getKey(), e.getMessage());
        }
      }
    }
    for (TemplateNode indicator : template.indicators()) {
      for (ComputedItem item : indicator.computed()) {
        computed(item, counts, MissingAnswers.REPORT, problems);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidAnswersException(role, new LinkedHashMap<>(problems));
    }
  }

  /** A scored node and its points before rounding to {@link #SCALE} places. */
  private record Scored(ScoreNode node, Optional<BigDecimal> precise) {}

  private Scored score(TemplateNode node, Map<String, Answer> answers,
      Map<String, BigDecimal> given, MissingAnswers missing, Map<String, String> problems,
      List<String> unanswered) {
    BigDecimal points = given.get(node.id());
    if (points != null) {
      // an area's points given by an area-level result: the node stands for what is below it
      return new Scored(new ScoreNode(node.id(), node.name(), node.area(), node.weight(),
          Optional.of(rounded(points)), List.of(), List.of(), List.of()), Optional.of(points));
    }
    if (node.isIndicator()) {
      List<QuestionScore> questions = new ArrayList<>();
      Map<String, BigDecimal> counts = new LinkedHashMap<>();
      BigDecimal sum = BigDecimal.ZERO;
      boolean complete = true;
      for (Question question : node.questions()) {
        Answer answer = answers.get(question.id());
        Optional<BigDecimal> value = Optional.empty();
        if (answer == null) {
          unanswered.add(question.id());
          if (missing == MissingAnswers.SCORE_AS_ZERO && question.answer().scored()) {
            value = Optional.of(BigDecimal.ZERO);
          }
        } else {
          try {
            value = Optional.of(question.answer().value(answer));
          } catch (ZiException e) {
            problems.put(question.id(), e.getMessage());
          }
        }
        if (question.answer().scored()) {
          complete &= value.isPresent();
          sum = sum.add(value.orElse(BigDecimal.ZERO));
          questions.add(new QuestionScore(question.id(), question.text(),
              Optional.ofNullable(answer), value.map(LkeScorer::rounded)));
        } else {
          // a count is read by the computed items below, and has no value of its own
          value.ifPresent(count -> counts.put(question.id(), count));
          questions.add(new QuestionScore(question.id(), question.text(),
              Optional.ofNullable(answer), Optional.empty()));
        }
      }
      List<QuestionScore> computed = new ArrayList<>();
      for (ComputedItem item : node.computed()) {
        Optional<BigDecimal> value = computed(item, counts, missing, problems);
        complete &= value.isPresent();
        sum = sum.add(value.orElse(BigDecimal.ZERO));
        computed.add(new QuestionScore(item.id(), item.text(), Optional.empty(),
            value.map(LkeScorer::rounded)));
      }
      Optional<BigDecimal> precise = complete
          ? Optional.of(points(sum, node.weight(), node.scoredItems()))
          : Optional.empty();
      return new Scored(new ScoreNode(node.id(), node.name(), node.area(), node.weight(),
          precise.map(LkeScorer::rounded), List.of(), questions, computed), precise);
    }
    List<ScoreNode> children = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    boolean complete = true;
    for (TemplateNode child : node.children()) {
      Scored scored = score(child, answers, given, missing, problems, unanswered);
      children.add(scored.node());
      complete &= scored.precise().isPresent();
      sum = sum.add(scored.precise().orElse(BigDecimal.ZERO));
    }
    Optional<BigDecimal> precise = complete ? Optional.of(sum) : Optional.empty();
    return new Scored(new ScoreNode(node.id(), node.name(), node.area(), node.weight(),
        precise.map(LkeScorer::rounded), children, List.of(), List.of()), precise);
  }

  /**
   * The value of {@code item} from the answered {@code counts}: none while a count it reads is
   * unanswered (0 when asked to score missing answers as 0), and none when the counts are impossible
   * together, which is put in {@code problems} under the first count of the item.
   */
  private static Optional<BigDecimal> computed(ComputedItem item, Map<String, BigDecimal> counts,
      MissingAnswers missing, Map<String, String> problems) {
    if (!counts.keySet().containsAll(item.counts())) {
      return missing == MissingAnswers.SCORE_AS_ZERO ? Optional.of(BigDecimal.ZERO) : Optional.empty();
    }
    try {
      return Optional.of(item.value(counts));
    } catch (ZiException e) {
      problems.putIfAbsent(item.counts().get(0), e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * {@code value} to at most {@link #SCALE} decimal places, half-up; its trailing zeros are kept (they
   * are stripped only when written as JSON).
   */
  static BigDecimal rounded(BigDecimal value) {
    return value.scale() > SCALE ? value.setScale(SCALE, RoundingMode.HALF_UP) : value;
  }

  /**
   * {@code sum / count * weight}: exact where the division terminates within {@link
   * LkeArithmetic#SCALE} places, else rounded there.
   */
  static BigDecimal points(BigDecimal sum, BigDecimal weight, int count) {
    BigDecimal product = sum.multiply(weight);
    return count == 1 ? product : LkeArithmetic.divide(product, BigDecimal.valueOf(count));
  }
}
