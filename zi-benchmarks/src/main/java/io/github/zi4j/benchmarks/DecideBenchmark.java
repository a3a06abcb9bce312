package io.github.zi4j.benchmarks;

import io.github.zi4j.benchmarks.baseline.BaselineDecision;
import io.github.zi4j.benchmarks.baseline.BigDecimalBaseline;
import io.github.zi4j.benchmarks.baseline.DoubleBaseline;
import io.github.zi4j.benchmarks.baseline.DoubleBaseline.DoubleDecision;
import io.github.zi4j.benchmarks.engines.DroolsDecider;
import io.github.zi4j.benchmarks.engines.EasyRulesDecider;
import io.github.zi4j.benchmarks.engines.EvreteDecider;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.rules.Decision;
import io.github.zi4j.rules.DecisionEngine;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One 90/2021 decision, the Pesawaran 2024 case (WBK, area-level LKE, eligible: 19 findings), by each
 * implementation. zi4j builds its findings (with their legal basis) and the decision's summary, but
 * renders no message; the others return their findings as records. The case is parsed once.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 1)
public class DecideBenchmark {

  private Proposal proposal;
  private DecisionEngine engine;
  private DoubleBaseline doubles;
  private EasyRulesDecider easyRules;
  private EvreteDecider evrete;
  private DroolsDecider drools;

  /** Parses the case and builds every engine. */
  @Setup
  public void setUp() {
    proposal = Fixtures.proposal(Fixtures.PESAWARAN);
    engine = DecisionEngine.standard();
    doubles = DoubleBaseline.tolerant();
    easyRules = new EasyRulesDecider();
    evrete = new EvreteDecider();
    drools = new DroolsDecider();
  }

  /** Stops Evrete's threads. */
  @TearDown
  public void tearDown() {
    evrete.shutdown();
  }

  /**
   * zi4j: {@code DecisionEngine.standard().decide(proposal)}.
   *
   * @return the decision
   */
  @Benchmark
  public Decision zi4j() {
    return engine.decide(proposal);
  }

  /**
   * The hand-written BigDecimal baseline.
   *
   * @return the decision
   */
  @Benchmark
  public BaselineDecision bigDecimalBaseline() {
    return BigDecimalBaseline.decide(proposal);
  }

  /**
   * The hand-written double baseline.
   *
   * @return the decision
   */
  @Benchmark
  public DoubleDecision doubleBaseline() {
    return doubles.decide(proposal);
  }

  /**
   * Easy Rules 4.1.0.
   *
   * @return the decision
   */
  @Benchmark
  public BaselineDecision easyRules() {
    return easyRules.decide(proposal);
  }

  /**
   * Evrete 4.0.3.
   *
   * @return the decision
   */
  @Benchmark
  public BaselineDecision evrete() {
    return evrete.decide(proposal);
  }

  /**
   * Drools 10.0.0, executable model.
   *
   * @return the decision
   */
  @Benchmark
  public BaselineDecision drools() {
    return drools.decide(proposal);
  }
}
