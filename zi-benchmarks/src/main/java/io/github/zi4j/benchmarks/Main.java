package io.github.zi4j.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The benchmark jar's entry point: runs the correctness gate, then the JMH benchmarks with the GC
 * profiler, then prints one table with each time as a ratio to the hand-written BigDecimal baseline.
 *
 * <pre>
 * java -jar zi-benchmarks/target/benchmarks.jar [--short | --full | --gate] [--include REGEX]
 * </pre>
 *
 * <ul>
 *   <li>{@code --short} (the default): 1 fork, 3 warm-up iterations of 2 s, 3 measurement iterations
 *       of 1 s (about 3 minutes on 2 cores);
 *   <li>{@code --full}: 3 forks, 5 warm-up and 5 measurement iterations of 2 s each (about 15
 *       minutes);
 *   <li>{@code --gate}: the correctness gate only;
 *   <li>{@code --include REGEX}: only the benchmarks whose name matches (JMH's include).
 * </ul>
 *
 * <p>Exit status 0 when the gate passed and every benchmark ran, 1 when the gate failed, 2 for bad
 * usage.
 */
public final class Main {

  /** The benchmarks in the table's order: class, method, label. */
  private static final String[][] ROWS = {
    {"DecideBenchmark", "zi4j", "decide Pesawaran 2024: zi4j"},
    {"DecideBenchmark", "bigDecimalBaseline", "decide Pesawaran 2024: BigDecimal baseline"},
    {"DecideBenchmark", "doubleBaseline", "decide Pesawaran 2024: double baseline"},
    {"DecideBenchmark", "easyRules", "decide Pesawaran 2024: Easy Rules 4.1.0"},
    {"DecideBenchmark", "evrete", "decide Pesawaran 2024: Evrete 4.0.3"},
    {"DecideBenchmark", "drools", "decide Pesawaran 2024: Drools 10.0.0"},
    {"LkeBenchmark", "scoreWorksheet", "score full 90/2021 worksheet (SELF)"},
    {"LkeBenchmark", "decideWorksheetCase", "decide worksheet case (zi4j)"},
    {"JsonBenchmark", "parseCase", "parse case JSON -> Proposal"},
    {"JsonBenchmark", "writeDecision", "write decision JSON (messages in id)"},
    {"StreamBenchmark", "decide100k", "100 000 generated units: zi4j (*)"},
    {"StreamBenchmark", "decide100kBigDecimalBaseline", "100 000 generated units: BigDecimal (*)"},
    {"StreamBenchmark", "generate100k", "100 000 generated units: generate only (*)"},
  };

  private static final String BASELINE = "DecideBenchmark.bigDecimalBaseline";

  private Main() {}

  /**
   * Runs the gate and the benchmarks.
   *
   * @param args see the class comment
   * @throws RunnerException when JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    String mode = "--short";
    String include = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--short":
        case "--full":
        case "--gate":
          mode = args[i];
          break;
        case "--include":
          if (i + 1 == args.length) {
            usage("--include needs a regular expression");
          }
          include = args[++i];
          break;
        default:
          usage("unknown argument " + args[i]);
      }
    }
    System.out.println(machine());
    long start = System.nanoTime();
    CorrectnessGate.Report gate = CorrectnessGate.run();
    System.out.print(gate.summary());
    System.out.printf("  (%.1f s)%n%n", (System.nanoTime() - start) / 1e9);
    if (!gate.passed()) {
      System.exit(1);
    }
    if (mode.equals("--gate")) {
      return;
    }
    boolean full = mode.equals("--full");
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(include != null ? include : Main.class.getPackageName() + "\\..*Benchmark\\..*")
        .forks(full ? 3 : 1)
        // on 2 cores the JIT needs a few seconds: with 2 x 1 s of warm-up, zi4j's decision and the
        // JSON writer were still getting faster during measurement
        .warmupIterations(full ? 5 : 3)
        .warmupTime(TimeValue.seconds(2))
        .measurementIterations(full ? 5 : 3)
        .measurementTime(TimeValue.seconds(full ? 2 : 1))
        .threads(1)
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true);
    String allowUnsafe = "--sun-misc-unsafe-memory-access=allow";
    if (Runtime.version().feature() >= 24
        && !ManagementFactory.getRuntimeMXBean().getInputArguments().contains(allowUnsafe)) {
      // JDK 24+ warns in every fork that JMH 1.37 calls sun.misc.Unsafe; allow it quietly (forks get
      // this JVM's own options too, so only when it was not started with it)
      options.jvmArgsAppend(allowUnsafe);
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    System.out.println();
    System.out.println((full ? "full" : "short") + " run: " + (full
        ? "3 forks, 5 warm-up + 5 measurement iterations of 2 s"
        : "1 fork, 3 warm-up iterations of 2 s + 3 measurement iterations of 1 s")
        + ", GC profiler; " + String.format("%.0f s in all", (System.nanoTime() - start) / 1e9));
    System.out.println(machine());
    System.out.print(table(results));
  }

  private static void usage(String problem) {
    System.err.println("zi-benchmarks: " + problem);
    System.err.println("usage: java -jar benchmarks.jar [--short | --full | --gate] [--include REGEX]");
    System.exit(2);
  }

  /** The machine and the JDK, in one line. */
  static String machine() {
    String cpu = "unknown CPU";
    try {
      Path cpuinfo = Path.of("/proc/cpuinfo");
      if (Files.isReadable(cpuinfo)) {
        cpu = Files.readAllLines(cpuinfo).stream()
            .filter(line -> line.startsWith("model name"))
            .map(line -> line.substring(line.indexOf(':') + 1).trim())
            .findFirst().orElse(cpu);
      }
    } catch (IOException e) {
      cpu = "unknown CPU (" + e.getMessage() + ")";
    }
    return String.format("machine: %d cores (nproc), %s; %s %s (%s), %s %s",
        Runtime.getRuntime().availableProcessors(), cpu,
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
        System.getProperty("java.vm.vendor"), System.getProperty("os.name"),
        System.getProperty("os.arch"));
  }

  /** The results as a Markdown table, in {@link #ROWS} order, then any others. */
  static String table(Collection<RunResult> results) {
    List<RunResult> rest = new ArrayList<>(results);
    Optional<Double> baseline = results.stream()
        .filter(r -> name(r).equals(BASELINE))
        .map(r -> micros(r.getPrimaryResult()))
        .findFirst();
    StringBuilder text = new StringBuilder();
    text.append("| benchmark | time | ± (99.9 %) | allocated | ratio to BigDecimal baseline |\n");
    text.append("|---|---:|---:|---:|---:|\n");
    for (String[] row : ROWS) {
      String name = row[0] + "." + row[1];
      results.stream().filter(r -> name(r).equals(name)).findFirst().ifPresent(r -> {
        rest.remove(r);
        text.append(row(row[2], r, baseline));
      });
    }
    for (RunResult r : rest) {
      text.append(row(name(r), r, baseline));
    }
    if (results.stream().anyMatch(r -> name(r).startsWith("StreamBenchmark."))) {
      text.append("\n(*) one operation decides 100 000 units, so its time is per 100 000 and its "
          + "allocation per 100 000; its ratio compares the time per unit (time / 100 000) with one "
          + "BigDecimal baseline decision of the Pesawaran case.\n");
    }
    return text.toString();
  }

  private static String row(String label, RunResult r, Optional<Double> baseline) {
    Result<?> primary = r.getPrimaryResult();
    boolean perBatch = name(r).startsWith("StreamBenchmark.");
    double micros = micros(primary) / (perBatch ? 100_000 : 1);
    String ratio = baseline.map(b -> String.format(Locale.ROOT, "%.2f×", micros / b)).orElse("–");
    return String.format(Locale.ROOT, "| %s | %s %s | %s | %s | %s |%n", label,
        number(primary.getScore()), primary.getScoreUnit(), number(primary.getScoreError()),
        allocation(r), ratio);
  }

  private static String allocation(RunResult r) {
    Result<?> norm = r.getSecondaryResults().get("gc.alloc.rate.norm");
    return norm == null ? "–" : String.format(Locale.ROOT, "%,.0f B/op", norm.getScore());
  }

  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "–";
    }
    return String.format(Locale.ROOT, value >= 100 ? "%,.0f" : value >= 10 ? "%.1f" : "%.2f", value);
  }

  /** The benchmark's class and method, without the package. */
  private static String name(RunResult r) {
    String benchmark = r.getParams().getBenchmark();
    String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
    String owner = benchmark.substring(0, benchmark.lastIndexOf('.'));
    return owner.substring(owner.lastIndexOf('.') + 1) + "." + method;
  }

  /** The primary result in microseconds per operation. */
  private static double micros(Result<?> result) {
    String unit = result.getScoreUnit();
    double score = result.getScore();
    if (unit.startsWith("ms/")) {
      return score * 1_000;
    }
    if (unit.startsWith("ns/")) {
      return score / 1_000;
    }
    if (unit.startsWith("s/")) {
      return score * 1_000_000;
    }
    return score;
  }
}
