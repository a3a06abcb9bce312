package io.github.zi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built {@code zi4j.jar}, run as a user runs it ({@code java -jar target/zi4j.jar ...}) in a child
 * JVM: usage errors, {@code help}, a closed pipe, a full disk and the language. It runs after {@code
 * package} (the execution {@code jar-tests} of zi-cli's pom). The child's locale is set by a system
 * property, never taken from the machine's.
 */
@DisplayName("zi4j.jar, run as a user runs it")
class Zi4jJarTest {

  private static final Path JAR = Path.of("target", "zi4j.jar");
  private static final String CASE = Path.of("..", "zi-examples", "cases",
      "pesawaran-dpmptsp-2023.json").toString();
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java")
      .toString();

  @TempDir
  Path dir;

  /** What one run of the jar printed, and its exit status. */
  record Run(int status, String out, String err) {}

  /** The command line that runs the jar for a user whose language is {@code language}. */
  private static List<String> command(String language, String... args) {
    List<String> command = new ArrayList<>(List.of(JAVA, "-Xshare:auto",
        "-Duser.language=" + language, "-Duser.country=", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return command;
  }

  private Run run(String language, String... args) throws IOException, InterruptedException {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = new ProcessBuilder(command(language, args))
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the jar ends").isTrue();
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  @DisplayName("the jar is built")
  void built() {
    assertThat(JAR).isRegularFile();
  }

  @Nested
  @DisplayName("usage")
  class Usage {

    @Test
    @DisplayName("score x.json --foo exits 2 with one line naming the unknown option and where the"
        + " usage is")
    void unknownOption() throws Exception {
      Run run = run("en", "score", "x.json", "--foo");

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).isEqualTo("zi4j: Unknown option: '--foo' (see: zi4j help score)\n");
    }

    @Test
    @DisplayName("a value that --lang does not take exits 2 naming it, given as --lang=fr")
    void badLanguage() throws Exception {
      Run run = run("en", "decide", CASE, "--lang=fr");

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).isEqualTo("zi4j: --lang takes id or en, but was fr (see: zi4j help"
          + " decide)\n");
    }

    @Test
    @DisplayName("help lists each command on one line with what it does, and exits 0")
    void help() throws Exception {
      Run run = run("en", "help");

      assertThat(run.status()).isZero();
      assertThat(run.err()).isEmpty();
      assertThat(run.out()).startsWith("Usage: zi4j [-hV] [COMMAND]")
          .contains("\n  decide               Decides whether the unit of a case file may be"
              + " proposed.\n")
          .contains("\n  check                Checks a 90/2021 workbook's own arithmetic against"
              + " the rule.\n");
    }

    @Test
    @DisplayName("help decide and decide --help print the same usage of decide")
    void helpForOneCommand() throws Exception {
      Run help = run("en", "help", "decide");
      Run flag = run("en", "decide", "--help");

      assertThat(help.status()).isZero();
      assertThat(help.out()).startsWith("Usage: zi4j decide [-hV] [--text] [--lang=id|en]"
          + " CASE.json|-").isEqualTo(flag.out());
    }

    @Test
    @DisplayName("--version prints the version of the jar")
    void version() throws Exception {
      Run run = run("en", "--version");

      assertThat(run.status()).isZero();
      assertThat(run.out()).matches("zi4j [0-9]+\\.[0-9]+\\.[0-9]+(-SNAPSHOT)?\n");
    }
  }

  @Nested
  @DisplayName("language")
  class Language {

    @Test
    @DisplayName("--lang=en prints English for a user whose locale is Indonesian")
    void langEquals() throws Exception {
      Run run = run("id", "decide", CASE, "--text", "--lang=en");

      assertThat(run.status()).isZero();
      // 20 July 2023: 113 days short of the year since pencanangan on 10 November 2022
      assertThat(run.out()).startsWith("Eligibility check of the proposal for WBK (Wilayah Bebas"
          + " dari Korupsi, Corruption-Free Zone) as of 20 July 2023 (PermenPANRB 90/2021): NOT"
          + " ELIGIBLE").contains("(113 days short)");
    }

    @Test
    @DisplayName("without --lang, an Indonesian locale gets Bahasa Indonesia")
    void indonesianLocale() throws Exception {
      Run run = run("id", "decide", CASE, "--text");

      assertThat(run.status()).isZero();
      assertThat(run.out()).startsWith(
          "Hasil pemeriksaan kelayakan usulan WBK (Wilayah Bebas dari Korupsi) per 20 Juli 2023");
    }

    @ParameterizedTest(name = "user.language={0}")
    @ValueSource(strings = {"en", "fr"})
    @DisplayName("without --lang, any other locale gets English")
    void otherLocale(String language) throws Exception {
      Run run = run(language, "decide", CASE, "--text");

      assertThat(run.status()).isZero();
      assertThat(run.out()).startsWith("Eligibility check of the proposal for WBK");
    }
  }

  @Nested
  @DisplayName("output")
  class Output {

    @Test
    @DisplayName("a reader that closes the pipe before reading ends the command quietly with exit 0")
    void pipeClosedAtOnce() throws Exception {
      Path err = dir.resolve("err.txt");
      Process process = new ProcessBuilder(command("en", "decide", CASE, "--text"))
          .redirectError(err.toFile()).start();
      process.getInputStream().close();

      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isZero();
      assertThat(Files.readString(err)).isEmpty();
    }

    @Test
    @DisplayName("a reader that takes two lines and closes the pipe (head -2) ends it quietly with"
        + " exit 0")
    void pipeClosedAfterTwoLines() throws Exception {
      Path err = dir.resolve("err.txt");
      Process process = new ProcessBuilder(command("en", "decide", CASE))
          .redirectError(err.toFile()).start();
      List<String> lines = new ArrayList<>();
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(
          process.getInputStream(), StandardCharsets.UTF_8))) {
        lines.add(reader.readLine());
        lines.add(reader.readLine());
      }

      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(lines).containsExactly("{", "  \"target\" : \"WBK\",");
      assertThat(process.exitValue()).isZero();
      assertThat(Files.readString(err)).isEmpty();
    }

    @Test
    @DisplayName("in a shell pipeline with pipefail, decide | head -2 succeeds, run after run")
    void shellPipeline() throws Exception {
      Path bash = Path.of("/bin/bash");
      assumeTrue(Files.isExecutable(bash), "bash is installed");
      String line = String.join(" ", command("en", "decide", CASE)) + " | head -2";
      for (int i = 0; i < 3; i++) {
        Process process = new ProcessBuilder(bash.toString(), "-c", "set -o pipefail; " + line)
            .redirectOutput(dir.resolve("out.txt").toFile())
            .redirectError(dir.resolve("err.txt").toFile()).start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("run %d", i + 1).isZero();
        assertThat(Files.readString(dir.resolve("err.txt"))).isEmpty();
        assertThat(Files.readAllLines(dir.resolve("out.txt"))).hasSize(2);
      }
    }

    @Test
    @DisplayName("a full disk (/dev/full) is still a failure: exit 4, saying the result could not"
        + " be written")
    void fullDisk() throws Exception {
      File full = new File("/dev/full");
      assumeTrue(full.exists(), "the machine has /dev/full");
      Path err = dir.resolve("err.txt");
      Process process = new ProcessBuilder(command("en", "decide", CASE))
          .redirectOutput(full).redirectError(err.toFile()).start();

      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isEqualTo(4);
      assertThat(Files.readString(err)).isEqualTo("zi4j: the result could not be written (the"
          + " disk is full, or the output was closed)\n");
    }
  }
}
