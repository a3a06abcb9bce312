package io.github.zi4j.cli;

import io.github.zi4j.ZiException;
import io.github.zi4j.ZiParseException;
import io.github.zi4j.lke.InvalidAnswersException;
import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.portalrb.InvalidJawabanException;
import io.github.zi4j.portalrb.JawabanUnit;
import io.github.zi4j.portalrb.MasterSoal;
import io.github.zi4j.workbook.LkeWorkbook;
import io.github.zi4j.workbook.WorkbookAnswers;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The answers {@code score}, {@code compare} and {@code jawaban} read: zi4j's worksheet, PortalRB's
 * {@code /lke/jawaban-unit} response, or an LKE workbook, laid out as {@code --layout} says, or as
 * {@code --master-soal} or its sheets tell.
 */
final class Workbooks {

  /**
   * The unit id and name of a workbook read by {@code score} or {@code compare}: PortalRB's answers
   * need one, and neither command shows it ({@code jawaban} takes them from the command line).
   */
  static final String SCORED_UNIT = "unit";

  /**
   * The evaluation year of an LKE ZI workbook read by {@code score}, {@code compare} or {@code
   * check}: the workbook does not say it, and none of them shows it ({@code jawaban} takes it from
   * {@code --tahun}).
   */
  static final int SCORED_TAHUN = 2026;

  /** The sheet of PortalRB's own download template, read at its master soal's cells. */
  static final String JAWABAN_SHEET = "Jawaban";

  private Workbooks() {}

  /** How a workbook is laid out: the 90/2021 workbook's sheet LKE ZI, or a master soal's cells. */
  enum Layout {
    LKE_ZI,
    MASTER_SOAL
  }

  /**
   * The layout of the workbook {@code file}: {@code --layout}, else the master soal's when {@code
   * --master-soal} is given, else the one its sheets tell.
   */
  static Layout layout(String file, Optional<String> layout, Optional<String> masterSoal) {
    if (layout.isPresent()) {
      switch (layout.get().toLowerCase(Locale.ROOT)) {
        case "lke-zi":
          if (masterSoal.isPresent()) {
            throw new UsageException("--master-soal goes with --layout master-soal, not lke-zi");
          }
          return Layout.LKE_ZI;
        case "master-soal":
          if (masterSoal.isEmpty()) {
            throw new UsageException("--layout master-soal needs --master-soal MASTER-SOAL.json");
          }
          return Layout.MASTER_SOAL;
        default:
          throw new UsageException("--layout takes lke-zi or master-soal, but was "
              + Texts.quote(layout.get()));
      }
    }
    if (masterSoal.isPresent()) {
      return Layout.MASTER_SOAL;
    }
    List<String> sheets = LkeWorkbook.sheetNames(Inputs.readablePath(file));
    if (sheets.contains(LkeWorkbook.LKE_ZI_SHEET)) {
      return Layout.LKE_ZI;
    }
    if (sheets.contains(JAWABAN_SHEET)) {
      throw new ZiParseException(file, "$", "a workbook with the sheet " + JAWABAN_SHEET + " is"
          + " PortalRB's own template, read at the cells of PortalRB's master soal: add"
          + " --master-soal MASTER-SOAL.json", null);
    }
    throw new ZiParseException(file, "$", "the workbook has the sheets " + Texts.sheetList(sheets)
        + ", neither " + LkeWorkbook.LKE_ZI_SHEET + " (the 90/2021 workbook, read with zi4j's"
        + " bundled layout) nor " + JAWABAN_SHEET + " (PortalRB's template): add --master-soal"
        + " MASTER-SOAL.json to read it at a master soal's cells", null);
  }

  /** The reader of workbooks laid out as the master soal in {@code masterFile} says. */
  static LkeWorkbook masterSoal(Inputs inputs, String masterFile, Optional<LkeTemplate> template) {
    MasterSoal master = inputs.read(masterFile, MasterSoal.class);
    try {
      return template.map(t -> LkeWorkbook.of(master, t)).orElseGet(() -> LkeWorkbook.of(master));
    } catch (ZiException e) {
      throw ZiParseException.of(masterFile, e);
    }
  }

  /**
   * The answers in {@code file}: zi4j's worksheet, PortalRB's answers (a top-level {@code unit_id}
   * and {@code answers}), or an LKE workbook, converted with {@code template} or the bundled
   * 90/2021 template.
   */
  static Answers answers(Inputs inputs, String file, Optional<String> layout,
      Optional<String> masterSoal, Optional<LkeTemplate> template) {
    if (Inputs.isWorkbook(file)) {
      LkeWorkbook workbook = layout(file, layout, masterSoal) == Layout.LKE_ZI
          ? LkeWorkbook.ofLkeZi(SCORED_TAHUN)
          : masterSoal(inputs, masterSoal.orElseThrow(), template);
      WorkbookAnswers read =
          workbook.readAnswers(Inputs.readablePath(file), SCORED_UNIT, SCORED_UNIT);
      JawabanUnit jawaban = read.jawaban();
      try {
        // read against the workbook's template: converted again only for another --template
        return new Answers(file, template.filter(t -> !t.equals(workbook.template()))
            .map(jawaban::toWorksheet).orElse(read.worksheet()), Optional.of(jawaban));
      } catch (InvalidJawabanException e) {
        // an LKE ZI workbook is read against the bundled template, then given to --template: the
        // answer's place is a JSON path of the answers read, not a cell of the workbook
        throw new ZiParseException(file, "$", e.getMessage(), e);
      }
    }
    if (masterSoal.isPresent()) {
      throw new UsageException("--master-soal goes with an .xlsx workbook, but was given "
          + Texts.quote(file));
    }
    if (layout.isPresent()) {
      throw new UsageException("--layout goes with an .xlsx workbook, but was given "
          + Texts.quote(file));
    }
    return answers(inputs.document(file), file, template);
  }

  /**
   * The answers in {@code document}, read from {@code file}: PortalRB's answers (a top-level {@code
   * unit_id} and {@code answers}), converted with {@code template} or the bundled 90/2021 template,
   * else zi4j's worksheet.
   */
  static Answers answers(Inputs.Document document, String file, Optional<LkeTemplate> template) {
    Set<String> fields = document.fields();
    if (fields.contains("unit_id") && fields.contains("answers")) {
      JawabanUnit jawaban = document.as(JawabanUnit.class);
      try {
        return new Answers(file, template.map(jawaban::toWorksheet)
            .orElseGet(jawaban::toWorksheet), Optional.of(jawaban));
      } catch (ZiException e) {
        throw ZiParseException.of(file, e);
      }
    }
    return new Answers(file, document.as(Worksheet.class), Optional.empty());
  }

  /**
   * A worksheet read from {@code file}, in zi4j's format, from PortalRB's {@code /lke/jawaban-unit}
   * response, or from a workbook, with the response when it was one.
   */
  record Answers(String file, Worksheet worksheet, Optional<JawabanUnit> portalRb) {

    /**
     * {@code e}, met scoring this worksheet with {@code template}, at the first offending answer's
     * place in the file: {@code $.answers.SELF.S2} in zi4j's format, {@code
     * $.answers[3].jawaban_unit} in PortalRB's.
     */
    ZiParseException placed(InvalidAnswersException e, LkeTemplate template) {
      if (portalRb.isEmpty()) {
        return ZiParseException.of(file, e);
      }
      String question = e.problems().keySet().iterator().next();
      String field = e.role() == Role.SELF ? "jawaban_unit" : "jawaban_tpi";
      String path = template.question(question)
          .flatMap(q -> q.soalId().isPresent()
              ? portalRb.get().indexOf(q.soalId().getAsInt()) : Optional.empty())
          .map(index -> "$.answers[" + index + "]." + field)
          .orElse("$.answers");
      return new ZiParseException(file, path, e.getMessage(), e);
    }
  }
}
