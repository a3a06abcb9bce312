package io.github.zi4j.examples.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.zi4j.examples.cli.Zi4jCommand;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;

/**
 * Structure-aware fuzzing of the command line: each target takes a bundled document (the Pesawaran
 * 2024 case, the 90/2021 example worksheet, the 90/2021 template), lets Jazzer's
 * {@link FuzzedDataProvider} replace chosen fields with hostile values ({@link FuzzedJson}), and runs
 * {@link Zi4jCommand#run} on it. Whatever the input, the command gives a result or refuses it: exit
 * 0, 1 or 2, never 3 (an internal error), and at most one short line on standard error, never a
 * stack trace.
 *
 * <p>Without {@code JAZZER_FUZZ=1}, as in {@code verify}, each target runs once on every seed in
 * {@code src/test/resources/io/github/zi4j/examples/fuzz/CommandLineFuzzTestInputs/<method>/};
 * with it, Jazzer fuzzes one target (see the README, "Reliability").
 */
@DisplayName("No fuzzed case, worksheet or template makes the command line fail: exit 0, 1 or 2 and "
    + "at most one short line on standard error")
class CommandLineFuzzTest {

  private static final FuzzedJson CASE = FuzzedJson.of(Path.of("cases",
      "pesawaran-dpmptsp-2024.json"));
  private static final FuzzedJson WORKSHEET = FuzzedJson.of(Path.of("worksheets",
      "contoh-90-2021.json"));
  private static final FuzzedJson TEMPLATE = FuzzedJson.of(Path.of("..", "zi-core", "src", "main",
      "resources", "io", "github", "zi4j", "lke", "templates", "permenpanrb-90-2021.json"));

  /** The most characters standard error may hold. */
  private static final int SHORT = 2_000;

  /** Where a fuzzed template is written, for the commands that take a template file. */
  private static final Path TEMPLATE_FILE = templateFile();

  /** {@code decide} on a fuzzed case, as JSON or text, in either language. */
  @FuzzTest
  @DisplayName("decide on a fuzzed case")
  void decide(FuzzedDataProvider data) {
    List<String> args = new ArrayList<>(List.of("decide", "-"));
    if (data.consumeBoolean()) {
      args.add("--text");
    }
    lang(args, data);
    String json = CASE.mutate(data);
    check(args, json);
  }

  /** {@code score} on a fuzzed worksheet, for either role, sometimes with a fuzzed template. */
  @FuzzTest
  @DisplayName("score a fuzzed worksheet, or a worksheet with a fuzzed template")
  void score(FuzzedDataProvider data) {
    List<String> args = new ArrayList<>(List.of("score", "-"));
    if (data.consumeBoolean()) {
      args.add("--role");
      args.add(data.pickValue(new String[] {"SELF", "TPI", "tpi"}));
    }
    if (data.consumeBoolean()) {
      args.add("--missing-as-zero");
    }
    if (data.consumeBoolean()) {
      args.add("--json");
    }
    if (data.consumeBoolean()) {
      write(TEMPLATE.mutate(data));
      args.add("--template");
      args.add(TEMPLATE_FILE.toString());
    }
    String json = WORKSHEET.mutate(data);
    check(args, json);
  }

  /** {@code compare} on a fuzzed worksheet, in either language. */
  @FuzzTest
  @DisplayName("compare the answers of a fuzzed worksheet")
  void compare(FuzzedDataProvider data) {
    List<String> args = new ArrayList<>(List.of("compare", "-"));
    lang(args, data);
    String json = WORKSHEET.mutate(data);
    check(args, json);
  }

  /** {@code validate} on a fuzzed template. */
  @FuzzTest
  @DisplayName("validate a fuzzed template")
  void validate(FuzzedDataProvider data) {
    write(TEMPLATE.mutate(data));
    check(List.of("validate", TEMPLATE_FILE.toString()), "");
  }

  private static void lang(List<String> args, FuzzedDataProvider data) {
    if (data.consumeBoolean()) {
      args.add("--lang");
      args.add(data.pickValue(new String[] {"id", "en", "EN"}));
    }
  }

  /** Runs the command with {@code stdin} and asserts the property. */
  private static void check(List<String> args, String stdin) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Zi4jCommand.run(args.toArray(String[]::new),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String error = err.toString(StandardCharsets.UTF_8);
    try {
      assertThat(status).as("exit status; stderr: %s", cut(error)).isIn(0, 1, 2);
      assertThat(error.lines().count()).as("lines on stderr: %s", cut(error))
          .isLessThanOrEqualTo(1);
      assertThat(error.length()).as("characters on stderr: %s", cut(error))
          .isLessThanOrEqualTo(SHORT);
      assertThat(error).doesNotContain("Exception", "\tat ");
    } catch (AssertionError e) {
      keep(args, stdin);
      throw e;
    }
  }

  /**
   * Keeps a failing input as JSON in {@code target/fuzz-findings}, for a reproducer readable without
   * Jazzer: the arguments, then standard input (the template file's content for {@code validate}
   * and {@code --template}).
   */
  private static void keep(List<String> args, String stdin) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "fuzz-findings"));
      String name = args.get(0) + "-" + Integer.toHexString((args + stdin).hashCode());
      Files.writeString(dir.resolve(name + ".args"), String.join(" ", args) + "\n");
      Files.writeString(dir.resolve(name + ".json"), stdin);
      if (args.contains(TEMPLATE_FILE.toString())) {
        Files.copy(TEMPLATE_FILE, dir.resolve(name + ".template.json"),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String cut(String text) {
    return text.length() <= 500 ? text : text.substring(0, 500) + "...";
  }

  private static void write(String json) {
    try {
      Files.writeString(TEMPLATE_FILE, json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path templateFile() {
    try {
      Path dir = Files.createTempDirectory("zi4j-fuzz");
      Path file = dir.resolve("template.json");
      dir.toFile().deleteOnExit();
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
