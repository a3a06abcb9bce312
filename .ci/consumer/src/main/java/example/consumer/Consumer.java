package example.consumer;

import io.github.zi4j.instansi.InstansiKind;
import io.github.zi4j.instansi.Instansi;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.rules.Decision;
import io.github.zi4j.rules.DecisionEngine;
import io.github.zi4j.rules.Eligibility;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.UnitKerja;
import java.time.LocalDate;

/** Decides the README's quick-start proposal through the published API only. */
public final class Consumer {
  private Consumer() {}

  /**
   * Prints the decision's eligibility; exits 1 unless it is the README's NOT_ELIGIBLE (eight months
   * of building since pencanangan, where a year is needed).
   *
   * @param args none
   */
  public static void main(String[] args) {
    Proposal proposal = Proposal.builder()
        .asOf(LocalDate.of(2023, 7, 20))
        .target(Predikat.WBK)
        .instansi(Instansi.builder().name("Pemerintah Kabupaten Pesawaran")
            .kind(InstansiKind.PEMDA).build())
        .unit(UnitKerja.builder().name("DPMPTSP Kabupaten Pesawaran")
            .pencanangan(LocalDate.of(2022, 11, 10)).build())
        .build();
    Decision decision = DecisionEngine.standard().decide(proposal);
    System.out.println("zi4j consumer: " + decision.eligibility());
    if (decision.eligibility() != Eligibility.NOT_ELIGIBLE) {
      System.exit(1);
    }
  }
}
