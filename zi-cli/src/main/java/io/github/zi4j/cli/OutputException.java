package io.github.zi4j.cli;

/** A file the command writes could not be written: exit 4. */
final class OutputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  OutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
