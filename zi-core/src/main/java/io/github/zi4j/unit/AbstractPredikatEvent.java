package io.github.zi4j.unit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One event in a unit's predicate history: an award (<i>penetapan</i>) or a revocation
 * (<i>pencabutan</i>) of WBK or WBBM on a date.
 *
 * <p>Made with {@code PredikatEvent.awarded(Predikat.WBK, date)} or {@code PredikatEvent.revoked(...)};
 * in JSON {@code {"event": "AWARDED", "predikat": "WBK", "date": "2024-12-10"}}.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 */
@Value.Immutable
@JsonSerialize(as = PredikatEvent.class)
@JsonDeserialize(as = PredikatEvent.class)
abstract class AbstractPredikatEvent {

  /**
   * Whether the predicate was awarded or revoked.
   *
   * @return the type of event
   */
  @Value.Parameter
  public abstract PredikatEventType event();

  /**
   * The predicate awarded or revoked.
   *
   * @return the predicate
   */
  @Value.Parameter
  public abstract Predikat predikat();

  /**
   * The date of the award or of the revocation decision.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * An award of {@code predikat} on {@code date}.
   *
   * @param predikat the predicate awarded
   * @param date the date the unit holds it from
   * @return the event
   */
  public static PredikatEvent awarded(Predikat predikat, LocalDate date) {
    return PredikatEvent.of(PredikatEventType.AWARDED, predikat, date);
  }

  /**
   * A revocation of {@code predikat} on {@code date}.
   *
   * @param predikat the predicate revoked
   * @param date the date of the revocation decision
   * @return the event
   */
  public static PredikatEvent revoked(Predikat predikat, LocalDate date) {
    return PredikatEvent.of(PredikatEventType.REVOKED, predikat, date);
  }

  /** For example {@code "AWARDED WBK 2024-12-10"}. */
  @Override
  public String toString() {
    return event() + " " + predikat() + " " + date();
  }
}
