package io.github.zi4j.cli.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.zi4j.cli.Zi4jCommand;
import io.github.zi4j.portalrb.JawabanUnit;
import io.github.zi4j.portalrb.MasterSoal;
import io.github.zi4j.workbook.TestWorkbooks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;

/**
 * Structure-aware fuzzing of the command line: each target takes a bundled document (the Pesawaran
 * 2024 case, the 90/2021 example worksheet, the 90/2021 template, PortalRB's example answers and
 * master soal, the example LKE workbook), lets Jazzer's
 * {@link FuzzedDataProvider} replace chosen fields with hostile values ({@link FuzzedJson}), and runs
 * {@link Zi4jCommand#run} on it. Whatever the input, the command gives a result or refuses it: exit
 * 0, 1 or 2, never 3 (an internal error), and at most one short line on standard error, never a
 * stack trace.
 *
 * <p>Without {@code JAZZER_FUZZ=1}, as in {@code verify}, each target runs once on every seed in
 * {@code src/test/resources/io/github/zi4j/cli/fuzz/CommandLineFuzzTestInputs/<method>/};
 * with it, Jazzer fuzzes one target (see the README, "Reliability").
 */
@DisplayName("No fuzzed case, worksheet or template makes the command line fail: exit 0, 1 or 2 and "
    + "at most one short line on standard error")
class CommandLineFuzzTest {

  private static final FuzzedJson CASE = FuzzedJson.of(Path.of("..", "zi-examples", "cases",
      "pesawaran-dpmptsp-2024.json"));
  private static final FuzzedJson WORKSHEET = FuzzedJson.of(Path.of("..", "zi-examples", "worksheets",
      "contoh-90-2021.json"));
  private static final FuzzedJson TEMPLATE = FuzzedJson.of(Path.of("..", "zi-core", "src", "main",
      "resources", "io", "github", "zi4j", "lke", "templates", "permenpanrb-90-2021.json"));

  private static final FuzzedJson JAWABAN = FuzzedJson.of(Path.of("..", "zi-examples", "portalrb",
      "jawaban-unit-contoh.json"));
  private static final FuzzedJson MASTER = FuzzedJson.of(Path.of("..", "zi-examples", "portalrb",
      "master-soal-contoh.json"));
  private static final MasterSoal EXAMPLE_MASTER =
      MasterSoal.read(Path.of("..", "zi-examples", "portalrb", "master-soal-contoh.json"));
  private static final JawabanUnit EXAMPLE_JAWABAN =
      JawabanUnit.read(Path.of("..", "zi-examples", "portalrb", "jawaban-unit-contoh.json"));
  private static final byte[] EXAMPLE_WORKBOOK = bytes(Path.of("..", "zi-examples", "portalrb", "lke-contoh.xlsx"));
  private static final Map<String, String> EXAMPLE_PARTS =
      unzip(Path.of("..", "zi-examples", "portalrb", "lke-contoh.xlsx"));

  /** The most characters standard error may hold. */
  private static final int SHORT = 2_000;

  /** Where a fuzzed template is written, for the commands that take a template file. */
  private static final Path TEMPLATE_FILE = tempFile("template.json");

  /** Where a fuzzed master soal is written. */
  private static final Path MASTER_FILE = tempFile("master-soal.json");

  /** Where a fuzzed workbook is written. */
  private static final Path WORKBOOK_FILE = tempFile("lke.xlsx");

  /** The folder of fuzzed case files for {@code portalrb}, and the folder it writes to. */
  private static final Path CASES_DIR = tempFile("cases");
  private static final Path OUT_DIR = tempFile("out");

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

  /** {@code score} and {@code compare} on fuzzed PortalRB answers ({@code /lke/jawaban-unit}). */
  @FuzzTest
  @DisplayName("score or compare fuzzed PortalRB answers")
  void jawabanUnit(FuzzedDataProvider data) {
    List<String> args = new ArrayList<>(List.of(data.consumeBoolean() ? "score" : "compare", "-"));
    if (args.get(0).equals("score") && data.consumeBoolean()) {
      args.add("--role");
      args.add("TPI");
    }
    check(args, JAWABAN.mutate(data));
  }

  /** {@code validate} on a fuzzed master soal. */
  @FuzzTest
  @DisplayName("validate a fuzzed master soal")
  void masterSoal(FuzzedDataProvider data) {
    write(MASTER_FILE, MASTER.mutate(data));
    check(List.of("validate", MASTER_FILE.toString()), "");
  }

  /**
   * {@code score}, {@code compare} or {@code jawaban} on a fuzzed workbook: the example workbook with
   * fuzzed cells (texts, numbers of any size, TRUE/FALSE, formulas) at fuzzed places, or its bytes
   * with some overwritten, or the fuzzer's raw bytes; read with the example master soal or a fuzzed
   * one.
   */
  @FuzzTest
  @DisplayName("read a fuzzed workbook at the cells of a master soal, or of a fuzzed one")
  void workbook(FuzzedDataProvider data) {
    write(MASTER_FILE, data.consumeBoolean() ? MASTER.mutate(data) : MASTER.text());
    String command = data.pickValue(new String[] {"score", "compare", "jawaban"});
    int mode = data.consumeInt(0, 2);
    try {
      if (mode == 0) {
        TestWorkbooks.write(WORKBOOK_FILE, EXAMPLE_MASTER, EXAMPLE_JAWABAN, sheets -> {
          int cells = data.consumeInt(0, 8);
          for (int i = 0; i < cells; i++) {
            String sheet = data.pickValue(new String[] {TestWorkbooks.PENGUNGKIT,
                TestWorkbooks.HASIL, "Lain"});
            int row = data.consumeInt(0, 140);
            int column = data.consumeInt(0, 12);
            switch (data.consumeInt(0, 3)) {
              case 0 -> sheets.text(sheet, row, column, data.consumeString(200));
              case 1 -> sheets.number(sheet, row, column, new BigDecimal(
                  BigInteger.valueOf(data.consumeLong()), data.consumeInt(-2_000, 2_000)));
              case 2 -> sheets.bool(sheet, row, column, data.consumeBoolean());
              default -> sheets.formula(sheet, row, column, data.consumeString(40));
            }
          }
        });
      } else if (mode == 1) {
        byte[] bytes = EXAMPLE_WORKBOOK.clone();
        int changes = data.consumeInt(1, 16);
        for (int i = 0; i < changes; i++) {
          bytes[data.consumeInt(0, bytes.length - 1)] = data.consumeByte();
        }
        Files.write(WORKBOOK_FILE, bytes);
      } else {
        Files.write(WORKBOOK_FILE, data.consumeRemainingAsBytes());
      }
    } catch (IOException | RuntimeException e) {
      return; // the writer refused what it was asked to write: no workbook to read
    }
    List<String> args = new ArrayList<>(List.of(command, WORKBOOK_FILE.toString(),
        "--master-soal", MASTER_FILE.toString()));
    if (command.equals("jawaban")) {
      args.addAll(List.of("--unit-id", "mpp-kota-contoh", "--nama", "MPP Kota Contoh"));
    }
    check(args, "");
  }

  /**
   * {@code jawaban} on the example workbook with one part renamed as a hostile file may (a sheet
   * part {@code sheet1.bin} or {@code sheet1.xml.}, the shared strings, the workbook and its
   * relationships), the relationships and content types naming it by its new name, and a fuzzed
   * piece of XML (a long comment, processing instruction or attribute, a DTD, a stray row, a cell of
   * a fuzzed shared string, or the fuzzer's text) put in one part: every part the reader may read is
   * held to the limits and the structure whatever its name.
   */
  @FuzzTest
  @DisplayName("read the example workbook with a part renamed and fuzzed XML in a part")
  void renamedParts(FuzzedDataProvider data) {
    write(MASTER_FILE, MASTER.text());
    Map<String, String> parts = new LinkedHashMap<>(EXAMPLE_PARTS);
    String part = data.pickValue(new String[] {"xl/worksheets/sheet1.xml",
        "xl/worksheets/sheet2.xml", "xl/sharedStrings.xml", "xl/workbook.xml"});
    String ending = data.consumeBoolean() ? data.pickValue(new String[] {".bin", ".xml.", ".XML",
        "", ".xml/x"}) : data.consumeString(6);
    String renamed = part.substring(0, part.lastIndexOf('.')) + ending;
    rename(parts, part, renamed);
    if (part.equals("xl/workbook.xml")) {
      rename(parts, "xl/_rels/workbook.xml.rels", "xl/_rels/" + renamed.substring(3) + ".rels");
    }
    List<String> names = new ArrayList<>(parts.keySet());
    String target = data.pickValue(names);
    String text = parts.get(target);
    int size = data.consumeInt(0, 3_000_000);
    String piece = switch (data.consumeInt(0, 6)) {
      case 0 -> "<!--" + "x".repeat(size) + "-->";
      case 1 -> "<?pi " + "x".repeat(size) + "?>";
      case 2 -> "<row r=\"8\" spans=\"" + "1".repeat(size) + "\"/>";
      case 3 -> data.pickValue(new String[] {"<!DOCTYPE w>", "<!DOCTYPE w [<!ENTITY x SYSTEM"
          + " \"file:///dev/zero\">]>", "<!ENTITY x \"y\">"});
      case 4 -> "<row r=\"" + data.consumeInt(-1, 2_000_000) + "\"/>";
      case 5 -> "<row r=\"8\"><c r=\"" + data.consumeString(10) + "\" t=\"s\"><v>"
          + data.consumeString(10) + "</v></c></row>";
      default -> data.consumeString(300);
    };
    int sheetData = text.indexOf("<sheetData>");
    int at = data.consumeBoolean() && sheetData >= 0 ? sheetData + "<sheetData>".length()
        : data.consumeInt(0, text.length());
    parts.put(target, text.substring(0, at) + piece + text.substring(at));
    try {
      Files.write(WORKBOOK_FILE, zip(parts));
    } catch (IOException e) {
      return; // two parts of one name after the renaming: the JDK's zip writer refuses them
    }
    check(List.of("jawaban", WORKBOOK_FILE.toString(), "--master-soal", MASTER_FILE.toString(),
        "--unit-id", "mpp-kota-contoh", "--nama", "MPP Kota Contoh"), "");
  }

  /** Renames the part {@code from}, and its mentions in the relationships and content types. */
  private static void rename(Map<String, String> parts, String from, String to) {
    String text = parts.remove(from);
    String relative = from.substring(from.indexOf('/') + 1);
    String renamed = to.substring(to.indexOf('/') + 1);
    parts.replaceAll((name, part) -> part.replace("\"" + relative + "\"", "\"" + renamed + "\"")
        .replace("\"/" + from + "\"", "\"/" + to + "\""));
    parts.put(to, text);
  }

  /** The entries of a zip file, as text, in its order. */
  private static Map<String, String> unzip(Path file) {
    Map<String, String> parts = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        try (java.io.InputStream in = zip.getInputStream(entry)) {
          parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }

  /** A zip of {@code parts}, as the JDK writes it. */
  private static byte[] zip(Map<String, String> parts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** {@code portalrb} on a folder of one to three fuzzed case files. */
  @FuzzTest
  @DisplayName("build PortalRB's responses from a folder of fuzzed cases")
  void portalrb(FuzzedDataProvider data) {
    try {
      try (java.nio.file.DirectoryStream<Path> old = Files.newDirectoryStream(CASES_DIR)) {
        for (Path file : old) {
          Files.delete(file);
        }
      }
      int cases = data.consumeInt(1, 3);
      for (int i = 0; i < cases; i++) {
        write(CASES_DIR.resolve("case-" + i + ".json"), CASE.mutate(data));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> args = new ArrayList<>(List.of("portalrb", CASES_DIR.toString(), "--out",
        OUT_DIR.toString()));
    if (data.consumeBoolean()) {
      args.add("--include-undetermined");
    }
    if (data.consumeBoolean()) {
      args.add("--tahun");
      args.add(String.valueOf(data.consumeInt(2019, 2027)));
    }
    check(args, "");
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
        new PrintStream(err, true, StandardCharsets.UTF_8), java.util.Locale.forLanguageTag("id"));
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
    write(TEMPLATE_FILE, json);
  }

  private static void write(Path file, String json) {
    try {
      Files.writeString(file, json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file (or, for {@code cases} and {@code out}, a folder) in a temporary folder of its own. */
  private static Path tempFile(String name) {
    try {
      Path dir = Files.createTempDirectory("zi4j-fuzz");
      Path file = dir.resolve(name);
      if (!name.contains(".")) {
        Files.createDirectories(file);
      }
      dir.toFile().deleteOnExit();
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
