package io.github.zi4j.portalrb;

import java.util.Objects;

/**
 * One difference between a master soal and an LKE template (<i>perbedaan</i>): what differs, for which
 * soal or node, and the value on each side ({@code "absent"} when a side lacks it).
 *
 * <p>Its text is one line: {@code "soal 6: jenis_jawaban is ABC in the master soal, ABCD in the
 * template"}.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 *
 * @param kind what differs
 * @param id {@code "soal 6"} or {@code "node 4"}
 * @param masterSoal the master soal's value
 * @param template the template's value; for {@link Kind#TOTAL_SOAL}, the soals the master soal lists
 *
 * @since 0.1
 */
public record SoalDifference(Kind kind, String id, String masterSoal, String template) {

  /** What differs. */
  public enum Kind {
    /** A soal in the template, not in the master soal. */
    SOAL_REMOVED,
    /** A soal in the master soal, not in the template. */
    SOAL_ADDED,
    /** A soal under another node. */
    SOAL_MOVED,
    /** Another answer type ({@code jenis_jawaban}). */
    SOAL_TYPE,
    /** Other option values ({@code skema_penilaian}). */
    SOAL_MULTIPLIER,
    /**
     * A soal's {@code bobot_maksimal} that is not 0 and not the weight the template gives it (its
     * indicator's, when it alone makes the indicator up; else 0).
     */
    SOAL_WEIGHT,
    /** A node in the template, not in the master soal. */
    NODE_REMOVED,
    /** A node in the master soal, not in the template. */
    NODE_ADDED,
    /** Another node weight ({@code bobot_maksimal}). */
    NODE_WEIGHT,
    /** A {@code total_soal} that is not the number of soals. */
    TOTAL_SOAL
  }

  /**
   * A difference.
   *
   * @param kind what differs
   * @param id the soal or node
   * @param masterSoal the master soal's value
   * @param template the template's value
   */
  public SoalDifference {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(masterSoal, "masterSoal");
    Objects.requireNonNull(template, "template");
  }

  @Override
  public String toString() {
    String what;
    switch (kind) {
      case SOAL_REMOVED:
      case NODE_REMOVED:
        what = "removed: in the template (" + template + "), not in the master soal";
        return id + ": " + what;
      case SOAL_ADDED:
      case NODE_ADDED:
        what = "added: in the master soal (" + masterSoal + "), not in the template";
        return id + ": " + what;
      case SOAL_MOVED:
        what = "parent node";
        break;
      case SOAL_TYPE:
        what = "jenis_jawaban";
        break;
      case SOAL_MULTIPLIER:
        what = "skema_penilaian";
        break;
      case TOTAL_SOAL:
        return id + ": total_soal is " + masterSoal + ", but " + template + " are listed";
      default:
        what = "bobot_maksimal";
        break;
    }
    return id + ": " + what + " is " + masterSoal + " in the master soal, " + template
        + " in the template";
  }
}
