package io.github.zi4j.lke;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zi4j.internal.Checks;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The results component of the LKE (<i>komponen hasil</i>) under PermenPANRB 90/2021: the two perception
 * survey indices and the performance-achievement grade.
 *
 * <p>IPAK (<i>Indeks Persepsi Anti Korupsi</i>, from the SPAK survey) and IPKP (<i>Indeks Persepsi
 * Kualitas Pelayanan</i>, from the SPKP survey) are on a 1&ndash;4 scale; do not confuse IPAK with the
 * BPS index (0&ndash;5) or the KPK integrity survey (0&ndash;100). PortalRB's worksheet takes 0&ndash;4;
 * a worksheet with a value below 1 has no area-level result ({@link LkeScore#toLkeResult()}) and is
 * judged part by part. In JSON {@code {"ipak": 3.71, "capaianKinerja": "B", "ipkp": 3.52}}.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 */
@Value.Immutable
@JsonSerialize(as = Hasil.class)
@JsonDeserialize(as = Hasil.class)
abstract class AbstractHasil {

  /**
   * The anti-corruption perception index, 1 to 4.
   *
   * @return the index
   */
  @Value.Parameter
  public abstract BigDecimal ipak();

  /**
   * The performance-achievement grade, A to E.
   *
   * @return the grade
   */
  @Value.Parameter
  public abstract CapaianKinerja capaianKinerja();

  /**
   * The service-quality perception index, 1 to 4.
   *
   * @return the index
   */
  @Value.Parameter
  public abstract BigDecimal ipkp();

  @Value.Check
  void check() {
    BigDecimal max = LkeWeights.permenpanrb90of2021().surveyIndexMax();
    Checks.between("ipak", "ipak (survey index)", ipak(), BigDecimal.ONE, max);
    Checks.between("ipkp", "ipkp (survey index)", ipkp(), BigDecimal.ONE, max);
  }
}
