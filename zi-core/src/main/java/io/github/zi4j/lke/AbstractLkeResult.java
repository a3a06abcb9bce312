package io.github.zi4j.lke;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zi4j.internal.Checks;
import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;

/**
 * An LKE result at area level (<i>hasil LKE</i>) under PermenPANRB 90/2021: the pemenuhan and reform
 * points of each of the six areas, and the results component. It adds them up exactly with the
 * {@linkplain LkeWeights 90/2021 weights}.
 *
 * <p>Every area must be present, and no part may exceed its weight. All sums are exact {@link
 * java.math.BigDecimal}s: present them rounded half-up to 2 decimals, and compare them with thresholds unrounded.
 *
 * <pre>{@code
 * pengungkit = sum over the six areas of (pemenuhan + reform)            (max 60)
 * hasil      = IPAK / 4 * 17.5 + capaian kinerja (A..E = 1..0) * 5
 *            + IPKP / 4 * 17.5                                            (max 40)
 * total      = pengungkit + hasil                                         (max 100)
 * }</pre>
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 */
@Value.Immutable
@JsonSerialize(as = LkeResult.class)
@JsonDeserialize(as = LkeResult.class)
abstract non-sealed class AbstractLkeResult implements LkeInput {

  /**
   * The points of each area of change.
   *
   * @return all six areas
   */
  public abstract Map<AreaPerubahan, AreaScore> pengungkit();

  /**
   * The results component.
   *
   * @return the surveys and the performance grade
   */
  public abstract Hasil hasil();

  /**
   * The weights this result is added up with.
   *
   * @return the 90/2021 weights
   */
  public LkeWeights weights() {
    return LkeWeights.permenpanrb90of2021();
  }

  /**
   * The points of {@code area}: pemenuhan plus reform.
   *
   * @param area the area
   * @return the points, exact
   */
  public BigDecimal areaPoints(AreaPerubahan area) {
    return pengungkit().get(area).total();
  }

  /**
   * The enabler component: the sum of the six areas.
   *
   * @return the points, at most 60
   */
  public BigDecimal pengungkitPoints() {
    BigDecimal sum = BigDecimal.ZERO;
    for (AreaScore score : pengungkit().values()) {
      sum = sum.add(score.total());
    }
    return sum;
  }

  /**
   * The points of the anti-corruption perception survey: IPAK / 4 &times; 17.5.
   *
   * @return the points, at most 17.5
   */
  public BigDecimal ipakPoints() {
    return weights().surveyPoints(hasil().ipak(), weights().ipak());
  }

  /**
   * The points of performance achievement: the grade's value &times; 5.
   *
   * @return the points, at most 5
   */
  public BigDecimal capaianKinerjaPoints() {
    return hasil().capaianKinerja().value().multiply(weights().capaianKinerja());
  }

  /**
   * The points of <i>birokrasi bersih dan akuntabel</i>: IPAK points plus capaian kinerja points.
   *
   * @return the points, at most 22.5
   */
  public BigDecimal bersihAkuntabelPoints() {
    return ipakPoints().add(capaianKinerjaPoints());
  }

  /**
   * The points of <i>pelayanan publik prima</i>: IPKP / 4 &times; 17.5.
   *
   * @return the points, at most 17.5
   */
  public BigDecimal ipkpPoints() {
    return weights().surveyPoints(hasil().ipkp(), weights().ipkp());
  }

  /**
   * The results component: bersih dan akuntabel plus pelayanan publik prima.
   *
   * @return the points, at most 40
   */
  public BigDecimal hasilPoints() {
    return bersihAkuntabelPoints().add(ipkpPoints());
  }

  /**
   * The LKE's total: pengungkit plus hasil.
   *
   * @return the points, at most 100
   */
  public BigDecimal total() {
    return pengungkitPoints().add(hasilPoints());
  }

  @Value.Check
  void check() {
    for (AreaPerubahan area : AreaPerubahan.values()) {
      AreaScore score = pengungkit().get(area);
      Checks.argument(score != null,
          "pengungkit must give all six areas, but %s is missing", area);
      Checks.between("pengungkit." + area + ".pemenuhan", score.pemenuhan(), BigDecimal.ZERO,
          weights().pemenuhan(area));
      Checks.between("pengungkit." + area + ".reform", score.reform(), BigDecimal.ZERO,
          weights().reform(area));
    }
  }
}
