package io.github.zi4j.benchmarks;

import io.github.zi4j.benchmarks.baseline.BigDecimalBaseline;
import io.github.zi4j.benchmarks.generator.ProposalGenerator;
import io.github.zi4j.rules.DecisionEngine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * 100 000 generated units decided on one thread, streamed: each proposal is made, decided and dropped
 * (none is held), reported as ms per 100 000; by zi4j, and by the BigDecimal baseline for
 * comparison on varied cases rather than one. {@link #generate100k} makes the same proposals without
 * deciding them, so that the cost of deciding alone is the difference.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 1)
public class StreamBenchmark {

  /** How many units one operation decides. */
  public static final int UNITS = 100_000;

  /**
   * Generates and decides 100 000 units with zi4j.
   *
   * @param blackhole takes each verdict
   */
  @Benchmark
  public void decide100k(Blackhole blackhole) {
    DecisionEngine engine = DecisionEngine.standard();
    ProposalGenerator generator = new ProposalGenerator(ProposalGenerator.SEED);
    for (int i = 0; i < UNITS; i++) {
      blackhole.consume(engine.decide(generator.next()).eligibility());
    }
  }

  /**
   * Generates the same 100 000 units and decides them with the hand-written BigDecimal baseline.
   *
   * @param blackhole takes each verdict
   */
  @Benchmark
  public void decide100kBigDecimalBaseline(Blackhole blackhole) {
    ProposalGenerator generator = new ProposalGenerator(ProposalGenerator.SEED);
    for (int i = 0; i < UNITS; i++) {
      blackhole.consume(BigDecimalBaseline.decide(generator.next()).verdict());
    }
  }

  /**
   * Only generates the same 100 000 units.
   *
   * @param blackhole takes each proposal
   */
  @Benchmark
  public void generate100k(Blackhole blackhole) {
    ProposalGenerator generator = new ProposalGenerator(ProposalGenerator.SEED);
    for (int i = 0; i < UNITS; i++) {
      blackhole.consume(generator.next());
    }
  }
}
