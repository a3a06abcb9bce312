package io.github.zi4j.lke;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * The LKE of a proposal (<i>masukan LKE</i>): either the points per area ({@link LkeResult}) or the
 * filled worksheet they come from ({@link Worksheet}). In a case file both go under {@code "lke"}: a
 * worksheet is recognised by its first property, one of {@code "edition"}, {@code "unit"} or {@code
 * "answers"}.
 *
 * @since 0.1
 */
@JsonDeserialize(using = LkeInputReader.class)
public sealed interface LkeInput permits AbstractLkeResult, Worksheet {
}
