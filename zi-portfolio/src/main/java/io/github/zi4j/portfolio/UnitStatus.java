package io.github.zi4j.portfolio;

import io.github.zi4j.Language;
import java.util.Locale;

/**
 * Where a unit stands in a portfolio on a day, for a round (<i>status unit</i>).
 *
 * <p>Decided in this order: {@link #NOT_DECLARED} without a pencanangan; {@link #WBBM} when it holds
 * WBBM; {@link #PROPOSED} when it was proposed in the round and not (yet) awarded; {@link #WBK} when it
 * holds WBK; {@link #REVOKED} when its last predicate was revoked and it holds none; else {@link
 * #PROPOSABLE} when the unit's own limits for WBK (a year of building, the ban after a revocation, an
 * ended proposal) allow a proposal by the round's last day (its closing when known, else the end of its
 * year), {@link #BUILDING} when they allow one only later.
 *
 * @since 0.1
 */
public enum UnitStatus {
  /** Its Zona Integritas is not yet declared (<i>belum pencanangan</i>). */
  NOT_DECLARED("Belum pencanangan", "Not yet declared"),
  /** Building, not yet proposable in the round (<i>pembangunan</i>). */
  BUILDING("Pembangunan", "Building"),
  /** May be proposed for WBK in the round as far as timing goes (<i>dapat diusulkan</i>). */
  PROPOSABLE("Dapat diusulkan", "Proposable"),
  /** Proposed in the round; its stage says how far it went (<i>diusulkan</i>). */
  PROPOSED("Diusulkan", "Proposed"),
  /** Holds WBK. */
  WBK("WBK", "WBK"),
  /** Holds WBBM. */
  WBBM("WBBM", "WBBM"),
  /** Its predicate was revoked and it holds none (<i>dicabut</i>). */
  REVOKED("Predikat dicabut", "Revoked");

  private final String indonesian;
  private final String english;

  UnitStatus(String indonesian, String english) {
    this.indonesian = indonesian;
    this.english = english;
  }

  /**
   * The status's name for a reader.
   *
   * @param locale the reader's locale ({@link Language#of(Locale)})
   * @return for example "Dapat diusulkan" or "Proposable"
   */
  public String label(Locale locale) {
    return Language.of(locale).pick(indonesian, english);
  }
}
