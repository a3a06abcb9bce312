package io.github.zi4j.portalrb;

import io.github.zi4j.InvalidFieldException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer of PortalRB's {@code /lke/jawaban-unit} response (<i>jawaban soal</i>): the unit's and the
 * TPI's answers to one soal as strings ({@code "A"}, {@code "Ya"}, {@code "12"}, {@code "3.71"}), with
 * the unit's note and evidence link and the TPI's note. A missing answer or note is empty, and written
 * as {@code null}.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 *
 * @param soalId PortalRB's {@code soal_id}, positive
 * @param jawabanUnit the unit's own answer ({@code jawaban_unit}), or empty when unanswered
 * @param jawabanTpi the TPI's answer ({@code jawaban_tpi}), or empty
 * @param catatanUnit the unit's note ({@code catatan_unit}), or empty
 * @param buktiDukungUnit the unit's evidence, usually a link ({@code bukti_dukung_unit}), or empty
 * @param catatanTpi the TPI's note ({@code catatan_tpi}), or empty
 *
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"soal_id", "jawaban_unit", "jawaban_tpi", "catatan_unit", "bukti_dukung_unit",
    "catatan_tpi"})
public record JawabanSoal(
    @JsonProperty("soal_id") Integer soalId,
    @JsonProperty("jawaban_unit") Optional<String> jawabanUnit,
    @JsonProperty("jawaban_tpi") Optional<String> jawabanTpi,
    @JsonProperty("catatan_unit") Optional<String> catatanUnit,
    @JsonProperty("bukti_dukung_unit") Optional<String> buktiDukungUnit,
    @JsonProperty("catatan_tpi") Optional<String> catatanTpi) {

  /**
   * An answer; null optional values are empty.
   *
   * @param soalId PortalRB's {@code soal_id}, positive
   * @param jawabanUnit the unit's answer, or empty
   * @param jawabanTpi the TPI's answer, or empty
   * @param catatanUnit the unit's note, or empty
   * @param buktiDukungUnit the unit's evidence, or empty
   * @param catatanTpi the TPI's note, or empty
   */
  public JawabanSoal {
    Objects.requireNonNull(soalId, "soal_id of an answer is required");
    if (soalId <= 0) {
      throw new InvalidFieldException("soal_id", "soal_id must be positive, but was " + soalId);
    }
    jawabanUnit = jawabanUnit == null ? Optional.empty() : jawabanUnit;
    jawabanTpi = jawabanTpi == null ? Optional.empty() : jawabanTpi;
    catatanUnit = catatanUnit == null ? Optional.empty() : catatanUnit;
    buktiDukungUnit = buktiDukungUnit == null ? Optional.empty() : buktiDukungUnit;
    catatanTpi = catatanTpi == null ? Optional.empty() : catatanTpi;
  }

  /**
   * An answer without notes.
   *
   * @param soalId PortalRB's {@code soal_id}
   * @param jawabanUnit the unit's answer, or null
   * @param jawabanTpi the TPI's answer, or null
   * @return the answer
   */
  public static JawabanSoal of(int soalId, String jawabanUnit, String jawabanTpi) {
    return new JawabanSoal(soalId, Optional.ofNullable(jawabanUnit), Optional.ofNullable(jawabanTpi),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * This answer with other answers of the unit and the TPI, the notes kept.
   *
   * @param unit the unit's answer, or empty
   * @param tpi the TPI's answer, or empty
   * @return a new answer
   */
  public JawabanSoal withJawaban(Optional<String> unit, Optional<String> tpi) {
    return new JawabanSoal(soalId, unit, tpi, catatanUnit, buktiDukungUnit, catatanTpi);
  }
}
