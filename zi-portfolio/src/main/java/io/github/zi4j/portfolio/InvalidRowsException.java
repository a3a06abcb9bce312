package io.github.zi4j.portfolio;

import io.github.zi4j.ZiException;
import io.github.zi4j.ZiParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A units' CSV whose rows zi4j refuses (<i>baris tidak sah</i>): every refused value of the file at
 * once, each a {@link ZiParseException} naming the file, the row and the column ({@code row 12,
 * column pencanangan}) and what is wrong with the value. The whole file is checked before any unit is
 * returned, so one run tells every problem, up to {@link PortfolioCsv#MAX_PROBLEMS}.
 *
 * <p>Its {@link #path()} is the first problem's; its message names the file, how many problems there
 * are and the first {@value #SHOWN} of them, on one line.
 *
 * @since 0.1
 */
public final class InvalidRowsException extends ZiException {

  private static final long serialVersionUID = 1L;

  /** The most problems the message lists; the rest are counted. */
  static final int SHOWN = 5;

  /** The file or stream read. */
  private final String source;
  /** A copy made on construction. */
  private final ArrayList<ZiParseException> problems;
  /** Whether the check stopped at the cap, so more rows may be wrong. */
  private final boolean truncated;

  /**
   * An exception for the refused values of {@code source}.
   *
   * @param source the file name, or a name for the stream
   * @param problems every refused value, in file order; not empty
   * @param truncated whether the check stopped at {@link PortfolioCsv#MAX_PROBLEMS} problems, so that
   *     rows after the last one named were not checked
   * @throws IllegalArgumentException when {@code problems} is empty
   */
  public InvalidRowsException(String source, List<ZiParseException> problems, boolean truncated) {
    super(first(problems).path(), message(source, problems, truncated), first(problems));
    this.source = source;
    this.problems = new ArrayList<>(problems);
    this.truncated = truncated;
  }

  private static ZiParseException first(List<ZiParseException> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidRowsException needs at least one problem");
    }
    return problems.get(0);
  }

  private static String message(String source, List<ZiParseException> problems,
      boolean truncated) {
    String count = problems.size() == 1 ? "1 problem"
        : (truncated ? "at least " : "") + problems.size() + " problems";
    return Objects.requireNonNull(source, "source") + ": " + count + ": " + problems.stream()
        .limit(SHOWN)
        .map(p -> p.path() + ": " + p.problem())
        .collect(Collectors.joining("; "))
        + (problems.size() > SHOWN ? "; and " + (problems.size() - SHOWN) + " more" : "");
  }

  /**
   * The file name, or the name given for the stream.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Every refused value, in file order, each naming the file, its row and column.
   *
   * @return the problems, never empty
   */
  public List<ZiParseException> problems() {
    return List.copyOf(problems);
  }

  /**
   * Whether the check stopped at {@link PortfolioCsv#MAX_PROBLEMS} problems: rows after the last one
   * named were not checked.
   *
   * @return true when more problems may follow
   */
  public boolean truncated() {
    return truncated;
  }
}
