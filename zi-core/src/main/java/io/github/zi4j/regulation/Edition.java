package io.github.zi4j.regulation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An edition of the Zona Integritas regulation (<i>peraturan</i>) that rules and LKE weights belong to.
 *
 * <p>The edition in force on an evaluation date is {@link #inForceOn(LocalDate)}; a caller who knows
 * better names the edition explicitly. The dates here are the first day of the first proposal year an
 * edition was used for, following the domain notes: 52/2014 for the 2015&ndash;2019 rounds (likely),
 * 10/2019 from the 2020 round (likely), 90/2021 from the 2022 round (sure). The exact signing and
 * effective dates are <b>unverified</b>, and so are these boundaries inside a year.
 *
 * @since 0.1
 */
public enum Edition {
  /** PermenPANRB 52/2014: introduced WBBM; used for the 2015&ndash;2019 rounds. */
  PERMENPANRB_52_2014("PermenPANRB 52/2014", LocalDate.of(2015, 1, 1), Confidence.LIKELY),
  /** PermenPANRB 10/2019: amended 52/2014 with new weights; used for the 2020&ndash;2021 rounds. */
  PERMENPANRB_10_2019("PermenPANRB 10/2019", LocalDate.of(2020, 1, 1), Confidence.LIKELY),
  /**
   * PermenPANRB 90/2021: replaced both, split each area into pemenuhan and reform; used from the 2022
   * round.
   */
  PERMENPANRB_90_2021("PermenPANRB 90/2021", LocalDate.of(2022, 1, 1), Confidence.SURE);

  private final String citation;
  private final LocalDate usedFrom;
  private final Confidence usedFromConfidence;

  Edition(String citation, LocalDate usedFrom, Confidence usedFromConfidence) {
    this.citation = citation;
    this.usedFrom = usedFrom;
    this.usedFromConfidence = usedFromConfidence;
  }

  /**
   * The short citation, for example {@code "PermenPANRB 90/2021"}.
   *
   * @return the citation
   */
  public String citation() {
    return citation;
  }

  /**
   * The first evaluation date this edition is used for (the first day of its first proposal year).
   *
   * @return the date
   */
  public LocalDate usedFrom() {
    return usedFrom;
  }

  /**
   * How sure the domain notes are of the proposal year this edition was first used for; the day inside
   * that year is always unverified.
   *
   * @return the confidence
   */
  public Confidence usedFromConfidence() {
    return usedFromConfidence;
  }

  /**
   * The edition in force on {@code date}: the latest whose {@link #usedFrom()} is not after it.
   *
   * @param date the evaluation date
   * @return the edition, or empty before 2015 (PermenPAN 60/2012, which zi4j does not model)
   */
  public static Optional<Edition> inForceOn(LocalDate date) {
    for (int i = ALL.size() - 1; i >= 0; i--) { // the latest first
      if (!ALL.get(i).orElseThrow().usedFrom.isAfter(date)) {
        return ALL.get(i);
      }
    }
    return Optional.empty();
  }

  /**
   * Every edition, oldest first, as {@link #inForceOn(LocalDate)} gives it: made once, where {@link
   * #values()} copies its array at each call.
   */
  private static final List<Optional<Edition>> ALL =
      Arrays.stream(values()).map(Optional::of).toList();
}
