package io.github.zi4j;

/**
 * A value of a case that zi4j refuses, with the place of the field (<i>isian tidak sah</i>): thrown
 * where a value is valid on its own but not with the others, for example a round whose year is not the
 * year of the proposal, or an award within the cooling-off period of a revocation.
 *
 * <p>{@link #field()} is the path of the field relative to the object being checked, in JSON path
 * notation without the leading {@code $}: {@code round.year}, {@code unit}. {@link ZiJson} appends it
 * to the path of that object when it reads a case, so the error names {@code $.round.year}.
 *
 * @since 0.1
 */
public class InvalidFieldException extends ZiException {

  private static final long serialVersionUID = 1L;

  /** The path of the field, relative to the object checked. */
  private final String field;

  /**
   * An exception about {@code field}.
   *
   * @param field the path of the field relative to the object checked, for example {@code
   *     "round.year"}
   * @param message what is wrong, naming the offending value and what is allowed
   */
  public InvalidFieldException(String field, String message) {
    this(field, message, null);
  }

  /**
   * An exception about {@code field}, with the failure that revealed it.
   *
   * @param field the path of the field relative to the object checked, for example {@code
   *     "round.year"}
   * @param message what is wrong, naming the offending value and what is allowed
   * @param cause the underlying failure, or null
   */
  public InvalidFieldException(String field, String message, Throwable cause) {
    super(field, message, cause);
    this.field = field;
  }

  /**
   * The path of the field relative to the object checked.
   *
   * @return the path, for example {@code "round.year"}
   */
  public String field() {
    return field;
  }
}
