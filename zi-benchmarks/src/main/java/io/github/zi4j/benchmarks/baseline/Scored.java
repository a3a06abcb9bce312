package io.github.zi4j.benchmarks.baseline;

import io.github.zi4j.instansi.Grade;
import java.math.BigDecimal;

/**
 * An AKIP or Indeks RB result given as a score from 0 to 100, with the grade the baselines map it to.
 *
 * @param score the score, as given
 * @param grade the grade it maps to
 */
public record Scored(BigDecimal score, Grade grade) {}
