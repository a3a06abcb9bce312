package io.github.zi4j.unit;

/**
 * What happened to a unit's predicate (<i>penetapan</i> or <i>pencabutan</i>).
 *
 * @since 0.1
 */
public enum PredikatEventType {
  /** The predicate was awarded (<i>ditetapkan</i>); the unit holds it from the event's date. */
  AWARDED,
  /** The predicate was revoked (<i>dicabut</i>); the unit no longer holds it from the event's date. */
  REVOKED
}
