package io.github.zi4j.cli;

import io.github.zi4j.Language;
import io.github.zi4j.ZiException;
import io.github.zi4j.ZiJson;
import io.github.zi4j.ZiParseException;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.rules.portalrb.ErrorResponse;
import io.github.zi4j.rules.portalrb.Kandidat;
import io.github.zi4j.rules.portalrb.Pengusulan;
import io.github.zi4j.unit.UnitIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code zi4j portalrb DIR}: decides every {@code *.json} case file of a folder and writes what
 * PortalRB pulls for the round of {@code --tahun} (default: the latest round year among the cases):
 * {@code pengusulan-unit-wbk.json}, {@code pengusulan-unit-wbbm.json}, an example error body {@code
 * error-contoh.json}, and the report {@code laporan.txt}, which it also prints; cases of other years
 * are reported as another round.
 */
@Command(name = "portalrb",
    description = {"Decides a folder of case files and writes PortalRB's responses for a round.",
        "Decides every *.json case file in DIR and writes, in OUTDIR (default: the current"
            + " directory; when it is DIR, the files written are not read as cases), PortalRB's"
            + " responses for the round of YEAR (default: the latest round year among the cases):"
            + " pengusulan-unit-wbk.json, pengusulan-unit-wbbm.json (ELIGIBLE units only;"
            + " UNDETERMINED ones too with --include-undetermined), error-contoh.json (the API's"
            + " error body) and laporan.txt, the report of who was left out and why, also printed."
            + " A unit's id is its unit.id; without one, its name in lower case with dashes (the"
            + " report names those units: a new name would be a new unit at PortalRB). Two units"
            + " of the round with one id are bad input. A K/L unit marked afirmasi is judged and"
            + " listed as any K/L unit (afirmasi false), and the report says why."})
final class PortalRbCommand implements Callable<Integer> {

  /** The files {@code portalrb} writes, in the output folder. */
  static final List<String> FILES = List.of("pengusulan-unit-wbk.json",
      "pengusulan-unit-wbbm.json", "error-contoh.json", "laporan.txt");

  @ParentCommand
  private Zi4jCommand zi4j;

  @Mixin
  private LanguageOption lang;

  @Option(names = "--out", paramLabel = "OUTDIR", description = "Where the responses go.")
  private Optional<String> outFolder = Optional.empty();

  @Option(names = "--tahun", paramLabel = "YEAR", description = "The round's year.")
  private Optional<String> tahun = Optional.empty();

  @Option(names = "--include-undetermined",
      description = "Lists UNDETERMINED units too, marked in the report.")
  private boolean undetermined;

  @Parameters(paramLabel = "DIR", description = "The folder of case files.")
  private String dir;

  @Override
  public Integer call() {
    Language language = lang.language(zi4j.userLocale);
    Optional<Integer> year = year();
    Path folder = Inputs.path(dir);
    if (!Files.isDirectory(folder)) {
      throw new ZiParseException(dir, "$", "is not a folder of case files", null);
    }
    Path outDir = outFolder.map(Inputs::path).orElse(Path.of("."));
    List<Path> files = caseFiles(folder, sameFolder(folder, outDir));
    List<Kandidat> kandidat = new ArrayList<>();
    List<String> kandidatFiles = new ArrayList<>();
    for (Path path : files) {
      String file = path.toString();
      Proposal proposal = ZiJson.read(path, Proposal.class);
      try {
        kandidat.add(Kandidat.of(proposal, DecideCommand.decide(file, proposal)));
      } catch (ZiException e) {
        throw ZiParseException.of(file, e);
      }
      kandidatFiles.add(file);
    }
    int round = year.orElseGet(() -> kandidat.stream().mapToInt(k -> k.proposal().roundYear())
        .max().orElseThrow());
    requireDistinctIds(round, kandidat, kandidatFiles);
    Pengusulan pengusulan = Pengusulan.of(round, kandidat, undetermined);
    String laporan = pengusulan.laporan(language.locale());
    ErrorResponse error = ErrorResponse.of(ErrorResponse.DATA_NOT_FOUND,
        language.pick("Unit tidak ditemukan di antara usulan tahun " + round,
            "No unit with that id among the proposals of " + round));
    List<String> contents = List.of(ZiJson.write(pengusulan.unitWbk()) + "\n",
        ZiJson.write(pengusulan.unitWbbm()) + "\n", ZiJson.write(error) + "\n", laporan);
    try {
      Files.createDirectories(outDir);
      for (int i = 0; i < FILES.size(); i++) {
        Files.writeString(outDir.resolve(FILES.get(i)), contents.get(i), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new OutputException(outDir + ": " + e.getMessage(), e);
    }
    zi4j.out.print(laporan);
    return Zi4jCommand.OK;
  }

  /** The year of {@code --tahun}, four digits from 1900 to 2200. */
  private Optional<Integer> year() {
    if (tahun.isEmpty()) {
      return Optional.empty();
    }
    if (!tahun.get().matches("[0-9]{4}")) {
      throw new UsageException("--tahun takes a year of four digits, but was "
          + Texts.quote(tahun.get()));
    }
    int year = Integer.parseInt(tahun.get());
    if (year < JawabanCommand.FIRST_TAHUN || year > JawabanCommand.LAST_TAHUN) {
      throw new UsageException("--tahun takes a year from " + JawabanCommand.FIRST_TAHUN + " to "
          + JawabanCommand.LAST_TAHUN + ", but was " + year);
    }
    return Optional.of(year);
  }

  /** The case files of {@code folder}, less what this command wrote there before. */
  private List<Path> caseFiles(Path folder, boolean writesHere) {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(f -> f.getFileName().toString().endsWith(".json"))
          .filter(f -> !writesHere || !FILES.contains(f.getFileName().toString()))
          .filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new ZiParseException(dir, "$", "cannot list the folder: " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      throw new ZiParseException(dir, "$", "has no *.json case file", null);
    }
    return files;
  }

  /**
   * Refuses two case files of the round of {@code year} whose units have one id (whatever its case),
   * naming both files: PortalRB would take them for one unit.
   */
  private static void requireDistinctIds(int year, List<Kandidat> kandidat, List<String> files) {
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (int i = 0; i < kandidat.size(); i++) {
      Kandidat k = kandidat.get(i);
      if (k.proposal().roundYear() != year) {
        continue;
      }
      Integer before = seen.putIfAbsent(UnitIds.key(k.id()), i);
      if (before != null) {
        String made = k.idFromName() ? " (made from its name; give each unit its own unit.id)" : "";
        throw new ZiParseException(files.get(i), k.idFromName() ? "$.unit.name" : "$.unit.id",
            "the unit's id \"" + Texts.quote(k.id()) + "\"" + made + " is also the id of the unit"
            + " of " + files.get(before) + " (\""
            + Texts.quote(kandidat.get(before).proposal().unit().name())
            + "\"); the units of one round need distinct ids", null);
      }
    }
  }

  /**
   * Whether {@code out} is the folder {@code cases}: then what {@code portalrb} wrote there before is
   * not a case.
   */
  private static boolean sameFolder(Path cases, Path out) {
    try {
      return Files.exists(out) && Files.isSameFile(cases, out);
    } catch (IOException e) {
      return false;
    }
  }
}
