package io.github.zi4j.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.zi4j.InvalidFieldException;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The figures the rules compare with (<i>angka ketentuan</i>): the score minimums per edition and
 * predicate, the building period, the WBK holding period before WBBM and how it is counted, the
 * cooling-off period after a revocation, and what a revocation of WBBM does to the WBK before it, each
 * with its legal basis and confidence.
 *
 * <p>{@link #bundled()} takes the score minimums from the bundled LKE templates ({@link
 * io.github.zi4j.lke.LkeTemplates#bundled}), where each lives with its confidence: a node's minimum,
 * reported by the {@link Criterion} the node names, and the template's per-area share ({@link
 * Criterion#AREA_SHARE}). The periods, which no template carries, come from {@code figures.json} beside
 * this class. Some are only <b>likely</b> (the WBK holding period of 2 years, counted in round years)
 * or <b>unverified</b> (the WBBM minimums of bersih dan akuntabel and capaian kinerja; what a WBBM
 * revocation does to WBK, which is left unsettled): their findings say so, and a caller who knows
 * better overrides them, each figure with a {@code with…} that takes the new value and the caller's
 * basis, whose confidence the figure then carries:
 *
 * <pre>{@code
 * RegulationFigures figures = RegulationFigures.bundled()
 *     .withWbkHoldingPeriod(Period.ofYears(2), LegalBasis.of("KemenPANRB letter ...", Confidence.SURE))
 *     .withAreaCheck(AreaCheck.EACH_PART);
 * }</pre>
 *
 * <p>A period must not be negative, a minimum not negative (a share not above 1), and only a minimum
 * an edition's template names a criterion for can be given: a {@code with…} that breaks this throws an
 * {@link io.github.zi4j.InvalidFieldException} naming the figure and the value.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}: two figures are equal when every minimum,
 * period and the area check are, so scenarios can be compared and cached.
 *
 * @since 0.1
 */
@Value.Immutable
abstract class AbstractRegulationFigures {

  /**
   * The figures zi4j ships, from {@code figures.json}.
   *
   * @return the bundled figures
   */
  public static RegulationFigures bundled() {
    return Bundled.FIGURES;
  }

  /**
   * Every score minimum zi4j knows, by edition, predicate and criterion.
   *
   * @return the minimums
   */
  public abstract Map<ThresholdKey, Figure<BigDecimal>> thresholds();

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
    return Optional.ofNullable(thresholds().get(new ThresholdKey(edition, predikat, criterion)));
  }

  /**
   * The least time of building since pencanangan before a proposal: 1 year (sure).
   *
   * @return the period
   */
  public abstract Figure<Period> buildingPeriod();

  /**
   * The least time a unit must have held WBK before a WBBM proposal: 2 years by default, <b>likely</b>
   * (PortalRB's administrative check reads "minimal telah 2 tahun WBK").
   *
   * @return the period
   */
  public abstract Figure<Period> wbkHoldingPeriod();

  /**
   * How the WBK holding period is counted: {@link WbkHoldingCount#ROUND_YEARS} by default,
   * <b>likely</b> (the only counting the Balangan story fits).
   *
   * @return the counting
   */
  public abstract Figure<WbkHoldingCount> wbkHoldingCount();

  /**
   * The time after a revocation during which the unit may not be proposed: 2 years (sure).
   *
   * @return the period
   */
  public abstract Figure<Period> revocationCooldown();

  /**
   * What a revocation of WBBM does to the WBK held before it: {@link RevocationPolicy#UNSETTLED} by
   * default, since no source found says.
   *
   * @return the policy
   */
  public abstract Figure<RevocationPolicy> revocationPolicy();

  /**
   * How the per-area minimum share is checked.
   *
   * @return {@code WHOLE_AREA} unless overridden
   */
  public abstract AreaCheck areaCheck();

  /**
   * The scale by which an AKIP or Indeks RB score maps to a grade ({@link
   * io.github.zi4j.instansi.Grade#ofScore}: AA above 90 &hellip; D at 30 or below), <b>likely</b>: a
   * finding that judges a score by its grade cites it beside the round's announcement, and is no surer
   * than it.
   *
   * @return the basis of the scale
   */
  public abstract LegalBasis scoreScale();

  /**
   * These figures with another building period.
   *
   * @param figure the period, not negative, and where it comes from
   * @return new figures
   * @throws InvalidFieldException naming {@code buildingPeriod} when the period is negative
   */
  public abstract RegulationFigures withBuildingPeriod(Figure<Period> figure);

  /**
   * These figures with another building period.
   *
   * @param period the period, not negative
   * @param basis where the caller's figure comes from
   * @return new figures
   * @throws InvalidFieldException naming {@code buildingPeriod} when the period is negative
   */
  public RegulationFigures withBuildingPeriod(Period period, LegalBasis basis) {
    return withBuildingPeriod(new Figure<>(period, basis));
  }

  /**
   * These figures with another WBK holding period before WBBM.
   *
   * @param figure the period, not negative, and where it comes from
   * @return new figures
   * @throws InvalidFieldException naming {@code wbkHoldingPeriod} when the period is negative
   */
  public abstract RegulationFigures withWbkHoldingPeriod(Figure<Period> figure);

  /**
   * These figures with another WBK holding period before WBBM.
   *
   * @param period the period, not negative
   * @param basis where the caller's figure comes from
   * @return new figures
   * @throws InvalidFieldException naming {@code wbkHoldingPeriod} when the period is negative
   */
  public RegulationFigures withWbkHoldingPeriod(Period period, LegalBasis basis) {
    return withWbkHoldingPeriod(new Figure<>(period, basis));
  }

  /**
   * These figures with the WBK holding period counted another way.
   *
   * @param figure how to count, and where the caller's choice comes from
   * @return new figures
   */
  public abstract RegulationFigures withWbkHoldingCount(Figure<WbkHoldingCount> figure);

  /**
   * These figures with the WBK holding period counted another way.
   *
   * @param count how to count
   * @param basis where the caller's choice comes from
   * @return new figures
   */
  public RegulationFigures withWbkHoldingCount(WbkHoldingCount count, LegalBasis basis) {
    return withWbkHoldingCount(new Figure<>(count, basis));
  }

  /**
   * These figures with another cooling-off period after a revocation.
   *
   * @param figure the period, not negative, and where it comes from
   * @return new figures
   * @throws InvalidFieldException naming {@code revocationCooldown} when the period is negative
   */
  public abstract RegulationFigures withRevocationCooldown(Figure<Period> figure);

  /**
   * These figures with another cooling-off period after a revocation.
   *
   * @param period the period, not negative
   * @param basis where the caller's figure comes from
   * @return new figures
   * @throws InvalidFieldException naming {@code revocationCooldown} when the period is negative
   */
  public RegulationFigures withRevocationCooldown(Period period, LegalBasis basis) {
    return withRevocationCooldown(new Figure<>(period, basis));
  }

  /**
   * These figures with a policy for what a revocation of WBBM does to the WBK held before it; the
   * findings that depend on it cite the figure's basis.
   *
   * @param figure the policy, and where the caller's choice comes from
   * @return new figures
   */
  public abstract RegulationFigures withRevocationPolicy(Figure<RevocationPolicy> figure);

  /**
   * These figures with a policy for what a revocation of WBBM does to the WBK held before it; the
   * findings that depend on it cite {@code basis}.
   *
   * @param policy the policy
   * @param basis where the caller's choice comes from
   * @return new figures
   */
  public RegulationFigures withRevocationPolicy(RevocationPolicy policy, LegalBasis basis) {
    return withRevocationPolicy(new Figure<>(policy, basis));
  }

  /**
   * These figures with another way of checking the per-area minimum.
   *
   * @param check the way
   * @return new figures
   */
  public abstract RegulationFigures withAreaCheck(AreaCheck check);

  /**
   * These figures with another basis for the scale by which a score maps to a grade, for a caller
   * who has the scale from a surer source.
   *
   * @param basis where the caller's scale comes from
   * @return new figures
   */
  public abstract RegulationFigures withScoreScale(LegalBasis basis);

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
   * @throws IllegalArgumentException ({@link InvalidFieldException} naming the threshold) when the
   *     edition's template does not name the criterion, or the minimum is negative (or a share above 1)
   */
  public RegulationFigures withThreshold(
      Edition edition, Predikat predikat, Criterion criterion, BigDecimal minimum, LegalBasis basis) {
    Map<ThresholdKey, Figure<BigDecimal>> copy = new HashMap<>(thresholds());
    copy.put(new ThresholdKey(edition, predikat, criterion), new Figure<>(minimum, basis));
    return withThresholds(copy);
  }

  /**
   * These figures with every minimum replaced.
   *
   * @param thresholds the minimums
   * @return new figures
   * @throws InvalidFieldException naming the first threshold that breaks a rule of {@link
   *     #withThreshold}
   */
  public abstract RegulationFigures withThresholds(
      Map<? extends ThresholdKey, ? extends Figure<BigDecimal>> thresholds);

  @Value.Check
  void check() {
    notNegative("buildingPeriod", buildingPeriod());
    notNegative("wbkHoldingPeriod", wbkHoldingPeriod());
    notNegative("revocationCooldown", revocationCooldown());
    thresholds().forEach(AbstractRegulationFigures::check);
  }

  private static void notNegative(String field, Figure<Period> period) {
    if (period.value().isNegative()) {
      throw new InvalidFieldException(
          field, field + " must not be negative, but was " + period.value());
    }
  }

  private static void check(ThresholdKey key, Figure<BigDecimal> figure) {
    String field = "thresholds." + key.edition() + "." + key.predikat() + "." + key.criterion();
    Criterion criterion = key.criterion();
    BigDecimal minimum = figure.value();
    if (!Bundled.CRITERIA.get(key.edition()).contains(criterion)) {
      // the editions whose template names the criterion: today PERMENPANRB_90_2021 for every one
      throw new InvalidFieldException(field, "edition of an overridden minimum must be "
          + Bundled.CRITERIA.entrySet().stream().filter(e -> e.getValue().contains(criterion))
              .map(e -> e.getKey().name()).collect(Collectors.joining(" or "))
          + ", but was " + key.edition() + ": its minimums live on the nodes of its LKE template");
    }
    if (minimum.signum() < 0) {
      throw new InvalidFieldException(field,
          "minimum of " + criterion + " must not be negative, but was " + minimum.toPlainString());
    }
    if (criterion == Criterion.AREA_SHARE && minimum.compareTo(BigDecimal.ONE) > 0) {
      throw new InvalidFieldException(field,
          "minimum of AREA_SHARE is a fraction from 0 to 1, but was " + minimum.toPlainString());
    }
  }

  /**
   * A summary: how many minimums, the periods, the counting, the policy and the area check.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "RegulationFigures[" + thresholds().size() + " minimums, building "
        + buildingPeriod().value() + ", WBK held " + wbkHoldingPeriod().value() + " in "
        + wbkHoldingCount().value() + ", cooldown " + revocationCooldown().value() + ", "
        + revocationPolicy().value() + ", " + areaCheck() + "]";
  }

  /**
   * The bundled figures, and the criteria each edition's bundled template names (the ones a caller may
   * override), read when first asked for.
   */
  private static final class Bundled {

    /** Filled by {@link #load()} before the figures it makes are checked. */
    static final Map<Edition, Set<Criterion>> CRITERIA = new EnumMap<>(Edition.class);

    static final RegulationFigures FIGURES = load();

    private Bundled() {}
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
    Map<ThresholdKey, Figure<BigDecimal>> thresholds = new HashMap<>();
    for (Edition edition : Edition.values()) {
      LkeTemplate template = LkeTemplates.bundled(edition);
      Set<Criterion> named = EnumSet.noneOf(Criterion.class);
      collect(template, template.root(), thresholds, named);
      template.areaMinimum().forEach((predikat, share) -> thresholds.put(
          new ThresholdKey(edition, predikat, Criterion.AREA_SHARE),
          new Figure<>(share.value(), TemplateFigures.basisOf(template, share))));
      if (!template.areaMinimum().isEmpty()) {
        named.add(Criterion.AREA_SHARE);
      }
      Bundled.CRITERIA.put(edition, Collections.unmodifiableSet(named));
    }
    return RegulationFigures.builder()
        .putAllThresholds(thresholds)
        .buildingPeriod(period(data, "buildingPeriod"))
        .wbkHoldingPeriod(period(data, "wbkHoldingPeriod"))
        .wbkHoldingCount(data.wbkHoldingCount().figure())
        .revocationCooldown(period(data, "revocationCooldown"))
        .revocationPolicy(data.revocationPolicy().figure())
        .areaCheck(AreaCheck.WHOLE_AREA)
        .scoreScale(data.scoreScale().basis())
        .build();
  }

  private static void collect(LkeTemplate template, TemplateNode node,
      Map<ThresholdKey, Figure<BigDecimal>> thresholds, Set<Criterion> named) {
    if (node.criterion().isPresent()) {
      Criterion criterion = TemplateFigures.criterion(template, node);
      named.add(criterion);
      node.minimum().forEach((predikat, minimum) -> thresholds.put(
          new ThresholdKey(template.edition(), predikat, criterion),
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
