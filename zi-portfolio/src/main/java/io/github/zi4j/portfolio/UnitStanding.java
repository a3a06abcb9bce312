package io.github.zi4j.portfolio;

import io.github.zi4j.Language;
import io.github.zi4j.planning.EarliestRound;
import io.github.zi4j.planning.RoundOutlook;
import io.github.zi4j.rules.Decision;
import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.Status;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.ProposalStage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one unit of a portfolio stands (<i>posisi unit</i>): its status, the stage of its proposal in
 * the round, the next predicate it can aim for, its earliest round for it, the decision for it in the
 * round, and its gap.
 *
 * <p>Typed data; {@link #explain(Locale)} writes the sentences when asked.
 *
 * @param unit the unit
 * @param status where it stands
 * @param stage when {@link UnitStatus#PROPOSED}, the furthest stage of its proposal in the round
 * @param next the predicate it can aim for next: WBK without a predicate, WBBM with WBK; empty for a
 *     unit holding WBBM
 * @param earliest for a declared unit with a next predicate, its earliest round for it
 * @param decision for a declared unit with a next predicate, the decision for it in the round: on the
 *     first day of its earliest round when that is the round, else on the portfolio's day
 * @since 0.1
 */
public record UnitStanding(PortfolioUnit unit, UnitStatus status, Optional<ProposalStage> stage,
    Optional<Predikat> next, Optional<EarliestRound> earliest, Optional<Decision> decision) {

  /**
   * A unit's standing.
   *
   * @param unit the unit
   * @param status its status
   * @param stage its stage, only when proposed
   * @param next its next predicate
   * @param earliest its earliest round, only with a next predicate
   * @param decision its decision, only with a next predicate
   * @throws IllegalArgumentException when a stage is given without the status PROPOSED or missing
   *     with it, or an earliest round or a decision is given without a next predicate
   */
  public UnitStanding {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(status, "status");
    stage = stage == null ? Optional.empty() : stage;
    next = next == null ? Optional.empty() : next;
    earliest = earliest == null ? Optional.empty() : earliest;
    decision = decision == null ? Optional.empty() : decision;
    if (stage.isPresent() != (status == UnitStatus.PROPOSED)) {
      throw new IllegalArgumentException("a unit's stage must be given exactly when its status is"
          + " PROPOSED, but the status was " + status + " and the stage " + stage);
    }
    if (next.isEmpty() && (earliest.isPresent() || decision.isPresent())) {
      throw new IllegalArgumentException("a unit with no next predicate has no earliest round and"
          + " no decision");
    }
  }

  /**
   * The year of the unit's earliest round for its next predicate.
   *
   * @return the year, when waiting can make the unit proposable
   */
  public Optional<Integer> earliestRound() {
    return earliest.flatMap(EarliestRound::first).map(RoundOutlook::year);
  }

  /**
   * The unit's gap to its next predicate in the round: each LKE threshold its decision found unmet,
   * with what was required, what was found and the shortfall (area-level: the total, each area's share,
   * the hasil, the surveys). Empty when the LKE meets them, or there is no decision; a unit without an
   * LKE has none to measure, which {@link #lkeUnknown()} tells.
   *
   * @return the failed LKE findings, in the decision's order
   */
  public List<Finding> gap() {
    if (decision.isEmpty()) {
      return List.of();
    }
    List<Finding> gap = new ArrayList<>();
    for (Finding finding : decision.get().findings(Status.FAIL)) {
      if (isLke(finding)) {
        gap.add(finding);
      }
    }
    return gap;
  }

  /**
   * Whether the decision could not judge the LKE (none given, or the figures it needs are unknown).
   *
   * @return true when an LKE finding is UNKNOWN
   */
  public boolean lkeUnknown() {
    return decision.isPresent() && decision.get().findings(Status.UNKNOWN).stream()
        .anyMatch(UnitStanding::isLke);
  }

  private static boolean isLke(Finding finding) {
    return finding.rule().name().startsWith("LKE_");
  }

  /**
   * The unit's standing as sentences: its status, its earliest round with what binds it, and the
   * decision's explanation.
   *
   * @param locale the reader's locale ({@link Language#of(Locale)})
   * @return the text
   */
  public String explain(Locale locale) {
    Language language = Language.of(locale);
    StringBuilder text = new StringBuilder();
    text.append(unit.name()).append(" (").append(unit.instansi().name()).append("): ")
        .append(status.label(locale));
    stage.ifPresent(s -> text.append(", ").append(s.label(locale)));
    text.append('\n');
    if (!unit.isDeclared()) {
      text.append(language.pick(
          "Langkah berikutnya: pencanangan Zona Integritas, lalu satu tahun pembangunan sebelum usulan"
              + " WBK.",
          "Next step: declare the Zona Integritas (pencanangan), then a year of building before a WBK"
              + " proposal.")).append('\n');
      return text.toString();
    }
    if (next.isEmpty()) {
      text.append(language.pick("Predikat tertinggi sudah dipegang; pemantauan berlanjut.",
          "The highest predicate is held; monitoring goes on.")).append('\n');
      return text.toString();
    }
    earliest.ifPresent(e -> text.append(e.explain(locale)).append('\n'));
    decision.ifPresent(d -> text.append(d.explain(locale)));
    return text.toString();
  }

  /**
   * The same text in Bahasa Indonesia, {@link Language#DEFAULT}.
   *
   * @return the text
   */
  public String explain() {
    return explain(Language.DEFAULT.locale());
  }
}
