package io.github.zi4j.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zi4j.ZiParseException;
import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.LkeScorer;
import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.LkeTemplates;
import io.github.zi4j.lke.MissingAnswers;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.portalrb.JawabanSoal;
import io.github.zi4j.portalrb.JawabanUnit;
import io.github.zi4j.portalrb.MasterSoal;
import io.github.zi4j.portalrb.Soal;
import io.github.zi4j.regulation.Edition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("An LKE workbook read at the cells of PortalRB's master soal")
class LkeWorkbookTest {

  static final LkeTemplate TEMPLATE = LkeTemplates.bundled(Edition.PERMENPANRB_90_2021);

  /** The bundled template's master soal, laid out as TestWorkbooks' example: Pengungkit!F8 is soal 1. */
  static final MasterSoal MASTER = TestWorkbooks.layout(MasterSoal.from(TEMPLATE, 2026));

  static final LkeWorkbook WORKBOOK = LkeWorkbook.of(MASTER);

  static final String UNIT_ID = "dpmptsp-kabupaten-pesawaran";
  static final String NAMA = "DPMPTSP Kabupaten Pesawaran";

  @TempDir
  Path dir;

  /**
   * An answer to every soal, of every kind: Ya/Tidak by the soal's parity, letters in turn, counts 5
   * to 8 (never a whole of 0), the surveys 3.71 (unit) and 3.5 (TPI); a note and a link on every
   * tenth soal, a TPI note on every seventh.
   */
  static JawabanUnit mixed() {
    List<JawabanSoal> answers = new ArrayList<>();
    for (Soal soal : MASTER.soals().values()) {
      int id = soal.id();
      String unit;
      String tpi;
      switch (soal.jenisJawaban()) {
        case YA_TIDAK -> {
          unit = id % 2 == 0 ? "Ya" : "Tidak";
          tpi = "Tidak";
        }
        case ABC -> {
          unit = String.valueOf("ABC".charAt(id % 3));
          tpi = "C";
        }
        case ABCD -> {
          unit = String.valueOf("ABCD".charAt(id % 4));
          tpi = "D";
        }
        case ABCDE -> {
          unit = String.valueOf("ABCDE".charAt(id % 5));
          tpi = "E";
        }
        case JUMLAH -> {
          unit = String.valueOf(5 + id % 4);
          tpi = "5";
        }
        default -> {
          unit = "3.71";
          tpi = "3.5";
        }
      }
      answers.add(new JawabanSoal(id, Optional.of(unit), Optional.of(tpi),
          id % 10 == 0 ? Optional.of("Lihat SK Kepala Dinas nomor " + id) : Optional.empty(),
          id % 10 == 0 ? Optional.of("https://contoh.go.id/bukti/" + id) : Optional.empty(),
          id % 7 == 0 ? Optional.of("Bukti belum lengkap") : Optional.empty()));
    }
    return new JawabanUnit(UNIT_ID, NAMA, 2026, answers);
  }

  /** {@code jawaban} with soal {@code soalId}'s unit answer replaced. */
  static JawabanUnit withUnitAnswer(JawabanUnit jawaban, int soalId, String answer) {
    return new JawabanUnit(jawaban.unitId(), jawaban.namaUnit(), jawaban.tahun(),
        jawaban.answers().stream().map(a -> a.soalId() == soalId
            ? a.withJawaban(Optional.of(answer), a.jawabanTpi()) : a).toList());
  }

  /** {@code soal} at {@code sheet!column row}, its unit's answer only. */
  static Soal at(Soal soal, String sheet, int row, String column) {
    return new Soal(soal.id(), soal.teksPertanyaan(), soal.kriteriaNilai(),
        soal.jenisJawaban(), soal.bobotMaksimal(), soal.skemaPenilaian(), Optional.of(sheet),
        Optional.of(row), Optional.of(column), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  Path write(JawabanUnit jawaban) {
    return TestWorkbooks.write(dir.resolve("lke.xlsx"), MASTER, jawaban);
  }

  @Nested
  @DisplayName("a workbook with an answer in every cell")
  class Answers {

    @Test
    @DisplayName("reads back as the same PortalRB answers, with the notes, the evidence and the TPI's")
    void roundTrip() {
      JawabanUnit jawaban = mixed();

      JawabanUnit read = WORKBOOK.read(write(jawaban), UNIT_ID, NAMA);

      assertThat(read).isEqualTo(jawaban);
      assertThat(read.answers()).hasSize(127);
      assertThat(read.answers().get(9)).isEqualTo(new JawabanSoal(10, Optional.of("B"),
          Optional.of("C"), Optional.of("Lihat SK Kepala Dinas nomor 10"),
          Optional.of("https://contoh.go.id/bukti/10"), Optional.empty()));
    }

    @Test
    @DisplayName("gives the worksheet and the score its PortalRB answers give")
    void sameScore() {
      JawabanUnit jawaban = mixed();
      Worksheet expected = jawaban.toWorksheet();

      Worksheet read = WORKBOOK.read(write(jawaban), UNIT_ID, NAMA).toWorksheet();

      assertThat(read).isEqualTo(expected);
      for (Role role : Role.values()) {
        assertThat(LkeScorer.of(TEMPLATE).score(read, role).total())
            .isEqualTo(LkeScorer.of(TEMPLATE).score(expected, role).total()).isPresent();
      }
    }

    @Test
    @DisplayName("at their best (Ya, A, every count 0 so every percentage 1, surveys 4) score 100")
    void bestScores100() {
      List<JawabanSoal> best = new ArrayList<>();
      for (Soal soal : MASTER.soals().values()) {
        String answer = switch (soal.jenisJawaban()) {
          case YA_TIDAK -> "Ya";
          case JUMLAH -> "0";
          case SKALA_0_4 -> "4";
          default -> "A";
        };
        best.add(JawabanSoal.of(soal.id(), answer, null));
      }

      Worksheet worksheet = WORKBOOK.read(write(new JawabanUnit(UNIT_ID, NAMA, 2026, best)),
          UNIT_ID, NAMA).toWorksheet();

      assertThat(LkeScorer.of(TEMPLATE).score(worksheet, Role.SELF).total())
          .hasValueSatisfying(total -> assertThat(total).isEqualByComparingTo("100"));
    }

    @Test
    @DisplayName("take tahun from the master soal and the unit's id and name from the caller")
    void unitFromCaller() {
      JawabanUnit read = WORKBOOK.read(write(mixed()), "unit-42", "Puskesmas Contoh");

      assertThat(read.unitId()).isEqualTo("unit-42");
      assertThat(read.namaUnit()).isEqualTo("Puskesmas Contoh");
      assertThat(read.tahun()).isEqualTo(2026);
      assertThat(read.toWorksheet().unit()).contains("Puskesmas Contoh");
    }
  }

  @Nested
  @DisplayName("a cell")
  class Cells {

    JawabanUnit readWith(int row, int column, Object value) {
      Path path = TestWorkbooks.write(dir.resolve("cell.xlsx"), MASTER,
          new JawabanUnit(UNIT_ID, NAMA, 2026, List.of()), sheets -> {
            if (value instanceof String) {
              sheets.text(TestWorkbooks.HASIL, row, column, (String) value);
            } else if (value instanceof Number) {
              sheets.number(TestWorkbooks.HASIL, row, column, (Number) value);
            } else {
              sheets.bool(TestWorkbooks.HASIL, row, column, (Boolean) value);
            }
          });
      return WORKBOOK.read(path, UNIT_ID, NAMA);
    }

    /** Hasil!F8 is soal 125, IPAK on 0-4; Hasil!F9 soal 126, capaian kinerja A-E (from 0: 7, 5). */
    static final int IPAK_ROW = 7;
    static final int F = 5;

    @Test
    @DisplayName("holding a double's tail (3.7100000000000004) is read at Excel's 15 digits, 3.71")
    void doubleTail() {
      JawabanUnit read = readWith(IPAK_ROW, F, 3.7100000000000004);

      assertThat(read.answers().get(124).jawabanUnit()).contains("3.71");
      assertThat(read.toWorksheet().answersOf(Role.SELF))
          .containsEntry("S125", Answer.number("3.71"));
    }

    @Test
    @DisplayName("holding a number as text (\"3.5\") is read as that text")
    void numberAsText() {
      assertThat(readWith(IPAK_ROW, F, "3.5").answers().get(124).jawabanUnit()).contains("3.5");
    }

    @Test
    @DisplayName("that is blank, or holds only spaces, is no answer")
    void blank() {
      assertThat(readWith(IPAK_ROW, F, "   ").answers().get(124).jawabanUnit()).isEmpty();
      assertThat(WORKBOOK.read(write(new JawabanUnit(UNIT_ID, NAMA, 2026, List.of())), UNIT_ID,
          NAMA).answers()).hasSize(127).allSatisfy(a -> assertThat(a.jawabanUnit()).isEmpty());
    }

    @Test
    @DisplayName("holding TRUE or FALSE is refused at the cell: Ya or Tidak is written as text")
    void booleanRefused() {
      assertThatThrownBy(() -> readWith(IPAK_ROW, F, Boolean.TRUE))
          .isInstanceOfSatisfying(ZiParseException.class, e -> {
            assertThat(e.path()).isEqualTo("'Hasil'!F8");
            assertThat(e.problem()).isEqualTo("a TRUE or FALSE value; write Ya or Tidak");
          });
    }

    @Test
    @DisplayName("holding a formula whose result was never saved is refused at the cell")
    void formulaWithoutResult() {
      Path path = TestWorkbooks.write(dir.resolve("formula.xlsx"), MASTER,
          new JawabanUnit(UNIT_ID, NAMA, 2026, List.of()),
          sheets -> sheets.formula(TestWorkbooks.HASIL, IPAK_ROW, F, "1+2"));

      assertThatThrownBy(() -> WORKBOOK.read(path, UNIT_ID, NAMA))
          .isInstanceOfSatisfying(ZiParseException.class, e -> {
            assertThat(e.path()).isEqualTo("'Hasil'!F8");
            assertThat(e.problem()).startsWith("a formula whose result the workbook did not save");
          });
    }

    @Test
    @DisplayName("whose answer its soal does not take is refused at the cell, naming the soal_id")
    void wrongAnswer() {
      // soal 2 (A/B/C) is the second soal of the Pengungkit sheet: row 9
      Path path = write(withUnitAnswer(mixed(), 2, "Mungkin"));

      assertThatThrownBy(() -> WORKBOOK.read(path, UNIT_ID, NAMA))
          .isInstanceOfSatisfying(ZiParseException.class, e -> {
            assertThat(e.source()).isEqualTo(path.toString());
            assertThat(e.path()).isEqualTo("'Pengungkit'!F9");
            assertThat(e.problem()).isEqualTo(
                "jawaban_unit of soal_id 2 must be one of [A, B, C], but was \"Mungkin\"");
          });
    }

    @Test
    @DisplayName("of the TPI whose answer does not fit is refused at the TPI's column")
    void wrongTpiAnswer() {
      // soal 88 is a count: row 8 + 87 on the Pengungkit sheet; a negative count is no count
      JawabanUnit jawaban = mixed();
      JawabanUnit bad = new JawabanUnit(UNIT_ID, NAMA, 2026, jawaban.answers().stream()
          .map(a -> a.soalId() == 88 ? a.withJawaban(a.jawabanUnit(), Optional.of("-3")) : a)
          .toList());

      assertThatThrownBy(() -> WORKBOOK.read(write(bad), UNIT_ID, NAMA))
          .isInstanceOfSatisfying(ZiParseException.class, e -> {
            assertThat(e.path()).isEqualTo("'Pengungkit'!I95");
            assertThat(e.problem()).startsWith("jawaban_tpi of soal_id 88 must be")
                .endsWith("but was \"-3\"");
          });
    }

    @Test
    @DisplayName("holding a number beyond the limits is refused at the cell before any arithmetic")
    void hugeNumber() {
      assertThatThrownBy(() -> readWith(IPAK_ROW, F, new BigDecimal("1e-400")))
          .isInstanceOfSatisfying(ZiParseException.class, e -> {
            assertThat(e.path()).isEqualTo("'Hasil'!F8");
            assertThat(e.problem()).startsWith("a number must lie within ±10^9");
          });
    }
  }

  @Nested
  @DisplayName("a workbook that is not what the master soal describes")
  class WrongWorkbook {

    @Test
    @DisplayName("without a sheet the master soal names is refused, naming the sheets it has")
    void missingSheet() {
      MasterSoal other = MASTER.withSoal(127, Optional.of(at(MASTER.soals().get(127), "Survei", 8,
          "F")));
      Path path = TestWorkbooks.write(dir.resolve("lke.xlsx"), MASTER, mixed());

      assertThatThrownBy(() -> LkeWorkbook.of(other).read(path, UNIT_ID, NAMA))
          .isInstanceOfSatisfying(ZiParseException.class, e -> {
            assertThat(e.path()).isEqualTo("'Survei'");
            assertThat(e.problem()).isEqualTo("the master soal names the sheet \"Survei\", which"
                + " the workbook lacks; it has [Pengungkit, Hasil]");
          });
    }

    @Test
    @DisplayName("that is not an .xlsx at all is refused in one sentence")
    void notAZip() {
      assertThatThrownBy(() -> WORKBOOK.read(new ByteArrayInputStream(
          "soal_id,jawaban\n1,Ya\n".getBytes()), "lke.csv", UNIT_ID, NAMA))
          .isInstanceOfSatisfying(ZiParseException.class, e -> assertThat(e.getMessage())
              .isEqualTo("lke.csv: $: not an .xlsx workbook (an .xlsx is a zip file, and this one"
                  + " does not start as one)"));
    }

    @Test
    @DisplayName("in Excel 97-2003's .xls format is refused with a word to save it as .xlsx")
    void xls() {
      byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
          (byte) 0xE1};
      assertThatThrownBy(() -> WORKBOOK.read(new ByteArrayInputStream(ole2), "lke.xls", UNIT_ID,
          NAMA)).hasMessage("lke.xls: $: an Excel 97-2003 (.xls) workbook; save it as .xlsx (Excel"
          + " Workbook) to read it");
    }

    @Test
    @DisplayName("of more than 16 MiB is refused before it is read")
    void tooLarge() throws IOException {
      Path big = dir.resolve("big.xlsx");
      Files.write(big, new byte[(int) LkeWorkbook.MAX_FILE_SIZE + 1]);

      assertThatThrownBy(() -> WORKBOOK.read(big, UNIT_ID, NAMA))
          .hasMessage(big + ": $: the file has 16777217 bytes, more than the 16777216 (16 MiB)"
              + " zi4j reads");
    }

    @Test
    @DisplayName("that does not exist is refused, naming the file")
    void missingFile() {
      Path none = dir.resolve("none.xlsx");

      assertThatThrownBy(() -> WORKBOOK.read(none, UNIT_ID, NAMA))
          .isInstanceOfSatisfying(ZiParseException.class, e -> {
            assertThat(e.source()).isEqualTo(none.toString());
            assertThat(e.problem()).startsWith("cannot read the file");
          });
    }
  }

  @Nested
  @DisplayName("a master soal")
  class Layout {

    @Test
    @DisplayName("without workbook positions (as MasterSoal.from builds it) cannot drive a reader")
    void noPositions() {
      assertThatThrownBy(() -> LkeWorkbook.of(MasterSoal.from(TEMPLATE, 2026)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("soal 1 must give excel_sheet to be read from a workbook, but has none (a"
              + " master soal built by MasterSoal.from has no workbook positions)");
    }

    @Test
    @DisplayName("with a column that is not Excel's (J1, XFE) is refused, naming the soal and field")
    void badColumn() {
      assertThatThrownBy(() -> LkeWorkbook.of(MASTER.withSoal(3, Optional.of(at(
          MASTER.soals().get(3), "Pengungkit", 10, "J1")))))
          .hasMessage("excel_kolom_jawaban_unit of soal 3 must be a column from A to XFD, but was"
              + " \"J1\"");
      assertThatThrownBy(() -> LkeWorkbook.of(MASTER.withSoal(3, Optional.of(at(
          MASTER.soals().get(3), "Pengungkit", 10, "XFE")))))
          .hasMessageContaining("but was \"XFE\"");
    }

    @Test
    @DisplayName("with a row outside 1 to 1 048 576 is refused")
    void badRow() {
      assertThatThrownBy(() -> LkeWorkbook.of(MASTER.withSoal(3, Optional.of(at(
          MASTER.soals().get(3), "Pengungkit", 0, "F")))))
          .hasMessage("excel_baris of soal 3 must be a row from 1 to 1048576, but was 0");
    }

    @Test
    @DisplayName("that puts two answers in one cell is refused, naming both")
    void sharedCell() {
      // soal 1 is at Pengungkit!F8
      assertThatThrownBy(() -> LkeWorkbook.of(MASTER.withSoal(3, Optional.of(at(
          MASTER.soals().get(3), "Pengungkit", 8, "F")))))
          .hasMessage("each answer and note must have a cell of its own, but soal 1 jawaban_unit"
              + " and soal 3 jawaban_unit are both at 'Pengungkit'!F8");
    }

    @Test
    @DisplayName("naming only the unit's answer column reads only the unit's answers")
    void unitColumnOnly() {
      MasterSoal unitOnly = MASTER;
      for (Soal soal : MASTER.soals().values()) {
        unitOnly = unitOnly.withSoal(soal.id(), Optional.of(at(soal, soal.excelSheet()
            .orElseThrow(), soal.excelBaris().orElseThrow(), "F")));
      }

      JawabanUnit read = LkeWorkbook.of(unitOnly).read(write(mixed()), UNIT_ID, NAMA);

      assertThat(read.answers()).allSatisfy(a -> {
        assertThat(a.jawabanUnit()).isPresent();
        assertThat(a.jawabanTpi()).isEmpty();
        assertThat(a.catatanUnit()).isEmpty();
      });
    }
  }

  @Test
  @DisplayName("refuses a blank unit id before reading")
  void blankUnitId() {
    assertThatThrownBy(() -> WORKBOOK.read(dir.resolve("any.xlsx"), " ", NAMA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit_id must not be blank, but was \" \"");
  }

  @Test
  @DisplayName("one reader reads workbooks from many threads at once, each as it reads alone")
  void threadSafe() throws Exception {
    JawabanUnit jawaban = mixed();
    Path path = write(jawaban);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<JawabanUnit>> reads = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        reads.add(pool.submit(() -> WORKBOOK.read(path, UNIT_ID, NAMA)));
      }
      for (Future<JawabanUnit> read : reads) {
        assertThat(read.get()).isEqualTo(jawaban);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  @DisplayName("scores an incomplete workbook as the scorer scores missing answers")
  void incomplete() {
    JawabanUnit jawaban = new JawabanUnit(UNIT_ID, NAMA, 2026, mixed().answers().subList(0, 10));

    Worksheet worksheet = WORKBOOK.read(write(jawaban), UNIT_ID, NAMA).toWorksheet();

    assertThat(worksheet.answersOf(Role.SELF)).hasSize(10);
    assertThat(LkeScorer.of(TEMPLATE).score(worksheet, Role.SELF, MissingAnswers.REPORT)
        .complete()).isFalse();
  }
}
