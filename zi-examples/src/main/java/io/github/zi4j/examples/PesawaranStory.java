package io.github.zi4j.examples;

import io.github.zi4j.rules.Decision;
import io.github.zi4j.rules.DecisionEngine;
import java.util.Locale;

/**
 * Kabupaten Pesawaran declared its Zona Integritas on 10 November 2022. In July 2023 its DPMPTSP had
 * built for less than a year and could not be proposed; in the 2024 round, with its LKE, it could.
 */
public final class PesawaranStory {

  private PesawaranStory() {}

  /**
   * Prints both decisions.
   *
   * @param args {@code en} for English; Bahasa Indonesia otherwise
   */
  public static void main(String[] args) {
    Locale locale = Locale.forLanguageTag(args.length > 0 ? args[0] : "id");
    DecisionEngine engine = DecisionEngine.standard();
    Decision july2023 = engine.decide(Cases.load("pesawaran-dpmptsp-2023.json"));
    Decision july2024 = engine.decide(Cases.load("pesawaran-dpmptsp-2024.json"));
    System.out.println(july2023.explain(locale));
    System.out.println(july2024.explain(locale));
  }
}
