package io.github.zi4j.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zi4j.ZiParseException;
import io.github.zi4j.lke.LkeTemplates;
import io.github.zi4j.portalrb.MasterSoal;
import io.github.zi4j.regulation.Edition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Workbooks made to hurt the reader: each is a zip the JDK's own {@link ZipOutputStream} writes, with
 * one entry of the kind an attacker would write (fastexcel's writer cannot make them, which is the
 * point). Each is refused with one short line naming the entry and the limit, before the reader builds
 * what the entry asks for.
 */
@DisplayName("A hostile workbook")
class HostileWorkbookTest {

  static final LkeWorkbook WORKBOOK = LkeWorkbook.of(TestWorkbooks.layout(
      MasterSoal.from(LkeTemplates.bundled(Edition.PERMENPANRB_90_2021), 2026)));

  static final String SHEET = "xl/worksheets/sheet1.xml";

  static final String DTD = "the XML has a DTD (<!DOCTYPE ...>) or a declaration (<!D...); a"
      + " workbook has none";

  /** One more than the most characters of a token: 1 MiB and one. */
  static final int PAST_TOKEN = XmlGuard.MAX_TOKEN + 1;

  static String tooLong(String what) {
    return what + " is longer than 1048576 characters (1 MiB), the most zi4j reads";
  }

  static String sheet(String rows) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats"
        + ".org/spreadsheetml/2006/main\"><sheetData>" + rows + "</sheetData></worksheet>";
  }

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("a zip bomb: 65 MiB of zeros in 64 KiB", zip("xl/media/image1.bin",
            new byte[65 * 1024 * 1024]), "xl/media/image1.bin",
            "the workbook inflates to more than 64 MiB, the most zi4j reads (a zip bomb?)"),
        Arguments.of("a cell beyond Excel's last column", zip(SHEET, sheet(
            "<row r=\"1\"><c r=\"FXSHRXW1\"><v>1</v></c></row>")), SHEET,
            "cell FXSHRXW1 is not a cell of Excel (columns A to XFD, rows 1 to 1048576)"),
        Arguments.of("a cell beyond Excel's last row", zip(SHEET, sheet(
            "<row><c r=\"A1048577\"><v>1</v></c></row>")), SHEET,
            "cell A1048577 is not a cell of Excel (columns A to XFD, rows 1 to 1048576)"),
        Arguments.of("a row numbered beyond Excel's last", zip(SHEET, sheet(
            "<row r=\"99999999999\"></row>")), SHEET,
            "row 99999999999 is not a row of Excel (1 to 1048576)"),
        Arguments.of("a row of 16 385 cells", zip(SHEET, sheet(
            "<row r=\"1\">" + "<c/>".repeat(16_385) + "</row>")), SHEET,
            "a row has more than 16384 cells, Excel's most"),
        Arguments.of("a text of 40 000 characters", zip("xl/sharedStrings.xml",
            "<sst><si><t>" + "x".repeat(40_000) + "</t></si></sst>"), "xl/sharedStrings.xml",
            "a text is longer than 32767 characters, the most a cell of Excel holds"),
        Arguments.of("a million and one shared strings", zip("xl/sharedStrings.xml",
            "<sst>" + "<si/>".repeat(1_000_001) + "</sst>"), "xl/sharedStrings.xml",
            "the workbook has more than 1000000 shared strings"),
        Arguments.of("a DTD that defines an entity", zip(SHEET, "<?xml version=\"1.0\"?>"
            + "<!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
            + "<worksheet><sheetData><row><c><v>&b;</v></c></row></sheetData></worksheet>"), SHEET,
            DTD),
        Arguments.of("a DOCTYPE without entities", zip(SHEET, "<?xml version=\"1.0\"?>"
            + "<!DOCTYPE worksheet><worksheet/>"), SHEET, DTD),
        Arguments.of("a comment of 1 MiB and one character", zip(SHEET, sheet("<!--"
            + "x".repeat(PAST_TOKEN) + "-->")), SHEET, tooLong("a comment")),
        Arguments.of("a processing instruction of 1 MiB and one character", zip(SHEET, sheet(
            "<?pi " + "x".repeat(PAST_TOKEN) + "?>")), SHEET, tooLong("a processing instruction")),
        Arguments.of("an attribute value of 1 MiB and one character", zip(SHEET, sheet(
            "<row spans=\"" + "1".repeat(PAST_TOKEN) + "\"/>")), SHEET,
            tooLong("an attribute's value")),
        Arguments.of("a tag of 1 MiB and one character", zip(SHEET, sheet("<row"
            + " ".repeat(PAST_TOKEN) + "/>")), SHEET, tooLong("a tag with its attributes")),
        Arguments.of("a tag of 1 001 attributes", zip(SHEET, sheet("<row" + " a=\"\"".repeat(
            1_001) + "/>")), SHEET, "a tag has more than 1000 attributes"),
        Arguments.of("a CDATA section of 1 MiB and one character", zip(SHEET, sheet(
            "<![CDATA[" + "x".repeat(PAST_TOKEN) + "]]>")), SHEET, tooLong("a CDATA section")),
        Arguments.of("an element's name of 1 001 characters", zip(SHEET, sheet("<"
            + "x".repeat(1_001) + "/>")), SHEET, "a name is longer than 1000 characters"),
        Arguments.of("an attribute's name of 1 001 characters", zip(SHEET, sheet("<row "
            + "x".repeat(1_001) + "=\"1\"/>")), SHEET, "a name is longer than 1000 characters"),
        Arguments.of("elements nested 65 deep", zip(SHEET, "<a>".repeat(65) + "</a>".repeat(65)),
            SHEET, "elements nest more than 64 deep"),
        Arguments.of("a comment of 1 MiB and one character in UTF-16", zip(SHEET, ("\uFEFF<a><!--"
            + "x".repeat(PAST_TOKEN) + "--></a>").getBytes(StandardCharsets.UTF_16LE)), SHEET,
            tooLong("a comment")),
        Arguments.of("a part in UTF-32", zip(SHEET, "<a/>".getBytes(Charset.forName("UTF-32BE"))),
            SHEET, "the part is encoded neither in UTF-8 nor in UTF-16, the encodings of a"
                + " workbook"),
        Arguments.of("a part declared in EBCDIC", zip(SHEET, "<?xml version=\"1.0\" encoding=\""
            + "IBM037\"?>"), SHEET, "the XML declares the encoding IBM037; a workbook's parts are"
                + " UTF-8 or UTF-16"),
        Arguments.of("10 001 empty entries", entries(10_001), "$",
            "the workbook has more than 10000 zip entries, the most zi4j reads"),
        Arguments.of("broken XML", zip(SHEET, "<worksheet><sheetData><row>"), SHEET, null),
        Arguments.of("a zip header and nothing after", new byte[] {'P', 'K', 3, 4, 0, 0}, "$",
            null),
        Arguments.of("a zip of no workbook", zip("readme.txt", "not a workbook"), "$", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  @DisplayName("is refused in one short line naming where it fails")
  void refused(String kind, byte[] bytes, String path, String problem) {
    assertThatThrownBy(() -> WORKBOOK.read(new ByteArrayInputStream(bytes), "hostile.xlsx",
        "unit", "Unit"))
        .isInstanceOfSatisfying(ZiParseException.class, e -> {
          assertThat(e.source()).isEqualTo("hostile.xlsx");
          assertThat(e.path()).isEqualTo(path);
          if (problem != null) {
            assertThat(e.problem()).isEqualTo(problem);
          } else {
            assertThat(e.problem()).startsWith("not a readable .xlsx workbook");
          }
          assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(300);
        });
  }

  static Stream<Arguments> renamed() {
    String bin = "xl/worksheets/sheet1.bin";
    String dot = "xl/worksheets/sheet1.xml.";
    String upper = "xl/worksheets/SHEET1.XML";
    return Stream.of(
        Arguments.of("a far cell in a sheet part named sheet1.bin", HandBuiltWorkbook.of()
            .renamed(HandBuiltWorkbook.PENGUNGKIT, bin).with(bin, HandBuiltWorkbook.sheet(
                "<row r=\"1\"><c r=\"FXSHRXW1\"><v>1</v></c></row>")), bin,
            "cell FXSHRXW1 is not a cell of Excel (columns A to XFD, rows 1 to 1048576)"),
        Arguments.of("a row of 16 385 cells in a sheet part named sheet1.xml.", HandBuiltWorkbook
            .of().renamed(HandBuiltWorkbook.PENGUNGKIT, dot).with(dot, HandBuiltWorkbook.sheet(
                "<row r=\"1\">" + "<c/>".repeat(16_385) + "</row>")), dot,
            "a row has more than 16384 cells, Excel's most"),
        Arguments.of("a text of 40 000 characters in a sheet part its relationship names in upper"
            + " case", HandBuiltWorkbook.of().replacing("worksheets/sheet1.xml", "WORKSHEETS/"
            + "SHEET1.XML").without(HandBuiltWorkbook.PENGUNGKIT).with(upper, HandBuiltWorkbook
            .sheet("<row r=\"8\"><c r=\"F8\" t=\"inlineStr\"><is><t>" + "x".repeat(40_000)
            + "</t></is></c></row>")), upper,
            "a text is longer than 32767 characters, the most a cell of Excel holds"),
        Arguments.of("a 1 MiB comment in the shared strings named sharedStrings.bin",
            HandBuiltWorkbook.of().renamed(HandBuiltWorkbook.SHARED_STRINGS, "xl/sharedStrings.bin")
            .with("xl/sharedStrings.bin", "<sst><!--" + "x".repeat(PAST_TOKEN) + "--></sst>"),
            "xl/sharedStrings.bin", tooLong("a comment")),
        Arguments.of("a DTD in the workbook part named workbook.bin", HandBuiltWorkbook.of()
            .renamed(HandBuiltWorkbook.WORKBOOK, "xl/workbook.bin")
            .renamed(HandBuiltWorkbook.RELS, "xl/_rels/workbook.bin.rels")
            .with("xl/workbook.bin", "<!DOCTYPE workbook><workbook/>"), "xl/workbook.bin", DTD),
        Arguments.of("a sheet part that is not XML at all (a vbaProject.bin)", HandBuiltWorkbook
            .of().renamed(HandBuiltWorkbook.PENGUNGKIT, bin).with(bin, "\u00d0\u00cf\u0011"),
            bin, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renamed")
  @DisplayName("is refused whatever its parts are named, when the relationships name them")
  void renamedParts(String kind, HandBuiltWorkbook workbook, String path, String problem) {
    assertThatThrownBy(() -> WORKBOOK.read(workbook.stream(), "hostile.xlsx", "unit", "Unit"))
        .isInstanceOfSatisfying(ZiParseException.class, e -> {
          assertThat(e.path()).isEqualTo(path);
          if (problem != null) {
            assertThat(e.problem()).isEqualTo(problem);
          } else {
            assertThat(e.problem()).startsWith("not a readable .xlsx workbook, its XML is broken");
          }
        });
  }

  static Stream<Arguments> externalEntities() {
    return Stream.of(
        Arguments.of("a file", "<!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"),
        Arguments.of("a parameter entity", "<!DOCTYPE w [<!ENTITY % p SYSTEM \"http://127.0.0.1:1/"
            + "p.dtd\"> %p;]>"),
        Arguments.of("an external DTD", "<!DOCTYPE w SYSTEM \"http://127.0.0.1:1/w.dtd\">"),
        Arguments.of("/dev/zero", "<!DOCTYPE w [<!ENTITY x SYSTEM \"file:///dev/zero\">]>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("externalEntities")
  @DisplayName("never reads an external entity: the DTD that would declare it is refused first")
  void externalEntity(String kind, String doctype) {
    byte[] bytes = HandBuiltWorkbook.of().with(HandBuiltWorkbook.PENGUNGKIT,
        "<?xml version=\"1.0\"?>" + doctype + "<worksheet><sheetData><row r=\"8\"><c r=\"F8\""
        + " t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>").bytes();
    assertThatThrownBy(() -> WORKBOOK.read(new ByteArrayInputStream(bytes), "xxe.xlsx", "unit",
        "Unit")).isInstanceOfSatisfying(ZiParseException.class, e -> {
          assertThat(e.path()).isEqualTo(HandBuiltWorkbook.PENGUNGKIT);
          assertThat(e.problem()).isEqualTo(DTD);
        });
  }

  @org.junit.jupiter.api.Test
  @DisplayName("is refused in words, without the Java class names the zip and XML readers put in")
  void noClassNames() {
    // what the JDK's StAX parser says of a damaged deflate stream (found by fuzzing)
    assertThat(PackageLimits.message(new IOException(
        "java.util.zip.ZipException: invalid distance too far back")))
        .isEqualTo("invalid distance too far back");
    assertThat(PackageLimits.message(new IOException(
        "org.dhatim.fastexcel.reader.ExcelReaderException: java.lang.NumberFormatException: x")))
        .isEqualTo("x");
    assertThat(PackageLimits.message(new IOException((String) null)))
        .isEqualTo("the file is damaged");
  }

  /** A zip of {@code count} empty entries. */
  static byte[] entries(int count) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < count; i++) {
        zip.putNextEntry(new ZipEntry("e" + i));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static byte[] zip(String name, String text) {
    return zip(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** A zip of two entries. */
  static byte[] zip2(String name, byte[] content, String name2, byte[] content2) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry(name2));
      zip.write(content2);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static byte[] zip(String name, byte[] content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
