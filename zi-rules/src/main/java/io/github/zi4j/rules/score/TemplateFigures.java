package io.github.zi4j.rules.score;

import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.Minimum;
import io.github.zi4j.lke.TemplateNode;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.rules.Criterion;

/**
 * How a template's minimums become figures: the criterion a node names, and the legal basis of a
 * minimum. Not API.
 *
 * @since 0.1
 */
public final class TemplateFigures {

  private TemplateFigures() {}

  /**
   * The criterion {@code node} of {@code template} names.
   *
   * @param template the template
   * @param node a node of it with a criterion
   * @return the criterion
   * @throws IllegalStateException when the name is not a {@link Criterion}
   */
  public static Criterion criterion(LkeTemplate template, TemplateNode node) {
    String name = node.criterion().orElseThrow();
    try {
      return Criterion.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("node " + node.id() + " of template " + template.id()
          + " must name a criterion of " + java.util.Arrays.toString(Criterion.values())
          + ", but named " + name, e);
    }
  }

  /**
   * The legal basis of a minimum on {@code template}: where the minimum comes from (the template's
   * citation unless it names its own source), its note, and its confidence; in English the note is
   * the minimum's English note when it has one ({@link LegalBasis#english()}). The explanation
   * ("nilai minimal", "minimum score") is the message bundles', in the language asked for.
   *
   * @param template the template
   * @param minimum one of its minimums
   * @return the basis
   */
  public static LegalBasis basisOf(LkeTemplate template, Minimum minimum) {
    String source = minimum.source().orElse(template.citation());
    LegalBasis basis = LegalBasis.of(source
        + minimum.note().map(note -> " (" + note + ")").orElse(""), minimum.confidence());
    return minimum.englishNote().isPresent()
        ? basis.withEnglish(source + " (" + minimum.englishNote().get() + ")")
        : basis;
  }

}
