package io.github.zi4j.rules.portalrb;

import io.github.zi4j.InvalidFieldException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.zi4j.internal.Limits;
import java.util.Objects;

/**
 * One proposed unit in a {@code /pengusulan} response (<i>unit yang diusulkan</i>): {@code {"id",
 * "nama", "kategori", "afirmasi"}}.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 *
 * @param id the unit's id, stable across PortalRB's calls ({@code id})
 * @param nama the unit's name ({@code nama})
 * @param kategori the category ({@code kategori})
 * @param afirmasi whether the unit is an afirmasi unit ({@code afirmasi})
 *
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "nama", "kategori", "afirmasi"})
public record UnitUsulan(
    @JsonProperty("id") String id,
    @JsonProperty("nama") String nama,
    @JsonProperty("kategori") Kategori kategori,
    @JsonProperty("afirmasi") boolean afirmasi) {

  /**
   * A proposed unit.
   *
   * @param id the id, of the form {@link io.github.zi4j.unit.UnitIds} describes
   * @param nama the name, not blank
   * @param kategori the category: {@link Kategori#WBK_AFIRMASI} exactly when {@code afirmasi}
   * @param afirmasi whether the unit is an afirmasi unit
   * @throws IllegalArgumentException when the id is not of that form, the name is blank, or the
   *     category and the flag disagree
   */
  public UnitUsulan {
    io.github.zi4j.unit.UnitIds.check("id", id);
    requireText(nama, "nama");
    Objects.requireNonNull(kategori, "kategori is required");
    if (afirmasi != (kategori == Kategori.WBK_AFIRMASI)) {
      throw new InvalidFieldException("kategori", "kategori must be WBK-AFIRMASI exactly for an afirmasi unit,"
          + " but was " + kategori.code() + " with afirmasi " + afirmasi + " for id \"" + Limits.quote(id) + "\"");
    }
  }

  static void requireText(String value, String field) {
    Objects.requireNonNull(value, field + " is required");
    if (value.isBlank()) {
      throw new InvalidFieldException(field, field + " must not be blank, but was \"" + Limits.quote(value) + "\"");
    }
  }
}
