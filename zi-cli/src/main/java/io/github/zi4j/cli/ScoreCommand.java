package io.github.zi4j.cli;

import io.github.zi4j.ZiException;
import io.github.zi4j.ZiJson;
import io.github.zi4j.ZiParseException;
import io.github.zi4j.lke.InvalidAnswersException;
import io.github.zi4j.lke.LkeScore;
import io.github.zi4j.lke.LkeScorer;
import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.MissingAnswers;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.TemplateProblem;
import io.github.zi4j.lke.TemplateValidator;
import io.github.zi4j.lke.Worksheet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code zi4j score WORKSHEET.json|LKE.xlsx|-}: scores a worksheet with its edition's bundled
 * template (or {@code --template}) and prints the breakdown, or JSON with {@code --json}.
 */
@Command(name = "score",
    description = {"Scores a worksheet, PortalRB's answers or an LKE workbook.",
        "Scores with the edition's template (or TEMPLATE.json); JSON with --json. Unanswered"
            + " questions leave their nodes without points unless --missing-as-zero.",
        "WORKSHEET.json may also be PortalRB's /lke/jawaban-unit response (top-level unit_id and"
            + " answers), read as a 90/2021 worksheet, or an LKE workbook LKE.xlsx: the 90/2021"
            + " workbook (sheet LKE ZI) with zi4j's bundled layout, any other at the cells"
            + " MASTER-SOAL.json names (PortalRB's template, sheet Jawaban). --layout chooses:"
            + " lke-zi, or master-soal (with --master-soal)."})
final class ScoreCommand implements Callable<Integer> {

  @ParentCommand
  private Zi4jCommand zi4j;

  @Mixin
  private LanguageOption lang;

  @Mixin
  private WorkbookOptions workbook;

  @Option(names = "--role", paramLabel = "SELF|TPI",
      description = "Whose answers: the unit's own (SELF, the default) or the TPI's.")
  private Optional<String> role = Optional.empty();

  @Option(names = "--template", paramLabel = "TEMPLATE.json",
      description = "Scores with this template instead of the edition's bundled one.")
  private Optional<String> templateFile = Optional.empty();

  @Option(names = "--missing-as-zero", description = "Scores an unanswered question as 0.")
  private boolean missingAsZero;

  @Option(names = "--json", description = "Prints the score tree as JSON.")
  private boolean json;

  @Parameters(paramLabel = "WORKSHEET.json|LKE.xlsx|-",
      description = "The worksheet, answers or workbook, or - for standard input.")
  private String file;

  @Override
  public Integer call() {
    Locale locale = lang.language(zi4j.userLocale).locale();
    Role scored = role();
    Optional<LkeTemplate> given = templateFile.map(this::validTemplate);
    Workbooks.Answers answers = Workbooks.answers(zi4j.inputs, file, workbook.layout,
        workbook.masterSoal, given);
    Worksheet worksheet = answers.worksheet();
    // the bundled templates were validated when loaded: their scorers are made once
    LkeScorer scorer = given.map(LkeScorer::of).orElseGet(() ->
        LkeScorer.bundled(worksheet.edition()));
    LkeScore score;
    try {
      score = scorer.score(worksheet, scored, missingAsZero ? MissingAnswers.SCORE_AS_ZERO
          : MissingAnswers.REPORT);
    } catch (InvalidAnswersException e) {
      throw answers.placed(e, scorer.template());
    } catch (ZiException e) {
      throw ZiParseException.of(file, e);
    }
    zi4j.out.print(json ? ZiJson.write(score) + "\n" : score.breakdown(locale));
    return Zi4jCommand.OK;
  }

  private Role role() {
    try {
      return Role.valueOf(role.orElse("SELF").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--role takes SELF or TPI, but was " + Texts.quote(role.get()));
    }
  }

  /** The template of {@code --template}, refused naming its first problem when it has any. */
  private LkeTemplate validTemplate(String templateFile) {
    LkeTemplate template = zi4j.inputs.read(templateFile, LkeTemplate.class);
    List<TemplateProblem> problems = TemplateValidator.validate(template);
    if (!problems.isEmpty()) {
      throw new ZiParseException(templateFile, "$", "the template has " + problems.size()
          + " problem(s), the first: " + problems.get(0) + " (zi4j validate lists them all)", null);
    }
    return template;
  }
}
