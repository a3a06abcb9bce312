package io.github.zi4j.workbook;

import io.github.zi4j.ZiException;
import io.github.zi4j.internal.Limits;
import io.github.zi4j.portalrb.Soal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a workbook holds one soal's answers: its sheet, its row, and the column of each {@link
 * AnswerField} the master soal names (the unit's answer always; the others when given).
 *
 * @param soalId the soal_id
 * @param sheet the sheet's name
 * @param row the row, from 1 as Excel numbers it
 * @param columns the column of each field, from 0 (A)
 */
record SoalCells(int soalId, String sheet, int row, Map<AnswerField, Integer> columns) {

  /** Excel's last row. */
  static final int LAST_ROW = 1_048_576;

  /** Excel's last column, XFD, counted from 1. */
  static final int LAST_COLUMN = 16_384;

  private static final Pattern LETTERS = Pattern.compile("[A-Za-z]{1,3}");

  SoalCells {
    columns = Collections.unmodifiableMap(new EnumMap<>(columns));
  }

  /**
   * The cells of {@code soal}, from its {@code excel_*} fields.
   *
   * @throws IllegalArgumentException naming the soal, the field and its value when a position is
   *     missing or not a cell of Excel
   */
  static SoalCells of(Soal soal) {
    int id = soal.id();
    String sheet = soal.excelSheet().filter(s -> !s.isBlank()).orElseThrow(() ->
        missing(id, "excel_sheet"));
    int row = soal.excelBaris().orElseThrow(() -> missing(id, "excel_baris"));
    if (row < 1 || row > LAST_ROW) {
      throw new ZiException("", "excel_baris of soal " + id + " must be a row from 1 to "
          + LAST_ROW + ", but was " + row, null);
    }
    Map<AnswerField, Integer> columns = new EnumMap<>(AnswerField.class);
    for (AnswerField field : AnswerField.values()) {
      Optional<String> letters = letters(soal, field);
      if (letters.isEmpty() && field == AnswerField.JAWABAN_UNIT) {
        throw missing(id, field.masterSoal());
      }
      letters.ifPresent(text -> columns.put(field, column(id, field, text)));
    }
    return new SoalCells(id, sheet, row, columns);
  }

  /** The column of {@code field}, when the master soal names one. */
  Optional<Integer> column(AnswerField field) {
    return Optional.ofNullable(columns.get(field));
  }

  /** The cell of {@code field} as Excel writes it, for example {@code 'LKE'!F12}. */
  String ref(AnswerField field) {
    return ref(sheet, letters(columns.get(field)) + row);
  }

  /** A cell of {@code sheet} as Excel writes it: {@code 'LKE'!F12}. */
  static String ref(String sheet, String cell) {
    return sheet(sheet) + "!" + cell;
  }

  /** A sheet as Excel writes it in a reference: {@code 'LKE'}, a quote in the name doubled. */
  static String sheet(String name) {
    return "'" + Limits.quote(name).replace("'", "''") + "'";
  }

  /** The letters of a column counted from 0: 0 is A, 25 Z, 26 AA. */
  static String letters(int column) {
    StringBuilder letters = new StringBuilder();
    for (int n = column + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }

  private static Optional<String> letters(Soal soal, AnswerField field) {
    Optional<String> letters = switch (field) {
      case JAWABAN_UNIT -> soal.excelKolomJawabanUnit();
      case JAWABAN_TPI -> soal.excelKolomJawabanTpi();
      case CATATAN_UNIT -> soal.excelKolomCatatanUnit();
      case BUKTI_DUKUNG_UNIT -> soal.excelKolomBuktiDukungUnit();
      case CATATAN_TPI -> soal.excelKolomCatatanTpi();
    };
    return letters.filter(text -> !text.isBlank());
  }

  /** The column of {@code letters} from 0, in any case: A is 0, XFD 16 383. */
  private static int column(int id, AnswerField field, String letters) {
    String trimmed = letters.trim();
    if (LETTERS.matcher(trimmed).matches()) {
      int column = 0;
      for (char c : trimmed.toUpperCase(Locale.ROOT).toCharArray()) {
        column = column * 26 + (c - 'A' + 1);
      }
      if (column <= LAST_COLUMN) {
        return column - 1;
      }
    }
    throw new ZiException("", field.masterSoal() + " of soal " + id
        + " must be a column from A to XFD, but was \"" + Limits.quote(letters) + "\"", null);
  }

  private static ZiException missing(int id, String field) {
    return new ZiException("", "soal " + id + " must give " + field + " to be read from a"
        + " workbook, but has none (a master soal built by MasterSoal.from has no workbook"
        + " positions)", null);
  }
}
