package io.github.zi4j.planning;

import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.explain.Messages;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * A threshold no set of answer changes can meet (<i>ambang yang tidak tercapai</i>): the most its part
 * of the LKE can reach with every allowed answer at its best, and by how much that is short.
 *
 * @param threshold the threshold
 * @param best the most points reachable
 * @param gap how much the best falls short of the minimum
 *
 * @since 0.1
 */
public record Shortfall(Threshold threshold, BigDecimal best, BigDecimal gap) {

  /**
   * A shortfall.
   *
   * @param threshold the threshold
   * @param best the most reachable
   * @param gap the shortfall
   */
  public Shortfall {
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(best, "best");
    Objects.requireNonNull(gap, "gap");
  }

  /**
   * The shortfall as a sentence.
   *
   * @param locale the reader's locale: Bahasa Indonesia for {@code id} (or {@code in}), English for
   *     any other, as {@link io.github.zi4j.Language#of(Locale)} says
   * @return the sentence
   */
  public String explain(Locale locale) {
    return Messages.text(locale, "plan.shortfall", threshold.explain(locale),
        new Measure.Points(best).format(locale), new Measure.Points(gap).format(locale));
  }

  /**
   * The same text in Bahasa Indonesia, {@link io.github.zi4j.Language#DEFAULT}, as {@link
   * #explain(Locale)} writes it.
   *
   * @return the text
   */
  public String explain() {
    return explain(Messages.DEFAULT);
  }
}
