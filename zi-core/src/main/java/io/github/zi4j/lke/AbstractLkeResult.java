package io.github.zi4j.lke;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zi4j.internal.Checks;
import io.github.zi4j.regulation.Edition;
import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;

/**
 * An LKE result at area level (<i>hasil LKE</i>): the pemenuhan and reform points of each of the six
 * areas, and the results component, under an edition whose template has the area-level form
 * (PermenPANRB 90/2021, the default). It is added up by scoring it with that edition's template
 * ({@link #score()}, once, when first asked), by the same formulas as a worksheet.
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
   * The edition whose LKE this result is of. It is written after the areas, so that the first
   * property of an area-level result in JSON is never one a worksheet begins with.
   *
   * @return the edition; PermenPANRB 90/2021 unless given
   */
  @Value.Default
  public Edition edition() {
    return Edition.PERMENPANRB_90_2021;
  }

  /**
   * The weights this result is added up with.
   *
   * @return the weights of its edition
   */
  public LkeWeights weights() {
    return LkeWeights.of(edition());
  }

  /**
   * This result scored with its edition's bundled template ({@link LkeScorer#score(LkeResult)}): the
   * one place its points are added up, by the same formulas as a worksheet's.
   *
   * @return the score: complete, with no role
   */
  @Value.Lazy
  public LkeScore score() {
    return LkeScorer.bundled(edition()).score((LkeResult) this);
  }

  /**
   * The points of the node with {@code role}.
   *
   * @param role the role
   * @return the points, exact
   * @throws IllegalArgumentException for {@link NodeRole#PEMENUHAN} and {@link NodeRole#REFORM}, whose
   *     points are per area ({@link AreaScore})
   */
  public BigDecimal points(NodeRole role) {
    if (role == NodeRole.PEMENUHAN || role == NodeRole.REFORM) {
      // the caller's code asked for what this form has not: a misuse of the API, not bad input
      throw new IllegalArgumentException("an area-level result gives the points of " + role
          + " per area, not as one figure");
    }
    return score().points(role).orElseThrow();
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
    return points(NodeRole.PENGUNGKIT);
  }

  /**
   * The points of the anti-corruption perception survey: IPAK / 4 &times; 17.5.
   *
   * @return the points, at most 17.5
   */
  public BigDecimal ipakPoints() {
    return points(NodeRole.IPAK);
  }

  /**
   * The points of performance achievement: the grade's value &times; 5.
   *
   * @return the points, at most 5
   */
  public BigDecimal capaianKinerjaPoints() {
    return points(NodeRole.CAPAIAN_KINERJA);
  }

  /**
   * The points of <i>birokrasi bersih dan akuntabel</i>: IPAK points plus capaian kinerja points.
   *
   * @return the points, at most 22.5
   */
  public BigDecimal bersihAkuntabelPoints() {
    return points(NodeRole.BERSIH_AKUNTABEL);
  }

  /**
   * The points of <i>pelayanan publik prima</i>: IPKP / 4 &times; 17.5.
   *
   * @return the points, at most 17.5
   */
  public BigDecimal ipkpPoints() {
    return points(NodeRole.IPKP);
  }

  /**
   * The results component: bersih dan akuntabel plus pelayanan publik prima.
   *
   * @return the points, at most 40
   */
  public BigDecimal hasilPoints() {
    return points(NodeRole.HASIL);
  }

  /**
   * The LKE's total: pengungkit plus hasil.
   *
   * @return the points, at most 100
   */
  public BigDecimal total() {
    return points(NodeRole.TOTAL);
  }

  @Value.Check
  void check() {
    Checks.argument("edition", LkeWeights.hasAreaLevelForm(edition()),
        "edition of an area-level LKE result must be one whose template has the area-level form, "
            + "but was %s", edition());
    for (AreaPerubahan area : AreaPerubahan.values()) {
      AreaScore score = pengungkit().get(area);
      Checks.argument("pengungkit." + area, score != null,
          "pengungkit must give all six areas, but %s is missing", area);
      if (!Checks.within(score.pemenuhan(), BigDecimal.ZERO, weights().pemenuhan(area))) {
        throw Checks.outside("pengungkit." + area + ".pemenuhan",
            "pengungkit." + area + ".pemenuhan", score.pemenuhan(),
            BigDecimal.ZERO, weights().pemenuhan(area));
      }
      if (!Checks.within(score.reform(), BigDecimal.ZERO, weights().reform(area))) {
        throw Checks.outside("pengungkit." + area + ".reform",
            "pengungkit." + area + ".reform", score.reform(), BigDecimal.ZERO,
            weights().reform(area));
      }
    }
  }
}
