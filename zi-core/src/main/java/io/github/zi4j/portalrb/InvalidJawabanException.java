package io.github.zi4j.portalrb;

import io.github.zi4j.ZiException;
/**
 * An answer of a {@link JawabanUnit} that its template cannot take (<i>jawaban tidak sah</i>): a
 * {@code soal_id} the template lacks or gives twice, or an answer that does not fit its soal's type. It
 * names the answer's place in the list, the field, the {@code soal_id} and the value; its {@link
 * #path()} is the JSON path of the value at fault, for example {@code $.answers[3].jawaban_unit}.
 *
 * @since 0.1
 */
public final class InvalidJawabanException extends ZiException {

  private static final long serialVersionUID = 1L;

  /** The index of the answer in {@code answers}. */
  private final int index;
  /** The field at fault, for example {@code jawaban_unit}. */
  private final String field;
  /** The soal_id of the answer. */
  private final int soalId;

  /**
   * An exception for the answer at {@code index}.
   *
   * @param index its index in {@code answers}
   * @param field the field at fault: {@code soal_id}, {@code jawaban_unit} or {@code jawaban_tpi}
   * @param soalId its {@code soal_id}
   * @param message what is wrong, naming the value and what is allowed
   */
  public InvalidJawabanException(int index, String field, int soalId, String message) {
    super("$.answers[" + index + "]." + field, message, null);
    this.index = index;
    this.field = field;
    this.soalId = soalId;
  }

  /**
   * The index of the answer in {@code answers}.
   *
   * @return the index, from 0
   */
  public int index() {
    return index;
  }

  /**
   * The field at fault.
   *
   * @return {@code soal_id}, {@code jawaban_unit} or {@code jawaban_tpi}
   */
  public String field() {
    return field;
  }

  /**
   * The {@code soal_id} of the answer at fault.
   *
   * @return the soal_id
   */
  public int soalId() {
    return soalId;
  }
}
