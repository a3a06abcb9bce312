package io.github.zi4j.planning;

import java.math.BigDecimal;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.explain.Messages;
import io.github.zi4j.unit.Predikat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a change of answers does (<i>simulasi perubahan jawaban</i>): the new total, the predicate the
 * LKE meets before and after, and every node whose points changed (as a scored node shows them:
 * rounded half-up to 10 decimals). Made by {@link Scenario#whatIf}.
 *
 * @param totalBefore the LKE total before
 * @param totalAfter the LKE total after
 * @param meetsBefore the predicate the LKE met before (WBBM, WBK or none)
 * @param meetsAfter the predicate it meets after
 * @param changes every node whose points changed, in template order
 *
 * @since 0.1
 */
public record WhatIf(BigDecimal totalBefore, BigDecimal totalAfter, Optional<Predikat> meetsBefore,
    Optional<Predikat> meetsAfter, List<NodeChange> changes) {

  /**
   * A what-if.
   *
   * @param totalBefore the total before
   * @param totalAfter the total after
   * @param meetsBefore the predicate met before
   * @param meetsAfter the predicate met after
   * @param changes the node changes
   */
  public WhatIf {
    Objects.requireNonNull(totalBefore, "totalBefore");
    Objects.requireNonNull(totalAfter, "totalAfter");
    meetsBefore = meetsBefore == null ? Optional.empty() : meetsBefore;
    meetsAfter = meetsAfter == null ? Optional.empty() : meetsAfter;
    changes = List.copyOf(changes);
  }

  /**
   * Whether the change changes the predicate the LKE meets.
   *
   * @return true when it flips the outcome
   */
  public boolean flips() {
    return !meetsBefore.equals(meetsAfter);
  }

  /**
   * The what-if as text: the totals, the predicate before and after, and each node changed.
   *
   * @param locale the reader's locale: Bahasa Indonesia for {@code id} (or {@code in}), English for
   *     any other, as {@link io.github.zi4j.Language#of(Locale)} says
   * @return the text, lines separated by {@code \n}
   */
  public String explain(Locale locale) {
    String none = Messages.term("none", locale);
    StringBuilder text = new StringBuilder(Messages.text(locale, "plan.whatif.title",
        new Measure.Points(totalBefore).format(locale),
        new Measure.Points(totalAfter).format(locale),
        meetsBefore.map(Enum::name).orElse(none), meetsAfter.map(Enum::name).orElse(none)))
        .append('\n');
    for (NodeChange change : changes) {
      text.append("  - ").append(change.id()).append(' ').append(change.name()).append(": ")
          .append(change.before().map(p -> new Measure.Points(p).format(locale)).orElse("?"))
          .append(" \u2192 ")
          .append(change.after().map(p -> new Measure.Points(p).format(locale)).orElse("?"))
          .append('\n');
    }
    return text.toString();
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
