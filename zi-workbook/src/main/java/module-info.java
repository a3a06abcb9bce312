/**
 * zi4j's reader of LKE workbooks: a unit's answers, notes and evidence read from an {@code .xlsx} at the
 * cells PortalRB's master soal names, or of the 90/2021 {@code LKE ZI} workbook by zi4j's bundled
 * layout, as a {@link io.github.zi4j.portalrb.JawabanUnit}; and the check of a workbook's own saved
 * scores against the rule. Start with {@link
 * io.github.zi4j.workbook.LkeWorkbook#of(io.github.zi4j.portalrb.MasterSoal)} or {@link
 * io.github.zi4j.workbook.LkeWorkbook#ofLkeZi(int)}.
 */
module io.github.zi4j.workbook {
  requires transitive io.github.zi4j.core;
  requires java.xml;
  requires org.apache.commons.compress;
  requires org.dhatim.fastexcel.reader;

  exports io.github.zi4j.workbook;
}
