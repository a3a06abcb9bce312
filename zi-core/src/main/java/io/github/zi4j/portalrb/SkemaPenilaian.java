package io.github.zi4j.portalrb;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One answer option of a master soal and its value (<i>skema penilaian</i>): {@code {"key": "B",
 * "label": "...", "multiplier": 0.67}}.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 *
 * @param key the option, for example {@code "B"} or {@code "Ya"}
 * @param label its text
 * @param multiplier its value, from 0 to 1
 *
 * @since 0.1
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SkemaPenilaian(String key, String label, BigDecimal multiplier) {

  /**
   * An option.
   *
   * @param key the option
   * @param label its text; the key when null
   * @param multiplier its value
   */
  public SkemaPenilaian {
    Objects.requireNonNull(key, "key of a skema_penilaian is required");
    label = label == null ? key : label;
    Objects.requireNonNull(multiplier, "multiplier of skema_penilaian " + key + " is required");
  }
}
