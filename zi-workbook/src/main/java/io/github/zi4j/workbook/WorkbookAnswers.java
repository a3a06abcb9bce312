package io.github.zi4j.workbook;

import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.portalrb.JawabanUnit;
import java.util.Objects;

/**
 * A unit's answers read from an LKE workbook (<i>jawaban dari LKE</i>): as PortalRB carries them
 * ({@link JawabanUnit}), and as the worksheet of the workbook's template they were checked against
 * when read, so that nobody converts them twice.
 *
 * @param jawaban the answers as PortalRB carries them
 * @param worksheet the same answers as a worksheet of the workbook's template, the unit's own
 *     ({@code SELF}) and, where the workbook has them, the TPI's
 * @since 0.1
 */
public record WorkbookAnswers(JawabanUnit jawaban, Worksheet worksheet) {

  /**
   * The answers read.
   *
   * @param jawaban the answers as PortalRB carries them
   * @param worksheet the same answers as a worksheet
   */
  public WorkbookAnswers {
    Objects.requireNonNull(jawaban, "jawaban");
    Objects.requireNonNull(worksheet, "worksheet");
  }
}
