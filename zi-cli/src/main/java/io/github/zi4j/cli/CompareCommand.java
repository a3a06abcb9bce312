package io.github.zi4j.cli;

import io.github.zi4j.ZiException;
import io.github.zi4j.ZiParseException;
import io.github.zi4j.lke.InvalidAnswersException;
import io.github.zi4j.lke.LkeTemplates;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.rules.DecisionEngine;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code zi4j compare WORKSHEET.json|LKE.xlsx|-}: lists where the unit's own answers and the TPI's
 * differ, and which differences alone change the predicate the LKE meets.
 */
@Command(name = "compare",
    description = {"Lists where the unit's and the TPI's answers differ, and what that changes.",
        "Lists the questions the unit and the TPI answered differently, and which differences"
            + " alone change the predicate the LKE meets. WORKSHEET.json may also be PortalRB's"
            + " /lke/jawaban-unit response, or an LKE workbook (read as score reads it):"
            + " jawaban_unit against jawaban_tpi (an LKE ZI workbook has no TPI answers)."})
final class CompareCommand implements Callable<Integer> {

  @ParentCommand
  private Zi4jCommand zi4j;

  @Mixin
  private LanguageOption lang;

  @Mixin
  private WorkbookOptions workbook;

  @Parameters(paramLabel = "WORKSHEET.json|LKE.xlsx|-",
      description = "The worksheet, answers or workbook, or - for standard input.")
  private String file;

  @Override
  public Integer call() {
    java.util.Locale locale = lang.language(zi4j.userLocale).locale();
    Workbooks.Answers answers = Workbooks.answers(zi4j.inputs, file, workbook.layout,
        workbook.masterSoal, Optional.empty());
    Worksheet worksheet = answers.worksheet();
    if (Inputs.isWorkbook(file) && worksheet.answersOf(Role.TPI).isEmpty()) {
      throw new ZiParseException(file, "$", "a comparison needs the TPI's answers, and this"
          + " workbook has none (an LKE ZI workbook has no TPI column; score it, or check its own"
          + " arithmetic with zi4j check)", null);
    }
    String comparison;
    try {
      comparison = DecisionEngine.standard().compare(worksheet).explain(locale);
    } catch (InvalidAnswersException e) {
      throw answers.placed(e, LkeTemplates.bundled(worksheet.edition()));
    } catch (ZiException e) {
      throw ZiParseException.of(file, e);
    }
    zi4j.out.print(comparison);
    return Zi4jCommand.OK;
  }
}
