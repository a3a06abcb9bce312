package io.github.zi4j.server;

import io.github.zi4j.Language;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** What the operator's tools read from a request: its body, at most so many bytes, and its language. */
final class Bodies {

  private Bodies() {}

  /**
   * The request's body, refused past {@code max} bytes whatever its {@code Content-Length} said
   * (a chunked body declares none).
   *
   * @param request the request
   * @param max the most bytes taken
   * @return the body
   * @throws ApiError 413 past {@code max}, 422 for an empty body
   * @throws IOException when the body cannot be read
   */
  static byte[] read(HttpServletRequest request, long max) throws IOException {
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (body.length > max) {
        throw new ApiError(413, ApiError.PAYLOAD_TOO_LARGE, "a request body is at most " + max
            + " bytes, but this one is longer");
      }
      if (body.length == 0) {
        throw ApiError.unprocessable("$", "the request has no body; send the JSON document");
      }
      return body;
    }
  }

  /**
   * The language of explanations, as {@link Language#of(Locale)} decides it for the language tag
   * {@code lang}: Bahasa Indonesia for {@code lang=id} (or {@code in}), English for any other.
   *
   * @param lang the request's {@code lang}
   * @return the locale
   */
  static Locale locale(String lang) {
    return Language.of(Locale.forLanguageTag(lang.trim())).locale();
  }
}
