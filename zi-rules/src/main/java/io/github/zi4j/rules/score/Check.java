package io.github.zi4j.rules.score;

import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.lke.NodeRole;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.rules.Figure;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.RuleId;
import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * One minimum of an edition's profile: a template node's points (or, for the per-area rule, each
 * area's share of its weight) against a figure per predicate.
 *
 * @param rule the rule that reports it
 * @param node the template node, for a node's minimum; empty for the per-area check
 * @param role the node's role, by which an area-level result gives its points
 * @param reportsNode whether its findings name the node (the generic per-node rule does)
 * @param subject what a sentence about a node names: the node's name, or for a rule of its own the
 *     edition whose figure it is
 * @param contextRole the indicator whose answer a sentence names beside the points (the survey index,
 *     the capaian kinerja grade)
 * @param minimums the figure per predicate; a predicate without one is not known
 * @param unknownBasis what a finding cites when the target's figure is not known
 * @param figures the figure per predicate's ordinal, null when not known: an array's lookup, not a
 *     map's or a list's, for a decision reads each check's figures several times (never changed)
 * @param values the figures' values per predicate, compared with a score's points
 * @param shown each known minimum as a passing finding shows it, made once, per predicate's
 *     ordinal, null when not known (never changed)
 */
record Check(
    RuleId rule,
    Optional<String> node,
    Optional<NodeRole> role,
    boolean reportsNode,
    Measure subject,
    Optional<NodeRole> contextRole,
    Map<Predikat, Figure<BigDecimal>> minimums,
    LegalBasis unknownBasis,
    Figure<BigDecimal>[] figures,
    Minimums values,
    Measure.Points[] shown) {

  /** A check whose figures, values and shown minimums by ordinal are made from its figures. */
  Check(RuleId rule, Optional<String> node, Optional<NodeRole> role, boolean reportsNode,
      Measure subject, Optional<NodeRole> contextRole, Map<Predikat, Figure<BigDecimal>> minimums,
      LegalBasis unknownBasis) {
    this(rule, node, role, reportsNode, subject, contextRole, minimums, unknownBasis,
        figures(minimums), new Minimums(values(minimums)), shown(values(minimums)));
  }

  @SuppressWarnings("unchecked")
  private static Figure<BigDecimal>[] figures(Map<Predikat, Figure<BigDecimal>> minimums) {
    Figure<BigDecimal>[] figures = (Figure<BigDecimal>[]) new Figure<?>[Predikat.values().length];
    minimums.forEach((predikat, figure) -> figures[predikat.ordinal()] = figure);
    return figures;
  }

  /** Each minimum as a passing finding shows it, by predicate's ordinal, null where none. */
  private static Measure.Points[] shown(Map<Predikat, BigDecimal> minimums) {
    Measure.Points[] shown = new Measure.Points[Predikat.values().length];
    minimums.forEach((predikat, minimum) -> shown[predikat.ordinal()] =
        new Measure.Points(minimum));
    return shown;
  }

  private static Map<Predikat, BigDecimal> values(Map<Predikat, Figure<BigDecimal>> minimums) {
    Map<Predikat, BigDecimal> values = new java.util.EnumMap<>(Predikat.class);
    minimums.forEach((predikat, figure) -> values.put(predikat, figure.value()));
    return values;
  }

  /** Whether this is the per-area check. */
  boolean perArea() {
    return node.isEmpty();
  }

  /** The figure for {@code predikat}, when known. */
  Optional<Figure<BigDecimal>> minimum(Predikat predikat) {
    return Optional.ofNullable(figures[predikat.ordinal()]);
  }

  /**
   * An area, or one part of it, and the points it needs per predicate: the share of its weight, worked
   * out once.
   */
  record Part(AreaPerubahan area, Optional<String> part, Minimums values,
      Measure.Points[] shown) {

    /** A part needing {@code minimums}, its values and shown minimums by ordinal made from them. */
    Part(AreaPerubahan area, Optional<String> part, Map<Predikat, BigDecimal> minimums) {
      this(area, part, new Minimums(minimums), Check.shown(minimums));
    }
  }
}
