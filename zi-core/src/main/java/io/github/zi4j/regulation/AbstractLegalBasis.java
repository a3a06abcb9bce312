package io.github.zi4j.regulation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zi4j.internal.Checks;
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

  @Value.Check
  void check() {
    Checks.notBlank("citation", "citation", citation());
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
