package io.github.zi4j.benchmarks;

import io.github.zi4j.ZiJson;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.rules.Decision;
import io.github.zi4j.rules.DecisionEngine;
import io.github.zi4j.rules.DecisionJson;
import java.util.Locale;
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
 * JSON in and out: parsing the Pesawaran 2024 case from its text into a validated {@link Proposal},
 * and writing its decision as indented JSON with every message rendered in Bahasa Indonesia.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 1)
public class JsonBenchmark {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private String caseJson;
  private Decision decision;

  /** Reads the case text and decides it once. */
  @Setup
  public void setUp() {
    caseJson = Fixtures.text(Fixtures.PESAWARAN);
    decision = DecisionEngine.standard().decide(Fixtures.proposal(Fixtures.PESAWARAN));
  }

  /**
   * {@code ZiJson.read(json, source, Proposal.class)}.
   *
   * @return the proposal
   */
  @Benchmark
  public Proposal parseCase() {
    return ZiJson.read(caseJson, "pesawaran-dpmptsp-2024.json", Proposal.class);
  }

  /**
   * {@code DecisionJson.write(decision, id)}.
   *
   * @return the JSON text
   */
  @Benchmark
  public String writeDecision() {
    return DecisionJson.write(decision, INDONESIAN);
  }
}
