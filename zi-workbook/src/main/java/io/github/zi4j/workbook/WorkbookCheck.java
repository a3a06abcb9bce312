package io.github.zi4j.workbook;

import io.github.zi4j.Language;
import io.github.zi4j.ZiParseException;
import io.github.zi4j.lke.AnswerType;
import io.github.zi4j.lke.LkeScore;
import io.github.zi4j.lke.LkeScorer;
import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.LkeTemplates;
import io.github.zi4j.lke.Question;
import io.github.zi4j.lke.QuestionScore;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.ScoreNode;
import io.github.zi4j.lke.TemplateNode;
import io.github.zi4j.portalrb.JawabanUnit;
import io.github.zi4j.workbook.SavedScores.Saved;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A workbook's own arithmetic checked against the rule (<i>pemeriksaan hitungan buku kerja</i>), for the
 * TPI and the inspectorate: the unit's answers read from the workbook, their score by the rule, and
 * every place where a score the workbook saved disagrees with the rule by more than {@link #TOLERANCE}.
 * {@link LkeWorkbook#check(java.nio.file.Path, String, String)} makes one.
 *
 * <p>What is compared: at each soal's row the value the workbook gives the answer, for answers with
 * options (Ya/Tidak, A–C, A–D, A–E; a count's and a survey's row are not compared, since the workbook
 * keeps no option value there); each indicator's points; the pengungkit, hasil and total. A node whose
 * points the rule cannot give, because an answer below it is missing, is not compared and is listed
 * in {@link #notChecked()}.
 *
 * <p>What a difference most likely is ({@link Disagreement.Cause}): at a soal's row, an option valued
 * otherwise; at a node, the rule is applied to the workbook's own saved parts (an indicator's item
 * values, a total's indicators; a part the workbook does not save counts at the rule's value). When
 * the node's saved value is that, it differs only because a part does, and is listed in that part's
 * {@link Disagreement#shifts()} rather than as a disagreement of its own; otherwise it is aggregated
 * otherwise (a formula's result) or a hand-typed number that is not the sum of its parts (a typed
 * value).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class WorkbookCheck {

  /** The largest difference counted as agreement: 10<sup>-9</sup>. */
  public static final BigDecimal TOLERANCE = new BigDecimal("1e-9");

  private static final int SCALE = 14;

  private final String source;
  private final JawabanUnit jawaban;
  private final LkeScore score;
  private final List<Disagreement> disagreements;
  private final List<String> notChecked;
  private final int cellsChecked;

  private WorkbookCheck(String source, JawabanUnit jawaban, LkeScore score,
      List<Disagreement> disagreements, List<String> notChecked, int cellsChecked) {
    this.source = source;
    this.jawaban = jawaban;
    this.score = score;
    this.disagreements = List.copyOf(disagreements);
    this.notChecked = List.copyOf(notChecked);
    this.cellsChecked = cellsChecked;
  }

  /** Compares the {@code values} saved at {@code cells} with the score of {@code jawaban}. */
  static WorkbookCheck of(String source, WorkbookAnswers answers, LkeTemplate template,
      List<SavedCell> cells, Map<SavedCell, Saved> values) {
    JawabanUnit jawaban = answers.jawaban();
    LkeScorer scorer = template.equals(LkeTemplates.bundled(template.edition()))
        ? LkeScorer.bundled(template.edition()) : LkeScorer.of(template);
    LkeScore score = scorer.score(answers.worksheet(), Role.SELF);
    Walk walk = new Walk(source, template, cells, values);
    walk.visit(score.root());
    List<Disagreement> found = new ArrayList<>();
    walk.roots.values().forEach(root -> found.add(root.disagreement()));
    return new WorkbookCheck(source, jawaban, score, found, walk.notChecked, walk.checked);
  }

  /**
   * The workbook's name in messages: its file, or the source it was read from.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * The unit's answers read from the workbook.
   *
   * @return the answers
   */
  public JawabanUnit jawaban() {
    return jawaban;
  }

  /**
   * The score of the unit's answers by the rule ({@link Role#SELF}).
   *
   * @return the score
   */
  public LkeScore score() {
    return score;
  }

  /**
   * Every place where the workbook and the rule disagree, in template order (answers before their
   * indicator, parts before their total); a total shifted only by a part is in the part's {@link
   * Disagreement#shifts()}.
   *
   * @return the disagreements, empty when the workbook agrees with the rule
   */
  public List<Disagreement> disagreements() {
    return disagreements;
  }

  /**
   * The nodes and questions whose saved value was not compared, since the rule gives them no value:
   * an answer below them is missing.
   *
   * @return their ids, in template order
   */
  public List<String> notChecked() {
    return notChecked;
  }

  /**
   * How many saved values were compared with the rule.
   *
   * @return the number of cells compared
   */
  public int cellsChecked() {
    return cellsChecked;
  }

  /**
   * Whether every saved value compared agrees with the rule to {@link #TOLERANCE}.
   *
   * @return true when there is no disagreement
   */
  public boolean agrees() {
    return disagreements.isEmpty();
  }

  /**
   * The check as text, in {@code locale}'s language as {@link Language#of(Locale)} decides it (Bahasa
   * Indonesia for {@code id} or {@code in}, English for any other locale): a line saying whether the
   * workbook agrees with the rule, then one line per disagreement ({@link
   * Disagreement#explain(Locale)}), then the values not compared. Acronyms are left as they are:
   * the text names nodes and cells ({@code LKE}, {@code 'LKE ZI'!L175}) by their ids.
   *
   * @param locale the reader's locale: the language and number format
   * @return the text, lines separated by {@code \n}
   */
  public String explain(Locale locale) {
    Language language = Language.of(locale);
    boolean id = language == Language.INDONESIAN;
    String rule = score.templateId();
    StringBuilder text = new StringBuilder(source).append(": ");
    if (agrees()) {
      text.append(id
          ? "nilai yang disimpan buku kerja sesuai dengan aturan (" + rule + ") di semua "
              + cellsChecked + " sel yang diperiksa (sampai 1e-9)"
          : "the workbook's saved scores agree with the rule (" + rule + ") at all "
              + cellsChecked + " cells checked (to 1e-9)");
    } else {
      text.append(id
          ? "buku kerja dan aturan (" + rule + ") berbeda di " + disagreements.size()
              + " tempat, dari " + cellsChecked + " sel yang diperiksa:"
          : "the workbook and the rule (" + rule + ") disagree in " + disagreements.size()
              + " place(s), of " + cellsChecked + " cells checked:");
    }
    text.append('\n');
    disagreements.forEach(d -> text.append("- ").append(d.explain(locale)).append('\n'));
    if (!notChecked.isEmpty()) {
      text.append(id ? "tidak diperiksa (ada jawaban kosong di bawahnya): "
          : "not checked (an answer below is missing): ")
          .append(String.join(", ", notChecked)).append('\n');
    }
    return text.toString();
  }

  /**
   * The check as text in Bahasa Indonesia, {@link Language#DEFAULT}, as {@link #explain(Locale)}
   * writes it.
   *
   * @return the text, lines separated by {@code \n}
   */
  public String explain() {
    return explain(Language.DEFAULT.locale());
  }

  @Override
  public String toString() {
    return "WorkbookCheck[" + source + ", " + cellsChecked + " cells checked, "
        + disagreements.size() + " disagreement(s)]";
  }

  /** A disagreement being found: the nodes it shifts are added as the walk goes up. */
  private record Root(String node, String name, String cell, BigDecimal workbook, BigDecimal zi4j,
      Disagreement.Cause cause, Optional<BigDecimal> ownParts, List<String> shifts,
      List<String> shiftedCells) {
    Disagreement disagreement() {
      return new Disagreement(node, name, cell, workbook, zi4j, cause, ownParts, shifts,
          shiftedCells);
    }
  }

  /** The walk over the scored tree, parts before the nodes they make up. */
  private static final class Walk {
    private final String source;
    private final LkeTemplate template;
    private final Map<String, SavedCell> cells = new HashMap<>();
    private final Map<SavedCell, Saved> values;
    /** The value the workbook gives each answer compared, by question id. */
    private final Map<String, BigDecimal> answerValues = new HashMap<>();
    final Map<String, Root> roots = new LinkedHashMap<>();
    final List<String> notChecked = new ArrayList<>();
    int checked;

    Walk(String source, LkeTemplate template, List<SavedCell> cells,
        Map<SavedCell, Saved> values) {
      this.source = source;
      this.template = template;
      cells.forEach(cell -> this.cells.put(cell.node(), cell));
      this.values = values;
    }

    /** Compares {@code node} and all below it; gives the disagreements it or its parts hold. */
    Set<String> visit(ScoreNode node) {
      Set<String> below = new LinkedHashSet<>();
      if (isIndicator(node)) {
        for (QuestionScore question : node.questions()) {
          compareAnswer(question).ifPresent(below::add);
        }
      } else {
        for (ScoreNode child : node.children()) {
          below.addAll(visit(child));
        }
      }
      SavedCell cell = cells.get(node.id());
      if (cell == null) {
        return below;
      }
      if (node.points().isEmpty()) {
        notChecked.add(node.id());
        return below;
      }
      Saved saved = values.get(cell);
      BigDecimal workbook = number(cell, saved, "the points the workbook saved for node "
          + node.id());
      checked++;
      BigDecimal rule = node.points().get();
      if (close(workbook, rule)) {
        return below;
      }
      Optional<BigDecimal> own = own(node, true);
      if (!below.isEmpty() && own.isPresent() && close(workbook, own.get())) {
        below.forEach(root -> {
          roots.get(root).shifts().add(node.id());
          roots.get(root).shiftedCells().add(cell.ref());
        });
        return below;
      }
      roots.put(node.id(), new Root(node.id(), node.name(), cell.ref(), workbook, rule,
          saved.typed() ? Disagreement.Cause.HAND_TYPED
              : Disagreement.Cause.AGGREGATED_OTHERWISE, own, new ArrayList<>(), new ArrayList<>()));
      below.add(node.id());
      return below;
    }

    /** Compares the value the workbook gives an answer with options; its id when they disagree. */
    private Optional<String> compareAnswer(QuestionScore question) {
      SavedCell cell = cells.get(question.id());
      Optional<Question> asked = template.question(question.id());
      if (cell == null || asked.isEmpty() || !hasOptions(asked.get().answer())) {
        return Optional.empty();
      }
      if (question.value().isEmpty()) {
        notChecked.add(question.id());
        return Optional.empty();
      }
      Saved saved = values.get(cell);
      BigDecimal workbook = number(cell, saved, "the value the workbook gives the answer to soal "
          + asked.get().soalId().orElse(0));
      checked++;
      answerValues.put(question.id(), workbook);
      BigDecimal rule = question.value().get();
      if (close(workbook, rule)) {
        return Optional.empty();
      }
      roots.put(question.id(), new Root(question.id(), question.text(), cell.ref(), workbook, rule,
          Disagreement.Cause.OPTION_VALUE, Optional.empty(), new ArrayList<>(), new ArrayList<>()));
      return Optional.of(question.id());
    }

    /**
     * The rule applied to the workbook's own parts of {@code node}: a part the workbook saves at its
     * saved value (not {@code node} itself, when {@code top}), any other at the rule's.
     */
    private Optional<BigDecimal> own(ScoreNode node, boolean top) {
      SavedCell cell = cells.get(node.id());
      if (!top && cell != null) {
        Saved saved = values.get(cell);
        if (saved != null && saved.value().isPresent()) {
          return saved.value();
        }
      }
      if (!isIndicator(node)) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ScoreNode child : node.children()) {
          Optional<BigDecimal> part = own(child, false);
          if (part.isEmpty()) {
            return Optional.empty();
          }
          sum = sum.add(part.get());
        }
        return Optional.of(sum);
      }
      TemplateNode indicator = template.node(node.id()).orElseThrow();
      BigDecimal sum = BigDecimal.ZERO;
      for (QuestionScore question : node.questions()) {
        boolean scored = template.question(question.id()).map(q -> q.answer().scored())
            .orElse(false);
        if (scored) {
          Optional<BigDecimal> value = Optional.ofNullable(answerValues.get(question.id()))
              .or(question::value);
          if (value.isEmpty()) {
            return Optional.empty();
          }
          sum = sum.add(value.get());
        }
      }
      for (QuestionScore item : node.computed()) {
        if (item.value().isEmpty()) {
          return Optional.empty();
        }
        sum = sum.add(item.value().get());
      }
      BigDecimal product = sum.multiply(indicator.weight());
      int items = indicator.scoredItems();
      return Optional.of(items == 1 ? product
          : product.divide(BigDecimal.valueOf(items), SCALE, RoundingMode.HALF_EVEN));
    }

    private BigDecimal number(SavedCell cell, Saved saved, String what) {
      if (saved == null || saved.value().isEmpty()) {
        throw new ZiParseException(source, cell.ref(), "must hold " + what + ", but "
            + (saved == null ? "is empty" : saved.what()), null);
      }
      return saved.value().get();
    }

    private static boolean isIndicator(ScoreNode node) {
      return !node.questions().isEmpty() || !node.computed().isEmpty();
    }

    private static boolean hasOptions(AnswerType type) {
      return type instanceof AnswerType.YesNo || type instanceof AnswerType.Options;
    }

    private static boolean close(BigDecimal a, BigDecimal b) {
      return a.subtract(b).abs().compareTo(TOLERANCE) <= 0;
    }
  }
}
