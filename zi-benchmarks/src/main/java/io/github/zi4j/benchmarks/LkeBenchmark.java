package io.github.zi4j.benchmarks;

import io.github.zi4j.lke.LkeScore;
import io.github.zi4j.lke.LkeScorer;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.rules.Decision;
import io.github.zi4j.rules.DecisionEngine;
import io.github.zi4j.workbook.LkeWorkbook;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * The worksheet: scoring one full 90/2021 worksheet (127 questions and 8 computed items, the unit's
 * own answers), and deciding the case that carries it (zi4j scores the TPI's answers, checks the
 * unit's, then decides); reading and scoring one 90/2021 {@code LKE ZI} workbook.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 1)
public class LkeBenchmark {

  private Worksheet worksheet;
  private LkeScorer scorer;
  private Proposal worksheetCase;
  private DecisionEngine engine;
  private LkeWorkbook lkeZi;
  private byte[] lkeZiWorkbook;

  /** Parses the worksheet and the case once. */
  @Setup
  public void setUp() {
    worksheet = Fixtures.worksheet();
    scorer = LkeScorer.bundled(Edition.PERMENPANRB_90_2021);
    worksheetCase = Fixtures.proposal(Fixtures.WORKSHEET_CASE);
    engine = DecisionEngine.standard();
    lkeZi = LkeWorkbook.ofLkeZi(2026);
    try (InputStream in = LkeBenchmark.class.getResourceAsStream(Fixtures.LKE_ZI_WORKBOOK)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + Fixtures.LKE_ZI_WORKBOOK);
      }
      lkeZiWorkbook = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the unit's answers from an {@code LKE ZI} workbook held in memory (the limits checked, the
   * 127 answer cells read) and scores them: what {@code zi4j score LKE.xlsx} does, without starting a
   * JVM.
   *
   * @return the score
   */
  @Benchmark
  public LkeScore readAndScoreLkeZiWorkbook() {
    return scorer.score(lkeZi.read(new ByteArrayInputStream(lkeZiWorkbook), "lke-zi-contoh.xlsx",
        "unit", "unit").toWorksheet(), Role.SELF);
  }

  /**
   * {@code LkeScorer.bundled(PERMENPANRB_90_2021).score(worksheet, Role.SELF)}.
   *
   * @return the score
   */
  @Benchmark
  public LkeScore scoreWorksheet() {
    return scorer.score(worksheet, Role.SELF);
  }

  /**
   * zi4j's decision on the worksheet case.
   *
   * @return the decision
   */
  @Benchmark
  public Decision decideWorksheetCase() {
    return engine.decide(worksheetCase);
  }
}
