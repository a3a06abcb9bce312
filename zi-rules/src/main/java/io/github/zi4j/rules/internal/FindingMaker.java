package io.github.zi4j.rules.internal;

import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.RuleId;
import io.github.zi4j.rules.Status;
import io.github.zi4j.unit.Predikat;
import java.util.Objects;

/**
 * How the rules make a {@link Finding} at once, from values that may be absent ({@code null}): no
 * builder and no {@link java.util.Optional} per value, since a decision makes about twenty. {@link
 * Finding} installs its constructor here when its class is initialized; the API offers only its
 * builder.
 *
 * <p>Not API: this package is not exported.
 */
public final class FindingMaker {

  /** A finding's constructor. */
  @FunctionalInterface
  public interface Constructor {
    /**
     * A finding of these values; those that may be absent are {@code null} when they are.
     *
     * @param rule the rule
     * @param status the status
     * @param target the predicate proposed for
     * @param area the area of change, or null
     * @param node the template node's id, or null
     * @param variant the sentence's variant, or null
     * @param required what the rule required, or null
     * @param actual what was found, or null
     * @param shortfall by how much it fell short, or null
     * @param context the further value the sentence names, or null
     * @param basis the legal basis
     * @return the finding
     */
    Finding make(RuleId rule, Status status, Predikat target, AreaPerubahan area, String node,
        String variant, Measure required, Measure actual, Measure shortfall, Measure context,
        LegalBasis basis);
  }

  /** Finding's constructor, once its class is initialized. */
  private static volatile Constructor constructor;

  private FindingMaker() {}

  /**
   * Installs {@link Finding}'s constructor: called once, by its class initialization.
   *
   * @param made the constructor
   * @throws IllegalStateException when one is installed already
   */
  public static synchronized void install(Constructor made) {
    if (constructor != null) {
      throw new IllegalStateException("a finding's constructor is installed already");
    }
    constructor = Objects.requireNonNull(made, "made");
  }

  /**
   * A finding of these values; those that may be absent are {@code null} when they are.
   *
   * @param rule the rule
   * @param status the status
   * @param target the predicate proposed for
   * @param area the area of change, or null
   * @param node the template node's id, or null
   * @param variant the sentence's variant, or null
   * @param required what the rule required, or null
   * @param actual what was found, or null
   * @param shortfall by how much it fell short, or null
   * @param context the further value the sentence names, or null
   * @param basis the legal basis
   * @return the finding, whose sentence is not looked up: the rules make only findings the message
   *     bundles have a sentence for ({@code FindingMessagesTest}); with assertions on, a finding
   *     without one fails here, naming its rule, status and variant
   */
  public static Finding make(RuleId rule, Status status, Predikat target, AreaPerubahan area,
      String node, String variant, Measure required, Measure actual, Measure shortfall,
      Measure context, LegalBasis basis) {
    Constructor made = constructor;
    if (made == null) {
      Finding.builder(); // initializes Finding, which installs its constructor
      made = constructor;
    }
    return made.make(rule, status, target, area, node, variant, required, actual, shortfall,
        context, basis);
  }
}
