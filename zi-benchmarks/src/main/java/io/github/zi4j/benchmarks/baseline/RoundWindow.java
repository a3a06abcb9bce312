package io.github.zi4j.benchmarks.baseline;

import java.time.LocalDate;

/**
 * The window of a proposal round: the first and the last day proposals are accepted, both inside.
 *
 * @param opens the first day
 * @param closes the last day
 */
public record RoundWindow(LocalDate opens, LocalDate closes) {}
