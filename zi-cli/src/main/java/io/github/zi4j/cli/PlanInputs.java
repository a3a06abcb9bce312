package io.github.zi4j.cli;

import io.github.zi4j.ZiException;
import io.github.zi4j.ZiParseException;
import io.github.zi4j.lke.InvalidAnswersException;
import io.github.zi4j.lke.LkeScore;
import io.github.zi4j.lke.LkeScorer;
import io.github.zi4j.lke.LkeTemplates;
import io.github.zi4j.lke.LkeWeights;
import io.github.zi4j.lke.MissingAnswers;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.proposal.Proposal;
import java.util.List;
import java.util.Optional;

/**
 * What {@code plan} and {@code whatif} read: a case file, with the worksheet it holds or the one
 * {@code --lke} names, or a worksheet alone (zi4j's, PortalRB's answers, or an LKE workbook, read
 * as {@code score} reads them).
 */
final class PlanInputs {

  private PlanInputs() {}

  /**
   * A case and its worksheet, either or both.
   *
   * @param file the file named on the command line
   * @param proposal the case, when the file is one
   * @param sheet the worksheet, when the case holds one, {@code --lke} names one, or the file is
   *     one
   */
  record Subject(String file, Optional<Proposal> proposal, Optional<Sheet> sheet) {}

  /**
   * A worksheet and where it came from: a case's {@code $.lke}, or a file of answers.
   *
   * @param file the file it was read from
   * @param worksheet the worksheet
   * @param answers the answers file as read, empty when the worksheet is a case's {@code $.lke}
   */
  record Sheet(String file, Worksheet worksheet, Optional<Workbooks.Answers> answers) {

    /** {@code e}, met planning this worksheet, at its place in the file. */
    ZiParseException placed(ZiException e) {
      if (answers.isEmpty()) {
        return ZiParseException.of(file, e.within("lke"));
      }
      if (e instanceof InvalidAnswersException) {
        return answers.get().placed((InvalidAnswersException) e,
            LkeTemplates.bundled(worksheet.edition()));
      }
      return ZiParseException.of(file, e);
    }

    /** The JSON path of the worksheet's answers in its file. */
    private String answersPath() {
      return answers.isEmpty() ? "$.lke.answers" : "$.answers";
    }

    /**
     * Refuses, naming the place, a worksheet the planner cannot start from: of an edition without
     * the area-level form (52/2014), with an answer its question does not take, or incomplete.
     */
    void checkPlannable() {
      if (!LkeWeights.hasAreaLevelForm(worksheet.edition())) {
        throw new ZiParseException(file, answers.isEmpty() ? "$.lke.edition" : "$.edition",
            "planning reads the LKE of PermenPANRB 90/2021 (six areas, IPAK, capaian kinerja,"
                + " IPKP), but the worksheet is of " + worksheet.edition(), null);
      }
      LkeScore score;
      try {
        score = LkeScorer.bundled(worksheet.edition())
            .score(worksheet, worksheet.decidingRole(), MissingAnswers.REPORT);
      } catch (ZiException e) {
        throw placed(e);
      }
      if (!score.complete()) {
        List<String> unanswered = score.unanswered();
        throw new ZiParseException(file, answersPath() + "." + worksheet.decidingRole(),
            "a plan starts from a complete worksheet, but " + unanswered.size()
                + " question(s) are unanswered: " + Texts.quote(String.join(", ", unanswered)),
            null);
      }
    }
  }

  /**
   * Reads {@code file}: a case (a JSON object with {@code asOf}) with its worksheet or {@code
   * lke}'s, or the answers {@code score} reads.
   */
  static Subject read(Inputs inputs, String file, Optional<String> lke, WorkbookOptions workbook) {
    if (Inputs.isWorkbook(file)) {
      refuseLke(lke);
      return new Subject(file, Optional.empty(), Optional.of(sheet(inputs, file, workbook)));
    }
    if (lke.isEmpty() && (workbook.layout.isPresent() || workbook.masterSoal.isPresent())) {
      throw new UsageException((workbook.layout.isPresent() ? "--layout" : "--master-soal")
          + " goes with an .xlsx workbook, but was given " + Texts.quote(file));
    }
    Inputs.Document document = inputs.document(file);
    if (!document.fields().contains("asOf")) {
      refuseLke(lke);
      Workbooks.Answers answers = Workbooks.answers(document, file, Optional.empty());
      return new Subject(file, Optional.empty(),
          Optional.of(new Sheet(file, answers.worksheet(), Optional.of(answers))));
    }
    Proposal proposal = document.as(Proposal.class);
    if (lke.isPresent()) {
      return new Subject(file, Optional.of(proposal), Optional.of(sheet(inputs, lke.get(),
          workbook)));
    }
    Optional<Sheet> sheet = proposal.lke().filter(Worksheet.class::isInstance)
        .map(w -> new Sheet(file, (Worksheet) w, Optional.empty()));
    return new Subject(file, Optional.of(proposal), sheet);
  }

  private static Sheet sheet(Inputs inputs, String file, WorkbookOptions workbook) {
    Workbooks.Answers answers = Workbooks.answers(inputs, file, workbook.layout,
        workbook.masterSoal, Optional.empty());
    return new Sheet(file, answers.worksheet(), Optional.of(answers));
  }

  private static void refuseLke(Optional<String> lke) {
    if (lke.isPresent()) {
      throw new UsageException("--lke goes with a case file, whose worksheet it gives");
    }
  }
}
