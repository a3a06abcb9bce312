package io.github.zi4j.rules.portalrb;

import io.github.zi4j.internal.Limits;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.rules.Decision;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * A unit the instansi may propose, with its decision (<i>calon unit usulan</i>): the unit's stable id,
 * its proposal and the engine's decision on it.
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
   * @param id not blank
   * @param proposal the proposal
   * @param decision the decision on it, for the same target
   * @throws IllegalArgumentException for a blank id, or a decision for another target
   */
  public Kandidat {
    UnitUsulan.requireText(id, "id");
    Objects.requireNonNull(proposal, "proposal is required");
    Objects.requireNonNull(decision, "decision is required");
    if (decision.target() != proposal.target()) {
      throw new IllegalArgumentException("decision must be for the proposal's target "
          + proposal.target() + ", but was for " + decision.target() + " (id \"" + id + "\")");
    }
  }

  /**
   * A candidate whose id is {@link #slug(String)} of the unit's name: the same name gives the same id
   * on every call and in every round.
   *
   * @param proposal the proposal
   * @param decision the decision on it
   * @return the candidate
   * @throws IllegalArgumentException when the name has no letter or digit
   */
  public static Kandidat of(Proposal proposal, Decision decision) {
    return new Kandidat(slug(proposal.unit().name()), proposal, decision);
  }

  /**
   * A unit's name as an id: accents removed, lower case, every run of characters other than {@code
   * a-z} and {@code 0-9} a single {@code -}, none at either end. {@code "DPMPTSP Kabupaten
   * Pesawaran"} gives {@code "dpmptsp-kabupaten-pesawaran"}.
   *
   * @param name the name
   * @return the id
   * @throws IllegalArgumentException when the name has no letter or digit
   */
  public static String slug(String name) {
    String plain = Normalizer.normalize(Objects.requireNonNull(name, "name"), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.isEmpty()) {
      throw new IllegalArgumentException("a unit's name must have a letter or digit to make an id,"
          + " but was \"" + Limits.quote(name) + "\"");
    }
    return slug;
  }
}
