package io.github.zi4j.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.zi4j.internal.Resources;
import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.LkeTemplates;
import io.github.zi4j.lke.TemplateNode;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.rules.score.TemplateFigures;
import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.time.Period;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The figures the rules compare with (<i>angka ketentuan</i>): the score minimums per edition and
 * predicate, the building period, the WBK holding period before WBBM and how it is counted, the
 * cooling-off period after a revocation, and what a revocation of WBBM does to the WBK before it, each
 * with its legal basis and confidence.
 *
 * <p>{@link #bundled()} takes the score minimums from the bundled LKE templates ({@link
 * LkeTemplates#bundled}), where each lives with its confidence: a node's minimum, reported by the {@link
 * Criterion} the node names, and the template's per-area share ({@link Criterion#AREA_SHARE}). The
 * periods, which no template carries, come from {@code figures.json} beside this class. Some are
 * only <b>likely</b> (the WBK holding period of 2 years, counted in round years) or <b>unverified</b>
 * (the WBBM minimums of bersih dan akuntabel and capaian kinerja; what a WBBM revocation does to WBK,
 * which is left unsettled): their findings say so, and a caller who knows better overrides them:
 *
 * <pre>{@code
 * RegulationFigures figures = RegulationFigures.bundled()
 *     .withWbkHoldingPeriod(Period.ofYears(2), LegalBasis.of("KemenPANRB letter ...", Confidence.SURE))
 *     .withAreaCheck(AreaCheck.EACH_PART);
 * }</pre>
 *
 * <p>Immutable and thread-safe; compare with {@code equals}: two figures are equal when every minimum,
 * period and the area check are, so scenarios can be compared and cached.
 *
 * @since 0.1
 */
public final class RegulationFigures {

  private final Map<Key, Figure<BigDecimal>> thresholds;
  private final Figure<Period> buildingPeriod;
  private final Figure<Period> wbkHoldingPeriod;
  private final Figure<WbkHoldingCount> wbkHoldingCount;
  private final Figure<Period> revocationCooldown;
  private final Figure<RevocationPolicy> revocationPolicy;
  private final AreaCheck areaCheck;
  private final LegalBasis scoreScale;

  private record Key(Edition edition, Predikat predikat, Criterion criterion) {}

  /** The criteria each edition's bundled template names, the ones a caller may override. */
  private static final Map<Edition, Set<Criterion>> CRITERIA = new EnumMap<>(Edition.class);

  private static final RegulationFigures BUNDLED = load();

  private RegulationFigures(
      Map<Key, Figure<BigDecimal>> thresholds,
      Figure<Period> buildingPeriod,
      Figure<Period> wbkHoldingPeriod,
      Figure<WbkHoldingCount> wbkHoldingCount,
      Figure<Period> revocationCooldown,
      Figure<RevocationPolicy> revocationPolicy,
      AreaCheck areaCheck,
      LegalBasis scoreScale) {
    this.thresholds = Map.copyOf(thresholds);
    this.buildingPeriod = buildingPeriod;
    this.wbkHoldingPeriod = wbkHoldingPeriod;
    this.wbkHoldingCount = wbkHoldingCount;
    this.revocationCooldown = revocationCooldown;
    this.revocationPolicy = revocationPolicy;
    this.areaCheck = areaCheck;
    this.scoreScale = scoreScale;
  }

  private RegulationFigures(Parts parts) {
    this(parts.thresholds, parts.buildingPeriod, parts.wbkHoldingPeriod, parts.wbkHoldingCount,
        parts.revocationCooldown, parts.revocationPolicy, parts.areaCheck, parts.scoreScale);
  }

  /** The figures as parts to change before making new figures of them; never shared. */
  private static final class Parts {
    Map<Key, Figure<BigDecimal>> thresholds;
    Figure<Period> buildingPeriod;
    Figure<Period> wbkHoldingPeriod;
    Figure<WbkHoldingCount> wbkHoldingCount;
    Figure<Period> revocationCooldown;
    Figure<RevocationPolicy> revocationPolicy;
    AreaCheck areaCheck;
    LegalBasis scoreScale;

    Parts(RegulationFigures from) {
      thresholds = from.thresholds;
      buildingPeriod = from.buildingPeriod;
      wbkHoldingPeriod = from.wbkHoldingPeriod;
      wbkHoldingCount = from.wbkHoldingCount;
      revocationCooldown = from.revocationCooldown;
      revocationPolicy = from.revocationPolicy;
      areaCheck = from.areaCheck;
      scoreScale = from.scoreScale;
    }
  }

  /**
   * The figures zi4j ships, from {@code figures.json}.
   *
   * @return the bundled figures
   */
  public static RegulationFigures bundled() {
    return BUNDLED;
  }

  /**
   * The minimum of {@code criterion} for {@code predikat} under {@code edition}.
   *
   * @param edition the edition
   * @param predikat the predicate proposed for
   * @param criterion the criterion
   * @return the minimum, or empty when zi4j does not know it
   */
  public Optional<Figure<BigDecimal>> threshold(
      Edition edition, Predikat predikat, Criterion criterion) {
    return Optional.ofNullable(thresholds.get(new Key(edition, predikat, criterion)));
  }

  /**
   * The least time of building since pencanangan before a proposal: 1 year (sure).
   *
   * @return the period
   */
  public Figure<Period> buildingPeriod() {
    return buildingPeriod;
  }

  /**
   * The least time a unit must have held WBK before a WBBM proposal: 2 years by default, <b>likely</b>
   * (PortalRB's administrative check reads "minimal telah 2 tahun WBK").
   *
   * @return the period
   */
  public Figure<Period> wbkHoldingPeriod() {
    return wbkHoldingPeriod;
  }

  /**
   * How the WBK holding period is counted: {@link WbkHoldingCount#ROUND_YEARS} by default,
   * <b>likely</b> (the only counting the Balangan story fits).
   *
   * @return the counting
   */
  public Figure<WbkHoldingCount> wbkHoldingCount() {
    return wbkHoldingCount;
  }

  /**
   * What a revocation of WBBM does to the WBK held before it: {@link RevocationPolicy#UNSETTLED} by
   * default, since no source found says.
   *
   * @return the policy
   */
  public Figure<RevocationPolicy> revocationPolicy() {
    return revocationPolicy;
  }

  /**
   * The time after a revocation during which the unit may not be proposed: 2 years (sure).
   *
   * @return the period
   */
  public Figure<Period> revocationCooldown() {
    return revocationCooldown;
  }

  /**
   * How the per-area minimum share is checked.
   *
   * @return {@code WHOLE_AREA} unless overridden
   */
  public AreaCheck areaCheck() {
    return areaCheck;
  }

  /**
   * The scale by which an AKIP or Indeks RB score maps to a grade ({@link
   * io.github.zi4j.instansi.Grade#ofScore}: AA above 90 &hellip; D at 30 or below), <b>likely</b>: a
   * finding that judges a score by its grade cites it beside the round's announcement, and is no surer
   * than it.
   *
   * @return the basis of the scale
   */
  public LegalBasis scoreScale() {
    return scoreScale;
  }

  /**
   * These figures with another basis for the scale by which a score maps to a grade, for a caller
   * who has the scale from a surer source.
   *
   * @param basis where the caller's scale comes from
   * @return new figures
   */
  public RegulationFigures withScoreScale(LegalBasis basis) {
    Parts parts = new Parts(this);
    parts.scoreScale = Objects.requireNonNull(basis, "basis");
    return new RegulationFigures(parts);
  }

  /**
   * These figures with the minimum of {@code criterion} for {@code predikat} under {@code edition}
   * replaced. Only a criterion the edition's template names can be overridden (all of PermenPANRB
   * 90/2021's); the other minimums of older editions are read from the nodes of their LKE templates.
   *
   * @param edition the edition
   * @param predikat the predicate
   * @param criterion the criterion
   * @param minimum the new minimum, not negative (a fraction for {@link Criterion#AREA_SHARE})
   * @param basis where the caller's figure comes from
   * @return new figures
   * @throws IllegalArgumentException when the edition's template does not name the criterion, or the
   *     minimum is negative (or a share above 1)
   */
  public RegulationFigures withThreshold(
      Edition edition, Predikat predikat, Criterion criterion, BigDecimal minimum, LegalBasis basis) {
    if (!CRITERIA.get(edition).contains(criterion)) {
      // the editions whose template names the criterion: today PERMENPANRB_90_2021 for every one
      throw new IllegalArgumentException("edition of an overridden minimum must be "
          + CRITERIA.entrySet().stream().filter(e -> e.getValue().contains(criterion))
              .map(e -> e.getKey().name()).collect(java.util.stream.Collectors.joining(" or "))
          + ", but was " + edition + ": its minimums live on the nodes of its LKE template");
    }
    if (minimum.signum() < 0) {
      throw new IllegalArgumentException(
          "minimum of " + criterion + " must not be negative, but was " + minimum.toPlainString());
    }
    if (criterion == Criterion.AREA_SHARE && minimum.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "minimum of AREA_SHARE is a fraction from 0 to 1, but was " + minimum.toPlainString());
    }
    Map<Key, Figure<BigDecimal>> copy = new HashMap<>(thresholds);
    copy.put(new Key(edition, predikat, criterion), new Figure<>(minimum, basis));
    Parts parts = new Parts(this);
    parts.thresholds = Map.copyOf(copy);
    return new RegulationFigures(parts);
  }

  /**
   * These figures with another WBK holding period before WBBM.
   *
   * @param period the period, not negative
   * @param basis where the caller's figure comes from
   * @return new figures
   */
  public RegulationFigures withWbkHoldingPeriod(Period period, LegalBasis basis) {
    if (period.isNegative()) {
      throw new IllegalArgumentException(
          "wbkHoldingPeriod must not be negative, but was " + period);
    }
    Parts parts = new Parts(this);
    parts.wbkHoldingPeriod = new Figure<>(period, basis);
    return new RegulationFigures(parts);
  }

  /**
   * These figures with the WBK holding period counted another way.
   *
   * @param count how to count
   * @param basis where the caller's choice comes from
   * @return new figures
   */
  public RegulationFigures withWbkHoldingCount(WbkHoldingCount count, LegalBasis basis) {
    Parts parts = new Parts(this);
    parts.wbkHoldingCount = new Figure<>(count, basis);
    return new RegulationFigures(parts);
  }

  /**
   * These figures with a policy for what a revocation of WBBM does to the WBK held before it; the
   * findings that depend on it cite {@code basis}.
   *
   * @param policy the policy
   * @param basis where the caller's choice comes from
   * @return new figures
   */
  public RegulationFigures withRevocationPolicy(RevocationPolicy policy, LegalBasis basis) {
    Parts parts = new Parts(this);
    parts.revocationPolicy = new Figure<>(policy, basis);
    return new RegulationFigures(parts);
  }

  /**
   * These figures with another way of checking the per-area minimum.
   *
   * @param check the way
   * @return new figures
   */
  public RegulationFigures withAreaCheck(AreaCheck check) {
    Parts parts = new Parts(this);
    parts.areaCheck = Objects.requireNonNull(check, "check");
    return new RegulationFigures(parts);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof RegulationFigures)) {
      return false;
    }
    RegulationFigures that = (RegulationFigures) other;
    return thresholds.equals(that.thresholds) && buildingPeriod.equals(that.buildingPeriod)
        && wbkHoldingPeriod.equals(that.wbkHoldingPeriod)
        && wbkHoldingCount.equals(that.wbkHoldingCount)
        && revocationCooldown.equals(that.revocationCooldown)
        && revocationPolicy.equals(that.revocationPolicy) && areaCheck == that.areaCheck
        && scoreScale.equals(that.scoreScale);
  }

  @Override
  public int hashCode() {
    return Objects.hash(thresholds, buildingPeriod, wbkHoldingPeriod, wbkHoldingCount,
        revocationCooldown, revocationPolicy, areaCheck, scoreScale);
  }

  @Override
  public String toString() {
    return "RegulationFigures[" + thresholds.size() + " minimums, building " + buildingPeriod.value()
        + ", WBK held " + wbkHoldingPeriod.value() + " in " + wbkHoldingCount.value()
        + ", cooldown " + revocationCooldown.value() + ", " + revocationPolicy.value() + ", "
        + areaCheck + "]";
  }

  /** The shape of {@code figures.json}. */
  record Data(
      @JsonProperty("_comment") String comment,
      @JsonProperty(required = true) Map<String, PeriodRow> periods,
      @JsonProperty(required = true) ChoiceRow<WbkHoldingCount> wbkHoldingCount,
      @JsonProperty(required = true) ChoiceRow<RevocationPolicy> revocationPolicy,
      @JsonProperty(required = true) BasisRow scoreScale) {}

  /** A basis without a value in {@code figures.json}: a scale zi-core applies. */
  record BasisRow(String citation, Confidence confidence) {
    LegalBasis basis() {
      return LegalBasis.of(citation, confidence);
    }
  }

  /** A choice in {@code figures.json}. */
  record ChoiceRow<T>(T value, String citation, Confidence confidence) {
    Figure<T> figure() {
      return new Figure<>(value, LegalBasis.of(citation, confidence));
    }
  }

  /** A period in {@code figures.json}. */
  record PeriodRow(Period value, String citation, Confidence confidence) {
    Figure<Period> figure() {
      return new Figure<>(value, LegalBasis.of(citation, confidence));
    }
  }

  private static RegulationFigures load() {
    Data data = Resources.read(
        RegulationFigures.class.getResourceAsStream("figures.json"), "figures.json",
        RegulationFigures.class, Data.class);
    Map<Key, Figure<BigDecimal>> thresholds = new HashMap<>();
    for (Edition edition : Edition.values()) {
      LkeTemplate template = LkeTemplates.bundled(edition);
      Set<Criterion> named = EnumSet.noneOf(Criterion.class);
      collect(template, template.root(), thresholds, named);
      template.areaMinimum().forEach((predikat, share) -> thresholds.put(
          new Key(edition, predikat, Criterion.AREA_SHARE),
          new Figure<>(share.value(), TemplateFigures.basisOf(template, share))));
      if (!template.areaMinimum().isEmpty()) {
        named.add(Criterion.AREA_SHARE);
      }
      CRITERIA.put(edition, Collections.unmodifiableSet(named));
    }
    return new RegulationFigures(
        thresholds,
        period(data, "buildingPeriod"),
        period(data, "wbkHoldingPeriod"),
        data.wbkHoldingCount().figure(),
        period(data, "revocationCooldown"),
        data.revocationPolicy().figure(),
        AreaCheck.WHOLE_AREA,
        data.scoreScale().basis());
  }

  private static void collect(LkeTemplate template, TemplateNode node,
      Map<Key, Figure<BigDecimal>> thresholds, Set<Criterion> named) {
    if (node.criterion().isPresent()) {
      Criterion criterion = TemplateFigures.criterion(template, node);
      named.add(criterion);
      node.minimum().forEach((predikat, minimum) -> thresholds.put(
          new Key(template.edition(), predikat, criterion),
          new Figure<>(minimum.value(), TemplateFigures.basisOf(template, minimum))));
    }
    for (TemplateNode child : node.children()) {
      collect(template, child, thresholds, named);
    }
  }

  private static Figure<Period> period(Data data, String name) {
    PeriodRow row = data.periods().get(name);
    if (row == null) {
      throw new IllegalStateException("figures.json must give the period " + name);
    }
    return row.figure();
  }
}
