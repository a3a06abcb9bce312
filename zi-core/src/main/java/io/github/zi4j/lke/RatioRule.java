package io.github.zi4j.lke;

/**
 * How a number question becomes a value in [0, 1] (<i>aturan rasio</i>).
 *
 * @since 0.1
 */
public enum RatioRule {
  /**
   * {@code done / required}, where done can never exceed required (pengaduan resolved of received,
   * LHKPN reported of obliged): a done above required is rejected. Nothing required gives 1.
   */
  DONE_OF_REQUIRED,
  /**
   * {@code done / required} capped at 1, where doing more than required is possible (realisation of a
   * target). Nothing required gives 1.
   */
  CAPPED,
  /**
   * A decrease year over year, {@code (lastYear - thisYear) / lastYear}, clamped to [0, 1] (discipline
   * violations): no decrease or a rise gives 0. None last year gives 1 when there are none this year,
   * else 0.
   */
  DECREASE
}
