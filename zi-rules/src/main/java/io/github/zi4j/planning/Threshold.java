package io.github.zi4j.planning;

import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.rules.Criterion;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.explain.Messages;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One threshold of a target that a plan must meet (<i>nilai minimal</i>): the total, the pengungkit,
 * an area's share (the whole area, or one part of it), a hasil group, IPAK, capaian kinerja or IPKP.
 *
 * @param criterion the criterion, as the decision's findings name it
 * @param area the area, for {@link Criterion#AREA_SHARE}
 * @param part {@code "pemenuhan"} or {@code "reform"} when each part of an area is checked alone
 * @param minimum the least points
 * @param basis where the figure comes from, with its confidence
 *
 * @since 0.1
 */
public record Threshold(Criterion criterion, Optional<AreaPerubahan> area, Optional<String> part,
    BigDecimal minimum, LegalBasis basis) {

  /**
   * A threshold.
   *
   * @param criterion the criterion
   * @param area the area, or empty
   * @param part the part, or empty
   * @param minimum the least points
   * @param basis its basis
   */
  public Threshold {
    Objects.requireNonNull(criterion, "criterion");
    area = area == null ? Optional.empty() : area;
    part = part == null ? Optional.empty() : part;
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(basis, "basis");
  }

  /**
   * The threshold's name: {@code "nilai total"}, {@code "area Penguatan Pengawasan"}, ...
   *
   * @param locale the reader's locale: Bahasa Indonesia for {@code id} (or {@code in}), English for
   *     any other, as {@link io.github.zi4j.Language#of(Locale)} says
   * @return the name
   */
  public String name(Locale locale) {
    String name = Messages.text(locale, "plan.threshold." + criterion);
    if (area.isPresent()) {
      name = name + " " + area.get().displayName(locale) + part.map(p -> " (" + p + ")").orElse("");
    }
    return name;
  }

  /**
   * The threshold as a phrase: its name and minimum.
   *
   * @param locale the reader's locale: Bahasa Indonesia for {@code id} (or {@code in}), English for
   *     any other, as {@link io.github.zi4j.Language#of(Locale)} says
   * @return the phrase
   */
  public String explain(Locale locale) {
    return name(locale) + " \u2265 " + new Measure.Points(minimum).format(locale);
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

  /**
   * The threshold's name in Bahasa Indonesia, {@link io.github.zi4j.Language#DEFAULT}, as {@link
   * #name(Locale)} writes it.
   *
   * @return the text
   */
  public String name() {
    return name(Messages.DEFAULT);
  }
}
