package io.github.zi4j.examples;

import io.github.zi4j.ZiJson;
import io.github.zi4j.lke.LkeScore;
import io.github.zi4j.lke.LkeScorer;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.rules.DecisionEngine;

/**
 * A plain timing loop, not a benchmark harness: how long scoring one full 90/2021 worksheet (107
 * questions) and deciding one case with it take on this machine, after a warm-up. Run with {@code java
 * -cp zi-examples/target/zi4j.jar io.github.zi4j.examples.ScoringTiming}; no test asserts on time.
 */
public final class ScoringTiming {

  private ScoringTiming() {}

  /**
   * Prints microseconds per worksheet scored and per decision.
   *
   * @param args optionally the number of rounds (default 20000)
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    Worksheet worksheet = ZiJson.readResource(
        ScoringTiming.class, "/worksheets/contoh-90-2021.json", Worksheet.class);
    Proposal proposal = Cases.load("contoh-mpp-worksheet-2024.json");
    LkeScorer scorer = LkeScorer.bundled(worksheet.edition());
    DecisionEngine engine = DecisionEngine.standard();
    double sink = 0;
    for (int pass = 0; pass < 2; pass++) {
      long start = System.nanoTime();
      for (int i = 0; i < rounds; i++) {
        LkeScore score = scorer.score(worksheet, Role.TPI);
        sink += score.total().orElseThrow().doubleValue();
      }
      long scored = System.nanoTime();
      for (int i = 0; i < rounds / 10; i++) {
        sink += engine.decide(proposal).findings().size();
      }
      long decided = System.nanoTime();
      if (pass == 1) {
        System.out.printf("score one 90/2021 worksheet (107 questions): %.1f us%n",
            (scored - start) / 1000.0 / rounds);
        System.out.printf("decide one case with that worksheet:         %.1f us%n",
            (decided - scored) / 1000.0 / (rounds / 10));
      }
    }
    System.out.println(sink > 0 ? "" : "-");
  }
}
