package io.github.zi4j.cli;

import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.LkeTemplates;
import io.github.zi4j.lke.TemplateProblem;
import io.github.zi4j.lke.TemplateValidator;
import io.github.zi4j.portalrb.MasterSoal;
import io.github.zi4j.portalrb.SoalDifference;
import io.github.zi4j.regulation.Edition;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code zi4j validate TEMPLATE.json|MASTER-SOAL.json}: lists every problem of an LKE template, or,
 * given PortalRB's master soal (top-level {@code data} or {@code total_soal}), how it differs from
 * the bundled 90/2021 template; exit 1 when there is any.
 */
@Command(name = "validate",
    description = {"Lists an LKE template's problems, or how a master soal differs from it.",
        "Exit 1 when the template has any problem. Given PortalRB's master soal (top-level data or"
            + " total_soal), lists how it differs from the bundled 90/2021 template, one line each"
            + " (soal ids, node weights, answer types, option values, a soal's bobot_maksimal where"
            + " not 0; computed items are not soals), exit 1 when it differs."})
final class ValidateCommand implements Callable<Integer> {

  @ParentCommand
  private Zi4jCommand zi4j;

  @Parameters(paramLabel = "TEMPLATE.json|MASTER-SOAL.json|-",
      description = "The template or master soal, or - for standard input.")
  private String file;

  @Override
  public Integer call() {
    Inputs.Document document = zi4j.inputs.document(file);
    Set<String> fields = document.fields();
    if (fields.contains("data") || fields.contains("total_soal")) {
      LkeTemplate bundled = LkeTemplates.bundled(Edition.PERMENPANRB_90_2021);
      List<SoalDifference> differences = document.as(MasterSoal.class).compareWith(bundled);
      if (differences.isEmpty()) {
        zi4j.out.println(file + ": no difference with the bundled template " + bundled.id()
            + " (soal ids, node weights, answer types, option values, soal weights where not 0;"
            + " computed items are not soals and are not compared)");
        return Zi4jCommand.OK;
      }
      differences.forEach(difference -> zi4j.out.println(file + ": " + difference));
      return Zi4jCommand.PROBLEMS;
    }
    List<TemplateProblem> problems = TemplateValidator.validate(document.as(LkeTemplate.class));
    if (problems.isEmpty()) {
      zi4j.out.println(file + ": valid");
      return Zi4jCommand.OK;
    }
    problems.forEach(problem -> zi4j.out.println(file + ": " + problem));
    return Zi4jCommand.PROBLEMS;
  }
}
