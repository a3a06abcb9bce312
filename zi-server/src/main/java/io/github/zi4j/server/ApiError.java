package io.github.zi4j.server;

import io.github.zi4j.ZiJson;
import io.github.zi4j.rules.portalrb.ErrorResponse;
import java.nio.charset.StandardCharsets;

/**
 * An answer other than 200, with PortalRB's error body {@code {"error": true, "code", "message"}}:
 * thrown by a controller, written by {@link ErrorHandling}.
 */
final class ApiError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** No or an unknown token. */
  static final String UNAUTHORIZED = "UNAUTHORIZED";
  /** A token not allowed this resource. */
  static final String FORBIDDEN = "FORBIDDEN";
  /** Bad input, with its path. */
  static final String VALIDATION_ERROR = "VALIDATION_ERROR";
  /** Too many requests for a token. */
  static final String TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS";
  /** A request body over the limit. */
  static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
  /** The data folder has never loaded. */
  static final String DATA_UNAVAILABLE = "DATA_UNAVAILABLE";
  /** Anything else the server did not foresee. */
  static final String INTERNAL_ERROR = "INTERNAL_ERROR";

  private final int status;
  private final String code;

  ApiError(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  static ApiError notFound(String message) {
    return new ApiError(404, ErrorResponse.DATA_NOT_FOUND, message);
  }

  static ApiError forbidden(String message) {
    return new ApiError(403, FORBIDDEN, message);
  }

  static ApiError unprocessable(String path, String problem) {
    return new ApiError(422, VALIDATION_ERROR, path + ": " + problem);
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  /**
   * The error body, as zi4j writes it.
   *
   * @return the JSON bytes
   */
  byte[] body() {
    return body(code, getMessage());
  }

  static byte[] body(String code, String message) {
    return ZiJson.write(ErrorResponse.of(code, message)).getBytes(StandardCharsets.UTF_8);
  }
}
