package io.github.zi4j.examples;

import io.github.zi4j.instansi.BpkOpinion;
import io.github.zi4j.instansi.Grade;
import io.github.zi4j.instansi.InstansiKind;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.round.InstansiCriteria;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.round.ProposalRounds;
import io.github.zi4j.rules.Decision;
import io.github.zi4j.rules.DecisionEngine;
import io.github.zi4j.rules.RegulationFigures;
import io.github.zi4j.rules.WbkHoldingCount;
import io.github.zi4j.unit.Predikat;
import java.util.Locale;

/**
 * Kabupaten Balangan's DPMPTSP got WBK at the end of 2024 and aims for WBBM in 2026. zi4j does not
 * know the 2026 round, so the decision is UNDETERMINED until the caller supplies it. The two years of
 * WBK before WBBM are counted in round years by default (likely: the only counting this story fits);
 * counted in exact dates instead, July 2026 would be too early: the example shows both.
 */
public final class BalanganStory {

  private BalanganStory() {}

  /**
   * Prints the three decisions.
   *
   * @param args {@code en} for English; Bahasa Indonesia otherwise
   */
  public static void main(String[] args) {
    Locale locale = Locale.forLanguageTag(args.length > 0 ? args[0] : "id");
    Proposal wbbm2026 = Cases.load("balangan-dpmptsp-wbbm-2026.json");

    // 1. As bundled: zi4j knows no 2026 round, so the instansi criteria are UNKNOWN.
    Decision asBundled = DecisionEngine.standard().decide(wbbm2026);
    System.out.println(asBundled.explain(locale));

    // 2. The agency's IT team enters the 2026 round once KemenPANRB announces it. The figures below
    //    repeat the 2024 criteria for WBBM and stand in for the real announcement.
    ProposalRound round2026 = ProposalRound.builder()
        .year(2026)
        .evidenceYear(2025)
        .putCriteria(Predikat.WBBM, InstansiCriteria.builder()
            .bpkOpinion(BpkOpinion.WTP)
            .akip(Grade.BB)
            .putIndeksRb(InstansiKind.PEMDA, Grade.B)
            .putIndeksRb(InstansiKind.KL, Grade.BB)
            .build())
        .source("Assumed for the example: the 2024 criteria")
        .confidence(Confidence.UNVERIFIED)
        .build();
    DecisionEngine withRound = DecisionEngine.of(
        RegulationFigures.bundled(), ProposalRounds.bundled().with(round2026));
    System.out.println(withRound.decide(wbbm2026).explain(locale));

    // 3. Were the two years of WBK counted from the award's day, July 2026 would be too early.
    DecisionEngine exactDates = DecisionEngine.of(
        RegulationFigures.bundled().withWbkHoldingCount(WbkHoldingCount.EXACT_DATES,
            LegalBasis.of("Assumed for the example: counted from the award date",
                Confidence.UNVERIFIED)),
        withRound.rounds());
    System.out.println(exactDates.decide(wbbm2026).explain(locale));
  }
}
