package io.github.zi4j.server;

import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.rules.Decision;
import io.github.zi4j.rules.portalrb.Catatan;
import io.github.zi4j.rules.portalrb.UnitUsulan;
import io.github.zi4j.unit.UnitIds;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the server serves, as one data folder read at one time: every unit with its decision and
 * answers, and each instansi's two lists already written. A reload makes a new catalog; a request
 * reads the one in force when it came, whole.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tahun the year of the round served, when a round is open
 * @param round what round is served and why, for the operator
 * @param units every unit, in the order of their files
 * @param instansi each instansi's lists, by its name
 * @param files the fingerprint of the folder read, to tell a change
 * @param loadedAt when the folder was read
 * @param index the units by id key ({@link UnitIds#key}), then by instansi
 */
record Catalog(OptionalInt tahun, String round, List<Unit> units, Map<String, Lists> instansi,
    Map<String, String> files, Instant loadedAt, Map<String, Map<String, Unit>> index) {

  Catalog {
    units = List.copyOf(units);
    instansi = Map.copyOf(instansi);
    files = Map.copyOf(files);
    index = Map.copyOf(index);
  }

  /**
   * A catalog of {@code units}, indexed.
   *
   * @param tahun the round's year, when a round is open
   * @param round what round is served and why
   * @param units the units
   * @param instansi each instansi's lists
   * @param files the folder's fingerprint
   * @param loadedAt when it was read
   * @return the catalog
   */
  static Catalog of(OptionalInt tahun, String round, List<Unit> units, Map<String, Lists> instansi,
      Map<String, String> files, Instant loadedAt) {
    Map<String, Map<String, Unit>> index = new HashMap<>();
    for (Unit unit : units) {
      index.computeIfAbsent(UnitIds.key(unit.id()), k -> new HashMap<>())
          .putIfAbsent(unit.instansi(), unit);
    }
    index.replaceAll((k, v) -> Map.copyOf(v));
    return new Catalog(tahun, round, units, instansi, files, loadedAt, index);
  }

  /**
   * The unit of {@code instansi} with the id {@code id}, whatever its case.
   *
   * @param instansiName the instansi's name
   * @param id the unit's id
   * @return the unit, when that instansi has it
   */
  Optional<Unit> unit(String instansiName, String id) {
    return Optional.ofNullable(index.getOrDefault(UnitIds.key(id), Map.of()).get(instansiName));
  }

  /**
   * Whether another instansi than {@code instansiName} has a unit with the id {@code id}.
   *
   * @param instansiName the instansi asking
   * @param id the unit's id
   * @return true when another instansi has it
   */
  boolean anotherHas(String instansiName, String id) {
    return index.getOrDefault(UnitIds.key(id), Map.of()).keySet().stream()
        .anyMatch(name -> !name.equals(instansiName));
  }

  /**
   * One unit: its case file, decision and answers, and whether it is listed.
   *
   * @param id the id PortalRB knows it by
   * @param file the case file's name in the data folder
   * @param instansi its instansi's name
   * @param proposal the case
   * @param decision the decision on the case, its answers as its LKE when the case has none
   * @param jawabanFile the answer file or workbook's name, when the unit has one
   * @param jawaban the {@code /lke/jawaban-unit} response, written, when the unit has answers
   * @param listed the list entry, when the unit is listed for the round served
   * @param catatan why the unit is not listed, or listed with a mark
   */
  record Unit(String id, String file, String instansi, Proposal proposal, Decision decision,
      Optional<String> jawabanFile, Optional<byte[]> jawaban, Optional<UnitUsulan> listed,
      List<Catatan> catatan) {

    Unit {
      catatan = List.copyOf(catatan);
    }
  }

  /**
   * One instansi's {@code /pengusulan/unit-wbk} and {@code /pengusulan/unit-wbbm} responses, written.
   *
   * @param wbk the WBK list's JSON
   * @param wbbm the WBBM list's JSON
   */
  record Lists(byte[] wbk, byte[] wbbm) {}
}
