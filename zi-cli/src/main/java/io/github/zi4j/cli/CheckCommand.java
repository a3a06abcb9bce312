package io.github.zi4j.cli;

import io.github.zi4j.ZiParseException;
import io.github.zi4j.workbook.LkeWorkbook;
import io.github.zi4j.workbook.WorkbookCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code zi4j check LKE.xlsx}: compares the scores an {@code LKE ZI} workbook saved with the rule,
 * and lists every disagreement and what it most likely is; exit 1 when there is one.
 */
@Command(name = "check",
    description = {"Checks a 90/2021 workbook's own arithmetic against the rule.",
        "Compares the scores it saved on sheet LKE ZI, column L (each answer's value, each"
            + " indicator, the pengungkit, hasil and total) with the rule, and lists every place"
            + " where they disagree by more than 1e-9: the node, the cell, the workbook's value,"
            + " zi4j's, the difference, and what it most likely is (an option valued otherwise, a"
            + " node aggregated otherwise, a hand-typed total). A total that differs only because"
            + " a part does is named with the part. Exit 1 when they disagree."})
final class CheckCommand implements Callable<Integer> {

  @ParentCommand
  private Zi4jCommand zi4j;

  @Mixin
  private LanguageOption lang;

  @Parameters(paramLabel = "LKE.xlsx", description = "The workbook.")
  private String file;

  @Override
  public Integer call() {
    java.util.Locale locale = lang.language(zi4j.userLocale).locale();
    if (!Inputs.isWorkbook(file)) {
      throw new UsageException("check reads an .xlsx workbook, but was given "
          + Texts.quote(file));
    }
    Path path = Inputs.readablePath(file);
    List<String> sheets = LkeWorkbook.sheetNames(path);
    if (!sheets.contains(LkeWorkbook.LKE_ZI_SHEET)) {
      throw new ZiParseException(file, "$", "check reads the scores a 90/2021 workbook saves on its"
          + " sheet " + LkeWorkbook.LKE_ZI_SHEET + ", which this workbook lacks; it has "
          + Texts.sheetList(sheets), null);
    }
    WorkbookCheck check = LkeWorkbook.ofLkeZi(Workbooks.SCORED_TAHUN).check(path,
        Workbooks.SCORED_UNIT, Workbooks.SCORED_UNIT);
    zi4j.out.print(check.explain(locale));
    return check.agrees() ? Zi4jCommand.OK : Zi4jCommand.PROBLEMS;
  }
}
