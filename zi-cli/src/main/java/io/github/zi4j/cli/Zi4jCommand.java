package io.github.zi4j.cli;

import io.github.zi4j.ZiException;
import io.github.zi4j.ZiParseException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The zi4j command line (<i>baris perintah</i>): one class per command, parsed by picocli.
 *
 * <pre>
 * zi4j decide CASE.json|- [--text] [--lang id|en]
 * zi4j score WORKSHEET.json|LKE.xlsx|- [--layout lke-zi|master-soal] [--master-soal MASTER-SOAL.json]
 *     [--role SELF|TPI] [--template TEMPLATE.json] [--missing-as-zero] [--json] [--lang id|en]
 * zi4j compare WORKSHEET.json|LKE.xlsx|- [--layout lke-zi|master-soal]
 *     [--master-soal MASTER-SOAL.json] [--lang id|en]
 * zi4j jawaban LKE.xlsx [--layout lke-zi|master-soal] [--master-soal MASTER-SOAL.json]
 *     [--tahun YEAR] --unit-id ID --nama NAME|--case CASE.json
 * zi4j check LKE.xlsx [--lang id|en]
 * zi4j validate TEMPLATE.json|MASTER-SOAL.json
 * zi4j portalrb DIR [--out OUTDIR] [--tahun YEAR] [--include-undetermined] [--lang id|en]
 * zi4j plan CASE.json|WORKSHEET.json|LKE.xlsx|- [--target wbk|wbbm] [--costs COSTS.csv]
 *     [--allow-surveys] [--lke WORKSHEET.json|LKE.xlsx] [--as-of DAY] [--levers N] [--json|--text]
 *     [--lang id|en]
 * zi4j whatif CASE.json|WORKSHEET.json|LKE.xlsx|- --set SOAL=ANSWER...
 *     [--lke WORKSHEET.json|LKE.xlsx] [--json|--text] [--lang id|en]
 * zi4j portfolio DIR|UNITS.csv [--round YEAR] [--as-of DAY] [--json F] [--csv F] [--lang id|en]
 * zi4j help [COMMAND]
 * zi4j generate-completion
 * </pre>
 *
 * <p>What each command does is in its class: {@link DecideCommand}, {@link ScoreCommand}, {@link
 * CompareCommand}, {@link JawabanCommand}, {@link CheckCommand}, {@link ValidateCommand}, {@link
 * PortalRbCommand}, {@link PlanCommand}, {@link WhatIfCommand}, {@link PortfolioCommand}. An
 * option's value follows it ({@code --lang en}) or an equals sign ({@code --lang=en}). Texts are in the language of {@code
 * --lang}, else of the user's locale: Bahasa Indonesia for an Indonesian locale, English for any
 * other ({@link io.github.zi4j.Language}).
 *
 * <p>Exit status: 0 for any decision, score, or valid template; 1 for a template with problems, a
 * master soal that differs from the template, a workbook whose own scores disagree with the rule,
 * or a target a plan cannot reach; 2
 * for bad input ({@link ZiException}: one line on standard error, {@code source: path: problem}) or
 * bad usage (one line naming the bad option or value, and where the usage is); 3 for an internal
 * error, one line asking for a bug report; 4 when the result could not be written (a full disk). A
 * closed pipe ({@code zi4j decide CASE.json | head -2}) is not an error: the command ends quietly
 * with its own status. {@code zi4j help [COMMAND]}, {@code COMMAND --help} and {@code --version} print
 * what they say; {@code generate-completion} prints a bash (and zsh) completion script.
 */
@Command(name = "zi4j", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
    versionProvider = Zi4jCommand.Version.class,
    usageHelpWidth = 100,
    description = "Decides whether a unit may be proposed for Zona Integritas (WBK/WBBM), scores "
        + "LKE worksheets and workbooks, and writes PortalRB's responses.",
    subcommands = {DecideCommand.class, ScoreCommand.class, CompareCommand.class,
        JawabanCommand.class, CheckCommand.class, ValidateCommand.class, PortalRbCommand.class,
        PlanCommand.class, WhatIfCommand.class, PortfolioCommand.class, HelpCommand.class,
        AutoComplete.GenerateCompletion.class},
    footer = {"", Zi4jCommand.EXIT_CODES})
public final class Zi4jCommand implements Callable<Integer> {

  /** Exit status for any decision, a score, or a valid template. */
  public static final int OK = 0;

  /**
   * Exit status for a template with problems, a master soal that differs from the template, or a
   * target a plan cannot reach.
   */
  public static final int PROBLEMS = 1;

  /** Exit status for bad input or usage. */
  public static final int BAD_INPUT = 2;

  /** Exit status for an unexpected internal error: a bug in zi4j, to be reported. */
  public static final int INTERNAL_ERROR = 3;

  /** Exit status when the result could not be written (a full disk). */
  public static final int OUTPUT_FAILED = 4;

  static final String EXIT_CODES = "Exit status: 0 done (any decision), 1 a template with "
      + "problems, a workbook that disagrees with the rule or a target a plan cannot reach, 2 bad "
      + "input or usage, 3 an internal "
      + "error (please report it), 4 the output could not be written.";

  /** The files the command reads, and standard input. */
  final Inputs inputs;

  /** Where the result goes. */
  final PrintStream out;

  /** The user's locale: the language of the texts when {@code --lang} is not given. */
  final Locale userLocale;

  /** Where the usage goes when no command is given, and a command's problems. */
  final PrintStream err;

  @Spec
  private CommandLine.Model.CommandSpec spec;

  private Zi4jCommand(InputStream stdin, PrintStream out, PrintStream err, Locale userLocale) {
    this.inputs = new Inputs(stdin);
    this.out = out;
    this.err = err;
    this.userLocale = userLocale;
  }

  /** No command: the usage of every command on standard error, exit 2. */
  @Override
  public Integer call() {
    spec.commandLine().usage(err);
    return BAD_INPUT;
  }

  /**
   * Runs the command and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    ConsoleOutput out = new ConsoleOutput(new FileOutputStream(FileDescriptor.out));
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
        StandardCharsets.UTF_8);
    System.exit(run(args, System.in, out, err, Locale.getDefault()));
  }

  /**
   * Runs the command with the given streams, for tests and embedding; texts follow {@code --lang},
   * else the default locale.
   *
   * @param args the arguments
   * @param stdin what {@code -} reads
   * @param out where the result goes
   * @param err where a bad input's one-line message goes
   * @return the exit status: {@link #OK}, {@link #PROBLEMS}, {@link #BAD_INPUT}, {@link
   *     #INTERNAL_ERROR} or {@link #OUTPUT_FAILED}
   */
  public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
    return run(args, stdin, out, err, Locale.getDefault());
  }

  /**
   * Runs the command with the given streams for a user of {@code locale}: texts follow {@code
   * --lang}, else {@code locale}.
   *
   * @param args the arguments
   * @param stdin what {@code -} reads
   * @param out where the result goes
   * @param err where a bad input's one-line message goes
   * @param locale the user's locale
   * @return the exit status
   */
  public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err,
      Locale locale) {
    CommandLine commandLine = new CommandLine(new Zi4jCommand(stdin, out, err, locale))
        .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
        .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler((e, arguments) -> usageError(err, e.getCommandLine(),
            message(e)))
        .setExecutionExceptionHandler((e, command, parsed) -> failure(err, command, e));
    commandLine.getSubcommands().values().forEach(sub -> sub.getCommandSpec().usageMessage()
        .footer("", EXIT_CODES));
    int status;
    try {
      status = commandLine.execute(args);
    } catch (Error e) {
      // an Error (a stack overflow, say) is not handed to the exception handler: still one line
      err.println("zi4j: internal error (" + Texts.oneLine(String.valueOf(e)) + "); please report"
          + " it with the input that caused it");
      return INTERNAL_ERROR;
    }
    out.flush();
    if (out.checkError()) {
      if (out instanceof ConsoleOutput && ((ConsoleOutput) out).pipeClosed()) {
        // the reader has what it wanted (head -2): not an error
        return status;
      }
      err.println("zi4j: the result could not be written (the disk is full, or the output was"
          + " closed)");
      return OUTPUT_FAILED;
    }
    return status;
  }

  /** The one line of a failure met while running a command, and its exit status. */
  private static int failure(PrintStream err, CommandLine command, Exception e) {
    if (e instanceof ZiException) {
      err.println("zi4j: " + Texts.oneLine(describe((ZiException) e)));
      return BAD_INPUT;
    }
    if (e instanceof UsageException) {
      return usageError(err, command, e.getMessage());
    }
    if (e instanceof ParameterException) {
      return usageError(err, ((ParameterException) e).getCommandLine(),
          message((ParameterException) e));
    }
    if (e instanceof OutputException) {
      err.println("zi4j: the result could not be written (" + Texts.oneLine(e.getMessage()) + ")");
      return OUTPUT_FAILED;
    }
    err.println("zi4j: internal error (" + Texts.oneLine(String.valueOf(e)) + "); please report it"
        + " with the input that caused it");
    return INTERNAL_ERROR;
  }

  /** {@code source: path: problem} of a refusal; a path relative to no file as it is. */
  private static String describe(ZiException e) {
    if (e instanceof ZiParseException || e.path().isEmpty()) {
      return e.getMessage();
    }
    return e.path() + ": " + e.getMessage();
  }

  /** One line: what is wrong with the command line, and the command that shows the usage. */
  private static int usageError(PrintStream err, CommandLine command, String problem) {
    String name = command.getParent() == null ? "" : " " + command.getCommandName();
    err.println("zi4j: " + Texts.oneLine(problem + " (see: zi4j help" + name + ")"));
    return BAD_INPUT;
  }

  /** picocli's message, with an unknown command named as such and every value cut to 80. */
  private static String message(ParameterException e) {
    if (e instanceof UnmatchedArgumentException) {
      UnmatchedArgumentException unmatched = (UnmatchedArgumentException) e;
      String first = unmatched.getUnmatched().isEmpty() ? "" : unmatched.getUnmatched().get(0);
      CommandLine command = e.getCommandLine();
      if (command.getParent() == null && !first.startsWith("-")) {
        return "unknown command \"" + Texts.quote(first) + "\"; commands: "
            + command.getSubcommands().keySet();
      }
      if (unmatched.isUnknownOption()) {
        return "Unknown option: '" + Texts.quote(first) + "'";
      }
      return command.getCommandName() + " takes exactly one file, but was also given '"
          + Texts.quote(first) + "'";
    }
    String message = String.valueOf(e.getMessage());
    return message.length() > Texts.LINE ? Texts.quote(message) : message;
  }

  /** The version of the running jar, or a word saying it runs from a build's classes. */
  static String version() {
    String version = Zi4jCommand.class.getPackage().getImplementationVersion();
    return "zi4j " + (version == null ? "(development build)" : version);
  }

  /** What {@code --version} prints. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {version()};
    }
  }
}
