package io.github.zi4j.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.zi4j.ZiException;
import io.github.zi4j.ZiJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads the data a jar ships (templates, rounds, figures) as JSON. The caller opens the resource
 * itself ({@code MyClass.class.getResourceAsStream(name)}): in a named module a resource is visible
 * to its own module's code only.
 *
 * <p>Not API.
 */
public final class Resources {

  private Resources() {}

  /**
   * Reads a {@code type} from a resource the caller opened, and closes it.
   *
   * @param <T> the type read
   * @param in the resource, or null when it is missing
   * @param name the resource's name, for messages
   * @param anchor the class it was looked for beside, for messages
   * @param type the type read
   * @return the value
   * @throws ZiException when the resource is missing
   * @throws io.github.zi4j.ZiParseException when it is not a valid {@code type}
   */
  public static <T> T read(InputStream in, String name, Class<?> anchor, Class<T> type) {
    try (InputStream stream = present(in, name, anchor)) {
      return ZiJson.read(stream, name, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the resource " + name, e);
    }
  }

  /**
   * Reads a {@code type} from a resource the caller opened, and closes it.
   *
   * @param <T> the type read
   * @param in the resource, or null when it is missing
   * @param name the resource's name, for messages
   * @param anchor the class it was looked for beside, for messages
   * @param type the type read
   * @return the value
   * @throws ZiException when the resource is missing
   * @throws io.github.zi4j.ZiParseException when it is not a valid {@code type}
   */
  public static <T> T read(InputStream in, String name, Class<?> anchor, TypeReference<T> type) {
    try (InputStream stream = present(in, name, anchor)) {
      return ZiJson.read(stream, name, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the resource " + name, e);
    }
  }

  private static InputStream present(InputStream in, String name, Class<?> anchor) {
    if (in == null) {
      throw new ZiException(name, "the resource " + name + " must be on the class path beside "
          + anchor.getName() + ", but is missing", null);
    }
    return in;
  }
}
