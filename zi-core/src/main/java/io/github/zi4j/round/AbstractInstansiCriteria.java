package io.github.zi4j.round;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zi4j.instansi.BpkOpinion;
import io.github.zi4j.instansi.Grade;
import io.github.zi4j.instansi.InstansiKind;
import io.github.zi4j.internal.Checks;
import java.util.Map;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What a proposal round requires of an instansi to propose a unit for one predicate (<i>kriteria
 * instansi pengusul</i>): a least BPK opinion, a least AKIP grade, and a least Indeks RB category per
 * kind of instansi.
 *
 * <p>In JSON {@code {"bpkOpinion": "WTP", "akip": "B", "indeksRb": {"PEMDA": "CC", "KL": "B"}}}; the
 * Indeks RB minimum must be given for both kinds.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 */
@Value.Immutable
@JsonSerialize(as = InstansiCriteria.class)
@JsonDeserialize(as = InstansiCriteria.class)
abstract class AbstractInstansiCriteria {

  /**
   * The least BPK opinion.
   *
   * @return the opinion
   */
  public abstract BpkOpinion bpkOpinion();

  /**
   * The least AKIP grade.
   *
   * @return the grade
   */
  public abstract Grade akip();

  /**
   * The least Indeks RB category, per kind of instansi.
   *
   * @return a minimum for both K/L and pemda
   */
  public abstract Map<InstansiKind, Grade> indeksRb();

  /**
   * The least SPIP maturity level (1 to 5), when the round asks for one (the 2025 round: 3).
   *
   * @return the level, or empty when the round does not ask
   */
  public abstract OptionalInt spip();

  /**
   * A least SPIP maturity level that a source other than the round's announcement checks, where the
   * announcement asks for none (the 2024 round: PortalRB's code checks level 3, the press release of
   * 16 July 2024 does not name SPIP). zi4j follows the announcement: the level is reported beside the
   * instansi's with the reading taken, and never decides a verdict. Not given with {@link #spip()}.
   *
   * @return the level, or empty when no other source is known
   */
  public abstract OptionalInt spipNotAnnounced();

  /**
   * The least Indeks RB category for {@code kind}.
   *
   * @param kind the kind of instansi
   * @return the category
   */
  public Grade indeksRbFor(InstansiKind kind) {
    return indeksRb().get(kind);
  }

  @Value.Check
  void check() {
    spip().ifPresent(level -> Checks.argument("spip", level >= 1 && level <= 5,
        "spip level must be from 1 to 5, but was %d", level));
    spipNotAnnounced().ifPresent(level -> Checks.argument("spipNotAnnounced", level >= 1 && level <= 5,
        "spipNotAnnounced level must be from 1 to 5, but was %d", level));
    Checks.argument("spipNotAnnounced", spip().isEmpty() || spipNotAnnounced().isEmpty(),
        "spipNotAnnounced must not be given with spip: the round asks for SPIP itself (%d)",
        spip().orElse(0));
    for (InstansiKind kind : InstansiKind.values()) {
      Checks.argument("indeksRb", indeksRb().containsKey(kind),
          "indeksRb must give a minimum for both KL and PEMDA, but %s is missing", kind);
    }
  }
}
