package io.github.zi4j.rules.portalrb;

import io.github.zi4j.InvalidFieldException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.zi4j.internal.Limits;

/**
 * The error body of the instansi API (<i>respons galat</i>), sent with 401, 403, 404, 422, 429 or 500:
 * {@code {"error": true, "code": "DATA_NOT_FOUND", "message": "…"}}.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 *
 * @param error always {@code true} ({@code error})
 * @param code the error's code in capitals, for example {@code DATA_NOT_FOUND} ({@code code})
 * @param message what went wrong, for a person ({@code message})
 *
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"error", "code", "message"})
public record ErrorResponse(
    @JsonProperty("error") boolean error,
    @JsonProperty("code") String code,
    @JsonProperty("message") String message) {

  /** The code for a unit or data that is not there. */
  public static final String DATA_NOT_FOUND = "DATA_NOT_FOUND";

  /**
   * An error body.
   *
   * @param error must be {@code true}
   * @param code capitals, digits and underscores, starting with a capital
   * @param message not blank
   * @throws IllegalArgumentException when a field breaks its rule
   */
  public ErrorResponse {
    if (!error) {
      throw new InvalidFieldException("error", "error must be true in an error body, but was false");
    }
    UnitUsulan.requireText(code, "code");
    if (!code.matches("[A-Z][A-Z0-9_]*")) {
      throw new InvalidFieldException("code", "code must be capitals, digits and underscores (like "
          + DATA_NOT_FOUND + "), but was \"" + Limits.quote(code) + "\"");
    }
    UnitUsulan.requireText(message, "message");
  }

  /**
   * An error body with {@code error: true}.
   *
   * @param code the code, for example {@link #DATA_NOT_FOUND}
   * @param message what went wrong
   * @return the body
   */
  public static ErrorResponse of(String code, String message) {
    return new ErrorResponse(true, code, message);
  }
}
