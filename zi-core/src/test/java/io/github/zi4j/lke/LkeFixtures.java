package io.github.zi4j.lke;

import io.github.zi4j.ZiJson;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Named fixtures for the worksheet-scoring tests: the example worksheets of zi-examples, the bundled
 * templates, and small helpers that build a template in code so a test shows only what it is about.
 */
final class LkeFixtures {

  /** Tests run with the module directory as working directory. */
  static final Path WORKSHEETS = Path.of("..", "zi-examples", "worksheets");

  /** The fictional Mal Pelayanan Publik Kota Contoh, answered by itself (SELF) and by its TPI. */
  static final Worksheet CONTOH_90_2021 =
      ZiJson.read(WORKSHEETS.resolve("contoh-90-2021.json"), Worksheet.class);

  /** The fictional Kantor Pelayanan Contoh under PermenPANRB 52/2014, answered by itself. */
  static final Worksheet CONTOH_52_2014 =
      ZiJson.read(WORKSHEETS.resolve("contoh-52-2014.json"), Worksheet.class);

  static final LkeTemplate TEMPLATE_90_2021 = LkeTemplates.bundled(Edition.PERMENPANRB_90_2021);
  static final LkeTemplate TEMPLATE_52_2014 = LkeTemplates.bundled(Edition.PERMENPANRB_52_2014);

  static final LkeScorer SCORER_90_2021 = LkeScorer.of(TEMPLATE_90_2021);
  static final LkeScorer SCORER_52_2014 = LkeScorer.of(TEMPLATE_52_2014);

  private LkeFixtures() {}

  static BigDecimal points(String value) {
    return new BigDecimal(value);
  }

  /** A node whose weight its children share. */
  static TemplateNode node(String id, String weight, TemplateNode... children) {
    return new TemplateNode(id, "Simpul " + id, new BigDecimal(weight), Optional.empty(), Map.of(),
        Optional.empty(), Arrays.asList(children), List.of());
  }

  /** An indicator, scoring the mean of its questions times its weight. */
  static TemplateNode indicator(String id, String weight, Question... questions) {
    return new TemplateNode(id, "Indikator " + id, new BigDecimal(weight), Optional.empty(),
        Map.of(), Optional.empty(), List.of(), Arrays.asList(questions));
  }

  /** An indicator with questions (counts among them) and the items computed from its counts. */
  static TemplateNode indicator(String id, String weight, List<Question> questions,
      ComputedItem... computed) {
    return new TemplateNode(id, "Indikator " + id, new BigDecimal(weight), Optional.empty(),
        Optional.empty(), Optional.empty(), Map.of(), Optional.empty(), List.of(), questions,
        Arrays.asList(computed));
  }

  /** A count question: asked, and read by computed items, but not scored on its own. */
  static Question count(String id) {
    return new Question(id, "Jumlah " + id, new AnswerType.Count());
  }

  /** {@code min(1, sum(part) / sum(whole))}. */
  static ComputedItem percentage(String id, List<String> part, List<String> whole) {
    return new ComputedItem.Percentage(id, "Persentase " + id, part, whole);
  }

  /** The decrease from {@code lastYear}'s count to {@code thisYear}'s. */
  static ComputedItem decrease(String id, String lastYear, String thisYear) {
    return new ComputedItem.Decrease(id, "Penurunan " + id, lastYear, thisYear);
  }

  /** {@code node} with a WBK and a WBBM minimum. */
  static TemplateNode withMinimums(TemplateNode node, String wbk, String wbbm) {
    Map<Predikat, Minimum> minimum = new EnumMap<>(Predikat.class);
    minimum.put(Predikat.WBK, new Minimum(new BigDecimal(wbk), Confidence.LIKELY, Optional.empty()));
    minimum.put(Predikat.WBBM,
        new Minimum(new BigDecimal(wbbm), Confidence.LIKELY, Optional.empty()));
    return new TemplateNode(node.id(), node.name(), node.weight(), node.area(), minimum,
        node.confidence(), node.children(), node.questions());
  }

  static Question yesNo(String id) {
    return new Question(id, "Pertanyaan " + id, new AnswerType.YesNo());
  }

  static Question lettersTo(char last, String id) {
    return new Question(id, "Pertanyaan " + id, AnswerType.Options.evenlyTo(last));
  }

  static Question surveyIndex(String id) {
    return new Question(id, "Pertanyaan " + id, new AnswerType.SurveyIndex());
  }

  static Question question(String id, AnswerType answer) {
    return new Question(id, "Pertanyaan " + id, answer);
  }

  /** A template of 90/2021 with {@code root}, named "Mini LKE". */
  static LkeTemplate template(TemplateNode root) {
    return LkeTemplate.of("MINI", Edition.PERMENPANRB_90_2021, "Mini LKE", "test fixture",
        Confidence.LIKELY, List.of(), root);
  }

  /** {@code worksheet} with only {@code role}'s answers, less the one to {@code questionId}. */
  static Worksheet without(Worksheet worksheet, Role role, String questionId) {
    Map<String, Answer> answers = new LinkedHashMap<>(worksheet.answersOf(role));
    answers.remove(questionId);
    return new Worksheet(worksheet.edition(), Optional.empty(), Map.of(role, answers));
  }
}
