package io.github.zi4j.rules.portalrb;

import io.github.zi4j.InvalidFieldException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The response of {@code GET /pengusulan/unit-wbk} or {@code /pengusulan/unit-wbbm} (<i>daftar unit
 * yang diusulkan</i>): {@code {"tahun": 2026, "units": [...]}}.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 *
 * @param tahun the round's year ({@code tahun})
 * @param units the proposed units, each id once, whatever its case ({@code units})
 *
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"tahun", "units"})
public record DaftarUnit(
    @JsonProperty("tahun") int tahun,
    @JsonProperty("units") List<UnitUsulan> units) {

  /**
   * A list of proposed units.
   *
   * @param tahun the round's year, from 1900 to 2200
   * @param units the units, each id once
   * @throws IllegalArgumentException for a year out of range or an id given twice
   */
  public DaftarUnit {
    if (tahun < 1900 || tahun > 2200) {
      throw new InvalidFieldException("tahun", "tahun must be from 1900 to 2200, but was " + tahun);
    }
    units = List.copyOf(Objects.requireNonNull(units, "units is required"));
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < units.size(); i++) {
      UnitUsulan unit = units.get(i);
      if (!ids.add(io.github.zi4j.unit.UnitIds.key(unit.id()))) {
        throw new InvalidFieldException("units[" + i + "].id", "units must have distinct ids (whatever their case),"
            + " but \"" + unit.id() + "\" is given twice");
      }
    }
  }
}
