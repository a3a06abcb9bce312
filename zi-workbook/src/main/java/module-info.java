/**
 * zi4j's reader of LKE workbooks: a unit's answers, notes and evidence read from an {@code .xlsx} at the
 * cells PortalRB's master soal names, as a {@link io.github.zi4j.portalrb.JawabanUnit}. Start with
 * {@link io.github.zi4j.workbook.LkeWorkbook#of(io.github.zi4j.portalrb.MasterSoal)}.
 */
module io.github.zi4j.workbook {
  requires transitive io.github.zi4j.core;
  requires java.xml;
  requires org.apache.commons.compress;
  requires org.dhatim.fastexcel.reader;

  exports io.github.zi4j.workbook;
}
