package io.github.zi4j.examples.cli;

import static io.github.zi4j.examples.cli.Zi4jCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.examples.cli.Zi4jCommandTest.Run;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile inputs, of the kinds that once crashed the command line or made it compute for minutes: each
 * gives a decision, or exit 2 and one short line naming the path and the problem. The timeout is a
 * guard against a hang, not a measure of speed.
 */
@DisplayName("No input crashes the command line: a hostile file gives a result or exit 2 and one "
    + "short line")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileInputTest {

  private static final Path CASE = Path.of("cases", "pesawaran-dpmptsp-2024.json");
  private static final Path WORKSHEET = Path.of("worksheets", "contoh-90-2021.json");
  private static final Path TEMPLATE = Path.of("..", "zi-core", "src", "main", "resources", "io",
      "github", "zi4j", "lke", "templates", "permenpanrb-90-2021.json");

  /** The most characters a refusal may print. */
  private static final int SHORT = 2_000;

  @TempDir
  Path dir;

  static Stream<Arguments> hostileFiles() {
    return Stream.of(
        hostile("decide", CASE, "a pemenuhan of 0.1e-999999",
            s -> s.replace("\"pemenuhan\": 3.6", "\"pemenuhan\": 0.1e-999999"),
            "$.lke.pengungkit.MANAJEMEN_PERUBAHAN.pemenuhan", "a number must lie within ±10^9"),
        hostile("decide", CASE, "an IPAK of 1e-999999999",
            s -> s.replace("\"ipak\": 3.71", "\"ipak\": 1e-999999999"),
            "$.lke.hasil.ipak", "at most 20 decimal places"),
        hostile("decide", CASE, "a pemenuhan of 1e999999",
            s -> s.replace("\"pemenuhan\": 3.6", "\"pemenuhan\": 1e999999"),
            "$.lke.pengungkit.MANAJEMEN_PERUBAHAN.pemenuhan", "a number must lie within ±10^9"),
        hostile("decide", CASE, "a number of 1000 digits",
            s -> s.replace("\"ipak\": 3.71", "\"ipak\": 3." + "1".repeat(1000)),
            "$.lke.hasil", "a number may have at most 64 digits, but had 1001"),
        hostile("decide", CASE, "a pencanangan in the year 999 999 999",
            s -> s.replace("\"2022-11-10\"", "\"+999999999-11-10\""),
            "$.unit.pencanangan", "a date must lie in the years 1900 to 2200"),
        hostile("decide", CASE, "a pencanangan in the year -999 999 999",
            s -> s.replace("\"2022-11-10\"", "\"-999999999-11-10\""),
            "$.unit.pencanangan", "a date must lie in the years 1900 to 2200"),
        hostile("decide", CASE, "a name of 200 000 characters",
            s -> s.replace("\"DPMPTSP Kabupaten Pesawaran\"", "\"" + "N".repeat(200_000) + "\""),
            "$.unit.name", "a string may have at most 100000 characters, but had "),
        hostile("decide", CASE, "an unknown target of 5 000 characters",
            s -> s.replace("\"target\": \"WBK\"", "\"target\": \"" + "W".repeat(5_000) + "\""),
            "$.target", "(5000 characters)"),
        hostile("decide", CASE, "a history of a hundred thousand events",
            s -> s.replace("\"pencanangan\": \"2022-11-10\"", "\"pencanangan\": \"2022-11-10\", "
                + "\"history\": [" + ("{\"event\": \"AWARDED\", \"predikat\": \"WBK\", "
                + "\"date\": \"2023-12-10\"},").repeat(100_000) + "{}]"),
            "$.unit.history[100000]", "event"),
        hostile("decide", CASE, "nesting 10 000 deep",
            s -> s.replace("\"round\": { \"year\": 2024 }",
                "\"round\": " + "[".repeat(10_000) + "]".repeat(10_000)),
            "$.round", ""),
        hostile("score", WORKSHEET, "an answer of 1e-99999999",
            s -> s.replaceFirst("(\"S1\"\\s*:\\s*)\"[^\"]*\"", "$11e-99999999"),
            "$.answers.SELF.S1", "at most 20 decimal places"),
        hostile("score", WORKSHEET, "an answer of 1e99999999",
            s -> s.replaceFirst("(\"S1\"\\s*:\\s*)\"[^\"]*\"", "$11e99999999"),
            "$.answers.SELF.S1", "a number must lie within ±10^9"),
        hostile("score", WORKSHEET, "an answer with an exponent beyond an int, 1e+9999999999",
            s -> s.replaceFirst("(\"S1\"\\s*:\\s*)\"[^\"]*\"", "$11e+9999999999"),
            "$.answers.SELF.S1", "but its exponent was out of range"),
        hostile("score", WORKSHEET, "an answer of 3 000 characters",
            s -> s.replaceFirst("(\"S1\"\\s*:\\s*)\"[^\"]*\"", "$1\"" + "6".repeat(3000) + "\""),
            "$.answers.SELF.S1", "(3000 characters)"),
        hostile("validate", TEMPLATE, "a confidence of 1e+9999999999",
            s -> s.replaceFirst("\"confidence\": \"SURE\"", "\"confidence\": 1e+9999999999"),
            "$.confidence", "but its exponent was out of range"),
        hostile("score", WORKSHEET, "a hundred thousand unknown question ids",
            s -> s.replaceFirst("(\"SELF\"\\s*:\\s*\\{)", "$1" + unknownIds(100_000)),
            "$.answers.SELF", "and 99990 more"),
        hostile("validate", TEMPLATE, "a weight of 6e99999",
            s -> s.replaceFirst("\"weight\": 60", "\"weight\": 6e99999"),
            "$.root.children[0].weight", "a number must lie within ±10^9"),
        hostile("validate", TEMPLATE, "a weight of 6e-99999",
            s -> s.replaceFirst("\"weight\": 60", "\"weight\": 6e-99999"),
            "$.root.children[0].weight", "at most 20 decimal places"),
        hostile("validate", TEMPLATE, "a null minimum",
            s -> s.replaceFirst("\"WBK\": \\{\\s*\"value\": 75,[^}]*}", "\"WBK\": null"),
            "$.root", "minimum.WBK of template node LKE is required, but was null"));
  }

  private static String unknownIds(int count) {
    StringBuilder ids = new StringBuilder();
    for (int i = 0; i < count; i++) {
      ids.append("\"Q").append(i).append("\": \"YA\", ");
    }
    return ids.toString();
  }

  private static Arguments hostile(String command, Path base, String input,
      UnaryOperator<String> change, String path, String problem) {
    return Arguments.of(command, base, input, change, path, problem);
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("hostileFiles")
  @DisplayName("a hostile file gives exit 2 and one short line naming the path and the problem")
  void hostileFile(String command, Path base, String input, UnaryOperator<String> change,
      String path, String problem) throws IOException {
    // given
    String original = Files.readString(base, StandardCharsets.UTF_8);
    String text = change.apply(original);
    assertThat(text).as("the change applies").isNotEqualTo(original);
    Path file = dir.resolve("hostile.json");
    Files.writeString(file, text, StandardCharsets.UTF_8);

    // when
    Run run = run(command, file.toString());

    // then
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertRefusal(run.err(), file + ": " + path, problem);
  }

  @Test
  @DisplayName("standard input that cannot be read (a directory) gives exit 2 and names the reason")
  void unreadableStdin() {
    InputStream directory = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("Is a directory");
      }
    };

    Run run = run(directory, "decide", "-");

    assertThat(run.status()).isEqualTo(2);
    assertRefusal(run.err(), "-: $", "cannot read the input: Is a directory");
  }

  @Test
  @DisplayName("a case in UTF-32 or UTF-16 is read as JSON detects it, and decided as in UTF-8")
  void otherEncodings() throws IOException {
    String text = Files.readString(CASE, StandardCharsets.UTF_8);
    Run utf8 = run("decide", CASE.toString());
    List<Integer> statuses = new ArrayList<>();
    for (Charset charset : List.of(Charset.forName("UTF-32"), StandardCharsets.UTF_16)) {
      Path file = dir.resolve("case-" + charset.name() + ".json");
      Files.write(file, text.getBytes(charset));

      Run run = run("decide", file.toString());

      statuses.add(run.status());
      assertThat(run.out()).as(charset.name()).isEqualTo(utf8.out());
    }
    assertThat(statuses).containsOnly(utf8.status());
  }

  @Test
  @DisplayName("a file of random bytes gives exit 2 and one short line saying it is not valid JSON")
  void randomBytes() throws IOException {
    byte[] bytes = new byte[4096];
    new java.util.Random(11).nextBytes(bytes);
    Path file = dir.resolve("random.json");
    Files.write(file, bytes);

    Run run = run("decide", file.toString());

    assertThat(run.status()).isEqualTo(2);
    assertRefusal(run.err(), file.toString(), "");
  }

  private static void assertRefusal(String err, String where, String problem) {
    assertThat(err.strip()).doesNotContain("\n").doesNotContain("Exception")
        .doesNotContain("\tat ").contains(where).contains(problem);
    assertThat(err.length()).as("characters printed").isLessThanOrEqualTo(SHORT);
  }
}
