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
  public List<Finding> evaluate(RuleContext c) {
    Optional<ProposalRound> round = c.round();
    // afirmasi is a pemda's arrangement (domain notes §7): a K/L's unit is judged by the criteria
    boolean afirmasi = c.proposal().unit().afirmasi() && c.target() == Predikat.WBK
        && c.proposal().instansi().kind() == InstansiKind.PEMDA;
    Optional<InstansiCriteria> criteria = round.flatMap(r -> r.criteriaFor(c.target()));
    if (criteria.isEmpty() && !fact.alwaysAsked()) {
      return List.of();
    }
    if (afirmasi) {
      Finding.Builder finding = c.finding(id(), Status.PASS).variant("afirmasi")
          .basis(AfirmasiRule.BASIS);
      criteria.flatMap(cr -> fact.minimum(cr, c.proposal().instansi()))
          .ifPresent(minimum -> finding.required(minimum.measure()));
      return criteria.isPresent() && fact.minimum(criteria.get(), c.proposal().instansi()).isEmpty()
          ? List.of()
          : List.of(finding.build());
    }
    if (round.isEmpty()) {
      return List.of(c.finding(id(), Status.UNKNOWN).variant("no-round")
          .context(Measure.Term.of(c.proposal().roundYear())).basis(NO_ROUND_BASIS).build());
    }
    if (criteria.isEmpty()) {
      return List.of(c.finding(id(), Status.UNKNOWN).variant("no-criteria")
          .context(Measure.Term.of(round.get().year())).basis(round.get().basis()).build());
    }
    Instansi instansi = c.proposal().instansi();
    Optional<Ranked> minimum = fact.minimum(criteria.get(), instansi);
    int year = round.get().evidenceYear().orElseThrow();
    if (minimum.isEmpty()) {
      return notAnnounced(c, criteria.get(), round.get(), year);
    }
    Optional<Ranked> actual = fact.actual(instansi, year);
    Finding.Builder finding;
    if (actual.isEmpty()) {
      finding = c.finding(id(), Status.UNKNOWN).variant("no-data");
    } else {
      int gap = minimum.get().rank() - actual.get().rank();
      finding = c.finding(id(), gap > 0 ? Status.FAIL : Status.PASS)
          .actual(actual.get().measure());
      if (gap > 0) {
        finding.shortfall(new Measure.Steps(gap));
      }
    }
    return List.of(finding
        .required(minimum.get().measure())
        .context(Measure.Term.of(year))
        .basis(actual.filter(Ranked::fromScore).isPresent()
            ? scored(round.get().basis(), c.figures().scoreScale())
            : round.get().basis())
        .build());
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
  private List<Finding> notAnnounced(RuleContext c, InstansiCriteria criteria, ProposalRound round,
      int year) {
    if (fact != Fact.SPIP_LEVEL || criteria.spipNotAnnounced().isEmpty()) {
      return List.of();
    }
    int level = criteria.spipNotAnnounced().getAsInt();
    Optional<Ranked> actual = fact.actual(c.proposal().instansi(), year);
    Finding.Builder finding = c.finding(id(), Status.PASS)
        .required(Measure.Term.of(level))
        .context(Measure.Term.of(year))
        .basis(round.basis()
            .withConfidence(round.basis().confidence().lowest(Confidence.LIKELY)));
    if (actual.isEmpty()) {
      return List.of(finding.variant("not-announced-no-data").build());
    }
    finding.actual(actual.get().measure());
    return List.of(finding.variant(actual.get().rank() >= level
        ? "not-announced" : "not-announced-below").build());
  }
}
