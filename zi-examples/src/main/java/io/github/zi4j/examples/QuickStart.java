package io.github.zi4j.examples;

import io.github.zi4j.instansi.BpkOpinion;
import io.github.zi4j.instansi.Grade;
import io.github.zi4j.instansi.Instansi;
import io.github.zi4j.instansi.InstansiKind;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.rules.Decision;
import io.github.zi4j.rules.DecisionEngine;
import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.Status;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.UnitKerja;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The README's quick start, compiled and run by a test: may Pesawaran's DPMPTSP be proposed for WBK
 * in July 2023? No: the 2023 round had closed (by 4 July 2023) and its year of building ends on 10
 * November 2023, so its earliest date is the first day of the 2024 round.
 */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Runs the quick start.
   *
   * @param args none
   */
  public static void main(String[] args) {
    // tag::quickstart[]
    Instansi pesawaran = Instansi.builder()
        .name("Pemerintah Kabupaten Pesawaran").kind(InstansiKind.PEMDA)
        .putBpkOpinion(2023, BpkOpinion.WTP).putAkip(2023, Grade.B).putIndeksRb(2023, Grade.CC)
        .build();
    UnitKerja dpmptsp = UnitKerja.builder()
        .name("DPMPTSP Kabupaten Pesawaran").pencanangan(LocalDate.of(2022, 11, 10))
        .build();
    Proposal proposal = Proposal.builder()
        .asOf(LocalDate.of(2023, 7, 20)).target(Predikat.WBK)
        .instansi(pesawaran).unit(dpmptsp)
        .build();

    Decision decision = DecisionEngine.standard().decide(proposal);
    System.out.println(decision.eligibility());            // NOT_ELIGIBLE
    System.out.println(decision.earliestProposalDate());   // Optional[2024-07-18]
    for (Finding failure : decision.findings(Status.FAIL)) {
      System.out.println(failure.message(Locale.ENGLISH));
    }
    // The proposal date 20 July 2023 is after the 2023 proposal round had closed: proposals for
    // that round had closed before 4 July 2023 — 2023 proposal round: Announcement ... [likely]
    // Building period since pencanangan on 10 November 2022 too short: may be proposed only
    // from 10 November 2023 (113 days short) — Inspektorat Provinsi Kalimantan Selatan, ...
    // end::quickstart[]
  }
}
