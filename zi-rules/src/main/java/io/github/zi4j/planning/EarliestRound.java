package io.github.zi4j.planning;

import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.explain.Messages;
import io.github.zi4j.unit.Predikat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The first proposal round a unit can enter for a target (<i>periode usulan paling awal</i>), why
 * each limit binds, and the rounds after it with what is still unknown about each.
 *
 * <pre>{@code
 * EarliestRound earliest = Planner.standard().earliestRound(unit, Predikat.WBBM, today);
 * earliest.first().map(RoundOutlook::year);   // 2026
 * earliest.explain(Locale.ENGLISH);
 * }</pre>
 *
 * @param unit the unit's name
 * @param target the predicate aimed at
 * @param asOf the day the plan is made: the unit's history up to it is read, and no day before it
 *     is proposed
 * @param earliestDay the latest of the limits: the first day the rules allow a proposal; empty when
 *     waiting alone cannot make the unit eligible
 * @param limits every limit, the binding one marked
 * @param first the first round the unit can enter, when there is an earliest day
 * @param later the rounds after it (the next three years), each with what is unknown about it
 *
 * @since 0.1
 */
public record EarliestRound(String unit, Predikat target, LocalDate asOf,
    Optional<LocalDate> earliestDay, List<Binding> limits, Optional<RoundOutlook> first,
    List<RoundOutlook> later) {

  /**
   * A result.
   *
   * @param unit the unit's name
   * @param target the target
   * @param asOf the planning day
   * @param earliestDay the earliest day, or empty
   * @param limits the limits
   * @param first the first round, or empty
   * @param later the later rounds
   */
  public EarliestRound {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(asOf, "asOf");
    earliestDay = earliestDay == null ? Optional.empty() : earliestDay;
    limits = List.copyOf(limits);
    first = first == null ? Optional.empty() : first;
    later = List.copyOf(later);
  }

  /**
   * The first day the unit can propose: the first round's first day.
   *
   * @return the day, when waiting can make the unit eligible
   */
  public Optional<LocalDate> firstProposalDay() {
    return first.map(RoundOutlook::firstDay);
  }

  /**
   * The limits that bind: the latest one or ones, or those waiting cannot satisfy.
   *
   * @return the binding limits
   */
  public List<Binding> binding() {
    return limits.stream().filter(Binding::binds).collect(java.util.stream.Collectors.toList());
  }

  /**
   * The result as text: the first round and day, every limit (the binding one first), and the
   * rounds after it.
   *
   * @param locale the reader's locale: Bahasa Indonesia for {@code id} (or {@code in}), English for
   *     any other, as {@link io.github.zi4j.Language#of(Locale)} says
   * @return the text, lines separated by {@code \n}
   */
  public String explain(Locale locale) {
    StringBuilder text = new StringBuilder();
    if (first.isPresent()) {
      text.append(Messages.text(locale, "plan.earliest.title", unit, target, first.get().year(),
          new Measure.Day(first.get().firstDay()).format(locale))).append('\n');
      text.append("  ").append(first.get().explain(locale)).append('\n');
    } else {
      text.append(Messages.text(locale, "plan.earliest.none", unit, target)).append('\n');
    }
    for (Binding limit : limits) {
      if (limit.binds()) {
        text.append("  - ").append(limit.explain(locale)).append('\n');
      }
    }
    for (Binding limit : limits) {
      if (!limit.binds()) {
        text.append("  - ").append(limit.explain(locale)).append('\n');
      }
    }
    for (RoundOutlook round : later) {
      text.append(Messages.text(locale, "plan.earliest.later")).append(' ')
          .append(round.explain(locale)).append('\n');
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
