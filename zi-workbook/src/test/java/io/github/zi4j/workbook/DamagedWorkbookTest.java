package io.github.zi4j.workbook;

import static io.github.zi4j.workbook.HandBuiltWorkbook.HASIL;
import static io.github.zi4j.workbook.HandBuiltWorkbook.PENGUNGKIT;
import static io.github.zi4j.workbook.HandBuiltWorkbook.RELS;
import static io.github.zi4j.workbook.HandBuiltWorkbook.ROW_8;
import static io.github.zi4j.workbook.HandBuiltWorkbook.SHARED_STRINGS;
import static io.github.zi4j.workbook.HandBuiltWorkbook.WORKBOOK;
import static io.github.zi4j.workbook.HandBuiltWorkbook.relationship;
import static io.github.zi4j.workbook.HandBuiltWorkbook.rels;
import static io.github.zi4j.workbook.HandBuiltWorkbook.sheet;
import static io.github.zi4j.workbook.HandBuiltWorkbook.workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zi4j.ZiParseException;
import io.github.zi4j.portalrb.JawabanSoal;
import io.github.zi4j.portalrb.JawabanUnit;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A workbook whose structure is damaged is refused, naming the part and the cell, instead of being
 * read as blank answers that {@code jawaban} would send to PortalRB as {@code null}. Each starts from
 * the smallest whole workbook ({@link HandBuiltWorkbook}), which reads as soal 1 answered "Ya", and
 * damages one thing.
 */
@DisplayName("A damaged workbook")
class DamagedWorkbookTest {

  static final LkeWorkbook READER = HostileWorkbookTest.WORKBOOK;

  static JawabanUnit read(HandBuiltWorkbook workbook) {
    return READER.read(workbook.stream(), "rusak.xlsx", "unit", "Unit");
  }

  static Optional<String> soal1(JawabanUnit jawaban) {
    return jawaban.answers().stream().filter(a -> a.soalId() == 1).findFirst()
        .flatMap(JawabanSoal::jawabanUnit);
  }

  @Test
  @DisplayName("is damaged from a whole one: the whole one reads as soal 1 answered \"Ya\"")
  void wholeOneReads() {
    assertThat(soal1(read(HandBuiltWorkbook.of()))).contains("Ya");
    // rows and cells without r, in order, are read where fastexcel puts them: the 8th row, 6th cell
    assertThat(soal1(read(HandBuiltWorkbook.of().with(PENGUNGKIT, sheet(
        "<row/>".repeat(7) + "<row><c/><c/><c/><c/><c/><c t=\"s\"><v>1</v></c></row>")))))
        .contains("Tidak");
  }

  static Stream<Arguments> damaged() {
    return Stream.of(
        Arguments.of("no shared strings part, though F8 names shared string 0",
            HandBuiltWorkbook.of().without(SHARED_STRINGS).replacing("<Override PartName=\"/"
                + SHARED_STRINGS, "<Override PartName=\"/gone"), PENGUNGKIT,
            "cell F8 of sheet Pengungkit names the shared string 0, but the workbook has no shared"
                + " strings part"),
        Arguments.of("a shared string beyond the two the workbook has",
            HandBuiltWorkbook.of().replacing("<v>0</v>", "<v>2</v>"), PENGUNGKIT,
            "cell F8 of sheet Pengungkit names the shared string 2, but xl/sharedStrings.xml has 2"
                + " (0 to 1)"),
        Arguments.of("a shared string numbered -1",
            HandBuiltWorkbook.of().replacing("<v>0</v>", "<v>-1</v>"), PENGUNGKIT,
            "cell F8 of sheet Pengungkit names the shared string -1, which is not a number"),
        Arguments.of("a shared string numbered in Arabic-Indic digits",
            HandBuiltWorkbook.of().replacing("<v>0</v>", "<v>\u0660</v>"), PENGUNGKIT,
            "cell F8 of sheet Pengungkit names the shared string \u0660, which is not a number"),
        Arguments.of("a stray row 500 before the rows read",
            HandBuiltWorkbook.of().with(PENGUNGKIT, sheet("<row r=\"500\"/>" + ROW_8)), PENGUNGKIT,
            "row 8 of sheet Pengungkit comes after row 500; the rows of a worksheet must be in"
                + " order"),
        Arguments.of("row 8 twice",
            HandBuiltWorkbook.of().with(PENGUNGKIT, sheet(ROW_8 + ROW_8)), PENGUNGKIT,
            "row 8 of sheet Pengungkit comes after row 8; the rows of a worksheet must be in"
                + " order"),
        Arguments.of("a row without r after row 8, which fastexcel would number 2",
            HandBuiltWorkbook.of().with(PENGUNGKIT, sheet(ROW_8 + "<row/>")), PENGUNGKIT,
            "row 2 (the 2nd, without r) of sheet Pengungkit comes after row 8; the rows of a"
                + " worksheet must be in order"),
        Arguments.of("a row inside a row",
            HandBuiltWorkbook.of().with(PENGUNGKIT, sheet("<row r=\"7\"><row r=\"8\"/></row>")),
            PENGUNGKIT, "a row lies inside row 7 of sheet Pengungkit"),
        Arguments.of("cell F9 inside row 8",
            HandBuiltWorkbook.of().replacing("r=\"F8\"", "r=\"F9\""), PENGUNGKIT,
            "cell F9 of sheet Pengungkit lies in row 8"),
        Arguments.of("cell B8 after F8",
            HandBuiltWorkbook.of().replacing("</c></row>", "</c><c r=\"B8\"/></row>"), PENGUNGKIT,
            "cell B8 of sheet Pengungkit comes after F8; the cells of a row must be in order"),
        Arguments.of("a cell inside a cell",
            HandBuiltWorkbook.of().replacing("<v>0</v>", "<c r=\"G8\"/><v>0</v>"), PENGUNGKIT,
            "a cell lies inside cell F8 of sheet Pengungkit"),
        Arguments.of("a shared string inside another",
            HandBuiltWorkbook.of().replacing("<si><t>Ya</t></si>", "<si><si><t>Ya</t></si></si>"),
            SHARED_STRINGS, "a shared string (<si>) lies inside another"),
        Arguments.of("two sheets named Pengungkit, the first empty",
            HandBuiltWorkbook.of().with(WORKBOOK, workbook(
                "<sheet name=\"Pengungkit\" sheetId=\"2\" r:id=\"rId4\"/>"
                + "<sheet name=\"Pengungkit\" sheetId=\"1\" r:id=\"rId3\"/>")), WORKBOOK,
            "two sheets are named Pengungkit; Excel tells sheets apart by name, in upper or lower"
                + " case alike"),
        Arguments.of("sheets named Pengungkit and PENGUNGKIT",
            HandBuiltWorkbook.of().replacing("name=\"Hasil\"", "name=\"PENGUNGKIT\""), WORKBOOK,
            "two sheets are named Pengungkit and PENGUNGKIT; Excel tells sheets apart by name, in"
                + " upper or lower case alike"),
        Arguments.of("a sheet without a name",
            HandBuiltWorkbook.of().replacing("name=\"Hasil\" ", ""), WORKBOOK,
            "a sheet has no name"),
        Arguments.of("two relationships with one Id",
            HandBuiltWorkbook.of().replacing("Id=\"rId2\"", "Id=\"rId1\""), RELS,
            "two relationships have the Id rId1"),
        Arguments.of("a relationship without a Target",
            HandBuiltWorkbook.of().replacing("Target=\"styles.xml\"", ""), RELS,
            "the relationship rId2 has no Target"),
        Arguments.of("the sheet Pengungkit's relationship pointing at the styles",
            HandBuiltWorkbook.of().replacing("worksheets/sheet1.xml\"", "styles.xml\""),
            "'Pengungkit'", "the sheet's part xl/styles.xml is not a worksheet: it holds"
                + " <styleSheet>"),
        Arguments.of("the sheet Pengungkit's relationship pointing at the shared strings",
            HandBuiltWorkbook.of().replacing("worksheets/sheet1.xml\"", "sharedStrings.xml\""),
            "'Pengungkit'", "the sheet's part xl/sharedStrings.xml is not a worksheet: it holds"
                + " <sst>"),
        Arguments.of("the sheet Pengungkit stored as a chart sheet",
            HandBuiltWorkbook.of().with(RELS, rels(relationship("rId3", "chartsheet",
                "worksheets/sheet1.xml") + relationship("rId4", "worksheet",
                "worksheets/sheet2.xml"))), "'Pengungkit'",
            "the sheet is not a worksheet: its relationship is of the type http://schemas."
                + "openxmlformats.org/officeDocument/2006/relationships/chartsheet"),
        Arguments.of("the sheet Pengungkit without its relationship",
            HandBuiltWorkbook.of().replacing("r:id=\"rId3\"", "r:id=\"rId9\""), "'Pengungkit'",
            "the workbook names no part for this sheet (its relationship rId9 is not in"
                + " /xl/_rels/workbook.xml.rels)"),
        Arguments.of("the sheet Pengungkit's part missing",
            HandBuiltWorkbook.of().without(PENGUNGKIT), "'Pengungkit'",
            "the sheet's part /xl/worksheets/sheet1.xml is not in the workbook"),
        Arguments.of("two entries whose names differ only in case",
            HandBuiltWorkbook.of().with("XL/WORKSHEETS/SHEET1.XML", sheet("")),
            "XL/WORKSHEETS/SHEET1.XML", "two entries have this name (in upper or lower case); a"
                + " workbook's part names differ in more than case"),
        Arguments.of("two parts of the workbook's type",
            HandBuiltWorkbook.of().replacing("<Override PartName=\"/" + HASIL
                + "\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
                + "worksheet+xml\"/>", "<Override PartName=\"/" + HASIL + "\" ContentType=\""
                + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"),
            "[Content_Types].xml", "two parts have the type application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sheet.main+xml: /xl/workbook.xml and"
                + " /xl/worksheets/sheet2.xml"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damaged")
  @DisplayName("is refused, naming the part or the sheet and what is damaged, never read as blanks")
  void refused(String kind, HandBuiltWorkbook workbook, String path, String problem) {
    assertThatThrownBy(() -> read(workbook))
        .isInstanceOfSatisfying(ZiParseException.class, e -> {
          assertThat(e.source()).isEqualTo("rusak.xlsx");
          assertThat(e.path()).isEqualTo(path);
          assertThat(e.problem()).isEqualTo(problem);
          assertThat(e.getMessage()).doesNotContain("\n");
        });
  }

  @Nested
  @DisplayName("still reads when the damage is outside what the reader relies on")
  class Tolerated {

    @Test
    @DisplayName("an empty shared-string cell is no answer, with or without shared strings")
    void emptySharedString() {
      assertThat(soal1(read(HandBuiltWorkbook.of().replacing("<v>0</v>", "<v></v>")))).isEmpty();
      assertThat(soal1(read(HandBuiltWorkbook.of().without(SHARED_STRINGS)
          .replacing("<v>0</v>", "<v/>")))).isEmpty();
    }

    @Test
    @DisplayName("a chart sheet the master soal does not name is left alone")
    void chartSheetNotRead() {
      assertThat(soal1(read(HandBuiltWorkbook.of().with(WORKBOOK, workbook(
          "<sheet name=\"Pengungkit\" sheetId=\"1\" r:id=\"rId3\"/>"
          + "<sheet name=\"Hasil\" sheetId=\"2\" r:id=\"rId4\"/>"
          + "<sheet name=\"Grafik\" sheetId=\"3\" r:id=\"rId5\"/>"))
          .with(RELS, HandBuiltWorkbook.of().part(RELS).replace("</Relationships>",
              relationship("rId5", "chartsheet", "chartsheets/sheet1.xml") + "</Relationships>"))
          .with("xl/chartsheets/sheet1.xml", "<chartsheet xmlns=\"" + HandBuiltWorkbook.MAIN
              + "\"/>")))).contains("Ya");
    }
  }

  @Nested
  @DisplayName("saved with a password")
  class Encrypted {

    /**
     * An OLE2 compound file's header and one directory sector, as Excel writes an encrypted {@code
     * .xlsx} ([MS-OFFCRYPTO] 2.3.4: the streams {@code EncryptionInfo} and {@code
     * EncryptedPackage}); {@code streams} are the directory's names after the root.
     */
    static byte[] compoundFile(String... streams) {
      byte[] bytes = new byte[512 + 128 * (streams.length + 1)];
      byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
          (byte) 0xE1};
      System.arraycopy(magic, 0, bytes, 0, magic.length);
      entry(bytes, 512, "Root Entry", 5);
      for (int i = 0; i < streams.length; i++) {
        entry(bytes, 512 + 128 * (i + 1), streams[i], 2);
      }
      return bytes;
    }

    private static void entry(byte[] bytes, int at, String name, int type) {
      byte[] utf16 = name.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
      System.arraycopy(utf16, 0, bytes, at, utf16.length);
      bytes[at + 64] = (byte) (utf16.length + 2);
      bytes[at + 66] = (byte) type;
    }

    @Test
    @DisplayName("is refused with a word to save it without the password, not called an .xls")
    void encrypted() {
      byte[] bytes = compoundFile("\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage");
      assertThatThrownBy(() -> READER.read(new ByteArrayInputStream(bytes), "sandi.xlsx", "u",
          "U")).isInstanceOfSatisfying(ZiParseException.class, e -> {
            assertThat(e.path()).isEqualTo("$");
            assertThat(e.problem()).isEqualTo("a password-protected (encrypted) workbook; open it"
                + " in Excel, remove the password (File > Info > Protect Workbook > Encrypt with"
                + " Password) and save it, to read it");
          });
    }

    @Test
    @DisplayName("is told from an Excel 97-2003 file, which has neither stream")
    void xls() {
      for (byte[] bytes : new byte[][] {compoundFile("Workbook", "\u0005SummaryInformation"),
          compoundFile("EncryptedPackage"), compoundFile("EncryptionInfo")}) {
        assertThatThrownBy(() -> READER.read(new ByteArrayInputStream(bytes), "lama.xls", "u",
            "U")).isInstanceOfSatisfying(ZiParseException.class, e -> assertThat(e.problem())
                .isEqualTo("an Excel 97-2003 (.xls) workbook; save it as .xlsx (Excel Workbook)"
                    + " to read it"));
      }
    }
  }
}
