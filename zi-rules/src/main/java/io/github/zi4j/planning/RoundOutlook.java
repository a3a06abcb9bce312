package io.github.zi4j.planning;

import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.explain.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One proposal round a unit can enter (<i>periode usulan</i>): its year, its window as known, the
 * first day the unit can propose in it, and what is still unknown about it.
 *
 * @param year the round's year
 * @param opens the first day of its window, when known
 * @param closes the last day of its window, when known
 * @param closedBy a day its window had closed by, when only that is known
 * @param firstDay the first day the unit can propose in this round: the latest of the limits and the
 *     window's first day, or 1 January of the year when the window is not known
 * @param unknowns what zi4j does not know about the round, empty when it knows the window and the
 *     criteria
 *
 * @since 0.1
 */
public record RoundOutlook(int year, Optional<LocalDate> opens, Optional<LocalDate> closes,
    Optional<LocalDate> closedBy, LocalDate firstDay, List<Unknown> unknowns) {

  /**
   * A round.
   *
   * @param year the year
   * @param opens the first day of the window, or empty
   * @param closes the last day, or empty
   * @param closedBy a day it had closed by, or empty
   * @param firstDay the first day the unit can propose in it
   * @param unknowns what is unknown
   */
  public RoundOutlook {
    opens = opens == null ? Optional.empty() : opens;
    closes = closes == null ? Optional.empty() : closes;
    closedBy = closedBy == null ? Optional.empty() : closedBy;
    Objects.requireNonNull(firstDay, "firstDay");
    unknowns = List.copyOf(unknowns);
  }

  static RoundOutlook of(ProposalRound round, boolean catalogued, LocalDate from,
      io.github.zi4j.unit.Predikat target) {
    List<Unknown> unknowns = new java.util.ArrayList<>(3);
    if (!catalogued) {
      unknowns.add(Unknown.ROUND);
    }
    if (!round.windowKnown()) {
      unknowns.add(round.closedBy().isPresent() ? Unknown.WINDOW_OPENING : Unknown.WINDOW);
    }
    if (round.criteriaFor(target).isEmpty()) {
      unknowns.add(Unknown.CRITERIA);
    }
    LocalDate opening = round.opens().orElse(LocalDate.of(round.year(), 1, 1));
    LocalDate first = from.isBefore(opening) ? opening : from;
    return new RoundOutlook(round.year(), round.opens(), round.closes(), round.closedBy(), first,
        unknowns);
  }

  /**
   * Whether the window is known: both its days.
   *
   * @return true when known
   */
  public boolean windowKnown() {
    return opens.isPresent() && closes.isPresent();
  }

  /**
   * This round as a sentence.
   *
   * @param locale the reader's locale: Bahasa Indonesia for {@code id} (or {@code in}), English for
   *     any other, as {@link io.github.zi4j.Language#of(Locale)} says
   * @return the sentence
   */
  public String explain(Locale locale) {
    StringBuilder text = new StringBuilder();
    if (windowKnown()) {
      text.append(Messages.text(locale, "plan.round.window", year,
          new Measure.Day(opens.get()).format(locale), new Measure.Day(closes.get()).format(locale),
          new Measure.Day(firstDay).format(locale)));
    } else {
      text.append(Messages.text(locale, "plan.round.no-window", year,
          new Measure.Day(firstDay).format(locale)));
    }
    if (!unknowns.isEmpty()) {
      text.append("; ").append(Messages.text(locale, "plan.round.unknown",
          unknowns.stream().map(u -> Messages.text(locale, "plan.unknown." + u))
              .collect(Collectors.joining(", "))));
    }
    return text.toString();
  }

  /**
   * The same text in Bahasa Indonesia, {@link io.github.zi4j.Language#DEFAULT}, as {@link
   * #explain(Locale)} writes it.
   *
   * @return the text
   */
  public String explain() {
    return explain(Messages.DEFAULT);
  }
}
