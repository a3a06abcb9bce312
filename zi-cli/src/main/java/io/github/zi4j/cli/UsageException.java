package io.github.zi4j.cli;

/** A wrong command line: exit 2, one line saying what is wrong and where the usage is. */
final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
