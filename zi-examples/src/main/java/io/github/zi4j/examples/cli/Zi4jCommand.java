package io.github.zi4j.examples.cli;

import io.github.zi4j.ZiJson;
import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.ZiParseException;
import io.github.zi4j.lke.InvalidAnswersException;
import io.github.zi4j.lke.LkeScore;
import io.github.zi4j.lke.LkeScorer;
import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.LkeTemplates;
import io.github.zi4j.lke.MissingAnswers;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.TemplateProblem;
import io.github.zi4j.lke.TemplateValidator;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.portalrb.InvalidJawabanException;
import io.github.zi4j.portalrb.JawabanUnit;
import io.github.zi4j.portalrb.MasterSoal;
import io.github.zi4j.portalrb.SoalDifference;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.rules.Decision;
import io.github.zi4j.rules.DecisionEngine;
import io.github.zi4j.rules.DecisionJson;
import io.github.zi4j.rules.portalrb.ErrorResponse;
import io.github.zi4j.rules.portalrb.Kandidat;
import io.github.zi4j.rules.portalrb.Pengusulan;
import io.github.zi4j.unit.UnitIds;
import io.github.zi4j.unit.UnitKerja;
import io.github.zi4j.workbook.LkeWorkbook;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zi4j.workbook.WorkbookCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The zi4j command line (<i>baris perintah</i>).
 *
 * <pre>
 * zi4j decide CASE.json|- [--text] [--lang id|en]
 * zi4j score WORKSHEET.json|LKE.xlsx|- [--layout lke-zi|master-soal] [--master-soal MASTER-SOAL.json]
 *     [--role SELF|TPI] [--template TEMPLATE.json] [--missing-as-zero] [--json]
 * zi4j compare WORKSHEET.json|LKE.xlsx|- [--layout lke-zi|master-soal]
 *     [--master-soal MASTER-SOAL.json] [--lang id|en]
 * zi4j jawaban LKE.xlsx [--layout lke-zi|master-soal] [--master-soal MASTER-SOAL.json]
 *     [--tahun YEAR] --unit-id ID --nama NAME|--case CASE.json
 * zi4j check LKE.xlsx [--lang id|en]
 * zi4j validate TEMPLATE.json|MASTER-SOAL.json
 * zi4j portalrb DIR [--out OUTDIR] [--tahun YEAR] [--include-undetermined] [--lang id|en]
 * </pre>
 *
 * <p>{@code decide} reads a case file (a {@link Proposal} in JSON; {@code -} reads standard input) and
 * prints the decision as JSON, or as text with {@code --text}, in Bahasa Indonesia (default) or English.
 * {@code score} prints a worksheet's score as an indented breakdown, or as JSON with {@code --json}.
 * {@code compare} lists where the unit's own answers and the TPI's differ, and which differences alone
 * change the predicate the LKE meets. {@code validate} lists every problem of an LKE template. {@code
 * score} and {@code compare} also read PortalRB's {@code /lke/jawaban-unit} response (detected by its
 * top-level {@code unit_id} and {@code answers}) as a 90/2021 worksheet; a bad answer is reported at
 * {@code $.answers[i].jawaban_unit} (or {@code jawaban_tpi}) with its {@code soal_id}. {@code validate}
 * given PortalRB's master soal (top-level {@code data} or {@code total_soal}) lists how it differs from
 * the bundled 90/2021 template, exit 1 when it does. {@code score} and {@code compare} read an LKE
 * workbook ({@code .xlsx}), and {@code jawaban} prints such a workbook as PortalRB's {@code
 * /lke/jawaban-unit} response; a bad cell is reported as {@code 'Sheet'!F12}. A workbook's layout is
 * {@code --layout}, or {@code master-soal} when {@code --master-soal} is given, or else told by its
 * sheets: a sheet {@code LKE ZI} is the 90/2021 workbook, read with zi4j's bundled layout; a sheet
 * {@code Jawaban} is PortalRB's own template, which needs PortalRB's master soal; any other workbook
 * is bad input, naming its sheets and {@code --master-soal}. {@code check} compares the scores an
 * {@code LKE ZI} workbook saved (each answer's value, each indicator, the pengungkit, hasil and total)
 * with the rule, and lists every disagreement and what it most likely is; exit 1 when there is one.
 * {@code portalrb} decides every {@code *.json}
 * case file of a folder and writes what PortalRB pulls for the round of {@code --tahun} (default: the
 * latest round year among the cases): {@code pengusulan-unit-wbk.json}, {@code
 * pengusulan-unit-wbbm.json}, an example error body {@code error-contoh.json}, and the report {@code
 * laporan.txt}, which it also prints; cases of other years are reported as another round.
 *
 * <p>Exit status: 0 for any decision, score, or valid template; 1 for a template with problems, a
 * master soal that differs from the template, or a workbook whose own scores disagree with the rule; 2 for
 * bad input or bad usage, with one line on standard error naming the JSON path and the problem (and,
 * for bad usage, the usage of the command used); 3 for an internal error, one line asking for a bug
 * report; 4 when the result could not be written. {@code zi4j help [COMMAND]}, {@code COMMAND --help}
 * and {@code --version} print what they say.
 */
public final class Zi4jCommand {

  /** Exit status for any decision, a score, or a valid template. */
  public static final int OK = 0;

  /** Exit status for a template with problems, or a master soal that differs from the template. */
  public static final int PROBLEMS = 1;

  /** Exit status for bad input or usage. */
  public static final int BAD_INPUT = 2;

  /** Exit status for an unexpected internal error: a bug in zi4j, to be reported. */
  public static final int INTERNAL_ERROR = 3;

  /** Exit status when the result could not be written (a closed pipe, a full disk). */
  public static final int OUTPUT_FAILED = 4;

  /** The most characters of a value, argument or file name a message quotes. */
  private static final int QUOTED = 80;

  /** The most characters of the one line a refusal prints. */
  private static final int LINE = 2_000;

  /** Each command's synopsis, and what it does. */
  private static final Map<String, String> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put("decide", "zi4j decide CASE.json|- [--text] [--lang id|en]\n"
        + "  Decides whether the unit of a case file may be proposed, and prints the decision as\n"
        + "  JSON, or as text with --text; messages in Bahasa Indonesia, or English with --lang en.\n"
        + "  - reads the case from standard input.");
    COMMANDS.put("score", "zi4j score WORKSHEET.json|LKE.xlsx|- [--layout lke-zi|master-soal]"
        + " [--master-soal MASTER-SOAL.json] [--role SELF|TPI] [--template TEMPLATE.json]"
        + " [--missing-as-zero] [--json]\n"
        + "  Scores a worksheet with its edition's template (or TEMPLATE.json) and prints the\n"
        + "  breakdown, or JSON with --json. Unanswered questions leave their nodes without points\n"
        + "  unless --missing-as-zero. WORKSHEET.json may also be PortalRB's /lke/jawaban-unit\n"
        + "  response (top-level unit_id and answers), read as a 90/2021 worksheet, or an LKE\n"
        + "  workbook LKE.xlsx: the 90/2021 workbook (sheet LKE ZI) with zi4j's bundled layout,\n"
        + "  any other at the cells MASTER-SOAL.json names (PortalRB's template, sheet Jawaban).\n"
        + "  --layout chooses: lke-zi, or master-soal (with --master-soal).");
    COMMANDS.put("compare", "zi4j compare WORKSHEET.json|LKE.xlsx|- [--layout lke-zi|master-soal]"
        + " [--master-soal MASTER-SOAL.json] [--lang id|en]\n"
        + "  Lists the questions the unit and the TPI answered differently, and which differences\n"
        + "  alone change the predicate the LKE meets. WORKSHEET.json may also be PortalRB's\n"
        + "  /lke/jawaban-unit response, or an LKE workbook (read as score reads it): jawaban_unit\n"
        + "  against jawaban_tpi (an LKE ZI workbook has no TPI answers).");
    COMMANDS.put("jawaban", "zi4j jawaban LKE.xlsx [--layout lke-zi|master-soal]"
        + " [--master-soal MASTER-SOAL.json] [--tahun YEAR]\n"
        + "  --unit-id ID --nama NAME|--case CASE.json\n"
        + "  Reads a unit's answers from an LKE workbook, and prints them as PortalRB's\n"
        + "  /lke/jawaban-unit response for unit ID named NAME: a 90/2021 workbook (sheet LKE ZI)\n"
        + "  with zi4j's bundled layout, for the evaluation year YEAR (required: the workbook does\n"
        + "  not say it); any other, with its notes and evidence, at the cells MASTER-SOAL.json\n"
        + "  names for every soal (excel_sheet, excel_baris, excel_kolom_*), for its tahun. With\n"
        + "  --case, for the unit of CASE.json under the id portalrb lists it by (its unit.id, else\n"
        + "  a slug of its name). An id is 1 to 100 of A-Z a-z 0-9 - _ ., a letter or digit at each\n"
        + "  end.");
    COMMANDS.put("check", "zi4j check LKE.xlsx [--lang id|en]\n"
        + "  Checks a 90/2021 workbook's own arithmetic (sheet LKE ZI): compares the scores it\n"
        + "  saved in column L (each answer's value, each indicator, the pengungkit, hasil and\n"
        + "  total) with the rule, and lists every place where they disagree by more than 1e-9:\n"
        + "  the node, the cell, the workbook's value, zi4j's, the difference, and what it most\n"
        + "  likely is (an option valued otherwise, a node aggregated otherwise, a hand-typed\n"
        + "  total). A total that differs only because a part does is named with the part. Exit 1\n"
        + "  when they disagree.");
    COMMANDS.put("validate", "zi4j validate TEMPLATE.json|MASTER-SOAL.json\n"
        + "  Lists every problem of an LKE template; exit 1 when it has any. Given PortalRB's\n"
        + "  master soal (top-level data or total_soal), lists how it differs from the bundled\n"
        + "  90/2021 template, one line each (soal ids, node weights, answer types, option\n"
        + "  values, a soal's bobot_maksimal where not 0; computed items are not soals), exit 1\n"
        + "  when it differs.");
    COMMANDS.put("portalrb", "zi4j portalrb DIR [--out OUTDIR] [--tahun YEAR]"
        + " [--include-undetermined] [--lang id|en]\n"
        + "  Decides every *.json case file in DIR and writes, in OUTDIR (default: the current\n"
        + "  directory; when it is DIR, the files written are not read as cases), PortalRB's\n"
        + "  responses for the round of YEAR (default: the latest round year among the cases):\n"
        + "  pengusulan-unit-wbk.json, pengusulan-unit-wbbm.json (ELIGIBLE\n"
        + "  units only; UNDETERMINED ones too with --include-undetermined), error-contoh.json (the\n"
        + "  API's error body) and laporan.txt, the report of who was left out and why, also\n"
        + "  printed. A unit's id is its unit.id; without one, its name in lower case with dashes\n"
        + "  (the report names those units: a new name would be a new unit at PortalRB). Two\n"
        + "  units of the round with one id are bad input. A K/L unit marked afirmasi is judged\n"
        + "  and listed as any K/L unit (afirmasi false), and the report says why.");
    COMMANDS.put("help", "zi4j help [COMMAND]\n"
        + "  Prints the usage of every command, or of one.");
  }

  private static final String EXIT_CODES = "exit status: 0 done (any decision), 1 a template with "
      + "problems or a workbook that disagrees with the rule, 2 bad input or usage, 3 an internal error (please report it), 4 the output could "
      + "not be written";

  private static String usage() {
    StringBuilder text = new StringBuilder("usage:\n");
    COMMANDS.values().forEach(synopsis -> text.append("  ")
        .append(synopsis.lines().findFirst().orElseThrow()).append('\n'));
    return text.append("  zi4j --version\n").append(EXIT_CODES).toString();
  }

  private static String usage(String command) {
    return "usage: " + COMMANDS.get(command) + "\n" + EXIT_CODES;
  }

  /** The version of the running jar, or a word saying it runs from a build's classes. */
  static String version() {
    String version = Zi4jCommand.class.getPackage().getImplementationVersion();
    return "zi4j " + (version == null ? "(development build)" : version);
  }

  private final List<String> args;
  private final InputStream stdin;
  private final PrintStream out;

  private Zi4jCommand(List<String> args, InputStream stdin, PrintStream out) {
    this.args = args;
    this.stdin = stdin;
    this.out = out;
  }

  /**
   * Runs the command and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, System.in, out, err));
  }

  /**
   * Runs the command with the given streams, for tests and embedding.
   *
   * @param args the arguments
   * @param stdin what {@code -} reads
   * @param out where the result goes
   * @param err where a bad input's one-line message goes
   * @return the exit status: {@link #OK}, {@link #PROBLEMS} or {@link #BAD_INPUT}
   */
  public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
    List<String> rest = new ArrayList<>(List.of(args));
    if (rest.isEmpty()) {
      err.println(usage());
      return BAD_INPUT;
    }
    String command = rest.remove(0);
    try {
      int status = dispatch(command, rest, stdin, out);
      return out.checkError() ? outputFailed(err) : status;
    } catch (UsageException e) {
      err.println("zi4j: " + oneLine(e.getMessage()));
      err.println(COMMANDS.containsKey(command) ? usage(command) : usage());
      return BAD_INPUT;
    } catch (ZiParseException e) {
      err.println("zi4j: " + oneLine(e.getMessage()));
      return BAD_INPUT;
    } catch (OutputException e) {
      err.println("zi4j: the result could not be written (" + oneLine(e.getMessage()) + ")");
      return OUTPUT_FAILED;
    } catch (RuntimeException | Error e) {
      err.println("zi4j: internal error (" + oneLine(String.valueOf(e)) + "); please report it "
          + "with the input that caused it");
      return INTERNAL_ERROR;
    }
  }

  private static int outputFailed(PrintStream err) {
    err.println("zi4j: the result could not be written (the output was closed or the disk is full)");
    return OUTPUT_FAILED;
  }

  private static int dispatch(String command, List<String> rest, InputStream stdin,
      PrintStream out) {
    if (command.equals("--version") || command.equals("-V")) {
      out.println(version());
      return OK;
    }
    if (command.equals("--help") || command.equals("-h")) {
      out.println(usage());
      return OK;
    }
    if (command.equals("help")) {
      if (rest.isEmpty()) {
        out.println(usage());
      } else if (COMMANDS.containsKey(rest.get(0))) {
        out.println(usage(rest.get(0)));
      } else {
        throw new UsageException("no command \"" + quote(rest.get(0)) + "\"; commands: "
            + COMMANDS.keySet());
      }
      return OK;
    }
    if (!COMMANDS.containsKey(command)) {
      throw new UsageException("unknown command \"" + quote(command) + "\"; commands: "
          + COMMANDS.keySet());
    }
    if (rest.contains("--help") || rest.contains("-h")) {
      out.println(usage(command));
      return OK;
    }
    Zi4jCommand zi4j = new Zi4jCommand(rest, stdin, out);
    switch (command) {
      case "decide":
        return zi4j.decide();
      case "score":
        return zi4j.score();
      case "compare":
        return zi4j.compare();
      case "portalrb":
        return zi4j.portalrb();
      case "jawaban":
        return zi4j.jawaban();
      case "check":
        return zi4j.check();
      default:
        return zi4j.validate();
    }
  }

  private int decide() {
    boolean text = flag("--text");
    Locale locale = locale();
    String file = onlyFile("decide");
    Proposal proposal = read(file, Proposal.class);
    Decision decision = decision(file, proposal);
    out.print(text ? decision.explain(locale) : DecisionJson.write(decision, locale) + "\n");
    return OK;
  }

  /** The standard engine's decision on {@code proposal}, read from {@code file}. */
  private static Decision decision(String file, Proposal proposal) {
    DecisionEngine engine = DecisionEngine.standard();
    try {
      engine.editionFor(proposal);
    } catch (IllegalArgumentException e) {
      throw new ZiParseException(file, "$.asOf", e.getMessage(), e);
    }
    Decision decision;
    try {
      decision = engine.decide(proposal);
    } catch (InvalidAnswersException e) {
      throw new ZiParseException(file, answerPath("$.lke.answers", e), e.getMessage(), e);
    } catch (InvalidFieldException e) {
      throw new ZiParseException(file, "$." + e.field(), e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      // the only other bad input once the edition is known: a worksheet of another edition
      throw new ZiParseException(file, "$.lke.edition", e.getMessage(), e);
    }
    return decision;
  }

  /**
   * The unit id and name of a workbook read by {@code score} or {@code compare}: PortalRB's answers
   * need one, and neither command shows it ({@code jawaban} takes them from the command line).
   */
  private static final String SCORED_UNIT = "unit";

  /**
   * The evaluation year of an LKE ZI workbook read by {@code score}, {@code compare} or {@code
   * check}: the workbook does not say it, and none of them shows it ({@code jawaban} takes it from
   * {@code --tahun}).
   */
  private static final int SCORED_TAHUN = 2026;

  /** The sheet of PortalRB's own download template, read at its master soal's cells. */
  private static final String JAWABAN_SHEET = "Jawaban";

  /** The files {@code portalrb} writes, in the output folder. */
  static final List<String> PORTALRB_FILES = List.of("pengusulan-unit-wbk.json",
      "pengusulan-unit-wbbm.json", "error-contoh.json", "laporan.txt");

  private int portalrb() {
    boolean undetermined = flag("--include-undetermined");
    Locale locale = locale();
    Optional<String> outOption = option("--out");
    Optional<String> tahunText = option("--tahun");
    String dir = onlyFile("portalrb");
    Optional<Integer> tahun;
    if (tahunText.isPresent() && !tahunText.get().matches("[0-9]{4}")) {
      throw new UsageException("--tahun takes a year of four digits, but was "
          + quote(tahunText.get()));
    }
    tahun = tahunText.map(Integer::valueOf);
    if (tahun.isPresent() && (tahun.get() < FIRST_TAHUN || tahun.get() > LAST_TAHUN)) {
      throw new UsageException("--tahun takes a year from " + FIRST_TAHUN + " to " + LAST_TAHUN
          + ", but was " + tahun.get());
    }
    Path folder = path(dir);
    if (!Files.isDirectory(folder)) {
      throw new ZiParseException(dir, "$", "is not a folder of case files", null);
    }
    Path outDir = outOption.map(Zi4jCommand::path).orElse(Path.of("."));
    boolean writesHere = sameFolder(folder, outDir);
    List<Path> files;
    try (java.util.stream.Stream<Path> list = Files.list(folder)) {
      files = list.filter(f -> f.getFileName().toString().endsWith(".json"))
          .filter(f -> !writesHere || !PORTALRB_FILES.contains(f.getFileName().toString()))
          .filter(Files::isRegularFile).sorted().collect(java.util.stream.Collectors.toList());
    } catch (IOException e) {
      throw new ZiParseException(dir, "$", "cannot list the folder: " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      throw new ZiParseException(dir, "$", "has no *.json case file", null);
    }
    List<Kandidat> kandidat = new ArrayList<>();
    List<String> kandidatFiles = new ArrayList<>();
    for (Path path : files) {
      String file = path.toString();
      Proposal proposal = ZiJson.read(path, Proposal.class);
      try {
        kandidat.add(Kandidat.of(proposal, decision(file, proposal)));
      } catch (IllegalArgumentException e) {
        throw new ZiParseException(file, "$.unit.name", e.getMessage(), e);
      }
      kandidatFiles.add(file);
    }
    int year = tahun.orElseGet(() -> kandidat.stream().mapToInt(k -> k.proposal().roundYear())
        .max().orElseThrow());
    requireDistinctIds(year, kandidat, kandidatFiles);
    Pengusulan pengusulan;
    try {
      pengusulan = Pengusulan.of(year, kandidat, undetermined);
    } catch (IllegalArgumentException e) {
      throw new ZiParseException(dir, "$.unit.name", e.getMessage(), e);
    }
    String laporan = pengusulan.laporan(locale);
    ErrorResponse error = ErrorResponse.of(ErrorResponse.DATA_NOT_FOUND,
        !"en".equals(locale.getLanguage())
        ? "Unit tidak ditemukan di antara usulan tahun " + year
        : "No unit with that id among the proposals of " + year);
    List<String> contents = List.of(ZiJson.write(pengusulan.unitWbk()) + "\n",
        ZiJson.write(pengusulan.unitWbbm()) + "\n", ZiJson.write(error) + "\n", laporan);
    try {
      Files.createDirectories(outDir);
      for (int i = 0; i < PORTALRB_FILES.size(); i++) {
        Files.writeString(outDir.resolve(PORTALRB_FILES.get(i)), contents.get(i),
            StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new OutputException(outDir + ": " + e.getMessage(), e);
    }
    out.print(laporan);
    return OK;
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
            "the unit's id \"" + quote(k.id()) + "\"" + made + " is also the id of the unit of "
            + files.get(before) + " (\"" + quote(kandidat.get(before).proposal().unit().name())
            + "\"); the units of one round need distinct ids", null);
      }
    }
  }

  /** The first year {@code --tahun} takes, as every date zi4j reads. */
  private static final int FIRST_TAHUN = 1900;

  /** The last year {@code --tahun} takes. */
  private static final int LAST_TAHUN = 2200;

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

  private int score() {
    boolean json = flag("--json");
    MissingAnswers missing = flag("--missing-as-zero")
        ? MissingAnswers.SCORE_AS_ZERO : MissingAnswers.REPORT;
    Locale locale = locale();
    Optional<String> roleName = option("--role");
    Optional<String> templateFile = option("--template");
    Optional<String> masterSoal = option("--master-soal");
    Optional<String> layout = option("--layout");
    String file = onlyFile("score");
    Role role;
    try {
      role = Role.valueOf(roleName.orElse("SELF").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--role takes SELF or TPI, but was " + quote(roleName.orElseThrow()));
    }
    Optional<LkeTemplate> given = templateFile.map(t -> read(t, LkeTemplate.class));
    given.ifPresent(t -> {
      List<TemplateProblem> problems = TemplateValidator.validate(t);
      if (!problems.isEmpty()) {
        throw new ZiParseException(templateFile.orElseThrow(), "$", "the template has "
            + problems.size() + " problem(s), the first: " + problems.get(0)
            + " (zi4j validate lists them all)", null);
      }
    });
    Answers answers = worksheet(file, layout, masterSoal, given);
    Worksheet worksheet = answers.worksheet();
    LkeTemplate template = given.orElseGet(() -> LkeTemplates.bundled(worksheet.edition()));
    LkeScore score;
    try {
      score = LkeScorer.of(template).score(worksheet, role, missing);
    } catch (InvalidAnswersException e) {
      throw new ZiParseException(file, answers.path(e, template), e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new ZiParseException(file, "$.edition", e.getMessage(), e);
    }
    out.print(json ? ZiJson.write(score) + "\n" : score.breakdown(locale));
    return OK;
  }

  private int compare() {
    Locale locale = locale();
    Optional<String> masterSoal = option("--master-soal");
    Optional<String> layout = option("--layout");
    String file = onlyFile("compare");
    Answers answers = worksheet(file, layout, masterSoal, Optional.empty());
    Worksheet worksheet = answers.worksheet();
    if (isWorkbook(file) && worksheet.answersOf(Role.TPI).isEmpty()) {
      throw new ZiParseException(file, "$", "a comparison needs the TPI's answers, and this"
          + " workbook has none (an LKE ZI workbook has no TPI column; score it, or check its own"
          + " arithmetic with zi4j check)", null);
    }
    try {
      out.print(DecisionEngine.standard().compare(worksheet).explain(locale));
    } catch (InvalidAnswersException e) {
      throw new ZiParseException(file, answers.path(e, LkeTemplates.bundled(worksheet.edition())),
          e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new ZiParseException(file, "$.answers", e.getMessage(), e);
    }
    return OK;
  }

  private int validate() {
    String file = onlyFile("validate");
    byte[] json = bytes(file);
    Set<String> fields = topLevelFields(json);
    if (fields.contains("data") || fields.contains("total_soal")) {
      LkeTemplate bundled = LkeTemplates.bundled(Edition.PERMENPANRB_90_2021);
      List<SoalDifference> differences =
          ZiJson.read(json, file, MasterSoal.class).compareWith(bundled);
      if (differences.isEmpty()) {
        out.println(file + ": no difference with the bundled template " + bundled.id()
            + " (soal ids, node weights, answer types, option values, soal weights where not 0;"
            + " computed items are not soals and are not compared)");
        return OK;
      }
      differences.forEach(difference -> out.println(file + ": " + difference));
      return PROBLEMS;
    }
    List<TemplateProblem> problems = TemplateValidator.validate(ZiJson.read(json, file,
        LkeTemplate.class));
    if (problems.isEmpty()) {
      out.println(file + ": valid");
      return OK;
    }
    problems.forEach(problem -> out.println(file + ": " + problem));
    return PROBLEMS;
  }

  /**
   * A worksheet read from zi4j's format or from PortalRB's {@code /lke/jawaban-unit} response, with
   * the response when it was one.
   */
  private record Answers(Worksheet worksheet, Optional<JawabanUnit> portalRb) {

    /** The JSON path of the first offending answer in the file it was read from. */
    String path(InvalidAnswersException e, LkeTemplate template) {
      if (portalRb.isEmpty()) {
        return answerPath("$.answers", e);
      }
      String question = e.problems().keySet().iterator().next();
      String field = e.role() == Role.SELF ? "jawaban_unit" : "jawaban_tpi";
      return template.question(question)
          .flatMap(q -> q.soalId().isPresent()
              ? portalRb.get().indexOf(q.soalId().getAsInt()) : Optional.empty())
          .map(index -> "$.answers[" + index + "]." + field)
          .orElse("$.answers");
    }
  }

  private int jawaban() {
    Optional<String> masterSoal = option("--master-soal");
    Optional<String> layout = option("--layout");
    Optional<String> tahunText = option("--tahun");
    UnitName unit = jawabanUnit();
    String file = onlyFile("jawaban");
    if (!isWorkbook(file)) {
      throw new UsageException("jawaban reads an .xlsx workbook, but was given " + quote(file));
    }
    Layout chosen = layout(file, layout, masterSoal);
    LkeWorkbook workbook;
    if (chosen == Layout.LKE_ZI) {
      String year = tahunText.orElseThrow(() -> new UsageException("jawaban of an LKE ZI"
          + " workbook needs --tahun YEAR, the evaluation year (the workbook does not say it)"));
      try {
        workbook = LkeWorkbook.ofLkeZi(Integer.parseInt(year));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--tahun takes a year from 1900 to 2200, but was " + quote(year));
      }
    } else {
      if (tahunText.isPresent()) {
        throw new UsageException("--tahun goes with an LKE ZI workbook; the master soal gives"
            + " the year of the others");
      }
      workbook = masterSoalWorkbook(masterSoal.orElseThrow(), Optional.empty());
    }
    out.print(ZiJson.write(workbook.read(readablePath(file), unit.id(), unit.nama())) + "\n");
    return OK;
  }

  private int check() {
    Locale locale = locale();
    String file = onlyFile("check");
    if (!isWorkbook(file)) {
      throw new UsageException("check reads an .xlsx workbook, but was given " + quote(file));
    }
    List<String> sheets = LkeWorkbook.sheetNames(readablePath(file));
    if (!sheets.contains(LkeWorkbook.LKE_ZI_SHEET)) {
      throw new ZiParseException(file, "$", "check reads the scores a 90/2021 workbook saves on its"
          + " sheet " + LkeWorkbook.LKE_ZI_SHEET + ", which this workbook lacks; it has "
          + sheetList(sheets), null);
    }
    WorkbookCheck check = LkeWorkbook.ofLkeZi(SCORED_TAHUN).check(readablePath(file), SCORED_UNIT,
        SCORED_UNIT);
    out.print(check.explain(locale));
    return check.agrees() ? OK : PROBLEMS;
  }

  /** How a workbook is laid out: the 90/2021 workbook's sheet LKE ZI, or a master soal's cells. */
  private enum Layout {
    LKE_ZI,
    MASTER_SOAL
  }

  /**
   * The layout of the workbook {@code file}: {@code --layout}, else the master soal's when {@code
   * --master-soal} is given, else the one its sheets tell.
   */
  private static Layout layout(String file, Optional<String> layout,
      Optional<String> masterSoal) {
    if (layout.isPresent()) {
      String name = layout.get().toLowerCase(Locale.ROOT);
      switch (name) {
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
              + quote(layout.get()));
      }
    }
    if (masterSoal.isPresent()) {
      return Layout.MASTER_SOAL;
    }
    List<String> sheets = LkeWorkbook.sheetNames(readablePath(file));
    if (sheets.contains(LkeWorkbook.LKE_ZI_SHEET)) {
      return Layout.LKE_ZI;
    }
    if (sheets.contains(JAWABAN_SHEET)) {
      throw new ZiParseException(file, "$", "a workbook with the sheet " + JAWABAN_SHEET + " is"
          + " PortalRB's own template, read at the cells of PortalRB's master soal: add"
          + " --master-soal MASTER-SOAL.json", null);
    }
    throw new ZiParseException(file, "$", "the workbook has the sheets " + sheetList(sheets)
        + ", neither " + LkeWorkbook.LKE_ZI_SHEET + " (the 90/2021 workbook, read with zi4j's"
        + " bundled layout) nor " + JAWABAN_SHEET + " (PortalRB's template): add --master-soal"
        + " MASTER-SOAL.json to read it at a master soal's cells", null);
  }

  /** Up to ten sheet names, each quoted and cut to 80 characters, and how many more. */
  private static String sheetList(List<String> sheets) {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < Math.min(10, sheets.size()); i++) {
      String name = sheets.get(i).replace('\n', ' ').replace('\r', ' ');
      text.append(i == 0 ? "" : ", ").append('"')
          .append(name.length() > 80 ? name.substring(0, 80) + "..." : name).append('"');
    }
    text.append(']');
    if (sheets.size() > 10) {
      text.append(" and ").append(sheets.size() - 10).append(" more");
    }
    return text.toString();
  }

  /**
   * The id and name {@code jawaban} writes: those of {@code --case CASE.json}'s unit (its {@code
   * unit.id}, else the slug of its name, as {@code portalrb} lists it), or {@code --unit-id} and
   * {@code --nama}, the id checked as {@link UnitIds} says.
   */
  private UnitName jawabanUnit() {
    Optional<String> caseFile = option("--case");
    Optional<String> unitId = option("--unit-id");
    Optional<String> nama = option("--nama");
    if (caseFile.isPresent()) {
      if (unitId.isPresent() || nama.isPresent()) {
        throw new UsageException("--case gives the unit's id and name: leave out --unit-id and"
            + " --nama");
      }
      UnitKerja unit = read(caseFile.get(), Proposal.class).unit();
      try {
        return new UnitName(UnitIds.of(unit), unit.name());
      } catch (IllegalArgumentException e) {
        throw new ZiParseException(caseFile.get(), "$.unit.name", e.getMessage(), e);
      }
    }
    String id = unitId.orElseThrow(() ->
        new UsageException("jawaban needs --unit-id ID, the unit's id for PortalRB"));
    String name = nama.orElseThrow(() ->
        new UsageException("jawaban needs --nama NAME, the unit's name"));
    try {
      UnitIds.check("--unit-id", id);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    return new UnitName(id, name);
  }

  /** A unit's id for PortalRB and its name. */
  private record UnitName(String id, String nama) {}

  /**
   * Reads a worksheet: zi4j's format, PortalRB's answers (a top-level {@code unit_id} and {@code
   * answers}), or an LKE workbook read at the cells of {@code masterSoal}, converted with {@code
   * template} or the bundled 90/2021 template.
   */
  private Answers worksheet(String file, Optional<String> layout, Optional<String> masterSoal,
      Optional<LkeTemplate> template) {
    if (isWorkbook(file)) {
      LkeWorkbook workbook = layout(file, layout, masterSoal) == Layout.LKE_ZI
          ? LkeWorkbook.ofLkeZi(SCORED_TAHUN)
          : masterSoalWorkbook(masterSoal.orElseThrow(), template);
      JawabanUnit jawaban = workbook.read(readablePath(file), SCORED_UNIT, SCORED_UNIT);
      try {
        return new Answers(template.map(jawaban::toWorksheet).orElseGet(jawaban::toWorksheet),
            Optional.of(jawaban));
      } catch (InvalidJawabanException e) {
        // an LKE ZI workbook is read against the bundled template, then given to --template
        throw new ZiParseException(file, "$", e.getMessage(), e);
      }
    }
    if (masterSoal.isPresent()) {
      throw new UsageException("--master-soal goes with an .xlsx workbook, but was given "
          + quote(file));
    }
    if (layout.isPresent()) {
      throw new UsageException("--layout goes with an .xlsx workbook, but was given "
          + quote(file));
    }
    byte[] json = bytes(file);
    Set<String> fields = topLevelFields(json);
    if (fields.contains("unit_id") && fields.contains("answers")) {
      JawabanUnit jawaban = ZiJson.read(json, file, JawabanUnit.class);
      try {
        Worksheet worksheet = template.map(jawaban::toWorksheet).orElseGet(jawaban::toWorksheet);
        return new Answers(worksheet, Optional.of(jawaban));
      } catch (InvalidJawabanException e) {
        throw new ZiParseException(file, e.path(), e.getMessage(), e);
      }
    }
    return new Answers(ZiJson.read(json, file, Worksheet.class), Optional.empty());
  }

  /** The reader of workbooks laid out as the master soal in {@code masterFile} says. */
  private static LkeWorkbook masterSoalWorkbook(String masterFile, Optional<LkeTemplate> template) {
    MasterSoal master = ZiJson.read(readablePath(masterFile), MasterSoal.class);
    try {
      return template.map(t -> LkeWorkbook.of(master, t)).orElseGet(() -> LkeWorkbook.of(master));
    } catch (IllegalArgumentException e) {
      throw new ZiParseException(masterFile, "$", e.getMessage(), e);
    }
  }

  private static boolean isWorkbook(String file) {
    return file.toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /** The JSON path of the first offending answer, for example {@code $.answers.TPI.S2}. */
  private static String answerPath(String answers, InvalidAnswersException e) {
    return answers + "." + e.role() + "." + quote(e.problems().keySet().iterator().next());
  }

  private boolean flag(String name) {
    return args.remove(name);
  }

  private Optional<String> option(String name) {
    int at = args.indexOf(name);
    if (at < 0) {
      return Optional.empty();
    }
    if (at + 1 >= args.size()) {
      throw new UsageException(name + " needs a value");
    }
    String value = args.get(at + 1);
    args.subList(at, at + 2).clear();
    return Optional.of(value);
  }

  private Locale locale() {
    Optional<String> lang = option("--lang").map(l -> l.toLowerCase(Locale.ROOT));
    if (lang.isPresent() && !List.of("id", "en").contains(lang.get())) {
      throw new UsageException("--lang takes id or en, but was " + quote(lang.get()));
    }
    return Locale.forLanguageTag(lang.orElse("id"));
  }

  private String onlyFile(String command) {
    if (args.size() != 1 || (args.get(0).startsWith("-") && !"-".equals(args.get(0)))) {
      throw new UsageException(command + " takes exactly one file, but was given "
          + quote(args.toString()));
    }
    return args.get(0);
  }

  private <T> T read(String file, Class<T> type) {
    if ("-".equals(file)) {
      return ZiJson.read(stdin, "-", type);
    }
    return ZiJson.read(readablePath(file), type);
  }

  /**
   * The bytes of {@code file}, or of standard input for {@code -}, counted as they are read and
   * refused past {@link ZiJson#MAX_DOCUMENT_LENGTH}, as {@code decide} streams them: no input is
   * held whole before the limit is known to hold.
   */
  private byte[] bytes(String file) {
    if ("-".equals(file)) {
      return ZiJson.readBytes(stdin, "-");
    }
    try (InputStream in = Files.newInputStream(readablePath(file))) {
      return ZiJson.readBytes(in, file);
    } catch (IOException e) {
      throw new ZiParseException(file, "$", "cannot read the file: " + e.getMessage(), e);
    }
  }

  /**
   * The names of the top-level object of {@code json}, read without making a tree of the rest: what
   * tells a worksheet from PortalRB's answers or master soal. Empty when the bytes are not an
   * object, or stop being JSON: reading them as the type then says where.
   */
  private static Set<String> topLevelFields(byte[] json) {
    Set<String> fields = new HashSet<>();
    try (JsonParser parser = SNIFFER.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return fields;
      }
      for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME;
          token = parser.nextToken()) {
        fields.add(parser.currentName());
        parser.nextToken();
        parser.skipChildren();
      }
    } catch (IOException e) {
      // not JSON from here on: the reader of the type names the place
    }
    return fields;
  }

  /** A mapper like zi4j's, only to look at the top-level names of a document. */
  private static final ObjectMapper SNIFFER = ZiJson.mapper();

  /**
   * The path of {@code file}; when the locale cannot encode its name ({@code LANG=C} and a name
   * such as {@code kasus-é北.json}), the one entry of each folder whose name reads the same in that
   * locale, so that a file named in any script can be read in any locale.
   */
  static Path path(String file) {
    try {
      return Path.of(file);
    } catch (InvalidPathException e) {
      return pathByListing(file, e);
    }
  }

  private static Path pathByListing(String file, InvalidPathException cause) {
    Path at = file.startsWith("/") ? Path.of("/") : Path.of("");
    for (String part : file.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      Path next;
      try {
        next = at.resolve(part);
      } catch (InvalidPathException e) {
        Path folder = at.toString().isEmpty() ? Path.of(".") : at;
        List<Path> same;
        try (java.util.stream.Stream<Path> list = Files.list(folder)) {
          same = list.filter(entry -> entry.getFileName().toString().equals(part))
              .collect(java.util.stream.Collectors.toList());
        } catch (IOException | UncheckedIOException listing) {
          same = List.of();
        }
        if (same.size() != 1) {
          throw new ZiParseException(file, "$", (same.isEmpty() ? "no such file" : same.size()
              + " files have this name")
              + " in this locale, whose encoding (" + System.getProperty("sun.jnu.encoding")
              + ") cannot write the name; run with LANG=C.UTF-8", cause);
        }
        next = at.toString().isEmpty() ? same.get(0).getFileName() : same.get(0);
      }
      at = next;
    }
    return at;
  }

  private static Path readablePath(String file) {
    Path path = path(file);
    if (Files.isDirectory(path)) {
      throw new ZiParseException(file, "$", "is a directory, not a file", null);
    }
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      throw new ZiParseException(file, "$", "is a special file (a device, a pipe), not a file",
          null);
    }
    if (!Files.exists(path)) {
      throw new ZiParseException(file, "$", "no such file", null);
    }
    if (!Files.isReadable(path)) {
      throw new ZiParseException(file, "$", "cannot be read (permission denied)", null);
    }
    return path;
  }

  /**
   * {@code message} on one line of at most {@link #LINE} characters: the last guard, after every
   * value quoted in it has been cut to {@link #QUOTED} characters.
   */
  private static String oneLine(String message) {
    String line = message.replace('\n', ' ').replace('\r', ' ');
    return line.length() <= LINE ? line
        : line.substring(0, LINE - 40) + "… (" + line.length() + " characters)";
  }

  /**
   * {@code text} cut to {@link #QUOTED} characters, saying how long it was, as every quoted value
   * in zi4j's messages is (the README's Reliability section).
   */
  private static String quote(String text) {
    return text.length() <= QUOTED
        ? text
        : text.substring(0, QUOTED) + "… (" + text.length() + " characters)";
  }

  /** A file the command writes could not be written. */
  private static final class OutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** A wrong command line. */
  private static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
