package io.github.zi4j.instansi;

import io.github.zi4j.InvalidFieldException;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The result of a yearly evaluation of an instansi (<i>hasil evaluasi</i>) given either as a grade
 * ({@link Grade}, for example {@code "B"}) or as a score from 0 to 100 ({@link Score}, for example
 * {@code 65.2}): AKIP/SAKIP and Indeks RB are published both ways. A score is judged by the grade it
 * maps to ({@link Grade#ofScore}).
 *
 * <p>In JSON a grade is a string and a score a number: {@code "akip": {"2023": "B", "2024": 65.2}}.
 *
 * @since 0.1
 */
@JsonDeserialize(using = RatingReader.class)
public sealed interface Rating permits Grade, Rating.Score {

  /**
   * The grade this rating is, or maps to.
   *
   * @return the grade
   */
  Grade grade();

  /**
   * A score.
   *
   * @param value the score, 0 to 100
   * @return the score
   * @throws InvalidFieldException when the score is outside 0&ndash;100
   */
  static Score score(BigDecimal value) {
    return new Score(value);
  }

  /**
   * A score from 0 to 100 (<i>nilai</i>), judged by the grade it maps to.
   *
   * <p>Immutable; compare with {@code equals} (65.2 and 65.20 differ, as {@link BigDecimal}s do).
   *
   * @param value the score
   */
  record Score(@JsonValue BigDecimal value) implements Rating {

    /**
     * A score.
     *
     * @param value the score, 0 to 100
     */
    public Score {
      Objects.requireNonNull(value, "value of a score");
      if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new InvalidFieldException("",
            "a score must be between 0 and 100, but was " + value.toPlainString());
      }
    }

    @Override
    public Grade grade() {
      return Grade.ofScore(value);
    }

    @Override
    public String toString() {
      return value.toPlainString();
    }
  }
}
