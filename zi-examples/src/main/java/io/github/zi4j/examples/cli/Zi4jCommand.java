package io.github.zi4j.examples.cli;

import io.github.zi4j.ZiJson;
import io.github.zi4j.ZiParseException;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.rules.Decision;
import io.github.zi4j.rules.DecisionEngine;
import io.github.zi4j.rules.DecisionJson;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The zi4j command line (<i>baris perintah</i>).
 *
 * <pre>
 * java -jar zi4j.jar decide CASE.json [--text] [--lang id|en]
 * java -jar zi4j.jar decide - &lt; CASE.json
 * </pre>
 *
 * <p>{@code decide} reads a case file (a {@link Proposal} in JSON; {@code -} reads standard input) and
 * prints the decision as JSON, or as readable text with {@code --text}, in Bahasa Indonesia (default) or
 * English. Exit status: 0 for any decision, eligible or not; 2 for bad input or bad usage, with one line
 * on standard error naming the JSON path and the problem.
 */
public final class Zi4jCommand {

  /** Exit status for any decision. */
  public static final int OK = 0;

  /** Exit status for bad input or usage. */
  public static final int BAD_INPUT = 2;

  private static final String USAGE =
      "usage: zi4j decide CASE.json|- [--text] [--lang id|en]";

  private Zi4jCommand() {}

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
   * @param out where the decision goes
   * @param err where a bad input's one-line message goes
   * @return the exit status: {@link #OK} or {@link #BAD_INPUT}
   */
  public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
    List<String> rest = new ArrayList<>(List.of(args));
    if (rest.isEmpty() || rest.contains("--help") || rest.contains("-h")) {
      (rest.isEmpty() ? err : out).println(USAGE);
      return rest.isEmpty() ? BAD_INPUT : OK;
    }
    if (!"decide".equals(rest.get(0))) {
      err.println("zi4j: unknown command \"" + rest.get(0) + "\"; " + USAGE);
      return BAD_INPUT;
    }
    rest.remove(0);
    boolean text = rest.remove("--text");
    Locale locale = Locale.forLanguageTag("id");
    int lang = rest.indexOf("--lang");
    if (lang >= 0) {
      if (lang + 1 >= rest.size() || !List.of("id", "en").contains(rest.get(lang + 1))) {
        err.println("zi4j: --lang takes id or en; " + USAGE);
        return BAD_INPUT;
      }
      locale = Locale.forLanguageTag(rest.get(lang + 1));
      rest.subList(lang, lang + 2).clear();
    }
    if (rest.size() != 1 || (rest.get(0).startsWith("-") && !"-".equals(rest.get(0)))) {
      err.println("zi4j: decide takes exactly one case file; " + USAGE);
      return BAD_INPUT;
    }
    String file = rest.get(0);
    try {
      Proposal proposal = "-".equals(file)
          ? ZiJson.read(stdin, "-", Proposal.class)
          : read(Path.of(file));
      Decision decision = decide(proposal, file);
      out.print(text ? decision.explain(locale) : DecisionJson.write(decision, locale) + "\n");
      return OK;
    } catch (ZiParseException e) {
      err.println("zi4j: " + oneLine(e.getMessage()));
      return BAD_INPUT;
    }
  }

  private static Proposal read(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new ZiParseException(path.toString(), "$", "no such file", null);
    }
    return ZiJson.read(path, Proposal.class);
  }

  private static Decision decide(Proposal proposal, String source) {
    try {
      return DecisionEngine.standard().decide(proposal);
    } catch (IllegalArgumentException e) {
      throw new ZiParseException(source, "$.asOf", e.getMessage(), e);
    }
  }

  private static String oneLine(String message) {
    return message.replace('\n', ' ').replace('\r', ' ');
  }
}
