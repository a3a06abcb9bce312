package io.github.zi4j.rules.internal;

/**
 * Which characters a JSON string escapes (<i>karakter yang di-escape</i>), as Jackson escapes them: a
 * quote, a backslash, and every control character below U+0020; nothing else. The one place both the
 * decision's JSON text and the sentences it carries ask.
 *
 * <p>Not API. Thread-safe: no state.
 *
 * @since 0.1
 */
public final class JsonEscapes {

  private JsonEscapes() {}

  /**
   * Whether a JSON string escapes {@code c}.
   *
   * @param c the character
   * @return true for a quote, a backslash or a control character below U+0020
   */
  public static boolean escaped(char c) {
    return c < 0x20 || c == '"' || c == '\\';
  }

  /**
   * Whether {@code text} has no character a JSON string escapes, so that it is written as it is.
   *
   * @param text the text
   * @return true when it has none
   */
  public static boolean escapeFree(CharSequence text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (escaped(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
