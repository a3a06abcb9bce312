package io.github.zi4j;

/**
 * The one exception zi4j throws for bad input that is not a plain bad argument: an unreadable case
 * file, or bundled data that cannot be loaded. Unchecked, like every zi4j exception.
 *
 * @since 0.1
 */
public class ZiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with {@code message}.
   *
   * @param message what went wrong, naming the offending value
   * @param cause the underlying cause, may be null
   */
  public ZiException(String message, Throwable cause) {
    super(message, cause);
  }
}
