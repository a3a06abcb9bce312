/**
 * zi4j's portfolio: where every unit of one or several instansi stands (not yet declared, building,
 * proposable, proposed and at which stage, WBK, WBBM, revoked), its earliest round, the decision for its
 * next predicate and its gap; counts per status, instansi and round, and each round's funnel. Start with
 * {@link io.github.zi4j.portfolio.Portfolio#assess}.
 */
module io.github.zi4j.portfolio {
  requires transitive io.github.zi4j.rules;
  requires com.fasterxml.jackson.dataformat.csv;

  exports io.github.zi4j.portfolio;
}
