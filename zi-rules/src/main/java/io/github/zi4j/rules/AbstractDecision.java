package io.github.zi4j.rules;

import io.github.zi4j.Language;
import io.github.zi4j.rules.explain.Messages;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The eligibility decision on a proposal (<i>keputusan kelayakan usulan</i>): the verdict, the edition
 * judged by, the earliest date the timing rules allow, the LKE scores, and every finding that explains
 * the verdict.
 *
 * <p>The verdict is derived from the findings: a FAIL anywhere gives NOT_ELIGIBLE; otherwise any UNKNOWN
 * gives UNDETERMINED; otherwise ELIGIBLE. Write it as JSON with {@link DecisionJson}, or as text with
 * {@link #explain(Locale)}.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 */
@Value.Immutable
abstract class AbstractDecision {

  /**
   * The predicate proposed for.
   *
   * @return the target
   */
  @Value.Parameter
  public abstract Predikat target();

  /**
   * The date the proposal was judged on.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate asOf();

  /**
   * The regulation edition judged by.
   *
   * @return the edition
   */
  @Value.Parameter
  public abstract Edition edition();

  /**
   * The earliest date a proposal for the target can be made: the latest day every timing rule allows
   * (pencanangan + 1 year, revocation + 2 years, for WBBM the WBK holding period), moved into the first
   * round from that day's year on not known to have closed by then (a round known only to have closed
   * by a day, as 2023's by 4 July 2023, is passed over from that day on): the window's first day when
   * it is later, or 1 January of the round's year when its window is not known. A rule that answers
   * UNKNOWN sets no limit.
   *
   * @return the date; empty when waiting alone cannot make the unit eligible (it lacks WBK, or already
   *     holds the target)
   */
  @Value.Parameter
  public abstract Optional<LocalDate> earliestProposalDate();

  /**
   * The round the earliest proposal date falls in, as its year and window only: the window of the
   * catalogue's round of that year, or none when zi4j knows none (the date is then the day the rules
   * allow, or 1 January of that year, and the round's window may yet move it).
   *
   * @return the round, when there is an earliest date
   */
  @Value.Parameter
  public abstract Optional<ProposalRound> earliestProposalRound();

  /**
   * The LKE scores, when an LKE result was given and the edition's LKE is scored.
   *
   * @return the summary
   */
  @Value.Parameter
  public abstract Optional<LkeSummary> lke();

  /**
   * Every finding, in the rulebook's order.
   *
   * @return the findings
   */
  @Value.Parameter
  public abstract List<Finding> findings();

  /**
   * The verdict gathered from the findings.
   *
   * @return the eligibility
   */
  @Value.Derived
  public Eligibility eligibility() {
    return Eligibility.of(findings());
  }

  /**
   * The findings with {@code status}, for example the failures to act on.
   *
   * @param status the status
   * @return those findings, in order
   */
  public List<Finding> findings(Status status) {
    return findings().stream()
        .filter(f -> f.status() == status)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The findings of {@code rule}.
   *
   * @param rule the rule
   * @return its findings, in order; one per area for {@link RuleId#LKE_AREA}
   */
  public List<Finding> findings(RuleId rule) {
    return findings().stream()
        .filter(f -> f.rule() == rule)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * {@code value} as the summary shows it: as the failing finding of {@code rule} shows it, with the
   * decimals that keep it below its minimum, or else with 2 decimals; so the summary never shows a
   * failing total as its minimum.
   */
  Measure.Points shown(RuleId rule, BigDecimal value) {
    for (Finding finding : findings()) {
      if (finding.rule() == rule && finding.status() == Status.FAIL
          && finding.actual().filter(Measure.Points.class::isInstance).isPresent()) {
        Measure.Points failing = (Measure.Points) finding.actual().get();
        return new Measure.Points(value, failing.decimals(), failing.rounding());
      }
    }
    return new Measure.Points(value);
  }

  /**
   * The decision as readable text in {@code locale}'s language: a title with the verdict, the earliest
   * date and its round, the LKE scores, then one line per finding (the {@code round-window} finding
   * says when the proposal's date was not checked against its round's window). The language is
   * {@link Language#of(Locale)}'s: Bahasa Indonesia for {@code id} (or {@code in}), English for any
   * other locale; numbers and dates follow it, and the first use of each acronym is spelled out once
   * ({@link Language#spellOut(String)}).
   *
   * @param locale the reader's locale
   * @return the text, lines separated by {@code \n}
   */
  public String explain(Locale locale) {
    StringBuilder text = new StringBuilder();
    text.append(Messages.text(locale, "decision.title", target(), new Measure.Day(asOf())
        .format(locale), edition().citation(), Messages.text(locale, "decision." + eligibility())))
        .append('\n');
    if (earliestProposalDate().isPresent()) {
      ProposalRound round = earliestProposalRound().orElseThrow();
      text.append(Messages.text(locale,
          round.windowKnown() ? "decision.earliest" : "decision.earliest.no-window",
          new Measure.Day(earliestProposalDate().get()).format(locale), round.year()));
    } else {
      text.append(Messages.text(locale, "decision.earliest.none"));
    }
    text.append('\n');
    lke().ifPresent(s -> text.append(Messages.text(locale, "decision.lke",
        shown(RuleId.LKE_TOTAL, s.total()).format(locale),
        shown(RuleId.LKE_PENGUNGKIT, s.pengungkit()).format(locale),
        new Measure.Points(s.hasil()).format(locale),
        s.meets().map(Enum::name).orElseGet(() -> Messages.term("none", locale)))).append('\n'));
    for (Finding finding : findings()) {
      text.append("  [").append(Messages.text(locale, "status." + finding.status())).append("] ")
          .append(finding.message(locale)).append('\n');
    }
    return Language.of(locale).spellOut(text.toString());
  }

  /**
   * The decision as readable text in Bahasa Indonesia, {@link Language#DEFAULT}, as {@link
   * #explain(Locale)} writes it.
   *
   * @return the text, lines separated by {@code \n}
   */
  public String explain() {
    return explain(Language.DEFAULT.locale());
  }
}
