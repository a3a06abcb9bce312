package io.github.zi4j.lke;

import io.github.zi4j.ZiJson;
import io.github.zi4j.internal.Resources;
import io.github.zi4j.regulation.Edition;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The LKE templates zi4j ships, one per edition, and the reading of a caller's own (<i>templat
 * LKE</i>).
 *
 * <p>Bundled, in {@code templates/} beside this class: PermenPANRB 90/2021 (the official LKE as
 * PortalRB numbers it: 127 questions with their {@code soal_id}s, among them 22 counts read by 8
 * computed items, the official option values and weights; the question texts are zi4j's own short
 * wording), 52/2014 and 10/2019 (area weights and the hasil structure with TLHP; each area one
 * indicator; only the minimums known). Each bundled template is validated when loaded.
 *
 * @since 0.1
 */
public final class LkeTemplates {

  private static final Map<Edition, LkeTemplate> BUNDLED = loadBundled();

  private LkeTemplates() {}

  /**
   * The bundled template of {@code edition}.
   *
   * @param edition the edition
   * @return its template
   */
  public static LkeTemplate bundled(Edition edition) {
    return BUNDLED.get(java.util.Objects.requireNonNull(edition, "edition"));
  }

  /**
   * The bundled template of the edition in force on {@code date}.
   *
   * @param date the evaluation date
   * @return the template, or empty before 2015, which zi4j does not model
   */
  public static Optional<LkeTemplate> inForceOn(LocalDate date) {
    return Edition.inForceOn(date).map(LkeTemplates::bundled);
  }

  /**
   * Reads a template from a JSON file, without validating it: run {@link TemplateValidator} on it.
   *
   * @param path the file
   * @return the template
   * @throws io.github.zi4j.ZiParseException when the file is not a template in JSON
   */
  public static LkeTemplate read(Path path) {
    return ZiJson.read(path, LkeTemplate.class);
  }

  private static Map<Edition, LkeTemplate> loadBundled() {
    Map<Edition, LkeTemplate> templates = new EnumMap<>(Edition.class);
    for (Edition edition : Edition.values()) {
      String name = "templates/" + edition.name().toLowerCase(java.util.Locale.ROOT)
          .replace('_', '-') + ".json";
      LkeTemplate template = Resources.read(LkeTemplates.class.getResourceAsStream(name), name,
          LkeTemplates.class, LkeTemplate.class);
      List<TemplateProblem> problems = TemplateValidator.validate(template);
      if (!problems.isEmpty() || template.edition() != edition) {
        throw new IllegalStateException("bundled template " + name + " must be valid and of " + edition
            + ", but is of " + template.edition() + " with problems: " + problems.stream()
            .map(TemplateProblem::toString).collect(Collectors.joining("; ")));
      }
      templates.put(edition, template);
    }
    return templates;
  }
}
