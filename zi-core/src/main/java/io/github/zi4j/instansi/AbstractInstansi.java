package io.github.zi4j.instansi;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zi4j.internal.Checks;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A government agency (<i>instansi</i>): a ministry or agency (K/L) or a regional government (pemda),
 * with the yearly facts about it that the round criteria read.
 *
 * <p>Each yearly map is keyed by the year the opinion or evaluation was <em>issued</em>: the 2024 round
 * reads the BPK opinion issued in 2023 (on the 2022 statements) and the AKIP and Indeks RB results of the
 * 2023 evaluations. A year that is absent is unknown, never assumed.
 *
 * <pre>{@code
 * Instansi pesawaran = Instansi.builder()
 *     .name("Pemerintah Kabupaten Pesawaran").kind(InstansiKind.PEMDA)
 *     .putBpkOpinion(2023, BpkOpinion.WTP).putAkip(2023, Grade.B).putIndeksRb(2023, Grade.CC)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 */
@Value.Immutable
@JsonSerialize(as = Instansi.class)
@JsonDeserialize(as = Instansi.class)
abstract class AbstractInstansi {

  /**
   * The agency's name, for example {@code "Pemerintah Kabupaten Pesawaran"}.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * Whether it is a K/L or a pemda.
   *
   * @return the kind
   */
  public abstract InstansiKind kind();

  /**
   * BPK audit opinions by the year they were issued.
   *
   * @return the opinions, possibly empty
   */
  @JsonDeserialize(keyUsing = YearKeyReader.class)
  public abstract Map<Integer, BpkOpinion> bpkOpinion();

  /**
   * AKIP/SAKIP results by the year of the evaluation: a grade ({@code Grade.B}) or a score ({@code
   * Rating.score(new BigDecimal("65.2"))}).
   *
   * @return the results, possibly empty
   */
  @JsonDeserialize(keyUsing = YearKeyReader.class)
  public abstract Map<Integer, Rating> akip();

  /**
   * Indeks RB results by the year of the evaluation: a category ({@code Grade.CC}) or a score.
   *
   * @return the results, possibly empty
   */
  @JsonDeserialize(keyUsing = YearKeyReader.class)
  public abstract Map<Integer, Rating> indeksRb();

  /**
   * SPIP maturity levels (<i>maturitas SPIP</i>, 1 to 5) by the year of the assessment.
   *
   * @return the levels, possibly empty
   */
  @JsonDeserialize(keyUsing = YearKeyReader.class)
  public abstract Map<Integer, Integer> spip();

  /**
   * The BPK opinion issued in {@code year}.
   *
   * @param year the year the opinion was issued
   * @return the opinion, or empty when not known
   */
  public Optional<BpkOpinion> bpkOpinionIssuedIn(int year) {
    return Optional.ofNullable(bpkOpinion().get(year));
  }

  /**
   * The AKIP result of the {@code year} evaluation.
   *
   * @param year the evaluation year
   * @return the grade or score, or empty when not known
   */
  public Optional<Rating> akipIn(int year) {
    return Optional.ofNullable(akip().get(year));
  }

  /**
   * The Indeks RB result of the {@code year} evaluation.
   *
   * @param year the evaluation year
   * @return the category or score, or empty when not known
   */
  public Optional<Rating> indeksRbIn(int year) {
    return Optional.ofNullable(indeksRb().get(year));
  }

  /**
   * The SPIP maturity level of the {@code year} assessment.
   *
   * @param year the assessment year
   * @return the level, 1 to 5, or empty when not known
   */
  public Optional<Integer> spipIn(int year) {
    return Optional.ofNullable(spip().get(year));
  }

  @Value.Check
  void check() {
    Checks.notBlank("name", "name of instansi", name());
    bpkOpinion().keySet().forEach(year -> Checks.year("bpkOpinion." + year, "year of bpkOpinion", year));
    akip().keySet().forEach(year -> Checks.year("akip." + year, "year of akip", year));
    indeksRb().keySet().forEach(year -> Checks.year("indeksRb." + year, "year of indeksRb", year));
    spip().forEach((year, level) -> {
      Checks.year("spip." + year, "year of spip", year);
      Checks.argument("spip." + year, level >= 1 && level <= 5,
          "spip level of %d must be from 1 to 5, but was %d", year, level);
    });
  }
}
