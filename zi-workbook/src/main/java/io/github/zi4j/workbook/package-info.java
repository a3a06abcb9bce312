/**
 * The LKE workbook (<i>lembar kerja evaluasi</i>, an {@code .xlsx}): {@link
 * io.github.zi4j.workbook.LkeWorkbook} reads a unit's answers from the cells that PortalRB's master soal
 * gives for every soal ({@code excel_sheet}, {@code excel_baris}, {@code excel_kolom_*}), or from the
 * 90/2021 workbook's sheet {@code LKE ZI} at the cells of zi4j's bundled layout; {@link
 * io.github.zi4j.workbook.WorkbookCheck} compares the scores such a workbook saved with the rule, each
 * difference a {@link io.github.zi4j.workbook.Disagreement}.
 */
package io.github.zi4j.workbook;
