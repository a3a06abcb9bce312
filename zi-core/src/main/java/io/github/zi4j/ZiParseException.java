package io.github.zi4j;

/**
 * A JSON input that zi4j cannot read: it names the source (a file name or {@code "-"} for standard
 * input), the JSON path of the offending value ({@code $.unit.history[0].date}, or a line and column
 * when the text is not JSON at all) and the problem in one line, never a Jackson stack trace.
 *
 * <p>{@link #getMessage()} is {@code "<source>: <path>: <problem>"}.
 *
 * @since 0.1
 */
public final class ZiParseException extends ZiException {

  private static final long serialVersionUID = 1L;

  /** The file or source read. */
  private final String source;
  /** What is wrong, without the source and path. */
  private final String problem;

  /**
   * An exception for {@code problem} at {@code path} of {@code source}.
   *
   * @param source the file name, or {@code "-"} for standard input
   * @param path the JSON path, for example {@code $.lke.hasil.ipak}
   * @param problem what is wrong and what is allowed
   * @param cause the underlying cause, may be null
   */
  public ZiParseException(String source, String path, String problem, Throwable cause) {
    super(path, source + ": " + path + ": " + problem, cause);
    this.source = source;
    this.problem = problem;
  }

  /**
   * {@code e} as met reading {@code source}: its path made absolute (a relative {@code lke.edition}
   * becomes {@code $.lke.edition}), its message kept as the problem. A {@code ZiParseException} is
   * returned as it is.
   *
   * @param source the file name, or {@code "-"} for standard input, that the refused value came from
   * @param e the refusal, met while reading or after
   * @return the refusal naming {@code source}
   */
  public static ZiParseException of(String source, ZiException e) {
    if (e instanceof ZiParseException) {
      return (ZiParseException) e;
    }
    String path = e.isAbsolute() ? e.path() : e.path().isEmpty() ? "$" : "$." + e.path();
    return new ZiParseException(source, path, e.getMessage(), e);
  }

  /**
   * The file name, or {@code "-"} for standard input.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * What is wrong, and what is allowed.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
