package io.github.zi4j.cli;

import static io.github.zi4j.cli.Zi4jCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.cli.Zi4jCommandTest.Run;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile inputs, of the kinds that once crashed the command line or made it compute for minutes: each
 * gives a decision, or exit 2 and one short line naming the path and the problem. The timeout is a
 * guard against a hang, not a measure of speed.
 */
@DisplayName("No input crashes the command line: a hostile file gives a result or exit 2 and one "
    + "short line")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileInputTest {

  private static final Path CASE = Path.of("..", "zi-examples", "cases", "pesawaran-dpmptsp-2024.json");
  private static final Path WORKSHEET = Path.of("..", "zi-examples", "worksheets", "contoh-90-2021.json");
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
            "$.confidence", "expected one of [SURE, LIKELY, UNVERIFIED], but found a number"),
        hostile("score", WORKSHEET, "a hundred thousand unknown question ids",
            s -> s.replaceFirst("(\"SELF\"\\s*:\\s*\\{)", "$1" + unknownIds(100_000)),
            "$.answers.SELF", "and 99990 more"),
        hostile("validate", TEMPLATE, "a weight of 6e99999",
            s -> s.replaceFirst("\"weight\": 60", "\"weight\": 6e99999"),
            "$.root.children[0].weight", "a number must lie within ±10^9"),
        hostile("validate", TEMPLATE, "a weight of 6e-99999",
            s -> s.replaceFirst("\"weight\": 60", "\"weight\": 6e-99999"),
            "$.root.children[0].weight", "at most 20 decimal places"),
        hostile("decide", CASE, "an IPAK of 0e-99999999, a zero of a huge exponent",
            s -> s.replace("\"ipak\": 3.71", "\"ipak\": 0e-99999999"),
            "$.lke.hasil", "ipak (survey index) must be between 1 and 4, but was 0"),
        hostile("decide", CASE, "two year keys that mean one year, 2023 and 02023",
            s -> s.replace("\"bpkOpinion\": { \"2023\": \"WTP\" }",
                "\"bpkOpinion\": { \"2023\": \"WTP\", \"02023\": \"TMP\" }"),
            "$.instansi.bpkOpinion", "but was \"02023\"; it would be read as the year 2023, whose "
                + "key is \"2023\", and two keys for one year are refused"),
        hostile("decide", CASE, "a year key +2023",
            s -> s.replace("{ \"2023\": \"WTP\" }", "{ \"+2023\": \"WTP\" }"),
            "$.instansi.bpkOpinion", "a year key must be four digits 0 to 9 (^[0-9]{4}$)"),
        hostile("decide", CASE, "a year key in full-width digits",
            s -> s.replace("{ \"2023\": \"WTP\" }", "{ \"\uff12\uff10\uff12\uff13\": \"WTP\" }"),
            "$.instansi.bpkOpinion", "the year 2023"),
        hostile("decide", CASE, "a year key in Arabic-Indic digits",
            s -> s.replace("{ \"2023\": \"WTP\" }", "{ \"\u0662\u0660\u0662\u0663\": \"WTP\" }"),
            "$.instansi.bpkOpinion", "the year 2023"),
        hostile("decide", CASE, "a target with a space before it, \" WBK\"",
            s -> s.replace("\"target\": \"WBK\"", "\"target\": \" WBK\""),
            "$.target", "\" WBK\" is not one of [WBK, WBBM]"),
        hostile("decide", CASE, "an unknown key of 49 000 characters",
            s -> s.replace("\"asOf\"", "\"" + "k".repeat(49_000) + "\": 1, \"asOf\""),
            "$." + "k".repeat(80) + "… (49000 characters)", "unknown property \""
                + "k".repeat(80) + "… (49000 characters)\""),
        hostile("decide", CASE, "a key of 49 000 characters in the history",
            s -> s.replace("\"pencanangan\": \"2022-11-10\"", "\"pencanangan\": \"2022-11-10\", "
                + "\"history\": [{\"event\": \"AWARDED\", \"predikat\": \"WBK\", \"date\": "
                + "\"2023-12-10\", \"" + "h".repeat(49_000) + "\": 1}]"),
            "$.unit.history[0]." + "h".repeat(80) + "… (49000 characters)", "unknown property"),
        hostile("score", WORKSHEET, "a question id of 40 000 characters",
            s -> s.replaceFirst("(\"SELF\"\\s*:\\s*\\{)", "$1\"S" + "1".repeat(40_000) + "\": \"YA\", "),
            "$.answers.SELF.S" + "1".repeat(79) + "… (40001 characters)",
            "not a question of template"),
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

  static Stream<Arguments> zeros() {
    return Stream.of(
        zero("decide", CASE, "a pemenuhan", "\"pemenuhan\": 3.6", "\"pemenuhan\": ", 0),
        zero("decide", CASE, "a reform", "\"reform\": 3.2", "\"reform\": ", 0),
        zero("decide", CASE, "an AKIP score", "\"akip\": { \"2023\": \"B\" }",
            "\"akip\": { \"2023\": ", 0),
        zero("decide", CASE, "an Indeks RB score", "\"indeksRb\": { \"2023\": \"CC\" }",
            "\"indeksRb\": { \"2023\": ", 0),
        zero("score", WORKSHEET, "a count", "\"S102\": 0", "\"S102\": ", 0),
        zero("validate", TEMPLATE, "a template weight", "\"weight\": 60", "\"weight\": ", 1),
        zero("validate", TEMPLATE, "a node minimum", "\"value\": 75", "\"value\": ", 0));
  }

  private static Arguments zero(String command, Path base, String what, String replaced,
      String field, int status) {
    return Arguments.of(command, base, what, replaced, field, status);
  }

  @ParameterizedTest(name = "{0} with {2} of 0e-99999999")
  @MethodSource("zeros")
  @DisplayName("a zero with a huge exponent is read as 0, at once: the same result as a plain 0, "
      + "and no line of zeros")
  void zeroWithHugeExponent(String command, Path base, String what, String replaced,
      String field, int status) throws IOException {
    // given: the same file with 0 and with 0e-99999999 (its closing brace kept when it had one)
    String original = Files.readString(base, StandardCharsets.UTF_8);
    assertThat(original).as("the change applies").contains(replaced);
    String rest = replaced.endsWith("}") ? " }" : "";
    Path plain = dir.resolve("plain.json");
    Files.writeString(plain, original.replace(replaced, field + "0" + rest));
    Path hostile = dir.resolve("hostile.json");
    Files.writeString(hostile, original.replace(replaced, field + "0e-99999999" + rest));

    // when
    Run withZero = run(command, plain.toString());
    Run run = run(command, hostile.toString());

    // then
    assertThat(run.status()).isEqualTo(status).isEqualTo(withZero.status());
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(withZero.out().replace(plain.toString(), hostile.toString()))
        .doesNotContain("0".repeat(30));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"score", "compare", "validate"})
  @DisplayName("endless standard input (as from /dev/zero) is refused past 16 MB, naming the limit,"
      + " before it fills the memory")
  void endlessStdin(String command) {
    InputStream zeros = new InputStream() {
      @Override
      public int read() {
        return 0;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) 0);
        return len;
      }
    };

    Run run = run(zeros, command, "-");

    assertThat(run.status()).isEqualTo(2);
    assertRefusal(run.err(), "-: $",
        "a document may have at most 16777216 characters, but had 16777217 or more");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"score", "compare", "validate", "decide"})
  @DisplayName("a sparse file of 3 GB is refused past 16 MB, naming the limit, as decide does")
  void sparseFile(String command) throws IOException {
    Path file = dir.resolve("sparse.json");
    try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(3L * 1024 * 1024 * 1024);
    }

    Run run = run(command, file.toString());

    assertThat(run.status()).isEqualTo(2);
    assertRefusal(run.err(), file.toString(), "");
    assertThat(run.err()).containsAnyOf("a document may have at most 16777216 characters",
        "not valid JSON");
  }

  @ParameterizedTest(name = "{0} {1}")
  @org.junit.jupiter.params.provider.CsvSource({"score, UTF-8 with a byte order mark",
      "compare, UTF-8 with a byte order mark", "score, UTF-16", "compare, UTF-16"})
  @DisplayName("a worksheet with a byte order mark or in UTF-16 is read as decide reads a case: as"
      + " JSON detects it")
  void worksheetEncodings(String command, String encoding) throws IOException {
    byte[] utf8 = Files.readAllBytes(WORKSHEET);
    Path file = dir.resolve("worksheet.json");
    Files.write(file, encoding.startsWith("UTF-16")
        ? new String(utf8, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16)
        : concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8));

    Run run = run(command, file.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run).isEqualTo(run(command, WORKSHEET.toString()));
  }

  @Test
  @DisplayName("a template with a byte order mark is validated as without it")
  void templateWithByteOrderMark() throws IOException {
    Path file = dir.resolve("template.json");
    Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        Files.readAllBytes(TEMPLATE)));

    Run run = run("validate", file.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(file + ": valid\n");
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  @Test
  @DisplayName("a command name of 100 000 characters is quoted cut to 80, on a line of at most "
      + "2 000 characters")
  void longCommandName() {
    Run run = run("c".repeat(100_000));

    assertThat(run.status()).isEqualTo(2);
    String first = run.err().lines().findFirst().orElseThrow();
    assertThat(first).isEqualTo("zi4j: unknown command \"" + "c".repeat(80)
        + "… (100000 characters)\"; commands: [decide, score, compare, jawaban, check, validate, "
        + "portalrb, plan, whatif, portfolio, help, generate-completion] (see: zi4j help)");
    assertThat(run.err().lines()).allSatisfy(line -> assertThat(line).hasSizeLessThan(SHORT));
  }

  @Test
  @DisplayName("two cases whose units share a name of 99 000 characters are refused, the name "
      + "and id quoted cut to 80")
  void longUnitName(@TempDir Path cases) throws IOException {
    String name = "N".repeat(99_000);
    String text = Files.readString(CASE, StandardCharsets.UTF_8)
        .replace("\"DPMPTSP Kabupaten Pesawaran\"", "\"" + name + "\"");
    Files.writeString(cases.resolve("a.json"), text);
    Files.writeString(cases.resolve("b.json"), text);

    Run run = run("portalrb", cases.toString(), "--out", dir.toString());

    assertThat(run.status()).isEqualTo(2);
    assertRefusal(run.err(), cases.toString(), "N".repeat(80) + "… (99000 characters)");
  }

  @Test
  @DisplayName("portalrb run twice in its case folder does not read what it wrote as cases")
  void portalRbTwiceInItsFolder(@TempDir Path cases) throws IOException {
    Files.copy(CASE, cases.resolve(CASE.getFileName()));

    Run first = run("portalrb", cases.toString(), "--out", cases.toString());
    Run second = run("portalrb", cases.toString(), "--out", cases.toString());

    assertThat(first.status()).isZero();
    assertThat(second).isEqualTo(first);
  }

  @Test
  @DisplayName("a file named in any script (kasus-é北.json) is decided under LANG=C as under UTF-8")
  void nonAsciiFileNameInTheCLocale() throws IOException, InterruptedException {
    Path file = dir.resolve("kasus-é北.json");
    Files.copy(CASE, file);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        Zi4jCommand.class.getName(), "decide", file.toString(), "--lang", "id");
    builder.environment().remove("LC_ALL");
    builder.environment().remove("LC_CTYPE");
    builder.environment().put("LANG", "C");
    builder.redirectError(dir.resolve("err.txt").toFile());

    Process process = builder.start();
    byte[] out = process.getInputStream().readAllBytes();
    boolean ended = process.waitFor(60, TimeUnit.SECONDS);

    assertThat(ended).isTrue();
    assertThat(Files.readString(dir.resolve("err.txt"))).isEmpty();
    assertThat(process.exitValue()).isZero();
    assertThat(new String(out, StandardCharsets.UTF_8)).isEqualTo(run("decide", CASE.toString()).out());
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
