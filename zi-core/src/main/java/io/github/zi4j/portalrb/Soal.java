package io.github.zi4j.portalrb;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of PortalRB's master soal (<i>soal</i>): its {@code id} (the {@code soal_id} of the
 * answers), text, answer type, weight, option values and its place in the official workbook.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 *
 * @param id the soal_id
 * @param teksPertanyaan the question's text
 * @param kriteriaNilai the scoring criteria text, when given
 * @param jenisJawaban the answer type
 * @param bobotMaksimal the weight: 0 on most soals; in PortalRB's 2026 file the weight of the
 *     indicator the soal alone makes up on the surveys 125 and 127 (17.5), capaian kinerja 126 (5) and
 *     komitmen pimpinan 92 (1), though not on others that alone make up theirs (93: 0)
 * @param skemaPenilaian the options and their values; empty for counts and surveys
 * @param excelSheet the workbook sheet, when given
 * @param excelBaris the workbook row, when given
 * @param excelKolomJawabanUnit the column of the unit's answer, when given
 * @param excelKolomJawabanTpi the column of the TPI's answer, when given
 * @param excelKolomCatatanUnit the column of the unit's note, when given
 * @param excelKolomBuktiDukungUnit the column of the unit's evidence, when given
 * @param excelKolomCatatanTpi the column of the TPI's note, when given
 *
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Soal(
    @JsonProperty("id") Integer id,
    @JsonProperty("teks_pertanyaan") String teksPertanyaan,
    @JsonProperty("kriteria_nilai") Optional<String> kriteriaNilai,
    @JsonProperty("jenis_jawaban") JenisJawaban jenisJawaban,
    @JsonProperty("bobot_maksimal") BigDecimal bobotMaksimal,
    @JsonProperty("skema_penilaian") List<SkemaPenilaian> skemaPenilaian,
    @JsonProperty("excel_sheet") Optional<String> excelSheet,
    @JsonProperty("excel_baris") Optional<Integer> excelBaris,
    @JsonProperty("excel_kolom_jawaban_unit") Optional<String> excelKolomJawabanUnit,
    @JsonProperty("excel_kolom_jawaban_tpi") Optional<String> excelKolomJawabanTpi,
    @JsonProperty("excel_kolom_catatan_unit") Optional<String> excelKolomCatatanUnit,
    @JsonProperty("excel_kolom_bukti_dukung_unit") Optional<String> excelKolomBuktiDukungUnit,
    @JsonProperty("excel_kolom_catatan_tpi") Optional<String> excelKolomCatatanTpi) {

  /**
   * A soal; null optional values are empty, a null list is empty, a null weight is 0.
   *
   * @param id the soal_id, positive
   * @param teksPertanyaan the text
   * @param kriteriaNilai the criteria, or empty
   * @param jenisJawaban the answer type
   * @param bobotMaksimal the weight
   * @param skemaPenilaian the options
   * @param excelSheet the sheet, or empty
   * @param excelBaris the row, or empty
   * @param excelKolomJawabanUnit the column, or empty
   * @param excelKolomJawabanTpi the column, or empty
   * @param excelKolomCatatanUnit the column, or empty
   * @param excelKolomBuktiDukungUnit the column, or empty
   * @param excelKolomCatatanTpi the column, or empty
   */
  public Soal {
    Objects.requireNonNull(id, "id of a soal is required");
    Objects.requireNonNull(jenisJawaban, "jenis_jawaban of soal " + id + " is required");
    teksPertanyaan = teksPertanyaan == null ? "" : teksPertanyaan;
    bobotMaksimal = bobotMaksimal == null ? BigDecimal.ZERO : bobotMaksimal;
    skemaPenilaian = skemaPenilaian == null ? List.of() : List.copyOf(skemaPenilaian);
    kriteriaNilai = kriteriaNilai == null ? Optional.empty() : kriteriaNilai;
    excelSheet = excelSheet == null ? Optional.empty() : excelSheet;
    excelBaris = excelBaris == null ? Optional.empty() : excelBaris;
    excelKolomJawabanUnit = excelKolomJawabanUnit == null ? Optional.empty() : excelKolomJawabanUnit;
    excelKolomJawabanTpi = excelKolomJawabanTpi == null ? Optional.empty() : excelKolomJawabanTpi;
    excelKolomCatatanUnit = excelKolomCatatanUnit == null ? Optional.empty() : excelKolomCatatanUnit;
    excelKolomBuktiDukungUnit =
        excelKolomBuktiDukungUnit == null ? Optional.empty() : excelKolomBuktiDukungUnit;
    excelKolomCatatanTpi = excelKolomCatatanTpi == null ? Optional.empty() : excelKolomCatatanTpi;
  }

  /**
   * A soal without criteria or workbook position.
   *
   * @param id the soal_id
   * @param teksPertanyaan the text
   * @param jenisJawaban the answer type
   * @param bobotMaksimal the weight
   * @param skemaPenilaian the options
   * @return the soal
   */
  public static Soal of(int id, String teksPertanyaan, JenisJawaban jenisJawaban,
      BigDecimal bobotMaksimal, List<SkemaPenilaian> skemaPenilaian) {
    return new Soal(id, teksPertanyaan, null, jenisJawaban, bobotMaksimal, skemaPenilaian, null,
        null, null, null, null, null, null);
  }

  /**
   * This soal with another weight.
   *
   * @param bobot the weight ({@code bobot_maksimal})
   * @return a new soal
   */
  public Soal withBobotMaksimal(BigDecimal bobot) {
    return new Soal(id, teksPertanyaan, kriteriaNilai, jenisJawaban, bobot, skemaPenilaian,
        excelSheet, excelBaris, excelKolomJawabanUnit, excelKolomJawabanTpi, excelKolomCatatanUnit,
        excelKolomBuktiDukungUnit, excelKolomCatatanTpi);
  }

  /**
   * This soal with another answer type and options.
   *
   * @param jenis the answer type
   * @param skema the options
   * @return a new soal
   */
  public Soal withJenisJawaban(JenisJawaban jenis, List<SkemaPenilaian> skema) {
    return new Soal(id, teksPertanyaan, kriteriaNilai, jenis, bobotMaksimal, skema, excelSheet,
        excelBaris, excelKolomJawabanUnit, excelKolomJawabanTpi, excelKolomCatatanUnit,
        excelKolomBuktiDukungUnit, excelKolomCatatanTpi);
  }
}
