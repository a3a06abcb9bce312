package io.github.zi4j.portfolio;

import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.ZiException;
import io.github.zi4j.lke.LkeInput;
import io.github.zi4j.lke.LkeResult;
import io.github.zi4j.planning.Binding;
import io.github.zi4j.planning.EarliestRound;
import io.github.zi4j.planning.Limit;
import io.github.zi4j.planning.Planner;
import io.github.zi4j.planning.RoundOutlook;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.rules.Decision;
import io.github.zi4j.rules.portalrb.Kandidat;
import io.github.zi4j.rules.portalrb.Pengusulan;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.PredikatEvent;
import io.github.zi4j.unit.PredikatEventType;
import io.github.zi4j.unit.ProposalEvent;
import io.github.zi4j.unit.ProposalStage;
import io.github.zi4j.unit.UnitKerja;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where every unit of one or several instansi stands, as an inspectorate watches them
 * (<i>portofolio</i>): each unit's {@link UnitStanding}, the counts per status, per instansi and per
 * round, each round's {@link Funnel}, and the PortalRB unit lists it implies.
 *
 * <pre>{@code
 * Portfolio portfolio = Portfolio.assess(Planner.standard(), units, 2026, LocalDate.of(2026, 1, 5));
 * portfolio.count(UnitStatus.PROPOSABLE);       // units that may be proposed for WBK in 2026
 * portfolio.funnel(2025, Predikat.WBK);         // proposed → selection → desk → field → awarded
 * }</pre>
 *
 * <p>Immutable and thread-safe. Assessing costs one earliest round and one decision per declared unit
 * (microseconds each).
 *
 * @since 0.1
 */
public final class Portfolio {

  private final int round;
  private final LocalDate asOf;
  private final List<UnitStanding> units;
  private final Map<UnitStatus, Integer> counts;
  private final Map<String, Map<UnitStatus, Integer>> byInstansi;
  private final List<Funnel> funnels;

  private Portfolio(int round, LocalDate asOf, List<UnitStanding> units) {
    this.round = round;
    this.asOf = asOf;
    this.units = List.copyOf(units);
    Map<UnitStatus, Integer> counts = zeros();
    Map<String, Map<UnitStatus, Integer>> byInstansi = new TreeMap<>();
    for (UnitStanding standing : units) {
      counts.merge(standing.status(), 1, Integer::sum);
      byInstansi.computeIfAbsent(standing.unit().instansi().name(), name -> zeros())
          .merge(standing.status(), 1, Integer::sum);
    }
    this.counts = Collections.unmodifiableMap(counts);
    Map<String, Map<UnitStatus, Integer>> frozen = new LinkedHashMap<>();
    byInstansi.forEach((name, map) -> frozen.put(name, Collections.unmodifiableMap(map)));
    this.byInstansi = Collections.unmodifiableMap(frozen);
    this.funnels = funnelsOf(units, asOf);
  }

  /**
   * Assesses {@code units} for the round of {@code round}, on {@code asOf}.
   *
   * @param planner the planner, and through it the decision engine, its figures and rounds
   * @param units the units, in the order the portfolio keeps; ids unique within an instansi
   * @param round the year of the round the portfolio looks at: the coming one, or one under way
   * @param asOf the day: history up to it is read, and no earlier day is proposed
   * @return the portfolio
   * @throws InvalidFieldException at {@code units[i].id} when two units of one instansi share an id,
   *     or at {@code round} when it is not a four-digit year
   */
  public static Portfolio assess(Planner planner, Collection<PortfolioUnit> units, int round,
      LocalDate asOf) {
    Objects.requireNonNull(planner, "planner");
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(asOf, "asOf");
    if (round < 1000 || round > 9999) {
      throw new InvalidFieldException("round", "round must be a four-digit year, but was " + round);
    }
    if (round < asOf.getYear()) {
      throw new InvalidFieldException("round", "round must not be before the year of the day"
          + " assessed on, but was " + round + " < " + asOf.getYear() + " (" + asOf + ")");
    }
    ProposalRound roundOnly = ProposalRound.ofYear(round);
    Set<String> seen = new HashSet<>();
    List<UnitStanding> standings = new ArrayList<>(units.size());
    int i = 0;
    for (PortfolioUnit unit : units) {
      Objects.requireNonNull(unit, () -> "units[" + standings.size() + "]");
      String key = PortfolioUnit.key(unit.instansi().name(), unit.id());
      if (!seen.add(key)) {
        throw new InvalidFieldException("units[" + i + "].id", "two units of "
            + unit.instansi().name() + " share the id \"" + unit.id() + "\"");
      }
      try {
        standings.add(stand(planner, unit, roundOnly, asOf));
      } catch (ZiException e) {
        throw new InvalidFieldException("units[" + i + "]", "unit \"" + unit.id() + "\" of "
            + unit.instansi().name() + ": " + e.getMessage(), e);
      }
      i++;
    }
    return new Portfolio(round, asOf, standings);
  }

  static UnitStanding stand(Planner planner, PortfolioUnit entry, ProposalRound roundOnly,
      LocalDate asOf) {
    int round = roundOnly.year();
    if (entry.unit().isEmpty()) {
      return new UnitStanding(entry, UnitStatus.NOT_DECLARED, Optional.empty(),
          Optional.of(Predikat.WBK), Optional.empty(), Optional.empty());
    }
    UnitKerja unit = entry.unit().get();
    Optional<Predikat> highest = unit.highestOn(asOf);
    Optional<Predikat> next = highest.isEmpty() ? Optional.of(Predikat.WBK)
        : highest.get() == Predikat.WBK ? Optional.of(Predikat.WBBM) : Optional.empty();
    Optional<ProposalEvent> inRound = lastIn(unit, round, asOf);
    UnitStatus status;
    Optional<ProposalStage> stage = Optional.empty();
    if (highest.isPresent() && highest.get() == Predikat.WBBM) {
      status = UnitStatus.WBBM;
    } else if (inRound.isPresent() && !unit.holds(inRound.get().predikat(), asOf)) {
      status = UnitStatus.PROPOSED;
      stage = Optional.of(inRound.get().stage());
    } else if (highest.isPresent()) {
      status = UnitStatus.WBK;
    } else if (unit.lastRevocationOnOrBefore(asOf).isPresent()) {
      status = UnitStatus.REVOKED;
    } else {
      status = null; // by the earliest round, below
    }
    Optional<EarliestRound> earliest = Optional.empty();
    Optional<Decision> decision = Optional.empty();
    if (next.isPresent()) {
      EarliestRound found = planner.earliestRound(unit, next.get(), asOf);
      earliest = Optional.of(found);
      Optional<Integer> year = found.first().map(RoundOutlook::year);
      LocalDate day = year.isPresent() && year.get() == round
          ? found.firstProposalDay().orElse(asOf) : asOf;
      decision = Optional.of(planner.engine().decide(
          proposal(entry, next.get(), day.isBefore(asOf) ? asOf : day, roundOnly)));
      if (status == null) {
        Optional<LocalDate> ready = readyOn(found);
        status = ready.isPresent() && !ready.get().isAfter(lastDay(planner, round))
            ? UnitStatus.PROPOSABLE : UnitStatus.BUILDING;
      }
    }
    return new UnitStanding(entry, status, stage, next, earliest, decision);
  }

  /**
   * The proposal a declared unit's decision judges: for {@code target} in the round, on {@code day},
   * with its LKE.
   */
  private static Proposal proposal(PortfolioUnit entry, Predikat target, LocalDate day,
      ProposalRound round) {
    return Proposal.builder()
        .asOf(day)
        .target(target)
        .instansi(entry.instansi())
        .unit(entry.unit().orElseThrow())
        .round(round)
        .lke(entry.lke().map(Portfolio::unscored))
        .build();
  }

  /**
   * An area-level result as a new value equal to {@code lke}, for one decision: a result keeps its
   * score tree once scored (some 3 KB), which a portfolio of 100 000 units would otherwise hold for
   * every unit after its decision has read it.
   */
  private static LkeInput unscored(LkeInput lke) {
    if (!(lke instanceof LkeResult)) {
      return lke;
    }
    LkeResult result = (LkeResult) lke;
    return LkeResult.builder().putAllPengungkit(result.pengungkit()).hasil(result.hasil())
        .edition(result.edition()).build();
  }

  /**
   * The first day the unit's own limits allow a proposal (a year of building, the ban after a
   * revocation, an ended proposal): the latest of them, the planning day and the round's window
   * left out; empty when waiting cannot satisfy them.
   */
  private static Optional<LocalDate> readyOn(EarliestRound earliest) {
    if (earliest.earliestDay().isEmpty()) {
      return Optional.empty();
    }
    LocalDate ready = LocalDate.MIN;
    for (Binding limit : earliest.limits()) {
      if (limit.limit() != Limit.PLANNING_DAY && limit.limit() != Limit.ROUND_WINDOW
          && limit.allows().isPresent() && limit.allows().get().isAfter(ready)) {
        ready = limit.allows().get();
      }
    }
    return Optional.of(ready);
  }

  /**
   * The last day a proposal can be made in the round of {@code round}: its closing when known, the
   * day by which it had closed, else the end of its year.
   */
  private static LocalDate lastDay(Planner planner, int round) {
    Optional<ProposalRound> known = planner.engine().rounds().forYear(round);
    if (known.isPresent()) {
      if (known.get().closes().isPresent()) {
        return known.get().closes().get();
      }
      if (known.get().closedBy().isPresent()) {
        return known.get().closedBy().get();
      }
    }
    return LocalDate.of(round, 12, 31);
  }

  /** The last stage recorded of the unit's proposal in {@code round}, as of {@code asOf}. */
  private static Optional<ProposalEvent> lastIn(UnitKerja unit, int round, LocalDate asOf) {
    ProposalEvent last = null;
    for (ProposalEvent event : unit.proposals()) {
      if (event.round() == round && known(event, asOf)) {
        last = event;
      }
    }
    return Optional.ofNullable(last);
  }

  /** Whether a stage is known on {@code asOf}: undated, or dated on or before it. */
  private static boolean known(ProposalEvent event, LocalDate asOf) {
    return event.date().isEmpty() || !event.date().get().isAfter(asOf);
  }

  private static Map<UnitStatus, Integer> zeros() {
    Map<UnitStatus, Integer> map = new EnumMap<>(UnitStatus.class);
    for (UnitStatus status : UnitStatus.values()) {
      map.put(status, 0);
    }
    return map;
  }

  private static List<Funnel> funnelsOf(List<UnitStanding> units, LocalDate asOf) {
    // round → predikat → counts: proposed, passed, desk, field, awarded
    Map<Integer, Map<Predikat, int[]>> counts = new TreeMap<>();
    for (UnitStanding standing : units) {
      if (standing.unit().unit().isEmpty()) {
        continue;
      }
      UnitKerja unit = standing.unit().unit().get();
      ProposalEvent unknownFrom = null;
      for (ProposalEvent event : unit.proposals()) {
        if (unknownFrom != null && unknownFrom.round() == event.round()
            && unknownFrom.predikat() == event.predikat()) {
          continue; // a stage after one not known yet on the day is not known either
        }
        if (!known(event, asOf)) {
          unknownFrom = event;
          continue;
        }
        int[] c = counts.computeIfAbsent(event.round(), r -> new EnumMap<>(Predikat.class))
            .computeIfAbsent(event.predikat(), p -> new int[5]);
        switch (event.stage()) {
          case PROPOSED -> {
            c[0]++;
            if (awardedIn(unit, event.round(), event.predikat(), asOf)) {
              c[4]++;
            }
          }
          case ADMINISTRATION_PASSED -> c[1]++;
          case DESK_EVALUATED -> c[2]++;
          case FIELD_EVALUATED -> c[3]++;
          default -> { }
        }
      }
    }
    List<Funnel> funnels = new ArrayList<>();
    counts.forEach((year, byPredikat) -> byPredikat.forEach((predikat, c) ->
        funnels.add(new Funnel(year, predikat, c[0], c[1], c[2], c[3], c[4]))));
    return List.copyOf(funnels);
  }

  private static boolean awardedIn(UnitKerja unit, int year, Predikat predikat,
      LocalDate asOf) {
    for (PredikatEvent event : unit.history()) {
      if (event.event() == PredikatEventType.AWARDED && event.predikat() == predikat
          && event.date().getYear() == year && !event.date().isAfter(asOf)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The year of the round the portfolio looks at.
   *
   * @return the round's year
   */
  public int round() {
    return round;
  }

  /**
   * The day the portfolio was assessed on.
   *
   * @return the day
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Every unit's standing, in the order given.
   *
   * @return the standings
   */
  public List<UnitStanding> units() {
    return units;
  }

  /**
   * The units with {@code status}.
   *
   * @param status the status
   * @return their standings, in order
   */
  public List<UnitStanding> units(UnitStatus status) {
    Objects.requireNonNull(status, "status");
    return units.stream().filter(u -> u.status() == status).toList();
  }

  /**
   * How many units have {@code status}.
   *
   * @param status the status
   * @return the count
   */
  public int count(UnitStatus status) {
    return counts.get(Objects.requireNonNull(status, "status"));
  }

  /**
   * The count of every status, zeros included, in the order of {@link UnitStatus}.
   *
   * @return the counts
   */
  public Map<UnitStatus, Integer> counts() {
    return counts;
  }

  /**
   * The count of every status per instansi, instansi in name order.
   *
   * @return instansi name → status → count
   */
  public Map<String, Map<UnitStatus, Integer>> countsByInstansi() {
    return byInstansi;
  }

  /**
   * How many units may enter each round for their next predicate, by their earliest round: units with
   * no round (holding WBBM, not declared, or blocked) are not counted.
   *
   * @return round year → units whose earliest round it is, in year order
   */
  public Map<Integer, Integer> countsByEarliestRound() {
    Map<Integer, Integer> map = new TreeMap<>();
    for (UnitStanding standing : units) {
      standing.earliestRound().ifPresent(year -> map.merge(year, 1, Integer::sum));
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Every recorded round's funnel, by round then predicate.
   *
   * @return the funnels
   */
  public List<Funnel> funnels() {
    return funnels;
  }

  /**
   * The funnel of one round for one predicate.
   *
   * @param round the round's year
   * @param predikat the predicate
   * @return the funnel, zeros when no unit was recorded as proposed
   */
  public Funnel funnel(int round, Predikat predikat) {
    Objects.requireNonNull(predikat, "predikat");
    return funnels.stream().filter(f -> f.round() == round && f.predikat() == predikat)
        .findFirst().orElseGet(() -> new Funnel(round, predikat, 0, 0, 0, 0, 0));
  }

  /**
   * The PortalRB unit lists ({@code /pengusulan/unit-wbk} and {@code /unit-wbbm}) each instansi would
   * serve for the round: its units whose decision for their next predicate in the round is ELIGIBLE
   * (those already proposed in it too: the lists are what PortalRB reads them from), with the report
   * of those left out.
   *
   * @return instansi name → its responses, instansi in name order
   */
  public Map<String, Pengusulan> pengusulan() {
    Map<String, List<Kandidat>> byInstansi = new TreeMap<>();
    for (UnitStanding standing : units) {
      if (standing.decision().isEmpty()) {
        continue;
      }
      Decision decision = standing.decision().get();
      Proposal proposal = proposal(standing.unit(), decision.target(), decision.asOf(),
          ProposalRound.ofYear(round));
      byInstansi.computeIfAbsent(standing.unit().instansi().name(), name -> new ArrayList<>())
          .add(Kandidat.of(proposal, decision));
    }
    Map<String, Pengusulan> lists = new LinkedHashMap<>();
    byInstansi.forEach((name, kandidat) -> lists.put(name, Pengusulan.of(round, kandidat)));
    return Collections.unmodifiableMap(lists);
  }
}
