package io.github.zi4j.lke;

import io.github.zi4j.ZiException;
import io.github.zi4j.internal.Limits;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A worksheet whose answers a template cannot score (<i>jawaban tidak sah</i>): answers to questions
 * the template lacks, or answers their questions do not take. It names the role and every offending
 * question at once. Its {@link #path()} is the first offending answer's, relative to the worksheet:
 * {@code answers.SELF.S2}.
 *
 * @since 0.1
 */
public final class InvalidAnswersException extends ZiException {

  private static final long serialVersionUID = 1L;

  /** The most problems the message lists; the rest are counted. */
  private static final int SHOWN = 10;

  /** Whose answers were refused. */
  private final Role role;
  /** A copy made on construction: serializable, whatever map the caller gave. */
  private final LinkedHashMap<String, String> problems;

  /**
   * An exception for {@code role}'s answers.
   *
   * @param role whose answers
   * @param problems what is wrong with each offending question's answer, by question id, in order
   */
  public InvalidAnswersException(Role role, Map<String, String> problems) {
    super("answers." + role + "." + Limits.quote(problems.keySet().iterator().next()),
        "answers of " + role + ": " + problems.entrySet().stream()
        .limit(SHOWN)
        .map(e -> "question " + Limits.quote(e.getKey()) + ": " + e.getValue())
        .collect(Collectors.joining("; "))
        + (problems.size() > SHOWN ? "; and " + (problems.size() - SHOWN) + " more" : ""), null);
    this.role = role;
    this.problems = new LinkedHashMap<>(problems);
  }

  /**
   * Whose answers are wrong.
   *
   * @return the role
   */
  public Role role() {
    return role;
  }

  /**
   * What is wrong with each offending answer, by question id, in order.
   *
   * @return the problems, never empty
   */
  public Map<String, String> problems() {
    return Collections.unmodifiableMap(problems);
  }
}
