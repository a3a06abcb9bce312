package io.github.zi4j.unit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zi4j.internal.Checks;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A work unit (<i>unit kerja</i>) building a Zona Integritas: its name, the date of the pencanangan that
 * named it, the history of its predicate awards and revocations, and how far its proposals went round by
 * round.
 *
 * <p>The history is in date order, no event is before the pencanangan, a predicate is not awarded while
 * the unit already holds it, and a revocation follows an award of the same predicate that is still in
 * force (on a later day). The proposals are in round order, each proposal's stages one after another in
 * the order {@link ProposalStage#next()} allows, beginning with {@link ProposalStage#PROPOSED}; a unit is
 * proposed for one predicate a round, for WBK only while it holds none and for WBBM only while it holds
 * WBK (at the start of the round's year); an award in a round's year does not follow a proposal of that
 * round that ended without it.
 *
 * <pre>{@code
 * UnitKerja dpmptsp = UnitKerja.builder()
 *     .id("dpmptsp-balangan").name("DPMPTSP Kabupaten Balangan")
 *     .pencanangan(LocalDate.of(2021, 3, 1))
 *     .addHistory(PredikatEvent.awarded(Predikat.WBK, LocalDate.of(2024, 12, 10)))
 *     .build();
 * dpmptsp.holds(Predikat.WBK, LocalDate.of(2025, 1, 1)); // true
 * }</pre>
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 */
@Value.Immutable
@JsonSerialize(as = UnitKerja.class)
@JsonDeserialize(as = UnitKerja.class)
abstract class AbstractUnitKerja {

  /**
   * The unit's name, for example {@code "DPMPTSP Kabupaten Pesawaran"}.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * The unit's own id, the one PortalRB knows it by ({@code unit_id}, the {@code id} of a proposed
   * unit): stable when the unit is renamed. 1 to 100 characters of {@code A-Z a-z 0-9 - _ .},
   * beginning and ending with a letter or digit (see {@link UnitIds}). Without one, PortalRB's
   * responses use a slug of the name ({@link UnitIds#of(UnitKerja)}), which changes with the name.
   *
   * @return the id, when the instansi gave one
   */
  public abstract Optional<String> id();

  /**
   * The date of the pencanangan that named this unit: building starts then.
   *
   * @return the date
   */
  public abstract LocalDate pencanangan();

  /**
   * Awards and revocations, oldest first.
   *
   * @return the events, possibly empty
   */
  public abstract List<PredikatEvent> history();

  /**
   * How far the unit's proposals went: for each round it was proposed in, the stages it reached, in
   * order (see {@link ProposalStage}). The awards themselves are in {@link #history()}.
   *
   * @return the stages reached, round by round; empty when the unit was never proposed or it is not
   *     recorded
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<ProposalEvent> proposals();

  /**
   * The furthest stage the unit's proposal for {@code predikat} reached in the round of {@code round}.
   *
   * @param round the round's year
   * @param predikat the predicate
   * @return the last stage recorded, or empty when the unit was not proposed for it in that round
   */
  public Optional<ProposalStage> stageIn(int round, Predikat predikat) {
    ProposalStage last = null;
    for (ProposalEvent event : proposals()) {
      if (event.round() == round && event.predikat() == predikat) {
        last = event.stage();
      }
    }
    return Optional.ofNullable(last);
  }

  /**
   * Whether the unit's proposal for {@code predikat} in the round of {@code round} reached
   * {@code stage}.
   *
   * @param round the round's year
   * @param predikat the predicate
   * @param stage the stage
   * @return true when the stage is recorded for that proposal
   */
  public boolean reached(int round, Predikat predikat, ProposalStage stage) {
    for (ProposalEvent event : proposals()) {
      if (event.round() == round && event.predikat() == predikat && event.stage() == stage) {
        return true;
      }
    }
    return false;
  }

  /**
   * The unit's latest proposal: the last stage recorded of the last round it was proposed in.
   *
   * @return the last proposal event, or empty when none is recorded
   */
  public Optional<ProposalEvent> lastProposal() {
    return proposals().isEmpty()
        ? Optional.empty()
        : Optional.of(proposals().get(proposals().size() - 1));
  }

  /**
   * Whether the instansi marks this unit as an <i>afirmasi</i> unit (likely: PortalRB's category
   * "WBK-AFIRMASI"): a pemda's afirmasi unit may be proposed for WBK even when the instansi misses the
   * round's instansi criteria, and never for WBBM. Which units qualify is the instansi's call.
   * Afirmasi is a pemda's arrangement: a K/L's unit marked afirmasi is judged as any K/L unit.
   *
   * @return true for an afirmasi unit; false unless given
   */
  @Value.Default
  public boolean afirmasi() {
    return false;
  }

  /**
   * Whether the unit holds {@code predikat} on {@code date}: awarded on or before it and not revoked on
   * or before it.
   *
   * @param predikat the predicate
   * @param date the date
   * @return true when held
   */
  public boolean holds(Predikat predikat, LocalDate date) {
    return heldSince(predikat, date).isPresent();
  }

  /**
   * The date of the award of {@code predikat} that is in force on {@code date}.
   *
   * @param predikat the predicate
   * @param date the date
   * @return the award date, or empty when the unit does not hold it on {@code date}
   */
  public Optional<LocalDate> heldSince(Predikat predikat, LocalDate date) {
    return Optional.ofNullable(awardsInForce(date).get(predikat));
  }

  /**
   * The highest predicate the unit holds on {@code date}.
   *
   * @param date the date
   * @return WBBM, WBK, or empty when it holds none
   */
  public Optional<Predikat> highestOn(LocalDate date) {
    Map<Predikat, LocalDate> held = awardsInForce(date);
    return held.containsKey(Predikat.WBBM)
        ? Optional.of(Predikat.WBBM)
        : held.containsKey(Predikat.WBK) ? Optional.of(Predikat.WBK) : Optional.empty();
  }

  /**
   * The latest revocation on or before {@code date}.
   *
   * @param date the date
   * @return the revocation event, or empty when there was none
   */
  public Optional<PredikatEvent> lastRevocationOnOrBefore(LocalDate date) {
    PredikatEvent last = null;
    for (PredikatEvent event : history()) {
      if (!event.date().isAfter(date) && event.event() == PredikatEventType.REVOKED) {
        last = event;
      }
    }
    return Optional.ofNullable(last);
  }

  /**
   * The last revocation, on or before {@code date}, of a predicate higher than {@code predikat}, after
   * the award of the {@code predikat} the unit holds on that date: for WBK, a WBBM revoked since. What
   * such a revocation does to the lower predicate is not settled by any source found, so the rules ask
   * this before relying on it.
   *
   * @param predikat the lower predicate held
   * @param date the date judged on
   * @return the revocation, when there is one
   */
  public Optional<PredikatEvent> higherRevokedSince(Predikat predikat, LocalDate date) {
    Optional<LocalDate> since = heldSince(predikat, date);
    if (since.isEmpty()) {
      return Optional.empty();
    }
    PredikatEvent last = null;
    for (PredikatEvent event : history()) {
      if (!event.date().isAfter(date) && event.date().isAfter(since.get())
          && event.event() == PredikatEventType.REVOKED
          && event.predikat().compareTo(predikat) > 0) {
        last = event;
      }
    }
    return Optional.ofNullable(last);
  }

  private Map<Predikat, LocalDate> awardsInForce(LocalDate date) {
    if (history().isEmpty()) {
      return Map.of(); // most units hold nothing: no map to make
    }
    Map<Predikat, LocalDate> held = new EnumMap<>(Predikat.class);
    for (PredikatEvent event : history()) {
      if (event.date().isAfter(date)) {
        break;
      }
      if (event.event() == PredikatEventType.AWARDED) {
        held.put(event.predikat(), event.date());
      } else {
        held.remove(event.predikat());
      }
    }
    return held;
  }

  @Value.Check
  void check() {
    Checks.notBlank("name", "name of unit kerja", name());
    id().ifPresent(id -> UnitIds.check("id", "id of unit kerja", id));
    Map<Predikat, LocalDate> held = new EnumMap<>(Predikat.class);
    LocalDate previous = pencanangan();
    for (int i = 0; i < history().size(); i++) {
      PredikatEvent event = history().get(i);
      String at = "history[" + i + "]";
      Checks.argument(at + ".date",
          !event.date().isBefore(pencanangan()),
          "history[%d]: %s %s must not be before pencanangan, but was %s < %s",
          i, event.event(), event.predikat(), event.date(), pencanangan());
      Checks.argument(at + ".date",
          !event.date().isBefore(previous),
          "history[%d]: events must be in date order, but %s comes after %s",
          i, event.date(), previous);
      LocalDate since = held.get(event.predikat());
      if (event.event() == PredikatEventType.AWARDED) {
        Checks.argument(at,
            since == null,
            "history[%d]: %s must not be awarded on %s while already held since %s",
            i, event.predikat(), event.date(), since);
        Checks.argument(at + ".predikat",
            event.predikat() != Predikat.WBBM || held.containsKey(Predikat.WBK),
            "history[%d]: WBBM must not be awarded on %s while the unit holds no WBK",
            i, event.date());
        held.put(event.predikat(), event.date());
      } else {
        Checks.argument(at,
            since != null,
            "history[%d]: revocation of %s on %s must follow an award of %s in force, but none was",
            i, event.predikat(), event.date(), event.predikat());
        Checks.argument(at + ".date",
            event.date().isAfter(since),
            "history[%d]: revocation of %s must be after its award, but was %s <= %s",
            i, event.predikat(), event.date(), since);
        Checks.argument(at,
            event.predikat() != Predikat.WBK || !held.containsKey(Predikat.WBBM),
            "history[%d]: WBK must not be revoked on %s while WBBM is held (since %s): revoke WBBM",
            i, event.date(), held.get(Predikat.WBBM));
        held.remove(event.predikat());
      }
      previous = event.date();
    }
    checkProposals();
  }

  private void checkProposals() {
    ProposalEvent before = null;
    LocalDate lastDay = null;
    for (int i = 0; i < proposals().size(); i++) {
      ProposalEvent event = proposals().get(i);
      String at = "proposals[" + i + "]";
      if (before != null && before.round() == event.round() && before.predikat() == event.predikat()) {
        Checks.argument(at + ".stage", before.stage().next().contains(event.stage()),
            "%s: %s must not follow %s in the %d %s proposal; after %s comes %s",
            at, event.stage(), before.stage(), event.round(), event.predikat(), before.stage(),
            before.stage().next().isEmpty() ? "nothing: the proposal has ended"
                : before.stage().next());
      } else {
        Checks.argument(at + ".round", event.round() >= pencanangan().getYear(),
            "%s: a proposal in the %d round must not come before the pencanangan of %s",
            at, event.round(), pencanangan());
        if (before != null) {
          Checks.argument(at + ".round", event.round() > before.round(),
              "%s: proposals must be in round order, one predicate a round, but the %d %s proposal"
                  + " comes after the %d %s one", at, event.round(), event.predikat(),
              before.round(), before.predikat());
        }
        Checks.argument(at + ".stage", event.stage() == ProposalStage.PROPOSED,
            "%s: the %d %s proposal must begin with PROPOSED, but began with %s",
            at, event.round(), event.predikat(), event.stage());
        LocalDate start = LocalDate.of(event.round(), 1, 1);
        if (event.predikat() == Predikat.WBK) {
          Checks.argument(at + ".predikat", highestOn(start).isEmpty(),
              "%s: a WBK proposal in the %d round must not come while the unit holds %s",
              at, event.round(), highestOn(start).orElse(Predikat.WBK));
        } else {
          Checks.argument(at + ".predikat", highestOn(start).orElse(null) == Predikat.WBK,
              "%s: a WBBM proposal in the %d round needs WBK held on %s, but the unit held %s",
              at, event.round(), start, highestOn(start).map(Predikat::name).orElse("none"));
        }
      }
      if (event.date().isPresent()) {
        LocalDate day = event.date().get();
        Checks.argument(at + ".date", !day.isBefore(pencanangan()),
            "%s: the %s stage on %s must not be before pencanangan (%s)", at, event.stage(), day,
            pencanangan());
        Checks.argument(at + ".date", lastDay == null || !day.isBefore(lastDay),
            "%s: stages must be in date order, but %s on %s comes after %s", at, event.stage(), day,
            lastDay);
        lastDay = day;
      }
      before = event;
    }
    for (int i = 0; i < history().size(); i++) {
      PredikatEvent award = history().get(i);
      if (award.event() == PredikatEventType.AWARDED) {
        Optional<ProposalStage> stage = stageIn(award.date().getYear(), award.predikat());
        Checks.argument("history[" + i + "]", stage.isEmpty() || !stage.get().endsWithoutAward(),
            "history[%d]: %s must not be awarded on %s: the %d %s proposal ended at %s",
            i, award.predikat(), award.date(), award.date().getYear(), award.predikat(),
            stage.orElse(null));
      }
    }
  }
}
