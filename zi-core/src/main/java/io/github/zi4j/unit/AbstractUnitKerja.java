package io.github.zi4j.unit;

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
 * named it, and the history of its predicate awards and revocations.
 *
 * <p>The history is in date order, no event is before the pencanangan, a predicate is not awarded while
 * the unit already holds it, and a revocation follows an award of the same predicate that is still in
 * force (on a later day).
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
  }
}
