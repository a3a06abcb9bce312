package io.github.zi4j.benchmarks;

import io.github.zi4j.instansi.BpkOpinion;
import io.github.zi4j.instansi.Grade;
import io.github.zi4j.instansi.Instansi;
import io.github.zi4j.instansi.InstansiKind;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.round.InstansiCriteria;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.rules.DecisionEngine;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.UnitKerja;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The heap an engine keeps after many decisions, each with a round of its own (a caller's round with
 * a distinct source, whose window is the earliest proposal round): not a JMH benchmark, a measurement
 * that nothing the engine caches grows with the rounds callers supply.
 *
 * <pre>
 * java -cp zi-benchmarks/target/benchmarks.jar io.github.zi4j.benchmarks.RoundsHeap [DECISIONS]
 * </pre>
 *
 * <p>Prints the number of decisions and the heap in use after garbage collection, in MB.
 */
public final class RoundsHeap {

  private RoundsHeap() {}

  /**
   * Runs the measurement.
   *
   * @param args the number of decisions, 300 000 by default
   */
  public static void main(String[] args) {
    int decisions = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
    Instansi instansi = Instansi.builder().name("Pemerintah Kabupaten Contoh")
        .kind(InstansiKind.PEMDA).putBpkOpinion(2023, BpkOpinion.WTP).putAkip(2023, Grade.B)
        .putIndeksRb(2023, Grade.CC).build();
    // a year of building ends on 1 July 2024: the earliest proposal round is the caller's 2024 one
    UnitKerja unit = UnitKerja.builder().name("Unit Contoh")
        .pencanangan(LocalDate.of(2023, 7, 1)).build();
    InstansiCriteria wbk = InstansiCriteria.builder().bpkOpinion(BpkOpinion.WTP).akip(Grade.B)
        .putIndeksRb(InstansiKind.PEMDA, Grade.CC).putIndeksRb(InstansiKind.KL, Grade.B).build();
    DecisionEngine engine = DecisionEngine.standard();
    long findings = 0;
    for (int i = 0; i < decisions; i++) {
      ProposalRound round = ProposalRound.builder().year(2024)
          .opens(LocalDate.of(2024, 7, 18)).closes(LocalDate.of(2024, 7, 31)).evidenceYear(2023)
          .putCriteria(Predikat.WBK, wbk).source("Pengumuman contoh nomor " + i).build();
      findings += engine.decide(Proposal.builder().asOf(LocalDate.of(2024, 7, 20))
          .target(Predikat.WBK).instansi(instansi).unit(unit).round(round).build())
          .findings().size();
    }
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 5; i++) {
      System.gc();
    }
    long used = runtime.totalMemory() - runtime.freeMemory();
    System.out.printf(Locale.ROOT, "decisions=%d findings=%d heap after GC=%.1f MB%n",
        decisions, findings, used / 1_048_576.0);
  }
}
