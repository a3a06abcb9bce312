/**
 * The LKE workbook (<i>lembar kerja evaluasi</i>, an {@code .xlsx}): {@link
 * io.github.zi4j.workbook.LkeWorkbook} reads a unit's answers from the cells that PortalRB's master soal
 * gives for every soal ({@code excel_sheet}, {@code excel_baris}, {@code excel_kolom_*}), and nothing
 * else of the workbook.
 */
package io.github.zi4j.workbook;
