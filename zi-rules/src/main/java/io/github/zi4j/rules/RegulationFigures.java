package io.github.zi4j.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.zi4j.ZiJson;
import io.github.zi4j.lke.LkeNodes;
import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.LkeTemplates;
import io.github.zi4j.lke.TemplateNode;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures the rules compare with (<i>angka ketentuan</i>): the score minimums per edition and
 * predicate, the building period, the WBK holding period before WBBM, and the cooling-off period after
 * a revocation, each with its legal basis and confidence.
 *
 * <p>{@link #bundled()} takes the score minimums of PermenPANRB 90/2021 from the nodes of the bundled
 * LKE template ({@link LkeTemplates#bundled}), where each minimum lives with its confidence, and the
 * periods and the per-area minimum share, which no single node carries, from {@code figures.json} beside
 * this class. Some are <b>unverified</b> (the WBK holding period, the WBBM minimums of bersih dan
 * akuntabel and capaian kinerja): their findings say so, and a caller who knows better overrides them:
 *
 * <pre>{@code
 * RegulationFigures figures = RegulationFigures.bundled()
 *     .withWbkHoldingPeriod(Period.ofYears(2), LegalBasis.of("KemenPANRB letter ...", Confidence.SURE))
 *     .withAreaCheck(AreaCheck.EACH_PART);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RegulationFigures {

  private final Map<Key, Figure<BigDecimal>> thresholds;
  private final Figure<Period> buildingPeriod;
  private final Figure<Period> wbkHoldingPeriod;
  private final Figure<Period> revocationCooldown;
  private final AreaCheck areaCheck;

  private record Key(Edition edition, Predikat predikat, Criterion criterion) {}

  /** The node of the bundled 90/2021 template whose minimums each criterion compares with. */
  private static final Map<Criterion, String> TEMPLATE_NODES = Map.of(
      Criterion.TOTAL, LkeNodes.TOTAL,
      Criterion.PENGUNGKIT, LkeNodes.PENGUNGKIT,
      Criterion.BERSIH_AKUNTABEL, LkeNodes.BERSIH_AKUNTABEL,
      Criterion.IPAK, LkeNodes.IPAK,
      Criterion.CAPAIAN_KINERJA, LkeNodes.CAPAIAN_KINERJA,
      Criterion.IPKP, LkeNodes.PELAYANAN_PRIMA);

  private static final RegulationFigures BUNDLED = load();

  /** The id of the 90/2021 template node whose points {@code criterion} compares. */
  static String nodeOf(Criterion criterion) {
    String node = TEMPLATE_NODES.get(criterion);
    if (node == null) {
      throw new IllegalStateException("no single node carries " + criterion);
    }
    return node;
  }

  private RegulationFigures(
      Map<Key, Figure<BigDecimal>> thresholds,
      Figure<Period> buildingPeriod,
      Figure<Period> wbkHoldingPeriod,
      Figure<Period> revocationCooldown,
      AreaCheck areaCheck) {
    this.thresholds = Map.copyOf(thresholds);
    this.buildingPeriod = buildingPeriod;
    this.wbkHoldingPeriod = wbkHoldingPeriod;
    this.revocationCooldown = revocationCooldown;
    this.areaCheck = areaCheck;
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
   * The least time a unit must have held WBK before a WBBM proposal: 1 year by default,
   * <b>unverified</b> (one report speaks of two years).
   *
   * @return the period
   */
  public Figure<Period> wbkHoldingPeriod() {
    return wbkHoldingPeriod;
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
   * These figures with the minimum of {@code criterion} for {@code predikat} under {@code edition}
   * replaced. Only PermenPANRB 90/2021's criteria can be overridden here; the minimums of older editions
   * are read from the nodes of their LKE templates.
   *
   * @param edition the edition
   * @param predikat the predicate
   * @param criterion the criterion
   * @param minimum the new minimum, not negative (a fraction for {@link Criterion#AREA_SHARE})
   * @param basis where the caller's figure comes from
   * @return new figures
   * @throws IllegalArgumentException when the edition is not 90/2021, or the minimum is negative (or
   *     a share above 1)
   */
  public RegulationFigures withThreshold(
      Edition edition, Predikat predikat, Criterion criterion, BigDecimal minimum, LegalBasis basis) {
    if (edition != Edition.PERMENPANRB_90_2021) {
      throw new IllegalArgumentException("edition of an overridden minimum must be "
          + "PERMENPANRB_90_2021, but was " + edition + ": its minimums live on the nodes of its LKE "
          + "template");
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
    return new RegulationFigures(
        copy, buildingPeriod, wbkHoldingPeriod, revocationCooldown, areaCheck);
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
    return new RegulationFigures(thresholds, buildingPeriod, new Figure<>(period, basis),
        revocationCooldown, areaCheck);
  }

  /**
   * These figures with another way of checking the per-area minimum.
   *
   * @param check the way
   * @return new figures
   */
  public RegulationFigures withAreaCheck(AreaCheck check) {
    return new RegulationFigures(thresholds, buildingPeriod, wbkHoldingPeriod, revocationCooldown,
        Objects.requireNonNull(check, "check"));
  }

  /** The shape of {@code figures.json}. */
  record Data(
      @JsonProperty("_comment") String comment,
      @JsonProperty(required = true) Map<String, PeriodRow> periods,
      @JsonProperty(required = true) List<ThresholdRow> thresholds) {}

  /** A period in {@code figures.json}. */
  record PeriodRow(Period value, String citation, Confidence confidence) {
    Figure<Period> figure() {
      return new Figure<>(value, LegalBasis.of(citation, confidence));
    }
  }

  /** A minimum in {@code figures.json}. */
  record ThresholdRow(
      Edition edition,
      Predikat predikat,
      Criterion criterion,
      BigDecimal minimum,
      String citation,
      Confidence confidence) {}

  private static RegulationFigures load() {
    Data data = ZiJson.readResource(RegulationFigures.class, "figures.json", Data.class);
    Map<Key, Figure<BigDecimal>> thresholds = new HashMap<>();
    for (ThresholdRow row : data.thresholds()) {
      thresholds.put(new Key(row.edition(), row.predikat(), row.criterion()),
          new Figure<>(row.minimum(), LegalBasis.of(row.citation(), row.confidence())));
    }
    LkeTemplate template = LkeTemplates.bundled(Edition.PERMENPANRB_90_2021);
    TEMPLATE_NODES.forEach((criterion, nodeId) -> {
      TemplateNode node = template.node(nodeId).orElseThrow(() -> new IllegalStateException(
          "the bundled 90/2021 template must have node " + nodeId + " for " + criterion));
      node.minimum().forEach((predikat, minimum) -> thresholds.put(
          new Key(Edition.PERMENPANRB_90_2021, predikat, criterion),
          new Figure<>(minimum.value(), LegalBasis.of(template.citation() + ": nilai minimal"
              + minimum.note().map(note -> " (" + note + ")").orElse(""), minimum.confidence()))));
    });
    return new RegulationFigures(
        thresholds,
        period(data, "buildingPeriod"),
        period(data, "wbkHoldingPeriod"),
        period(data, "revocationCooldown"),
        AreaCheck.WHOLE_AREA);
  }

  private static Figure<Period> period(Data data, String name) {
    PeriodRow row = data.periods().get(name);
    if (row == null) {
      throw new IllegalStateException("figures.json must give the period " + name);
    }
    return row.figure();
  }
}
