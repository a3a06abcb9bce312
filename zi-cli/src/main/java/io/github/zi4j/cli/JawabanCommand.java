package io.github.zi4j.cli;

import io.github.zi4j.ZiException;
import io.github.zi4j.ZiJson;
import io.github.zi4j.ZiParseException;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.unit.UnitIds;
import io.github.zi4j.unit.UnitKerja;
import io.github.zi4j.workbook.LkeWorkbook;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code zi4j jawaban LKE.xlsx}: reads a unit's answers from an LKE workbook and prints them as
 * PortalRB's {@code /lke/jawaban-unit} response.
 */
@Command(name = "jawaban",
    description = {"Prints an LKE workbook's answers as PortalRB's /lke/jawaban-unit response.",
        "For unit ID named NAME: a 90/2021 workbook (sheet LKE ZI) with zi4j's bundled layout, for"
            + " the evaluation year YEAR (required: the workbook does not say it); any other, with"
            + " its notes and evidence, at the cells MASTER-SOAL.json names for every soal"
            + " (excel_sheet, excel_baris, excel_kolom_*), for its tahun. With --case, for the unit"
            + " of CASE.json under the id portalrb lists it by (its unit.id, else a slug of its"
            + " name). An id is 1 to 100 of A-Z a-z 0-9 - _ ., a letter or digit at each end."})
final class JawabanCommand implements Callable<Integer> {

  /** The first year {@code --tahun} takes, as every date zi4j reads. */
  static final int FIRST_TAHUN = 1900;

  /** The last year {@code --tahun} takes. */
  static final int LAST_TAHUN = 2200;

  @ParentCommand
  private Zi4jCommand zi4j;

  @Mixin
  private WorkbookOptions workbook;

  @Option(names = "--tahun", paramLabel = "YEAR",
      description = "The evaluation year of an LKE ZI workbook.")
  private Optional<String> tahun = Optional.empty();

  @Option(names = "--unit-id", paramLabel = "ID", description = "The unit's id for PortalRB.")
  private Optional<String> unitId = Optional.empty();

  @Option(names = "--nama", paramLabel = "NAME", description = "The unit's name.")
  private Optional<String> nama = Optional.empty();

  @Option(names = "--case", paramLabel = "CASE.json",
      description = "Takes the unit's id and name from this case file.")
  private Optional<String> caseFile = Optional.empty();

  @Parameters(paramLabel = "LKE.xlsx", description = "The workbook.")
  private String file;

  @Override
  public Integer call() {
    UnitName unit = unit();
    if (!Inputs.isWorkbook(file)) {
      throw new UsageException("jawaban reads an .xlsx workbook, but was given "
          + Texts.quote(file));
    }
    LkeWorkbook reader;
    if (Workbooks.layout(file, workbook.layout, workbook.masterSoal)
        == Workbooks.Layout.LKE_ZI) {
      String year = tahun.orElseThrow(() -> new UsageException("jawaban of an LKE ZI"
          + " workbook needs --tahun YEAR, the evaluation year (the workbook does not say it)"));
      if (!year.matches("[0-9]{1,4}") || Integer.parseInt(year) < FIRST_TAHUN
          || Integer.parseInt(year) > LAST_TAHUN) {
        throw new UsageException("--tahun takes a year from " + FIRST_TAHUN + " to " + LAST_TAHUN
            + ", but was " + Texts.quote(year));
      }
      reader = LkeWorkbook.ofLkeZi(Integer.parseInt(year));
    } else {
      if (tahun.isPresent()) {
        throw new UsageException("--tahun goes with an LKE ZI workbook; the master soal gives"
            + " the year of the others");
      }
      reader = Workbooks.masterSoal(zi4j.inputs, workbook.masterSoal.orElseThrow(),
          Optional.empty());
    }
    zi4j.out.print(ZiJson.write(reader.read(Inputs.readablePath(file), unit.id(), unit.nama()))
        + "\n");
    return Zi4jCommand.OK;
  }

  /**
   * The id and name to write: those of {@code --case CASE.json}'s unit (its {@code unit.id}, else
   * the slug of its name, as {@code portalrb} lists it), or {@code --unit-id} and {@code --nama},
   * the id checked as {@link UnitIds} says.
   */
  private UnitName unit() {
    if (caseFile.isPresent()) {
      if (unitId.isPresent() || nama.isPresent()) {
        throw new UsageException("--case gives the unit's id and name: leave out --unit-id and"
            + " --nama");
      }
      UnitKerja unit = zi4j.inputs.read(caseFile.get(), Proposal.class).unit();
      try {
        return new UnitName(UnitIds.of(unit), unit.name());
      } catch (ZiException e) {
        throw ZiParseException.of(caseFile.get(), e.within("unit"));
      }
    }
    String id = unitId.orElseThrow(() ->
        new UsageException("jawaban needs --unit-id ID, the unit's id for PortalRB"));
    String name = nama.orElseThrow(() ->
        new UsageException("jawaban needs --nama NAME, the unit's name"));
    try {
      UnitIds.check("--unit-id", id);
    } catch (ZiException e) {
      // a value of the command line, checked by the library's rule for ids: bad usage
      throw new UsageException(e.getMessage());
    }
    return new UnitName(id, name);
  }

  /** A unit's id for PortalRB and its name. */
  private record UnitName(String id, String nama) {}
}
