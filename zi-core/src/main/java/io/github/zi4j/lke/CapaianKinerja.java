package io.github.zi4j.lke;

import java.math.BigDecimal;

/**
 * The grade of performance achievement (<i>capaian kinerja</i>) in the LKE's results component, A to E,
 * scored evenly from 1 down to 0 (likely, per the domain notes: two implementations agree).
 *
 * @since 0.1
 */
public enum CapaianKinerja {
  /** Above target, better than last year and than peers: 1. */
  A("1"),
  /** 0.75. */
  B("0.75"),
  /** 0.5. */
  C("0.5"),
  /** 0.25. */
  D("0.25"),
  /** Not result-oriented: 0. */
  E("0");

  private final BigDecimal value;

  CapaianKinerja(String value) {
    this.value = new BigDecimal(value);
  }

  /**
   * The grade's value in [0, 1], to be multiplied by the indicator's weight.
   *
   * @return the value
   */
  public BigDecimal value() {
    return value;
  }
}
