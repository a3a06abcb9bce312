package io.github.zi4j.rules.portalrb;

import io.github.zi4j.ZiException;
import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.rules.Decision;
import io.github.zi4j.unit.UnitIds;
import java.util.Objects;

/**
 * A unit the instansi may propose, with its decision (<i>calon unit usulan</i>): the unit's stable id,
 * its proposal and the engine's decision on it. The id is the unit's own ({@code unit.id}) when it has
 * one, else a slug of its name (see {@link UnitIds}).
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 *
 * @param id the id PortalRB will know the unit by, stable across calls
 * @param proposal the proposal
 * @param decision the decision on {@code proposal}
 *
 * @since 0.1
 */
public record Kandidat(String id, Proposal proposal, Decision decision) {

  /**
   * A candidate with an id the caller keeps.
   *
   * @param id an id of the form {@link UnitIds} describes; the unit's own when it has one
   * @param proposal the proposal
   * @param decision the decision on it, for the same target
   * @throws IllegalArgumentException for an id not of that form, or other than the unit's own, or a
   *     decision for another target
   */
  public Kandidat {
    UnitIds.check("id", id);
    Objects.requireNonNull(proposal, "proposal is required");
    Objects.requireNonNull(decision, "decision is required");
    String own = proposal.unit().id().orElse(id);
    if (!own.equals(id)) {
      throw new InvalidFieldException("id", "id must be the unit's own id \"" + own + "\", but was \""
          + id + "\" for \"" + proposal.unit().name() + "\"");
    }
    if (decision.target() != proposal.target()) {
      throw new InvalidFieldException("decision.target",
          "decision must be for the proposal's target "
          + proposal.target() + ", but was for " + decision.target() + " (id \"" + id + "\")");
    }
  }

  /**
   * A candidate whose id is the unit's own, or, when it has none, {@link #slug(String)} of its name:
   * the same name gives the same id on every call and in every round (but a new name a new id).
   *
   * @param proposal the proposal
   * @param decision the decision on it
   * @return the candidate
   * @throws ZiException at {@code unit.name}, relative to the proposal, when the unit has no id and
   *     its name makes none
   */
  public static Kandidat of(Proposal proposal, Decision decision) {
    String id;
    try {
      id = UnitIds.of(proposal.unit());
    } catch (ZiException e) {
      throw e.within("unit");
    }
    return new Kandidat(id, proposal, decision);
  }

  /**
   * Whether this candidate's id was made from the unit's name, the unit having no id of its own: it
   * changes if the unit is renamed, and PortalRB then sees a new unit.
   *
   * @return true when the unit has no id and this id is the slug of its name
   */
  public boolean idFromName() {
    if (proposal.unit().id().isPresent()) {
      return false;
    }
    try {
      return id.equals(UnitIds.slug(proposal.unit().name()));
    } catch (ZiException e) {
      return false; // the name makes no slug: the caller gave its own id
    }
  }

  /**
   * A unit's name as an id: accents removed, lower case, every run of characters other than {@code
   * a-z} and {@code 0-9} a single {@code -}, none at either end. {@code "DPMPTSP Kabupaten
   * Pesawaran"} gives {@code "dpmptsp-kabupaten-pesawaran"}. Same as {@link UnitIds#slug(String)}.
   *
   * @param name the name
   * @return the id
   * @throws IllegalArgumentException when the name has no letter or digit, or makes an id longer than
   *     {@value UnitIds#MAX_LENGTH} characters
   */
  public static String slug(String name) {
    return UnitIds.slug(name);
  }
}
