package io.github.zi4j.lke;

import java.util.Objects;

/**
 * One mistake in an LKE template (<i>kesalahan templat</i>), found by {@link TemplateValidator}.
 *
 * @param path where: the ids from the root down, for example {@code "LKE/PENGUNGKIT/PEMENUHAN/MP.P"},
 *     then a question's id when it is about a question
 * @param message what is wrong, with the offending value and what is allowed
 *
 * @since 0.1
 */
public record TemplateProblem(String path, String message) {

  /**
   * A problem.
   *
   * @param path where
   * @param message what is wrong
   */
  public TemplateProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
