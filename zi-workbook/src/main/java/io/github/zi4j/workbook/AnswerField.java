package io.github.zi4j.workbook;

/**
 * The five things a workbook holds for a soal, each in a column the master soal names: the unit's answer,
 * the TPI's answer, the unit's note, the unit's evidence and the TPI's note.
 */
enum AnswerField {
  /** The unit's own answer ({@code jawaban_unit}). */
  JAWABAN_UNIT("jawaban_unit", "excel_kolom_jawaban_unit"),
  /** The TPI's answer ({@code jawaban_tpi}). */
  JAWABAN_TPI("jawaban_tpi", "excel_kolom_jawaban_tpi"),
  /** The unit's note ({@code catatan_unit}). */
  CATATAN_UNIT("catatan_unit", "excel_kolom_catatan_unit"),
  /** The unit's evidence, usually a link ({@code bukti_dukung_unit}). */
  BUKTI_DUKUNG_UNIT("bukti_dukung_unit", "excel_kolom_bukti_dukung_unit"),
  /** The TPI's note ({@code catatan_tpi}). */
  CATATAN_TPI("catatan_tpi", "excel_kolom_catatan_tpi");

  private final String jawaban;
  private final String masterSoal;

  AnswerField(String jawaban, String masterSoal) {
    this.jawaban = jawaban;
    this.masterSoal = masterSoal;
  }

  /** The field's name in a {@code /lke/jawaban-unit} answer, for example {@code jawaban_unit}. */
  String jawaban() {
    return jawaban;
  }

  /** The master soal's field that gives its column, for example {@code excel_kolom_jawaban_unit}. */
  String masterSoal() {
    return masterSoal;
  }

  /** The field named {@code jawaban} in a {@code /lke/jawaban-unit} answer, or the unit's answer. */
  static AnswerField ofJawaban(String jawaban) {
    for (AnswerField field : values()) {
      if (field.jawaban.equals(jawaban)) {
        return field;
      }
    }
    return JAWABAN_UNIT;
  }
}
