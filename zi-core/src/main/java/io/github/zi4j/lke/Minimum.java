package io.github.zi4j.lke;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.zi4j.regulation.Confidence;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The least points a template node must earn for a predicate (<i>nilai minimal</i>), with its
 * confidence, where it really comes from, and an optional note on how it was derived.
 *
 * @param value the least points
 * @param confidence how sure the domain notes are of it
 * @param source where the figure comes from, as the domain notes say (the regulation only where it
 *     says so, else the application or practice it is taken from); the template's citation when empty
 * @param note how it was derived, in Bahasa Indonesia, for example {@code "indeks IPAK 3,60"}
 * @param englishNote the note in English, for example {@code "IPAK index 3.60"}: English texts
 *     show it in place of {@code note} ({@code noteEnglish} in a template's JSON)
 *
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Minimum(BigDecimal value, Confidence confidence, Optional<String> source,
    Optional<String> note, @JsonProperty("noteEnglish") Optional<String> englishNote) {

  /**
   * A minimum.
   *
   * @param value the least points
   * @param confidence how sure the domain notes are of it
   * @param source where it comes from, or empty for the template's citation
   * @param note how it was derived, or empty
   * @param englishNote the note in English, or empty
   */
  public Minimum {
    Objects.requireNonNull(value, "value of a minimum is required");
    Objects.requireNonNull(confidence, "confidence of a minimum is required");
    source = source == null ? Optional.empty() : source;
    note = note == null ? Optional.empty() : note;
    englishNote = englishNote == null ? Optional.empty() : englishNote;
  }

  /**
   * A minimum without an English note.
   *
   * @param value the least points
   * @param confidence how sure the domain notes are of it
   * @param source where it comes from, or empty for the template's citation
   * @param note how it was derived, or empty
   */
  public Minimum(BigDecimal value, Confidence confidence, Optional<String> source,
      Optional<String> note) {
    this(value, confidence, source, note, Optional.empty());
  }

  /**
   * A minimum whose source is the template's citation.
   *
   * @param value the least points
   * @param confidence how sure the domain notes are of it
   * @param note how it was derived, or empty
   */
  public Minimum(BigDecimal value, Confidence confidence, Optional<String> note) {
    this(value, confidence, Optional.empty(), note, Optional.empty());
  }
}
