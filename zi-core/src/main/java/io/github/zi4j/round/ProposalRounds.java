package io.github.zi4j.round;

import io.github.zi4j.InvalidFieldException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.github.zi4j.internal.Resources;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A catalogue of proposal rounds by year (<i>daftar periode pengusulan</i>).
 *
 * <p>{@link #bundled()} holds the rounds zi4j ships, read from {@code rounds.json} beside this class:
 * 2022 (window and quota; criteria not known), 2023 (closed by 4 July 2023, likely; nothing else known),
 * 2024 (window and criteria, sure; PortalRB's SPIP check beside them) and 2025 (criteria with SPIP,
 * likely; window not known). A caller adds or
 * replaces a year with {@link #with(ProposalRound)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ProposalRounds {

  private static final ProposalRounds BUNDLED = load();

  private final SortedMap<Integer, ProposalRound> byYear;
  /** The first year known, and the round of each year from it (empty where none): looked up, not boxed. */
  private final int first;
  private final List<Optional<ProposalRound>> dense;

  private ProposalRounds(SortedMap<Integer, ProposalRound> byYear) {
    this.byYear = Collections.unmodifiableSortedMap(byYear);
    this.first = byYear.isEmpty() ? 0 : byYear.firstKey();
    // each year's answer made once: a decision asks for its round several times
    List<Optional<ProposalRound>> years = new java.util.ArrayList<>(Collections.nCopies(
        byYear.isEmpty() ? 0 : byYear.lastKey() - first + 1, Optional.empty()));
    byYear.forEach((year, round) -> years.set(year - first, Optional.of(round)));
    this.dense = List.copyOf(years);
  }

  /**
   * The rounds zi4j ships.
   *
   * @return the bundled catalogue
   */
  public static ProposalRounds bundled() {
    return BUNDLED;
  }

  /**
   * A catalogue of exactly {@code rounds}.
   *
   * @param rounds the rounds, one per year
   * @return the catalogue
   * @throws InvalidFieldException at the second round's year ({@code [3].year}) when two rounds
   *     have the same year
   */
  public static ProposalRounds of(List<ProposalRound> rounds) {
    SortedMap<Integer, ProposalRound> byYear = new TreeMap<>();
    for (int i = 0; i < rounds.size(); i++) {
      ProposalRound round = rounds.get(i);
      if (byYear.put(round.year(), round) != null) {
        throw new InvalidFieldException("[" + i + "].year",
            "rounds must have one entry per year, but " + round.year() + " appears twice");
      }
    }
    return new ProposalRounds(byYear);
  }

  /**
   * This catalogue with {@code round} added, replacing any round of the same year.
   *
   * @param round the round
   * @return a new catalogue
   */
  public ProposalRounds with(ProposalRound round) {
    SortedMap<Integer, ProposalRound> copy = new TreeMap<>(byYear);
    copy.put(round.year(), round);
    return new ProposalRounds(copy);
  }

  /**
   * The round of {@code year}.
   *
   * @param year the year
   * @return the round, or empty when the catalogue does not know it
   */
  public Optional<ProposalRound> forYear(int year) {
    int index = year - first;
    return index >= 0 && index < dense.size() ? dense.get(index) : Optional.empty();
  }

  /**
   * All rounds, by year.
   *
   * @return the rounds, oldest first
   */
  public List<ProposalRound> all() {
    return List.copyOf(byYear.values());
  }

  private static ProposalRounds load() {
    return of(Resources.read(ProposalRounds.class.getResourceAsStream("rounds.json"),
        "rounds.json", ProposalRounds.class, new TypeReference<List<ProposalRound>>() {}));
  }

  @Override
  public String toString() {
    return "ProposalRounds" + byYear.keySet();
  }
}
