package io.github.zi4j.portalrb;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One node of PortalRB's master soal (<i>komponen, sub komponen, area perubahan, sub area</i>): its id
 * (PortalRB's node id, a template's node id), name, level, weight, the nodes below it and its soals.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 *
 * @param id the node id
 * @param nama the name
 * @param level {@code komponen}, {@code sub_komponen}, {@code area_perubahan} or {@code sub_area}
 * @param bobotMaksimal the weight
 * @param children the nodes below
 * @param soals the soals of this node
 *
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NodeSoal(
    @JsonProperty("id") Integer id,
    @JsonProperty("nama") String nama,
    @JsonProperty("level") String level,
    @JsonProperty("bobot_maksimal") BigDecimal bobotMaksimal,
    @JsonProperty("children") List<NodeSoal> children,
    @JsonProperty("soals") List<Soal> soals) {

  /**
   * A node; null lists are empty.
   *
   * @param id the node id
   * @param nama the name
   * @param level the level
   * @param bobotMaksimal the weight
   * @param children the nodes below
   * @param soals its soals
   */
  public NodeSoal {
    Objects.requireNonNull(id, "id of a node is required");
    nama = nama == null ? "" : nama;
    level = level == null ? "" : level;
    Objects.requireNonNull(bobotMaksimal, "bobot_maksimal of node " + id + " is required");
    children = children == null ? List.of() : List.copyOf(children);
    soals = soals == null ? List.of() : List.copyOf(soals);
  }
}
