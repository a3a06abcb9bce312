package io.github.zi4j.rules.timing;

import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.RegulationFigures;
import io.github.zi4j.rules.RuleId;
import io.github.zi4j.rules.WbkHoldingCount;
import io.github.zi4j.rules.internal.RuleContext;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.LegalBasis;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rules about when a unit may be proposed (<i>aturan waktu</i>), in report order: the round's
 * window, the building period since pencanangan, not already holding the target, the WBK prerequisite
 * and holding period for WBBM, and the cooling-off after a revocation. Each judges once per decision
 * and gives its findings and the earliest date it allows together.
 *
 * <p>Not API: the rulebook of every edition reads them from here.
 *
 * @since 0.1
 */
public final class TimingRules {

  private static final List<TimingRule> ALL = List.of(
      new RoundWindowRule(),
      new BuildingPeriodRule(),
      new NotYetHeldRule(),
      new WbkPrerequisiteRule(),
      new WbkHoldingPeriodRule(),
      new RevocationCooldownRule(),
      new ProposalRoundRule());

  private static final List<RuleId> IDS = ALL.stream().map(TimingRule::id).toList();

  /**
   * Where "one proposal a round" comes from: the yearly proposal round of the domain notes' lifecycle
   * (likely; no regulation found says it in so many words). The proposal-round rule and the planner
   * cite it.
   */
  public static final LegalBasis PROPOSAL_ROUND_BASIS =
      LegalBasis.of("Siklus Zona Integritas, periode pengusulan tahunan", Confidence.LIKELY)
          .withEnglish("The Zona Integritas cycle, a yearly proposal round");

  private TimingRules() {}

  /**
   * The first day a unit may be proposed after its year of building: pencanangan plus the building
   * period ({@link RegulationFigures#buildingPeriod()}). The one formula the building-period rule and
   * the planner use.
   *
   * @param pencanangan the unit's pencanangan
   * @param figures the figures
   * @return the day
   */
  public static LocalDate afterBuilding(LocalDate pencanangan, RegulationFigures figures) {
    return pencanangan.plus(figures.buildingPeriod().value());
  }

  /**
   * The first day a unit holding WBK since {@code since} may be proposed for WBBM: 1 January of the
   * round year the holding period reaches, counted in round years, or the exact day, counted in
   * dates ({@link RegulationFigures#wbkHoldingCount()}).
   *
   * @param since the day the WBK was awarded
   * @param figures the figures
   * @return the day
   */
  public static LocalDate afterWbkHolding(LocalDate since, RegulationFigures figures) {
    return figures.wbkHoldingCount().value() == WbkHoldingCount.ROUND_YEARS
        ? LocalDate.of(since.getYear() + figures.wbkHoldingPeriod().value().getYears(), 1, 1)
        : since.plus(figures.wbkHoldingPeriod().value());
  }

  /**
   * The first day a unit whose predicate was revoked on {@code revoked} may be proposed again: the
   * revocation plus the cooling-off period ({@link RegulationFigures#revocationCooldown()}).
   *
   * @param revoked the day of the revocation decision
   * @param figures the figures
   * @return the day
   */
  public static LocalDate afterRevocation(LocalDate revoked, RegulationFigures figures) {
    return revoked.plus(figures.revocationCooldown().value());
  }

  /**
   * The first day a unit whose proposal ended without the target in the round of {@code round} may
   * be proposed again: 1 January of the next round's year. The one formula the proposal-round rule
   * and the planner use.
   *
   * @param round the year of the round the proposal ended in
   * @return the day
   */
  public static LocalDate afterEndedProposal(int round) {
    return LocalDate.of(round + 1, 1, 1);
  }

  /**
   * The ids of the timing rules, in report order.
   *
   * @return the ids
   */
  public static List<RuleId> ids() {
    return IDS;
  }

  /**
   * Judges the proposal in {@code context} by every timing rule, once each: adds their findings to
   * {@code into} in report order and gives the earliest date they allow together. Whether the unit's
   * WBK survives a later revocation of its WBBM is asked once, for all of them.
   *
   * @param context the proposal and what it is judged with
   * @param into the decision's findings, in report order
   * @return the earliest date a proposal is allowed: the latest of the dates the rules allow (the
   *     unit's pencanangan from a rule that sets no limit); empty when waiting alone cannot satisfy a
   *     rule (the unit lacks WBK, or already holds the target)
   * @throws io.github.zi4j.InvalidFieldException naming {@code unit} and the history index when an
   *     award falls within the cooling-off of a revocation (an impossible history)
   */
  public static Optional<LocalDate> judge(RuleContext context, List<Finding> into) {
    HistoryCheck.requirePossible(context);
    Optional<WbkAfterRevocation> question = WbkAfterRevocation.of(context);
    LocalDate latest = LocalDate.MIN;
    for (TimingRule rule : ALL) {
      LocalDate earliest = rule.judge(context, question, into);
      if (earliest.isAfter(latest)) {
        latest = earliest;
      }
    }
    return latest.equals(LocalDate.MAX) ? Optional.empty() : Optional.of(latest);
  }

  /** What a rule that sets no limit on the date allows: the unit's pencanangan. */
  static LocalDate noLimit(RuleContext c) {
    return c.proposal().unit().pencanangan();
  }
}
