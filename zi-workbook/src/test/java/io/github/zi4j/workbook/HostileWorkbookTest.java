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
            null),
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
