package io.github.zi4j.regulation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zi4j.Language;
import io.github.zi4j.internal.Checks;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The legal basis (<i>dasar hukum</i>) of a rule or a figure: where it is written and how sure zi4j is
 * of it.
 *
 * <p>Made with {@code LegalBasis.of("PermenPANRB 90/2021, Lampiran II Bab IV C", Confidence.SURE)}.
 * Immutable and thread-safe; compare with {@code equals}.
 */
@Value.Immutable
@JsonSerialize(as = LegalBasis.class)
@JsonDeserialize(as = LegalBasis.class)
abstract class AbstractLegalBasis {

  /**
   * Where the rule or figure is written, for example {@code "PermenPANRB 90/2021, Lampiran II Bab IV C"}.
   *
   * @return the citation
   */
  @Value.Parameter
  public abstract String citation();

  /**
   * How sure the domain notes are of it.
   *
   * @return the confidence
   */
  @Value.Parameter
  public abstract Confidence confidence();

  /**
   * The citation in English, when zi4j has one: where the citation has zi4j's own words (a round's
   * name, a note on how a minimum was derived), for example {@code "2024 proposal round: Siaran pers
   * KemenPANRB 16 Juli 2024"} for {@code "Periode pengusulan 2024: Siaran pers KemenPANRB 16 Juli
   * 2024"}. The names of the sources stay as they are written. Set with {@code withEnglish}; not
   * compared by {@code equals}, not written to JSON (the JSON has the citation as written).
   *
   * @return the English citation, when there is one
   */
  @Value.Auxiliary
  @JsonIgnore
  public abstract Optional<String> english();

  /**
   * The citation in {@code locale}'s language, as {@link Language#of(Locale)} decides it: {@link
   * #english()} in English when there is one, else the citation as written.
   *
   * @param locale the reader's locale
   * @return the citation
   */
  public String citation(Locale locale) {
    return Language.of(locale) == Language.ENGLISH && english().isPresent()
        ? english().get()
        : citation();
  }

  @Value.Check
  void check() {
    Checks.notBlank("citation", "citation", citation());
    english().ifPresent(e -> Checks.notBlank("english", "english citation", e));
  }

  /**
   * The citation followed by the confidence when it is not {@code SURE}, for example {@code
   * "PermenPANRB 90/2021 (LKE) [unverified]"}.
   */
  @Override
  public String toString() {
    return confidence() == Confidence.SURE
        ? citation()
        : citation() + " [" + confidence().word() + "]";
  }
}
