package io.github.zi4j.planning;

import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.rules.DecisionEngine;
import io.github.zi4j.rules.RegulationFigures;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.PredikatEvent;
import io.github.zi4j.unit.UnitKerja;
import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.LkeScorer;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.rules.score.ScoreProfile;
import io.github.zi4j.rules.timing.TimingRules;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Plans a unit's way to WBK or WBBM (<i>perencanaan</i>): the earliest round it can enter, the smallest
 * set of LKE answers that reaches the target, the answers that weigh most, and what a change of answers
 * would do. The entry point of {@code io.github.zi4j.planning}.
 *
 * <pre>{@code
 * Planner planner = Planner.standard();
 * EarliestRound when = planner.earliestRound(unit, Predikat.WBBM, LocalDate.now());
 * GapPlan plan = planner.smallestGap(worksheet, GapOptions.of(Predikat.WBBM));
 * System.out.println(plan.explain(Locale.ENGLISH));
 * }</pre>
 *
 * <p>A planner reads the figures (thresholds, periods) and the proposal rounds of a {@link
 * DecisionEngine}: the same as its decisions. Immutable and thread-safe: build one and share it.
 *
 * @since 0.1
 */
public final class Planner {

  private static final Planner STANDARD = new Planner(DecisionEngine.standard());

  /** How many rounds after the first an {@link EarliestRound} shows. */
  static final int LATER_ROUNDS = 3;

  static final LegalBasis PLANNING_DAY_BASIS =
      LegalBasis.of("Tanggal perencanaan (usulan tidak dibuat surut)", Confidence.SURE)
          .withEnglish("The planning day (a proposal is not backdated)");
  static final LegalBasis CYCLE_BASIS =
      LegalBasis.of("Siklus predikat Zona Integritas", Confidence.SURE)
          .withEnglish("The Zona Integritas predicate cycle");

  private final DecisionEngine engine;
  private final Map<Edition, ScoreProfile> profiles = new EnumMap<>(Edition.class);

  private Planner(DecisionEngine engine) {
    this.engine = engine;
    for (Edition edition : Edition.values()) {
      profiles.put(edition, ScoreProfile.of(edition, engine.figures()));
    }
  }

  /**
   * The planner with the bundled figures and rounds.
   *
   * @return the standard planner
   */
  public static Planner standard() {
    return STANDARD;
  }

  /**
   * A planner with an engine's figures and rounds.
   *
   * @param engine the engine whose figures and rounds to plan with
   * @return the planner
   */
  public static Planner of(DecisionEngine engine) {
    return new Planner(Objects.requireNonNull(engine, "engine"));
  }

  /**
   * The engine this planner decides with.
   *
   * @return the engine
   */
  public DecisionEngine engine() {
    return engine;
  }

  /**
   * The first round {@code unit} can enter for {@code target}, planning on {@code asOf}: the latest of
   * the day itself, a year of building since pencanangan, for WBBM the WBK holding period (in round
   * years by default), two years after a revocation, and the next round after a proposal that ended
   * without the target; then the first round from that day's year on
   * that is not known to have closed by then, its window's opening when that is later. Waiting alone
   * cannot help a WBBM target without WBK, nor a target already held: then there is no round, and the
   * limit says why.
   *
   * <p>The same limits as the timing rules of {@link DecisionEngine#decide}, by their formulas
   * ({@code TimingRules}), read from the unit alone so that a province's units can be planned in
   * microseconds; whether the unit's instansi meets the round's
   * criteria is not judged here (an unknown criterion is listed).
   *
   * @param unit the unit
   * @param target the predicate aimed at
   * @param asOf the planning day: history up to it is read, and no earlier day is proposed
   * @return the earliest round, the limits and the rounds after it
   */
  public EarliestRound earliestRound(UnitKerja unit, Predikat target, LocalDate asOf) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(asOf, "asOf");
    RegulationFigures figures = engine.figures();
    List<Binding> limits = new ArrayList<>(5);
    boolean blocked = false;
    limits.add(new Binding(Limit.PLANNING_DAY, Optional.of(asOf), Optional.of(asOf), false,
        PLANNING_DAY_BASIS));
    LocalDate pencanangan = unit.pencanangan();
    limits.add(new Binding(Limit.BUILDING_PERIOD, Optional.of(pencanangan),
        Optional.of(TimingRules.afterBuilding(pencanangan, figures)), false,
        figures.buildingPeriod().basis()));
    Optional<Predikat> highest = unit.highestOn(asOf);
    if (highest.isPresent() && highest.get().compareTo(target) >= 0) {
      limits.add(new Binding(Limit.ALREADY_HELD, unit.heldSince(highest.get(), asOf),
          Optional.empty(), true, CYCLE_BASIS));
      blocked = true;
    }
    if (target == Predikat.WBBM) {
      Optional<LocalDate> wbk = unit.heldSince(Predikat.WBK, asOf);
      if (wbk.isEmpty()) {
        limits.add(new Binding(Limit.WBK_REQUIRED, Optional.empty(), Optional.empty(), true,
            CYCLE_BASIS));
        blocked = true;
      } else {
        LocalDate allowed = TimingRules.afterWbkHolding(wbk.get(), figures);
        limits.add(new Binding(Limit.WBK_HOLDING_PERIOD, wbk, Optional.of(allowed), false,
            figures.wbkHoldingPeriod().basis()));
      }
    }
    Optional<PredikatEvent> revocation = unit.lastRevocationOnOrBefore(asOf);
    revocation.ifPresent(revoked -> limits.add(new Binding(Limit.REVOCATION_COOLDOWN,
        Optional.of(revoked.date()),
        Optional.of(TimingRules.afterRevocation(revoked.date(), figures)), false,
        figures.revocationCooldown().basis())));
    unit.lastProposal()
        .filter(last -> last.predikat() == target && last.stage().endsWithoutAward()
            && last.round() <= asOf.getYear())
        .ifPresent(ended -> limits.add(new Binding(Limit.PROPOSAL_ENDED, ended.date(),
            Optional.of(TimingRules.afterEndedProposal(ended.round())), false,
            TimingRules.PROPOSAL_ROUND_BASIS)));
    if (blocked) {
      return new EarliestRound(unit.name(), target, asOf, Optional.empty(), limits,
          Optional.empty(), List.of());
    }
    LocalDate day = asOf;
    for (Binding limit : limits) {
      if (limit.allows().get().isAfter(day)) {
        day = limit.allows().get();
      }
    }
    ProposalRound round = null;
    boolean catalogued = false;
    for (int year = day.getYear(); round == null; year++) {
      Optional<ProposalRound> known = engine.rounds().forYear(year);
      ProposalRound candidate = known.orElseGet(bare(year));
      if (!candidate.closedOn(day)) {
        round = candidate;
        catalogued = known.isPresent();
      }
    }
    RoundOutlook first = RoundOutlook.of(round, catalogued, day, target);
    List<Binding> marked = new ArrayList<>(limits.size() + 1);
    boolean windowBinds = first.firstDay().isAfter(day);
    for (Binding limit : limits) {
      boolean binds = !windowBinds && limit.allows().get().equals(day);
      marked.add(new Binding(limit.limit(), limit.since(), limit.allows(), binds, limit.basis()));
    }
    if (round.opens().isPresent()) {
      marked.add(new Binding(Limit.ROUND_WINDOW, round.opens(), round.opens(), windowBinds,
          round.basis()));
    }
    List<RoundOutlook> later = new ArrayList<>(LATER_ROUNDS);
    for (int year = round.year() + 1; year <= round.year() + LATER_ROUNDS; year++) {
      Optional<ProposalRound> known = engine.rounds().forYear(year);
      later.add(RoundOutlook.of(known.orElseGet(bare(year)), known.isPresent(), day, target));
    }
    return new EarliestRound(unit.name(), target, asOf, Optional.of(day), marked,
        Optional.of(first), later);
  }

  /**
   * The smallest set of answer changes on {@code worksheet} that meets every threshold of the
   * target: the total, the pengungkit, each area's share, the hasil groups, IPAK, capaian kinerja
   * and IPKP, as this planner's figures give them. Scored with the bundled template of the
   * worksheet's edition.
   *
   * @param worksheet a complete worksheet of an edition whose template has the area-level form
   *     (PermenPANRB 90/2021)
   * @param options the target, what may change and what it costs
   * @return the plan, or the thresholds that cannot be met and by how much at best
   * @throws IllegalArgumentException when the worksheet is incomplete, has answers its questions do
   *     not take, or its edition has no area-level form; naming the questions
   */
  public GapPlan smallestGap(Worksheet worksheet, GapOptions options) {
    Objects.requireNonNull(worksheet, "worksheet");
    Objects.requireNonNull(options, "options");
    return GapSolver.solve(LkeScorer.bundled(worksheet.edition()), engine.figures(),
        Optional.of(profiles.get(worksheet.edition())), worksheet, options);
  }

  /**
   * The smallest gap on a worksheet of another template (an instansi's adapted LKE, or a small one
   * for testing), checked against this planner's figures by the template's own nodes.
   *
   * @param scorer the scorer of the template
   * @param worksheet a complete worksheet
   * @param options the target, what may change and what it costs
   * @return the plan
   * @throws IllegalArgumentException as {@link #smallestGap(Worksheet, GapOptions)}
   */
  public GapPlan smallestGap(LkeScorer scorer, Worksheet worksheet, GapOptions options) {
    return GapSolver.solve(scorer, engine.figures(), Optional.empty(), worksheet, options);
  }

  /**
   * Every single answer change allowed on {@code worksheet}, ranked by the points it adds to the LKE
   * total (most first; then fewer steps, then template order), each with the unmet thresholds of the
   * target it helps: where one improvement weighs most.
   *
   * @param worksheet a complete worksheet of an edition with the area-level form
   * @param options the target and what may change
   * @return the levers
   * @throws IllegalArgumentException as {@link #smallestGap(Worksheet, GapOptions)}
   */
  public List<Lever> levers(Worksheet worksheet, GapOptions options) {
    Role role = options.role().orElse(worksheet.decidingRole());
    LkeScorer scorer = LkeScorer.bundled(worksheet.edition());
    scorer.check(worksheet, role);
    GapModel model = new GapModel(scorer.template(), engine.figures(), worksheet.answersOf(role),
        options);
    long start = model.evaluate(model.root, Map.of(), GapModel.START);
    List<Lever> levers = new ArrayList<>();
    List<String> order = new ArrayList<>(scorer.template().questionIds());
    for (GapModel.Indicator indicator : model.indicators) {
      for (int e = 0; e < indicator.elements.size(); e++) {
        GapModel.Element element = indicator.elements.get(e);
        List<Threshold> helps = new ArrayList<>();
        for (GapModel.Group group : model.groupsOf.get(element.question.id())) {
          if (group.threshold.isPresent() && group.start < group.minimum) {
            helps.add(group.threshold.get());
          }
        }
        for (int a = 1; a < element.answers.length; a++) {
          int[] alone = new int[indicator.elements.size()];
          alone[e] = a;
          Map<GapModel.Indicator, int[]> single = new java.util.IdentityHashMap<>();
          single.put(indicator, alone);
          long gained = model.evaluate(model.root, single, GapModel.TRIAL) - start;
          levers.add(new Lever(element.question.id(), element.question.soalId(),
              element.question.text(), element.kind, element.answers[0], element.answers[a],
              element.steps[a], GapModel.points10(gained), helps));
        }
      }
    }
    levers.sort(java.util.Comparator.comparing(Lever::points).reversed()
        .thenComparingLong(Lever::steps)
        .thenComparingInt(l -> order.indexOf(l.questionId())));
    return List.copyOf(levers);
  }

  /**
   * A scenario of {@code worksheet}: scored once, then asked what changes of answers would do, each
   * recomputing only the indicators a change touches and the nodes above them.
   *
   * @param worksheet a complete worksheet of an edition with the area-level form
   * @return the scenario
   * @throws IllegalArgumentException when the worksheet is incomplete or has answers its questions do
   *     not take
   */
  public Scenario scenario(Worksheet worksheet) {
    Role role = worksheet.decidingRole();
    LkeScorer scorer = LkeScorer.bundled(worksheet.edition());
    scorer.check(worksheet, role);
    return new Scenario(scorer.template(), engine.figures(), worksheet.answersOf(role));
  }

  /**
   * What {@code changes} would do to {@code worksheet}: {@code scenario(worksheet).whatIf(changes)}.
   *
   * @param worksheet a complete worksheet
   * @param changes the new answers by question id, of the worksheet's deciding role
   * @return the what-if
   * @throws IllegalArgumentException as {@link Scenario#whatIf}
   */
  public WhatIf whatIf(Worksheet worksheet, Map<String, Answer> changes) {
    return scenario(worksheet).whatIf(changes);
  }

  private static java.util.function.Supplier<ProposalRound> bare(int year) {
    return () -> ProposalRound.ofYear(year);
  }
}
