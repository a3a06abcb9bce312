package io.github.zi4j.rules.instansi;

import io.github.zi4j.instansi.BpkOpinion;
import io.github.zi4j.instansi.Grade;
import io.github.zi4j.instansi.Instansi;
import io.github.zi4j.instansi.InstansiKind;
import io.github.zi4j.instansi.Rating;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.round.InstansiCriteria;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.RuleId;
import io.github.zi4j.rules.Status;
import io.github.zi4j.rules.internal.Rule;
import io.github.zi4j.rules.internal.RuleContext;
import io.github.zi4j.unit.Predikat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The instansi meets the proposal round's criteria for the target: one rule per fact (BPK opinion, AKIP
 * result, Indeks RB result, SPIP maturity level), read for the round's evidence year. An AKIP or Indeks
 * RB score is judged by the grade it maps to, and its finding cites the scale (likely) beside the
 * round, at the lower confidence. Without the round's criteria, or without the instansi's fact for
 * that year, the rule answers UNKNOWN and names what is missing; a round that does not ask for SPIP
 * gives no SPIP finding, unless another source checks a level the announcement does not ask (2024:
 * PortalRB's code), when the finding says which reading zi4j took and passes. For an afirmasi unit of a pemda proposed for WBK the criteria do not
 * apply: each finding says so, and none fails. A K/L's unit marked afirmasi is judged by them: the
 * notes know afirmasi only as a pemda's arrangement.
 */
final class InstansiCriteriaRule implements Rule {

  static final LegalBasis NO_ROUND_BASIS =
      LegalBasis.of("KemenPANRB, pengumuman periode pengusulan", Confidence.SURE)
          .withEnglish("KemenPANRB, announcement of the proposal round");

  /** The fact about the instansi a rule reads. */
  enum Fact {
    BPK_OPINION(RuleId.BPK_OPINION),
    AKIP_GRADE(RuleId.AKIP_GRADE),
    INDEKS_RB(RuleId.INDEKS_RB),
    SPIP_LEVEL(RuleId.SPIP_LEVEL);

    private final RuleId rule;

    Fact(RuleId rule) {
      this.rule = rule;
    }

    /** Whether every round with criteria asks for this fact (all but SPIP). */
    boolean alwaysAsked() {
      return this != SPIP_LEVEL;
    }

    /** The round's minimum as a rank on its ordered scale, with its measure; null when not asked. */
    Ranked minimum(InstansiCriteria criteria, Instansi instansi) {
      switch (this) {
        case BPK_OPINION:
          return Ranked.of(criteria.bpkOpinion());
        case AKIP_GRADE:
          return Ranked.of(criteria.akip());
        case INDEKS_RB:
          return Ranked.of(criteria.indeksRbFor(instansi.kind()));
        default:
          return criteria.spip().isPresent() ? Ranked.level(criteria.spip().getAsInt()) : null;
      }
    }

    /**
     * The instansi's fact of {@code year} as a rank with its measure; null when not known. The year is
     * boxed once, by {@link #key(int)}: the facts are maps by year.
     */
    Ranked actual(Instansi instansi, int year) {
      Integer key = key(year);
      switch (this) {
        case BPK_OPINION: {
          BpkOpinion opinion = instansi.bpkOpinion().get(key);
          return opinion == null ? null : Ranked.of(opinion);
        }
        case AKIP_GRADE: {
          Rating rating = instansi.akip().get(key);
          return rating == null ? null : Ranked.rated(rating);
        }
        case INDEKS_RB: {
          Rating rating = instansi.indeksRb().get(key);
          return rating == null ? null : Ranked.rated(rating);
        }
        default: {
          Integer level = instansi.spip().get(key);
          return level == null ? null : Ranked.level(level);
        }
      }
    }
  }

  /** The years an instansi's facts are looked up by, boxed once: 2000 to 2099. */
  private static final Integer[] YEARS = new Integer[100];

  static {
    for (int i = 0; i < YEARS.length; i++) {
      YEARS[i] = 2000 + i;
    }
  }

  private static Integer key(int year) {
    int at = year - 2000;
    return at >= 0 && at < YEARS.length ? YEARS[at] : Integer.valueOf(year);
  }

  /**
   * A value on an ordered scale: its rank (higher is better), how it is shown, and whether it is a
   * grade derived from a score by the SAKIP scale (likely), which a finding must then cite.
   */
  record Ranked(int rank, Measure measure, boolean fromScore) {
    Ranked(int rank, Measure measure) {
      this(rank, measure, false);
    }

    /** The rank of each opinion and of each grade, by ordinal: made once. */
    private static final Ranked[] OPINIONS = ranks(BpkOpinion.values());
    private static final Ranked[] GRADES = ranks(Grade.values());

    private static Ranked[] ranks(Enum<?>[] values) {
      Ranked[] ranks = new Ranked[values.length];
      for (Enum<?> value : values) {
        ranks[value.ordinal()] = new Ranked(value.ordinal(), Measure.Term.of(value));
      }
      return ranks;
    }

    static Ranked of(BpkOpinion opinion) {
      return OPINIONS[opinion.ordinal()];
    }

    static Ranked of(Grade grade) {
      return GRADES[grade.ordinal()];
    }

    /** The rank of a SPIP level, 1 to 5, made once each. */
    static Ranked level(int level) {
      return level >= 0 && level < LEVELS.length ? LEVELS[level]
          : new Ranked(level, Measure.Term.of(level));
    }

    private static final Ranked[] LEVELS = new Ranked[6];

    static {
      for (int level = 0; level < LEVELS.length; level++) {
        LEVELS[level] = new Ranked(level, Measure.Term.of(level));
      }
    }

    static Ranked rated(Rating rating) {
      return rating instanceof Rating.Score
          ? new Ranked(rating.grade().ordinal(),
              new Measure.Rated(((Rating.Score) rating).value(), rating.grade().name()), true)
          : of(rating.grade());
    }
  }

  private final Fact fact;

  InstansiCriteriaRule(Fact fact) {
    this.fact = fact;
  }

  @Override
  public RuleId id() {
    return fact.rule;
  }

  @Override
  public void evaluate(RuleContext c, List<Finding> into) {
    Optional<ProposalRound> round = c.round();
    // afirmasi is a pemda's arrangement (domain notes §7): a K/L's unit is judged by the criteria
    boolean afirmasi = c.proposal().unit().afirmasi() && c.target() == Predikat.WBK
        && c.proposal().instansi().kind() == InstansiKind.PEMDA;
    InstansiCriteria criteria =
        round.isPresent() ? round.get().criteria().get(c.target()) : null;
    if (criteria == null && !fact.alwaysAsked()) {
      return;
    }
    Instansi instansi = c.proposal().instansi();
    Ranked minimum = criteria == null ? null : fact.minimum(criteria, instansi);
    if (afirmasi) {
      if (criteria == null || minimum != null) {
        into.add(c.finding(id(), Status.PASS, "afirmasi",
            minimum != null ? minimum.measure() : null, null, null, null,
            AfirmasiRule.BASIS));
      }
      return;
    }
    if (round.isEmpty()) {
      into.add(c.finding(id(), Status.UNKNOWN, "no-round", null, null, null,
          Measure.Term.of(c.proposal().roundYear()), NO_ROUND_BASIS));
      return;
    }
    if (criteria == null) {
      into.add(c.finding(id(), Status.UNKNOWN, "no-criteria", null, null, null,
          Measure.Term.of(round.get().year()), round.get().basis()));
      return;
    }
    int year = c.evidenceYear();
    if (minimum == null) {
      notAnnounced(c, criteria, round.get(), year, into);
      return;
    }
    Ranked actual = fact.actual(instansi, year);
    LegalBasis basis = actual != null && actual.fromScore()
        ? scored(round.get().basis(), c.figures().scoreScale())
        : round.get().basis();
    if (actual == null) {
      into.add(c.finding(id(), Status.UNKNOWN, "no-data", minimum.measure(), null, null,
          Measure.Term.of(year), basis));
      return;
    }
    int gap = minimum.rank() - actual.rank();
    into.add(c.finding(id(), gap > 0 ? Status.FAIL : Status.PASS, null, minimum.measure(),
        actual.measure(), gap > 0 ? new Measure.Steps(gap) : null, Measure.Term.of(year),
        basis));
  }

  /**
   * The basis of a finding that judges a score by the grade it maps to: the round's announcement and
   * the scale, at the lower of their confidences.
   */
  static LegalBasis scored(LegalBasis announcement, LegalBasis scale) {
    LegalBasis basis = LegalBasis.of(announcement.citation() + "; " + scale.citation(),
        announcement.confidence().lowest(scale.confidence()));
    return announcement.english().isPresent() || scale.english().isPresent()
        ? basis.withEnglish(announcement.citation(Locale.ENGLISH) + "; "
            + scale.citation(Locale.ENGLISH))
        : basis;
  }

  /**
   * Where the round's announcement asks for no SPIP level but another source checks one (the 2024
   * round: PortalRB's code), the reading zi4j takes: the announcement's. The finding says so, shows
   * the instansi's level beside the other source's, and passes, so that the verdict never rests on
   * the choice; its confidence is at most likely.
   */
  private void notAnnounced(RuleContext c, InstansiCriteria criteria, ProposalRound round,
      int year, List<Finding> into) {
    if (fact != Fact.SPIP_LEVEL) {
      return;
    }
    OptionalInt checked = criteria.spipNotAnnounced(); // read once: a value gives it anew each call
    if (checked.isEmpty()) {
      return;
    }
    int level = checked.getAsInt();
    Ranked actual = fact.actual(c.proposal().instansi(), year);
    String variant = actual == null ? "not-announced-no-data"
        : actual.rank() >= level ? "not-announced" : "not-announced-below";
    into.add(c.finding(id(), Status.PASS, variant, Measure.Term.of(level),
        actual != null ? actual.measure() : null, null, Measure.Term.of(year),
        atMostLikely(round.basis())));
  }

  /** The last basis lowered to at most likely, and what it became: rounds are few, and shared. */
  private volatile Lowered lowered;

  private record Lowered(LegalBasis from, LegalBasis to) {}

  /** {@code basis} at most likely, made once per round's basis met in a row. */
  private LegalBasis atMostLikely(LegalBasis basis) {
    Lowered last = lowered;
    if (last == null || last.from() != basis) {
      last = new Lowered(basis, basis.withConfidence(basis.confidence().lowest(Confidence.LIKELY)));
      lowered = last;
    }
    return last.to();
  }
}
