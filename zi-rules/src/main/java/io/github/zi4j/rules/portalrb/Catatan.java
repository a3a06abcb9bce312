package io.github.zi4j.rules.portalrb;

import io.github.zi4j.Language;
import io.github.zi4j.rules.Finding;
import io.github.zi4j.unit.Predikat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One line of the report on a {@link Pengusulan} (<i>catatan laporan</i>): a unit left out of the
 * responses, or listed though undetermined, with the reason and the findings behind it.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 *
 * @param id the unit's id
 * @param nama the unit's name
 * @param target the predicate it was proposed for
 * @param tahun the year of the proposal's round
 * @param alasan why the report names it
 * @param findings the findings behind the reason: the FAILs, the UNKNOWNs, the instansi criteria
 *     that fail, or the afirmasi finding that says why the mark does not apply; none for another
 *     round or an id made from the name
 *
 * @since 0.1
 */
public record Catatan(String id, String nama, Predikat target, int tahun, Alasan alasan,
    List<Finding> findings) {

  /**
   * A report line.
   *
   * @param id the unit's id, not blank
   * @param nama the unit's name, not blank
   * @param target the target
   * @param tahun the round's year
   * @param alasan the reason
   * @param findings the findings
   * @throws IllegalArgumentException for a blank id or name
   */
  public Catatan {
    UnitUsulan.requireText(id, "id");
    UnitUsulan.requireText(nama, "nama");
    Objects.requireNonNull(target, "target is required");
    Objects.requireNonNull(alasan, "alasan is required");
    findings = List.copyOf(Objects.requireNonNull(findings, "findings is required"));
  }

  /**
   * The line as text in {@code locale}'s language: the id, name and target, the reason, then each
   * finding as {@code [rule-code] sentence}, separated by {@code "; "}.
   *
   * @param locale the reader's locale: Bahasa Indonesia for {@code id} (or {@code in}), English for
   *     any other, as {@link Language#of(Locale)} says
   * @param tahunRound the year of the round the responses are for
   * @return the text, one line
   */
  public String message(Locale locale, int tahunRound) {
    boolean indonesian = Language.of(locale) == Language.INDONESIAN;
    StringBuilder text = new StringBuilder().append(id()).append(" (").append(nama).append(", ")
        .append(target).append("): ");
    switch (alasan) {
      case NOT_ELIGIBLE:
        text.append(indonesian ? "tidak diusulkan, tidak layak" : "left out, not eligible");
        break;
      case UNDETERMINED:
        text.append(indonesian ? "tidak diusulkan, belum dapat ditentukan"
            : "left out, undetermined");
        break;
      case UNDETERMINED_LISTED:
        text.append(indonesian ? "diusulkan atas permintaan walau belum dapat ditentukan"
            : "listed as asked, though undetermined");
        break;
      case ID_FROM_NAME:
        text.append(indonesian
            ? "diusulkan dengan id dari namanya, karena unit tidak memiliki id (unit.id): bila"
                + " namanya berubah, PortalRB melihat unit baru"
            : "listed with an id made from its name, the unit having no id (unit.id): a new name"
                + " will be a new unit at PortalRB");
        break;
      case AFIRMASI_NOT_PEMDA:
        text.append(indonesian
            ? "diusulkan sebagai " + target + ", afirmasi false, walau ditandai afirmasi"
            : "listed as " + target + ", afirmasi false, though marked afirmasi");
        break;
      case INSTANSI_CRITERIA:
        text.append(indonesian
            ? "tidak diusulkan, instansi tidak memenuhi kriteria WBBM periode ini"
            : "left out, the instansi does not meet the round's WBBM criteria");
        break;
      default:
        text.append(indonesian
            ? "tidak diusulkan, periode lain (" + tahun + ", bukan " + tahunRound + ")"
            : "left out, another round (" + tahun + ", not " + tahunRound + ")");
    }
    for (Finding finding : findings) {
      text.append("; [").append(finding.rule().code()).append("] ")
          .append(finding.message(locale));
    }
    return text.toString();
  }

  /**
   * The line as text in Bahasa Indonesia, {@link Language#DEFAULT}, as {@link #message(Locale, int)}
   * writes it.
   *
   * @param tahunRound the year of the round the responses are for
   * @return the text, one line
   */
  public String message(int tahunRound) {
    return message(Language.DEFAULT.locale(), tahunRound);
  }
}
