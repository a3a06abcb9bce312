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
  /** The JSON path of the offending value. */
  private final String path;
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
    super(source + ": " + path + ": " + problem, cause);
    this.source = source;
    this.path = path;
    this.problem = problem;
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
   * The JSON path of the offending value, for example {@code $.unit.history[0].date}.
   *
   * @return the path
   */
  public String path() {
    return path;
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
