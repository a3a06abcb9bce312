package io.github.zi4j.examples;

import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.rules.Decision;
import io.github.zi4j.rules.DecisionEngine;
import io.github.zi4j.unit.Predikat;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Kota Pekalongan, 2020: its DPMPTSP was proposed in a round judged under PermenPANRB 10/2019 (the
 * case gives no worksheet of that edition, so its minimums stay UNKNOWN), and got WBK on 21 December
 * 2020. In July 2021 the unit asks whether it may go for WBBM: a WBK of 2020 allows WBBM from the
 * 2022 round.
 */
public final class PekalonganStory {

  private PekalonganStory() {}

  /**
   * Prints both decisions.
   *
   * @param args {@code en} for English; Bahasa Indonesia otherwise
   */
  public static void main(String[] args) {
    Locale locale = Locale.forLanguageTag(args.length > 0 ? args[0] : "id");
    Proposal wbk2020 = Cases.load("pekalongan-dpmptsp-2020.json");
    Decision in2020 = DecisionEngine.standard().decide(wbk2020);
    System.out.println(in2020.explain(locale));

    Proposal wbbm2021 = wbk2020.withTarget(Predikat.WBBM).withAsOf(LocalDate.of(2021, 7, 1));
    Decision in2021 = DecisionEngine.standard().decide(wbbm2021);
    System.out.println(in2021.explain(locale));
  }
}
