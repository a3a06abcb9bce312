package io.github.zi4j.lke;

import io.github.zi4j.ZiException;
import java.math.BigDecimal;
import io.github.zi4j.InvalidFieldException;
import java.util.ArrayList;
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

  private static final Map<Edition, LkeScorer> BUNDLED = new EnumMap<>(Edition.class);

  static {
    // the bundled templates were validated when loaded: no need to validate them again
    for (Edition edition : Edition.values()) {
      BUNDLED.put(edition, new LkeScorer(LkeTemplates.bundled(edition)));
    }
  }

  private final LkeTemplate template;
  /** The template laid out flat, once: a score walks arrays, not the tree. */
  private final ScorePlan plan;
  /** Whether the template has the area-level form ({@link LkeWeights#hasAreaLevelForm}). */
  private final boolean areaLevelForm;

  private LkeScorer(LkeTemplate template) {
    this.template = template;
    this.plan = new ScorePlan(template);
    this.areaLevelForm = LkeWeights.hasAreaLevelForm(template);
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
    List<String> unanswered = new ArrayList<>();
    ScorePlan.Values values = plan.score(answers, null, missing, problems, unanswered);
    if (values.answered != answers.size()) {
      // some answers are to no question of the template: those alone are reported, by id
      problems.clear();
      for (String id : new TreeSet<>(answers.keySet())) {
        if (template.question(id).isEmpty()) {
          problems.put(id, "not a question of template " + template.id());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidAnswersException(role, problems);
    }
    return new LkeScore(plan, Optional.of(role), values, unanswered);
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
    if (!areaLevelForm) {
      throw new InvalidFieldException("edition", "template " + template.id() + " has no area-level"
          + " form (the six areas under PEMENUHAN and REFORM, IPAK, CAPAIAN_KINERJA and IPKP), so"
          + " it cannot score an area-level result");
    }
    BigDecimal[] given = new BigDecimal[plan.nodes.length];
    Map<AreaPerubahan, AreaScore> pengungkit = result.pengungkit();
    for (ScorePlan.AreaNode node : plan.areaNodes) {
      AreaScore points = pengungkit.get(node.area());
      given[node.position()] = node.pemenuhan() ? points.pemenuhan() : points.reform();
    }
    Hasil hasil = result.hasil();
    Map<String, Answer> answers = Map.of(
        onlyQuestion(NodeRole.IPAK), new Answer.Number(hasil.ipak()),
        onlyQuestion(NodeRole.CAPAIAN_KINERJA), new Answer.Option(hasil.capaianKinerja().name()),
        onlyQuestion(NodeRole.IPKP), new Answer.Number(hasil.ipkp()));
    Map<String, String> problems = new LinkedHashMap<>();
    List<String> unanswered = new ArrayList<>();
    ScorePlan.Values values = plan.score(answers, given, MissingAnswers.REPORT, problems,
        unanswered);
    if (!problems.isEmpty() || !unanswered.isEmpty()) {
      // the template has the area-level form, and a Hasil holds only values its questions take
      throw new IllegalStateException("template " + template.id() + " cannot score an area-level"
          + " result: " + problems + ", unanswered " + unanswered);
    }
    return new LkeScore(plan, Optional.empty(), values, List.of());
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
    Map<String, Answer> answers = worksheet.answersOf(role);
    if (plan.takes(answers)) {
      // the usual case: one pass over the plan finds any problem there is, and the listing below
      // then names them all, in the order of their ids
      return;
    }
    Map<String, String> problems = new java.util.TreeMap<>();
    Map<String, BigDecimal> counts = new LinkedHashMap<>();
    for (Map.Entry<String, Answer> answer : answers.entrySet()) {
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
    for (int item = 0; item < plan.computed.length; item++) {
      plan.computed(item, counts, MissingAnswers.REPORT, problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidAnswersException(role, new LinkedHashMap<>(problems));
    }
  }
}
