package io.github.zi4j.rules;

/**
 * How the per-area minimum share is checked (<i>cara memeriksa nilai minimal area</i>). The sources
 * disagree: one app checks each area as a whole, another its pemenuhan and reform parts separately.
 * zi4j supports both and defaults to {@link #WHOLE_AREA}.
 *
 * @since 0.1
 */
public enum AreaCheck {
  /** The area's pemenuhan plus reform against the share of the area's whole weight (the default). */
  WHOLE_AREA,
  /** The pemenuhan part and the reform part each against the share of its own weight. */
  EACH_PART
}
