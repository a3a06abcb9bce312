package io.github.zi4j.lke;

import io.github.zi4j.regulation.Edition;
import io.github.zi4j.regulation.LegalBasis;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The weights (<i>bobot</i>) of the LKE under PermenPANRB 90/2021, at area level, as the area-level
 * {@link LkeResult} reads them: taken from the nodes of the bundled 90/2021 {@linkplain LkeTemplates
 * template}, the one place these figures live.
 *
 * <p>Total 100 = pengungkit 60 + hasil 40. Pengungkit 60 = pemenuhan 30 + reform 30, each area with the
 * same weight in both. Hasil 40 = birokrasi bersih dan akuntabel 22.5 (IPAK 17.5 + capaian kinerja 5)
 * + pelayanan publik prima 17.5 (IPKP). All <b>sure</b>: the regulation's LKE as used by two apps.
 *
 * <p>Immutable and thread-safe.
 */
public final class LkeWeights {

  private static final LkeWeights PERMENPANRB_90_2021 =
      new LkeWeights(LkeTemplates.bundled(Edition.PERMENPANRB_90_2021));

  private final LkeTemplate template;
  private final Map<AreaPerubahan, BigDecimal> pemenuhan = new EnumMap<>(AreaPerubahan.class);
  private final Map<AreaPerubahan, BigDecimal> reform = new EnumMap<>(AreaPerubahan.class);
  private final BigDecimal ipak;
  private final BigDecimal capaianKinerja;
  private final BigDecimal ipkp;

  private LkeWeights(LkeTemplate template) {
    this.template = template;
    for (TemplateNode area : node(template, LkeNodes.PEMENUHAN).children()) {
      pemenuhan.put(area.area().orElseThrow(), area.weight());
    }
    for (TemplateNode area : node(template, LkeNodes.REFORM).children()) {
      reform.put(area.area().orElseThrow(), area.weight());
    }
    ipak = node(template, LkeNodes.IPAK).weight();
    capaianKinerja = node(template, LkeNodes.CAPAIAN_KINERJA).weight();
    ipkp = node(template, LkeNodes.IPKP).weight();
  }

  private static TemplateNode node(LkeTemplate template, String id) {
    return template.node(id).orElseThrow(() -> new IllegalStateException(
        "the bundled 90/2021 template must have node " + id));
  }

  /**
   * The weights of PermenPANRB 90/2021.
   *
   * @return the weights
   */
  public static LkeWeights permenpanrb90of2021() {
    return PERMENPANRB_90_2021;
  }

  /**
   * The edition these weights belong to.
   *
   * @return {@code PERMENPANRB_90_2021}
   */
  public Edition edition() {
    return Edition.PERMENPANRB_90_2021;
  }

  /**
   * Where the weights are written.
   *
   * @return the legal basis, sure
   */
  public LegalBasis basis() {
    return LegalBasis.of(template.citation(), template.confidence());
  }

  /**
   * The weight of {@code area}'s pemenuhan (fulfilment) part.
   *
   * @param area the area
   * @return the weight, for example 7.50 for Penguatan Pengawasan
   */
  public BigDecimal pemenuhan(AreaPerubahan area) {
    return pemenuhan.get(area);
  }

  /**
   * The weight of {@code area}'s reform part.
   *
   * @param area the area
   * @return the weight
   */
  public BigDecimal reform(AreaPerubahan area) {
    return reform.get(area);
  }

  /**
   * The weight of the whole area: pemenuhan plus reform.
   *
   * @param area the area
   * @return the weight, for example 15.00 for Penguatan Pengawasan
   */
  public BigDecimal area(AreaPerubahan area) {
    return pemenuhan(area).add(reform(area));
  }

  /**
   * The weight of the enabler component (<i>pengungkit</i>): 60.
   *
   * @return the weight
   */
  public BigDecimal pengungkit() {
    BigDecimal sum = BigDecimal.ZERO;
    for (AreaPerubahan area : AreaPerubahan.values()) {
      sum = sum.add(area(area));
    }
    return sum;
  }

  /**
   * The weight of the anti-corruption perception index (IPAK): 17.50.
   *
   * @return the weight
   */
  public BigDecimal ipak() {
    return ipak;
  }

  /**
   * The weight of performance achievement (<i>capaian kinerja</i>): 5.00.
   *
   * @return the weight
   */
  public BigDecimal capaianKinerja() {
    return capaianKinerja;
  }

  /**
   * The weight of the service-quality perception index (IPKP), the whole of <i>pelayanan publik
   * prima</i>: 17.50.
   *
   * @return the weight
   */
  public BigDecimal ipkp() {
    return ipkp;
  }

  /**
   * The weight of <i>birokrasi bersih dan akuntabel</i> (IPAK plus capaian kinerja): 22.50.
   *
   * @return the weight
   */
  public BigDecimal bersihAkuntabel() {
    return ipak().add(capaianKinerja());
  }

  /**
   * The weight of the results component (<i>hasil</i>): 40.
   *
   * @return the weight
   */
  public BigDecimal hasil() {
    return bersihAkuntabel().add(ipkp());
  }

  /**
   * The highest value of a perception survey index (IPAK, IPKP): 4; the lowest is 1.
   *
   * @return 4
   */
  public BigDecimal surveyIndexMax() {
    return BigDecimal.valueOf(4);
  }

  /**
   * The points a survey index earns: {@code index / 4 * weight}, exact (IPAK 3.60 gives 15.75).
   *
   * @param index the survey index, 1 to 4
   * @param weight the indicator's weight
   * @return the points
   */
  public BigDecimal surveyPoints(BigDecimal index, BigDecimal weight) {
    // dividing by 4 always terminates, so the result is exact
    return index.multiply(weight).divide(surveyIndexMax());
  }
}
