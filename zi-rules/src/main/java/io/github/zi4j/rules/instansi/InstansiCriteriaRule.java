package io.github.zi4j.rules.instansi;

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

    /** The round's minimum as a rank on its ordered scale, with its measure; empty when not asked. */
    Optional<Ranked> minimum(InstansiCriteria criteria, Instansi instansi) {
      switch (this) {
        case BPK_OPINION:
          return Optional.of(Ranked.of(criteria.bpkOpinion()));
        case AKIP_GRADE:
          return Optional.of(Ranked.of((Enum<?>) criteria.akip()));
        case INDEKS_RB:
          return Optional.of(Ranked.of((Enum<?>) criteria.indeksRbFor(instansi.kind())));
        default:
          return criteria.spip().isPresent()
              ? Optional.of(new Ranked(criteria.spip().getAsInt(),
                  Measure.Term.of(criteria.spip().getAsInt())))
              : Optional.empty();
      }
    }

    /** The instansi's fact of {@code year} as a rank with its measure, when known. */
    Optional<Ranked> actual(Instansi instansi, int year) {
      switch (this) {
        case BPK_OPINION:
          return instansi.bpkOpinionIssuedIn(year).map(Ranked::of);
        case AKIP_GRADE:
          return instansi.akipIn(year).map(Ranked::rated);
        case INDEKS_RB:
          return instansi.indeksRbIn(year).map(Ranked::rated);
        default:
          return instansi.spipIn(year).map(level -> new Ranked(level, Measure.Term.of(level)));
      }
    }
  }

  /**
   * A value on an ordered scale: its rank (higher is better), how it is shown, and whether it is a
   * grade derived from a score by the SAKIP scale (likely), which a finding must then cite.
   */
  record Ranked(int rank, Measure measure, boolean fromScore) {
    Ranked(int rank, Measure measure) {
      this(rank, measure, false);
    }

    /** The ranks of grades and opinions, made once each. */
    private static final java.util.Map<Enum<?>, Ranked> OF_ENUMS =
        new java.util.concurrent.ConcurrentHashMap<>();

    static Ranked of(Enum<?> value) {
      return OF_ENUMS.computeIfAbsent(value, v -> new Ranked(v.ordinal(), Measure.Term.of(v)));
    }

    static Ranked rated(Rating rating) {
      return rating instanceof Rating.Score
          ? new Ranked(rating.grade().ordinal(),
              new Measure.Rated(((Rating.Score) rating).value(), rating.grade().name()), true)
          : of((Enum<?>) rating.grade());
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
    Optional<Ranked> minimum =
        criteria == null ? Optional.empty() : fact.minimum(criteria, instansi);
    if (afirmasi) {
      if (criteria == null || minimum.isPresent()) {
        into.add(c.finding(id(), Status.PASS, "afirmasi",
            minimum.isPresent() ? minimum.get().measure() : null, null, null, null,
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
    int year = round.get().evidenceYear().orElseThrow();
    if (minimum.isEmpty()) {
      notAnnounced(c, criteria, round.get(), year, into);
      return;
    }
    Optional<Ranked> actual = fact.actual(instansi, year);
    LegalBasis basis = actual.isPresent() && actual.get().fromScore()
        ? scored(round.get().basis(), c.figures().scoreScale())
        : round.get().basis();
    if (actual.isEmpty()) {
      into.add(c.finding(id(), Status.UNKNOWN, "no-data", minimum.get().measure(), null, null,
          Measure.Term.of(year), basis));
      return;
    }
    int gap = minimum.get().rank() - actual.get().rank();
    into.add(c.finding(id(), gap > 0 ? Status.FAIL : Status.PASS, null, minimum.get().measure(),
        actual.get().measure(), gap > 0 ? new Measure.Steps(gap) : null, Measure.Term.of(year),
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
    if (fact != Fact.SPIP_LEVEL || criteria.spipNotAnnounced().isEmpty()) {
      return;
    }
    int level = criteria.spipNotAnnounced().getAsInt();
    Optional<Ranked> actual = fact.actual(c.proposal().instansi(), year);
    String variant = actual.isEmpty() ? "not-announced-no-data"
        : actual.get().rank() >= level ? "not-announced" : "not-announced-below";
    into.add(c.finding(id(), Status.PASS, variant, Measure.Term.of(level),
        actual.isPresent() ? actual.get().measure() : null, null, Measure.Term.of(year),
        round.basis().withConfidence(round.basis().confidence().lowest(Confidence.LIKELY))));
  }
}
