/**
 * zi4j's immutable model of the Zona Integritas programme: instansi, unit kerja, predicates, proposal
 * rounds, regulation editions, LKE templates, worksheets and their scoring, and the JSON they are read
 * from and written to ({@link io.github.zi4j.ZiJson}).
 *
 * <p>{@code io.github.zi4j.internal} is not API: it is exported to zi-rules, zi-workbook and
 * zi-portfolio only.
 */
@SuppressWarnings("module") // zi-rules, zi-workbook and zi-portfolio, to which internal is exported, are compiled after this module
module io.github.zi4j.core {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires static org.immutables.value;

  exports io.github.zi4j;
  exports io.github.zi4j.instansi;
  exports io.github.zi4j.lke;
  exports io.github.zi4j.portalrb;
  exports io.github.zi4j.proposal;
  exports io.github.zi4j.regulation;
  exports io.github.zi4j.round;
  exports io.github.zi4j.unit;
  exports io.github.zi4j.internal to io.github.zi4j.rules, io.github.zi4j.workbook,
      io.github.zi4j.portfolio;

  // Jackson reads and writes the values by reflection
  opens io.github.zi4j to com.fasterxml.jackson.databind;
  opens io.github.zi4j.instansi to com.fasterxml.jackson.databind;
  opens io.github.zi4j.lke to com.fasterxml.jackson.databind;
  opens io.github.zi4j.portalrb to com.fasterxml.jackson.databind;
  opens io.github.zi4j.proposal to com.fasterxml.jackson.databind;
  opens io.github.zi4j.regulation to com.fasterxml.jackson.databind;
  opens io.github.zi4j.round to com.fasterxml.jackson.databind;
  opens io.github.zi4j.unit to com.fasterxml.jackson.databind;
}
