package io.github.zi4j.lke;

import io.github.zi4j.Language;
import java.util.Locale;

/**
 * The six areas of change (<i>area perubahan</i>) a unit builds: the enabler component
 * (<i>komponen pengungkit</i>) of the LKE. Their weights depend on the edition; see {@link LkeWeights}.
 *
 * @since 0.1
 */
public enum AreaPerubahan {
  /** Manajemen Perubahan (change management). */
  MANAJEMEN_PERUBAHAN("Manajemen Perubahan", "change management"),
  /** Penataan Tatalaksana (business process). */
  PENATAAN_TATALAKSANA("Penataan Tatalaksana", "business process"),
  /** Penataan Sistem Manajemen SDM Aparatur (human resources). */
  PENATAAN_SISTEM_MANAJEMEN_SDM("Penataan Sistem Manajemen SDM Aparatur", "human resources"),
  /** Penguatan Akuntabilitas Kinerja (performance accountability). */
  PENGUATAN_AKUNTABILITAS_KINERJA("Penguatan Akuntabilitas Kinerja", "performance accountability"),
  /** Penguatan Pengawasan (supervision and internal control). */
  PENGUATAN_PENGAWASAN("Penguatan Pengawasan", "supervision"),
  /** Peningkatan Kualitas Pelayanan Publik (public service quality). */
  PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK(
      "Peningkatan Kualitas Pelayanan Publik", "public service quality");

  private final String indonesianName;
  /** The name shown in English: the proper name, its English gloss after it. */
  private final String glossed;

  AreaPerubahan(String indonesianName, String englishName) {
    this.indonesianName = indonesianName;
    this.glossed = indonesianName + " (" + englishName + ")";
  }

  /**
   * The area's proper name, in Bahasa Indonesia, for example {@code "Penguatan Pengawasan"}.
   *
   * @return the name
   */
  public String indonesianName() {
    return indonesianName;
  }

  /**
   * The name to show in {@code locale}'s language, as {@link Language#of(Locale)} decides it: the
   * proper name in Bahasa Indonesia ({@code id}, or {@code in}), followed in English (any other
   * locale) by its gloss, for example {@code "Penguatan Pengawasan (supervision)"}.
   *
   * @param locale the reader's locale
   * @return the name
   */
  public String displayName(Locale locale) {
    return Language.of(locale).pick(indonesianName, glossed);
  }

  /**
   * The name to show in Bahasa Indonesia, {@link Language#DEFAULT}: the proper name, for example
   * {@code "Penguatan Pengawasan"}.
   *
   * @return the name
   */
  public String displayName() {
    return displayName(Language.DEFAULT.locale());
  }
}
