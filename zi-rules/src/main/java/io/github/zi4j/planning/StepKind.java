package io.github.zi4j.planning;

/**
 * What one step of a plan changes (<i>jenis langkah</i>).
 *
 * @since 0.1
 */
public enum StepKind {
  /** A graded answer (Ya/Tidak, A&ndash;C, A&ndash;D, A&ndash;E) raised by option steps. */
  OPTION,
  /** A count of work done raised (more reports made, more complaints settled). */
  MORE,
  /** A count of this year's cases lowered (fewer disciplinary cases). */
  FEWER,
  /** A survey index (IPAK, IPKP) raised to the index needed, in hundredths. */
  SURVEY
}
