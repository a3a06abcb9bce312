package io.github.zi4j.workbook;

import io.github.zi4j.portalrb.JawabanSoal;
import io.github.zi4j.portalrb.JawabanUnit;
import io.github.zi4j.portalrb.MasterSoal;
import io.github.zi4j.portalrb.Soal;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;

/**
 * Workbooks for tests, written with fastexcel's writer (the reader's own project): an example layout
 * that gives every soal of a master soal a workbook position, and a workbook holding a unit's answers
 * at a master soal's positions. The layout is zi4j's, for tests and examples: PortalRB's own master
 * soal gives the official workbook's cells.
 */
public final class TestWorkbooks {

  /** The sheet of the example layout's pengungkit soals (1 to 124). */
  public static final String PENGUNGKIT = "Pengungkit";

  /** The sheet of the example layout's hasil soals (125 to 127). */
  public static final String HASIL = "Hasil";

  /** The example layout's first row of answers. */
  public static final int FIRST_ROW = 8;

  private TestWorkbooks() {}

  /**
   * {@code master} with the example layout: soals up to 124 on sheet {@value #PENGUNGKIT}, the others
   * on {@value #HASIL}, one row each from row {@value #FIRST_ROW} in the master soal's order; the
   * unit's answer in column F, its note in G, its evidence in H, the TPI's answer in I and note in J.
   *
   * @param master a master soal, for example {@code MasterSoal.from(template, 2026)}
   * @return the master soal with positions
   */
  public static MasterSoal layout(MasterSoal master) {
    MasterSoal laidOut = master;
    int pengungkitRow = FIRST_ROW;
    int hasilRow = FIRST_ROW;
    for (Soal soal : master.soals().values()) {
      boolean hasil = soal.id() > 124;
      int row = hasil ? hasilRow++ : pengungkitRow++;
      laidOut = laidOut.withSoal(soal.id(), Optional.of(new Soal(soal.id(), soal.teksPertanyaan(),
          soal.kriteriaNilai(), soal.jenisJawaban(), soal.bobotMaksimal(), soal.skemaPenilaian(),
          Optional.of(hasil ? HASIL : PENGUNGKIT), Optional.of(row), Optional.of("F"),
          Optional.of("I"), Optional.of("G"), Optional.of("H"), Optional.of("J"))));
    }
    return laidOut;
  }

  /**
   * Writes {@code jawaban} at the positions of {@code master}: an answer that reads as a number as a
   * number cell, any other answer or note as a text cell, a missing one not at all.
   *
   * @param path the {@code .xlsx} to write
   * @param master a master soal with positions
   * @param jawaban the answers
   * @return {@code path}
   */
  public static Path write(Path path, MasterSoal master, JawabanUnit jawaban) {
    return write(path, master, jawaban, sheet -> { });
  }

  /**
   * Writes {@code jawaban} as {@link #write(Path, MasterSoal, JawabanUnit)} does, then lets {@code
   * more} write more cells (a formula, a TRUE/FALSE value) into the workbook.
   *
   * @param path the {@code .xlsx} to write
   * @param master a master soal with positions
   * @param jawaban the answers
   * @param more writes more cells, given each sheet by name
   * @return {@code path}
   */
  public static Path write(Path path, MasterSoal master, JawabanUnit jawaban,
      Consumer<Sheets> more) {
    try (OutputStream out = Files.newOutputStream(path)) {
      Workbook workbook = new Workbook(out, "zi4j-tests", "1.0");
      Sheets sheets = new Sheets(workbook);
      Map<Integer, Soal> soals = master.soals();
      // every sheet the master soal names, in its order, even when no answer is on it
      soals.values().forEach(soal -> sheets.get(soal.excelSheet().orElseThrow()));
      for (JawabanSoal answer : jawaban.answers()) {
        Soal soal = soals.get(answer.soalId());
        org.dhatim.fastexcel.Worksheet sheet = sheets.get(soal.excelSheet().orElseThrow());
        int row = soal.excelBaris().orElseThrow() - 1;
        put(sheet, row, soal.excelKolomJawabanUnit(), answer.jawabanUnit(), true);
        put(sheet, row, soal.excelKolomJawabanTpi(), answer.jawabanTpi(), true);
        put(sheet, row, soal.excelKolomCatatanUnit(), answer.catatanUnit(), false);
        put(sheet, row, soal.excelKolomBuktiDukungUnit(), answer.buktiDukungUnit(), false);
        put(sheet, row, soal.excelKolomCatatanTpi(), answer.catatanTpi(), false);
      }
      more.accept(sheets);
      workbook.finish();
      return path;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The column from 0 of letters such as {@code F} or {@code AA}, in any case. */
  public static int column(String letters) {
    int column = 0;
    for (char c : letters.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
      column = column * 26 + (c - 'A' + 1);
    }
    return column - 1;
  }

  private static void put(org.dhatim.fastexcel.Worksheet sheet, int row, Optional<String> column,
      Optional<String> value, boolean numbersAsNumbers) {
    if (column.isEmpty() || value.isEmpty()) {
      return;
    }
    int c = column(column.get());
    String text = value.get();
    if (numbersAsNumbers && text.matches("[0-9]+(\\.[0-9]+)?")) {
      sheet.value(row, c, new BigDecimal(text));
    } else {
      sheet.value(row, c, text);
    }
  }

  /** The sheets of a workbook being written, made on first use; rows and columns from 0. */
  public static final class Sheets {
    private final Workbook workbook;
    private final Map<String, org.dhatim.fastexcel.Worksheet> sheets =
        new java.util.LinkedHashMap<>();

    Sheets(Workbook workbook) {
      this.workbook = workbook;
    }

    org.dhatim.fastexcel.Worksheet get(String name) {
      return sheets.computeIfAbsent(name, workbook::newWorksheet);
    }

    /**
     * Writes a text cell.
     *
     * @param sheet the sheet
     * @param row the row, from 0
     * @param column the column, from 0
     * @param value the text
     */
    public void text(String sheet, int row, int column, String value) {
      get(sheet).value(row, column, value);
    }

    /**
     * Writes a number cell.
     *
     * @param sheet the sheet
     * @param row the row, from 0
     * @param column the column, from 0
     * @param value the number
     */
    public void number(String sheet, int row, int column, Number value) {
      get(sheet).value(row, column, value);
    }

    /**
     * Writes a TRUE/FALSE cell.
     *
     * @param sheet the sheet
     * @param row the row, from 0
     * @param column the column, from 0
     * @param value the value
     */
    public void bool(String sheet, int row, int column, boolean value) {
      get(sheet).value(row, column, value);
    }

    /**
     * Writes a formula, without a saved result.
     *
     * @param sheet the sheet
     * @param row the row, from 0
     * @param column the column, from 0
     * @param expression the formula, without {@code =}
     */
    public void formula(String sheet, int row, int column, String expression) {
      get(sheet).formula(row, column, expression);
    }
  }
}
