package io.github.zi4j.planning;

import io.github.zi4j.lke.Role;
import io.github.zi4j.unit.Predikat;
import java.util.Objects;
import java.util.Optional;

/**
 * What a smallest-gap plan aims at and may change (<i>opsi rencana</i>).
 *
 * @param target the predicate whose thresholds the plan must meet
 * @param allowHasil whether the surveys (IPAK, IPKP) and capaian kinerja may be changed; by default
 *     they are facts of the unit, not answers to improve
 * @param costs what changing each soal costs; 1 each by default
 * @param role whose answers to plan from; empty for the worksheet's deciding role (the TPI's when it
 *     answered, else the unit's own)
 *
 * @since 0.1
 */
public record GapOptions(Predikat target, boolean allowHasil, SoalCosts costs,
    Optional<Role> role) {

  /**
   * Options.
   *
   * @param target the target
   * @param allowHasil whether surveys and capaian kinerja may change
   * @param costs the costs
   * @param role whose answers, or empty
   */
  public GapOptions {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(costs, "costs");
    role = role == null ? Optional.empty() : role;
  }

  /**
   * The default options for {@code target}: graded answers and counts of work done, each costing 1.
   *
   * @param target the target
   * @return the options
   */
  public static GapOptions of(Predikat target) {
    return new GapOptions(target, false, SoalCosts.UNIFORM, Optional.empty());
  }

  /**
   * These options with the surveys and capaian kinerja allowed to change, or not.
   *
   * @param allow true to allow
   * @return new options
   */
  public GapOptions withHasil(boolean allow) {
    return new GapOptions(target, allow, costs, role);
  }

  /**
   * These options with other costs.
   *
   * @param costs the costs
   * @return new options
   */
  public GapOptions withCosts(SoalCosts costs) {
    return new GapOptions(target, allowHasil, costs, role);
  }

  /**
   * These options planning from {@code role}'s answers.
   *
   * @param role whose answers
   * @return new options
   */
  public GapOptions withRole(Role role) {
    return new GapOptions(target, allowHasil, costs, Optional.of(role));
  }
}
