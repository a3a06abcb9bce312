package io.github.zi4j.planning;

import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.rules.explain.Messages;
import io.github.zi4j.rules.Measure;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One limit on the earliest proposal day (<i>alasan batas waktu</i>): what sets it, the day it
 * counts from, the first day it allows, whether it is the one that binds, and its basis.
 *
 * @param limit what sets the limit
 * @param since the day it counts from (pencanangan, the WBK award, the revocation, the planning
 *     day, the round's opening); empty for a limit waiting cannot satisfy
 * @param allows the first day the limit allows; empty when waiting alone cannot satisfy it
 * @param binds whether this limit sets the earliest day (the latest of the limits)
 * @param basis where the figure behind it comes from, with its confidence
 *
 * @since 0.1
 */
public record Binding(Limit limit, Optional<LocalDate> since, Optional<LocalDate> allows,
    boolean binds, LegalBasis basis) {

  /**
   * A limit.
   *
   * @param limit what sets it
   * @param since the day it counts from, or empty
   * @param allows the first day it allows, or empty when waiting cannot satisfy it
   * @param binds whether it sets the earliest day
   * @param basis its basis
   */
  public Binding {
    Objects.requireNonNull(limit, "limit");
    since = since == null ? Optional.empty() : since;
    allows = allows == null ? Optional.empty() : allows;
    Objects.requireNonNull(basis, "basis");
  }

  /**
   * This limit as a sentence.
   *
   * @param locale the reader's locale: Bahasa Indonesia for {@code id} (or {@code in}), English for
   *     any other, as {@link io.github.zi4j.Language#of(Locale)} says
   * @return the sentence
   */
  public String explain(Locale locale) {
    String text = Messages.text(locale, "plan.limit." + limit,
        since.map(day -> new Measure.Day(day).format(locale)).orElse(""),
        allows.map(day -> new Measure.Day(day).format(locale)).orElse(""));
    return (binds ? Messages.text(locale, "plan.limit.binds") + " " : "") + text + " ("
        + Messages.basis(basis, null, locale) + ")";
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
