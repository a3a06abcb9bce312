package io.github.zi4j;

import java.util.Objects;

/**
 * Bad input (<i>masukan tidak sah</i>): the one kind of exception zi4j throws for a value it refuses,
 * whether it came from a file, a workbook or a caller's code. Every subtype names where the value is
 * ({@link #path()}) and what is wrong with it ({@link #getMessage()}), and is thrown where the value
 * is read or checked, never guessed later.
 *
 * <p>It is an {@link IllegalArgumentException}: a value zi4j refuses is an illegal argument to the
 * method that was given it. Anything else zi4j throws (an {@link IllegalStateException}, a {@link
 * NullPointerException} for a null argument, an {@link Error}) is not about the input and is a bug to
 * report; a command line catches {@code ZiException} alone as bad input.
 *
 * <p>The subtypes:
 *
 * <ul>
 *   <li>{@link ZiParseException}: a file or stream that cannot be read, with its source and the JSON
 *       path or cell of the offending value;
 *   <li>{@link InvalidFieldException}: a value of the model refused where it is checked, with the
 *       path of its field relative to the object checked ({@code round.year});
 *   <li>{@code InvalidAnswersException}: answers a template cannot score ({@code answers.SELF.S2});
 *   <li>{@code InvalidJawabanException}: an answer of a PortalRB answer file its soal cannot take
 *       ({@code $.answers[3].jawaban_unit}).
 * </ul>
 *
 * <p>{@link #within(String)} puts a relative path under the place its object came from, and {@link
 * ZiParseException#of(String, ZiException)} names the file, so that a refusal met after reading still
 * names the value's place in the file: {@code case.json: $.lke.answers.SELF.S2: ...}.
 *
 * @since 0.1
 */
public class ZiException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Where the offending value is. */
  private final String path;

  /**
   * An exception about the value at {@code path}.
   *
   * @param path where the value is: a JSON path ({@code $.round.year}), a cell ({@code 'LKE
   *     ZI'!K12}), a path relative to the object checked ({@code round.year}), or a resource's name
   * @param message what is wrong, naming the offending value and what is allowed
   * @param cause the underlying cause, or null
   */
  public ZiException(String path, String message, Throwable cause) {
    super(message, cause);
    this.path = Objects.requireNonNull(path, "path");
  }

  /**
   * Where the offending value is: an absolute JSON path ({@code $.unit.history[0].date}), a
   * workbook cell ({@code 'LKE ZI'!K12}), or a path relative to the object checked ({@code
   * round.year}; empty for the object itself).
   *
   * @return the path, never null
   */
  public String path() {
    return path;
  }

  /**
   * Whether {@link #path()} is absolute: a JSON path from the document's root ({@code $...}), a cell
   * ({@code 'Sheet'!A1}), a line and column of a text that is not JSON, or a row and column of a CSV
   * file ({@code row 12, column pencanangan}).
   *
   * @return true when the path does not need the place of its object
   */
  public boolean isAbsolute() {
    return path.startsWith("$") || path.startsWith("'") || path.startsWith("line ")
        || path.startsWith("row ");
  }

  /**
   * This refusal placed under {@code parent}, the path of the object its path is relative to: an
   * {@link InvalidFieldException} at {@code round.year} within {@code proposals[2]} is at {@code
   * proposals[2].round.year}. An absolute path is kept as it is.
   *
   * @param parent the path of the object checked, relative or absolute ({@code lke}, {@code $.lke})
   * @return an exception at the combined path with this message, caused by this; this one when the
   *     path is absolute
   */
  public ZiException within(String parent) {
    Objects.requireNonNull(parent, "parent");
    if (isAbsolute() || parent.isEmpty()) {
      return this;
    }
    return new ZiException(path.isEmpty() ? parent : parent + "." + path, getMessage(), this);
  }
}
