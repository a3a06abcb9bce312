package io.github.zi4j.workbook;

/**
 * A cell where a workbook saves one of its own scores: the value it gives an answer (at a soal's row),
 * or the points of an indicator or a total.
 *
 * @param node the template's id of what the cell scores: a question ({@code S12}) or a node ({@code
 *     54}, {@code 1} for the pengungkit, {@code LKE} for the total)
 * @param sheet the sheet's name
 * @param row the row, from 1 as Excel numbers it
 * @param column the column, from 0 (A)
 */
record SavedCell(String node, String sheet, int row, int column) {

  /** The cell as Excel writes it, for example {@code 'LKE ZI'!L175}. */
  String ref() {
    return SoalCells.ref(sheet, SoalCells.letters(column) + row);
  }
}
