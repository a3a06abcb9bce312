package io.github.zi4j.rules.internal;

import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.RegulationFigures;
import io.github.zi4j.rules.RuleId;
import io.github.zi4j.rules.Status;
import io.github.zi4j.unit.Predikat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a rule reads: the proposal, the edition it is judged under, the figures, and the round resolved
 * for it, with the year of the instansi's facts that round's criteria read.
 *
 * <p>Not API. Immutable.
 */
public final class RuleContext {

  private final Proposal proposal;
  private final Edition edition;
  private final RegulationFigures figures;
  private final Optional<ProposalRound> round;
  /**
   * Read once from the round, as a number: the four instansi rules each ask for it; {@link
   * #NO_YEAR} when the round is not known or names none.
   */
  private final int evidenceYear;
  /** The date judged on as a finding shows it: made once, for several timing rules show it. */
  private final Measure.Day asOfDay;

  private static final int NO_YEAR = Integer.MIN_VALUE;

  /**
   * The context of a decision on {@code proposal}.
   *
   * @param proposal the proposal
   * @param edition the edition it is judged under
   * @param figures the figures compared with
   * @param round the proposal round resolved for it, when known
   */
  public RuleContext(Proposal proposal, Edition edition, RegulationFigures figures,
      Optional<ProposalRound> round) {
    this.proposal = Objects.requireNonNull(proposal, "proposal");
    this.edition = Objects.requireNonNull(edition, "edition");
    this.figures = Objects.requireNonNull(figures, "figures");
    this.round = Objects.requireNonNull(round, "round");
    OptionalInt year = round.isPresent() ? round.get().evidenceYear() : OptionalInt.empty();
    this.evidenceYear = year.isPresent() ? year.getAsInt() : NO_YEAR;
    this.asOfDay = new Measure.Day(proposal.asOf());
  }

  /**
   * The proposal.
   *
   * @return the proposal
   */
  public Proposal proposal() {
    return proposal;
  }

  /**
   * The edition the proposal is judged under.
   *
   * @return the edition
   */
  public Edition edition() {
    return edition;
  }

  /**
   * The figures compared with.
   *
   * @return the figures
   */
  public RegulationFigures figures() {
    return figures;
  }

  /**
   * The proposal round resolved for the proposal.
   *
   * @return the round, when known
   */
  public Optional<ProposalRound> round() {
    return round;
  }

  /**
   * The year of the instansi's facts the round's criteria read ({@link
   * ProposalRound#evidenceYear()}), as a number: a rule asks for it only where the round has criteria,
   * and a round with criteria always names it.
   *
   * @return the year
   * @throws IllegalStateException when the round is not known or names no year
   */
  public int evidenceYear() {
    if (evidenceYear == NO_YEAR) {
      throw new IllegalStateException("the round " + round.map(r -> String.valueOf(r.year()))
          .orElse("(none)") + " names no evidence year");
    }
    return evidenceYear;
  }

  /**
   * The predicate the proposal is for.
   *
   * @return the target
   */
  public Predikat target() {
    return proposal.target();
  }

  /**
   * The date the proposal is judged on.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return proposal.asOf();
  }

  /**
   * The date the proposal is judged on, as a finding shows it.
   *
   * @return the date as a measure
   */
  public Measure.Day asOfDay() {
    return asOfDay;
  }

  /**
   * A finding of this context's target, made at once (no builder): a decision makes about twenty, so
   * each is one object. The measures, the variant and the area are {@code null} when the finding has
   * none; this is internal code ({@link FindingMaker}), and the finding's API gives them as {@link
   * Optional}s.
   *
   * @param rule the rule
   * @param status the status
   * @param variant the sentence's variant, or null
   * @param required what the rule required, or null
   * @param actual what was found, or null
   * @param shortfall by how much it fell short, or null
   * @param context the further value the sentence names, or null
   * @param basis the legal basis
   * @return the finding
   */
  public Finding finding(RuleId rule, Status status, String variant, Measure required,
      Measure actual, Measure shortfall, Measure context, LegalBasis basis) {
    return finding(rule, status, target(), null, null, variant, required, actual, shortfall,
        context, basis);
  }

  /**
   * A finding, made at once (no builder); the values a finding may lack are {@code null} when it
   * lacks them.
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
  public static Finding finding(RuleId rule, Status status, Predikat target, AreaPerubahan area,
      String node, String variant, Measure required, Measure actual, Measure shortfall,
      Measure context, LegalBasis basis) {
    return FindingMaker.make(rule, status, target, area, node, variant, required, actual,
        shortfall, context, basis);
  }

  /**
   * The days from the proposal's date to {@code earliest}, when the date is before it: the shortfall
   * of a rule that allows a proposal from {@code earliest} on.
   *
   * @param earliest the earliest date a rule allows
   * @return the days short, or null when the date is not before it
   */
  public Measure.Days daysShort(LocalDate earliest) {
    return asOf().isBefore(earliest)
        ? new Measure.Days(ChronoUnit.DAYS.between(asOf(), earliest)) : null;
  }
}
