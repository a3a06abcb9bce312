package io.github.zi4j.benchmarks;

import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.LkeScore;
import io.github.zi4j.lke.LkeScorer;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.planning.EarliestRound;
import io.github.zi4j.planning.GapOptions;
import io.github.zi4j.planning.GapPlan;
import io.github.zi4j.planning.Planner;
import io.github.zi4j.planning.Scenario;
import io.github.zi4j.planning.WhatIf;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.PredikatEvent;
import io.github.zi4j.unit.UnitKerja;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Planning: the smallest gap to WBBM of the 90/2021 worksheet with eight answers lowered, a what-if
 * of one changed answer beside a full rescore, and the earliest round of Balangan's DPMPTSP.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 1)
public class PlanningBenchmark {

  private Planner planner;
  private Worksheet lowered;
  private Worksheet changed;
  private Scenario scenario;
  private LkeScorer scorer;
  private UnitKerja balangan;

  /** Lowers eight answers of the fixture worksheet, and prepares the scenario. */
  @Setup
  public void setUp() {
    planner = Planner.standard();
    scorer = LkeScorer.bundled(Edition.PERMENPANRB_90_2021);
    Worksheet worksheet = Fixtures.worksheet();
    Role role = worksheet.decidingRole();
    lowered = worksheet;
    for (String id : new String[] {"S1", "S3", "S9", "S22", "S24", "S43", "S44", "S58"}) {
      lowered = lowered.withAnswer(role, id, Answer.yesNo(false));
    }
    changed = lowered.withAnswer(role, "S1", Answer.yesNo(true));
    scenario = planner.scenario(lowered);
    balangan = UnitKerja.builder().name("DPMPTSP Kabupaten Balangan")
        .pencanangan(LocalDate.of(2021, 3, 1))
        .addHistory(PredikatEvent.awarded(Predikat.WBK, LocalDate.of(2024, 12, 10))).build();
  }

  /**
   * The smallest gap to WBBM, re-scored to verify.
   *
   * @return the plan
   */
  @Benchmark
  public GapPlan smallestGap() {
    return planner.smallestGap(lowered, GapOptions.of(Predikat.WBBM));
  }

  /**
   * A what-if of one changed answer on a prepared scenario.
   *
   * @return the what-if
   */
  @Benchmark
  public WhatIf whatIfOneAnswer() {
    return scenario.whatIf(Map.of("S1", Answer.yesNo(true)));
  }

  /**
   * The full rescore the what-if saves.
   *
   * @return the score
   */
  @Benchmark
  public LkeScore fullRescore() {
    return scorer.score(changed, changed.decidingRole());
  }

  /**
   * The earliest WBBM round of Balangan's DPMPTSP.
   *
   * @return the earliest round
   */
  @Benchmark
  public EarliestRound earliestRound() {
    return planner.earliestRound(balangan, Predikat.WBBM, LocalDate.of(2025, 1, 6));
  }
}
