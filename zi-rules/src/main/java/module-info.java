/**
 * zi4j's rules engine: the eligibility decision for a unit kerja proposed for WBK or WBBM, explained
 * finding by finding with its legal basis, in Bahasa Indonesia or English. Start with {@link
 * io.github.zi4j.rules.DecisionEngine#standard()}.
 *
 * <p>Only {@code io.github.zi4j.rules} and {@code io.github.zi4j.rules.portalrb} (PortalRB's
 * {@code /pengusulan} responses) are API; the packages of the rules themselves are not exported.
 */
module io.github.zi4j.rules {
  requires transitive io.github.zi4j.core;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires static org.immutables.value;

  exports io.github.zi4j.rules;
  exports io.github.zi4j.rules.portalrb;
  exports io.github.zi4j.planning;

  // Jackson reads the bundled figures by reflection
  opens io.github.zi4j.rules to com.fasterxml.jackson.databind;
  // Jackson writes and reads PortalRB's responses by reflection
  opens io.github.zi4j.rules.portalrb to com.fasterxml.jackson.databind;
  // Jackson writes plans by reflection
  opens io.github.zi4j.planning to com.fasterxml.jackson.databind;
}
