package io.github.zi4j.round;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zi4j.internal.Checks;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.unit.Predikat;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One year's proposal round (<i>periode pengusulan</i>): KemenPANRB announces each year when instansi
 * may propose units and what the instansi must meet. A round is data, never code: zi4j bundles the
 * rounds it knows ({@link ProposalRounds#bundled()}), and a caller supplies another year's.
 *
 * <p>The criteria read the instansi's facts of {@link #evidenceYear()}: for the 2024 round, the BPK
 * opinion issued in 2023 and the AKIP and Indeks RB results of the 2023 evaluations. A round may know
 * its window but not its criteria (the 2022 round): the instansi rules then answer UNKNOWN. Of its window
 * a round knows the exact days ({@link #opens()} and {@link #closes()}: 2022, 2024), or only a day by
 * which it had closed ({@link #closedBy()}: 2023), or nothing.
 *
 * <pre>{@code
 * {"year": 2024, "opens": "2024-07-18", "closes": "2024-07-31", "evidenceYear": 2023,
 *  "criteria": {"WBK": {...}, "WBBM": {...}}, "source": "Siaran pers KemenPANRB 16 Juli 2024"}
 * }</pre>
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 */
@Value.Immutable
@JsonSerialize(as = ProposalRound.class)
@JsonDeserialize(as = ProposalRound.class)
abstract class AbstractProposalRound {

  /** The rounds known only by their year, made once each. */
  private static final Map<Integer, ProposalRound> YEAR_ONLY =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The round of {@code year} known only by its year: no window, no criteria, no source. Made once
   * per year and shared (the value is immutable).
   *
   * @param year the round's year, four digits
   * @return the round
   * @throws io.github.zi4j.InvalidFieldException at {@code year} when it is not a four-digit year
   */
  public static ProposalRound ofYear(int year) {
    ProposalRound round = YEAR_ONLY.get(year);
    if (round == null) {
      round = ProposalRound.builder().year(year).build(); // checks the year before it is kept
      YEAR_ONLY.putIfAbsent(year, round);
    }
    return round;
  }


  /**
   * The year of the round.
   *
   * @return a four-digit year
   */
  public abstract int year();

  /**
   * The first day proposals are accepted.
   *
   * @return the day, when known
   */
  public abstract Optional<LocalDate> opens();

  /**
   * The last day proposals are accepted.
   *
   * @return the day, when known
   */
  public abstract Optional<LocalDate> closes();

  /**
   * A day by which the window had closed, when only that is known of it (the 2023 round: its
   * administrative results were out on 4 July 2023, so proposals had closed before that day; likely):
   * a proposal made on or after this day is too late for the round. Not given with {@link #closes()},
   * which says more.
   *
   * @return the day, when known
   */
  public abstract Optional<LocalDate> closedBy();

  /**
   * The year whose BPK opinion, AKIP grade and Indeks RB category the criteria read; required when
   * there are criteria.
   *
   * @return the year, when the round has criteria
   */
  public abstract OptionalInt evidenceYear();

  /**
   * The instansi criteria per target predicate.
   *
   * @return the criteria, empty when the round's criteria are not known
   */
  public abstract Map<Predikat, InstansiCriteria> criteria();

  /**
   * The most units one instansi may propose in this round.
   *
   * @return the quota, when there is one
   */
  public abstract OptionalInt quota();

  /**
   * Where the round's data come from, for example {@code "Siaran pers KemenPANRB 16 Juli 2024"}.
   *
   * @return the source, when given
   */
  public abstract Optional<String> source();

  /**
   * The source in English, for English texts, for example {@code "KemenPANRB press release, 16 July
   * 2024"}; given only with {@link #source()}. An English text without it cites the source as
   * written.
   *
   * @return the source in English, when given
   */
  public abstract Optional<String> sourceEnglish();

  /**
   * How sure the source is; data a caller supplies is taken as sure unless it says otherwise.
   *
   * @return the confidence, {@code SURE} by default
   */
  @Value.Default
  public Confidence confidence() {
    return Confidence.SURE;
  }

  /**
   * Whether the round's window is known: both the day it opens and the day it closes.
   *
   * @return true when both are given
   */
  public boolean windowKnown() {
    return opens().isPresent() && closes().isPresent();
  }

  /**
   * Whether the window had closed before {@code day}: its last day is before it, or it had closed by
   * a day not after it.
   *
   * @param day the day
   * @return true when the round is known to be closed on {@code day}
   */
  public boolean closedOn(LocalDate day) {
    Optional<LocalDate> closes = closes();
    if (closes.isPresent()) {
      return closes.get().isBefore(day);
    }
    Optional<LocalDate> closedBy = closedBy();
    return closedBy.isPresent() && !closedBy.get().isAfter(day);
  }

  /**
   * The criteria for {@code target}, when the round gives them.
   *
   * @param target the predicate proposed for
   * @return the criteria
   */
  public Optional<InstansiCriteria> criteriaFor(Predikat target) {
    return Optional.ofNullable(criteria().get(target));
  }

  /**
   * The legal basis of this round's criteria: its source and confidence, cited {@code "Periode
   * pengusulan 2024: SOURCE"}, in English {@code "2024 proposal round: SOURCE"} with the {@link
   * #sourceEnglish()} when given, else the source as written.
   *
   * @return the basis
   */
  @Value.Lazy
  public LegalBasis basis() {
    return LegalBasis.of("Periode pengusulan " + year() + source().map(s -> ": " + s).orElse(""),
        confidence()).withEnglish(year() + " proposal round"
            + sourceEnglish().or(this::source).map(s -> ": " + s).orElse(""));
  }

  @Value.Check
  void check() {
    Checks.year("year", "year of round", year());
    if (opens().isPresent() && closes().isPresent()) {
      Checks.argument("closes", !closes().get().isBefore(opens().get()),
          "closes must not be before opens, but was %s < %s", closes().get(), opens().get());
    }
    Checks.argument("closedBy", closedBy().isEmpty() || closes().isEmpty(),
        "closedBy must not be given with closes (the last day says more), but round %d has both",
        year());
    evidenceYear().ifPresent(y -> Checks.year("evidenceYear", "evidenceYear", y));
    Checks.argument("evidenceYear", criteria().isEmpty() || evidenceYear().isPresent(),
        "evidenceYear must be given when the round has criteria (round %d)", year());
    quota().ifPresent(q -> Checks.argument("quota", q > 0, "quota must be positive, but was %d", q));
    source().ifPresent(s -> Checks.notBlank("source", "source", s));
    sourceEnglish().ifPresent(s -> Checks.notBlank("sourceEnglish", "sourceEnglish", s));
    Checks.argument("sourceEnglish", sourceEnglish().isEmpty() || source().isPresent(),
        "sourceEnglish must be given with source, the source as written (round %d)", year());
  }
}
