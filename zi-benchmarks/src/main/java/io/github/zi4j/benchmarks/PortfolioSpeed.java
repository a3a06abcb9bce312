package io.github.zi4j.benchmarks;

import io.github.zi4j.planning.Planner;
import io.github.zi4j.portfolio.Portfolio;
import io.github.zi4j.portfolio.PortfolioCsv;
import io.github.zi4j.portfolio.PortfolioJson;
import io.github.zi4j.portfolio.PortfolioUnit;
import io.github.zi4j.portfolio.UnitStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The time to read a units' CSV of 1 000, 10 000 and 100 000 units and assess each (its status, its
 * earliest round, the decision for its next predicate in the round and its area-level LKE gap), and
 * to write the portfolio as CSV and JSON: not a JMH benchmark, a timed run of the whole job as a
 * user runs it, in one JVM, after five warm-up runs of 2 000 units ({@code -Dzi4j.warmups=0} for
 * none: a cold run).
 *
 * <pre>
 * java -Xmx1g -XX:ActiveProcessorCount=1 -cp zi-benchmarks/target/benchmarks.jar \
 *     io.github.zi4j.benchmarks.PortfolioSpeed [SIZES...]
 * </pre>
 *
 * <p>The units (generated, fictional): 100 per instansi (the instansi's BPK opinion, AKIP, Indeks RB
 * and SPIP of 2024 on its first row), every one declared, from 2021 to 2025, with an area-level LKE
 * (one in three with Penguatan Pengawasan below 60 % of its weight, a gap of one threshold), one in
 * ten holding WBK; assessed for the 2025 round on 1 October 2025. Prints, per size: the CSV's
 * megabytes, the seconds to read it, to assess, to write CSV and to write JSON (to a writer that
 * discards), the microseconds per unit of reading and assessing, and the heap in use after a
 * garbage collection with the portfolio still held.
 */
public final class PortfolioSpeed {

  private static final String HEADER = "instansi,kind,unit_id,name,pencanangan,awards,bpk_opinion,"
      + "akip,indeks_rb,spip,perubahan_pemenuhan,perubahan_reform,tatalaksana_pemenuhan,"
      + "tatalaksana_reform,sdm_pemenuhan,sdm_reform,akuntabilitas_pemenuhan,akuntabilitas_reform,"
      + "pengawasan_pemenuhan,pengawasan_reform,pelayanan_pemenuhan,pelayanan_reform,ipak,"
      + "capaian_kinerja,ipkp\n";

  private PortfolioSpeed() {}

  /** A CSV of {@code units} units. */
  static byte[] csv(int units) {
    StringBuilder out = new StringBuilder(units * 110).append(HEADER);
    for (int i = 0; i < units; i++) {
      int instansi = i / 100;
      out.append("Pemerintah Contoh ").append(instansi).append(",PEMDA,u").append(i)
          .append(",Unit ").append(i).append(',')
          .append(2021 + i % 5).append("-0").append(1 + i % 9).append("-1").append(i % 10)
          .append(',').append(i % 10 == 0 ? "WBK 2025-01-0" + (1 + i % 9) : "").append(',')
          .append(i % 100 == 0 ? "2024 WTP,2024 B,2024 CC,2024 3" : ",,,").append(',')
          .append(i % 3 == 0 ? "3.6,3.2,3.0,2.6,4.2,3.8,4.1,3.9,3.0,3.0,4.3,4.0,3.71,B,3.52"
              : "3.6,3.2,3.0,2.6,4.2,3.8,4.1,3.9,5.8,5.2,4.3,4.0,3.71,B,3.52")
          .append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A writer that keeps nothing. */
  private static final class Discard extends Writer {
    long chars;

    @Override
    public void write(char[] buffer, int offset, int length) {
      chars += length;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  /**
   * Runs the measurement.
   *
   * @param args the sizes, 1 000, 10 000 and 100 000 by default
   * @throws IOException never: the writers discard
   */
  public static void main(String[] args) throws IOException {
    List<Integer> sizes = new ArrayList<>();
    for (String arg : args) {
      sizes.add(Integer.parseInt(arg));
    }
    if (sizes.isEmpty()) {
      sizes = List.of(1_000, 10_000, 100_000);
    }
    Planner planner = Planner.standard();
    LocalDate asOf = LocalDate.of(2025, 10, 1);
    for (int warm = 0; warm < Integer.getInteger("zi4j.warmups", 5); warm++) {
      run(planner, asOf, 2_000, false);
    }
    System.out.printf(Locale.ROOT, "JDK %s, %d processor(s), max heap %d MB%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / 1_048_576);
    for (int size : sizes) {
      run(planner, asOf, size, true);
    }
  }

  private static void run(Planner planner, LocalDate asOf, int size, boolean print)
      throws IOException {
    byte[] csv = csv(size);
    long t0 = System.nanoTime();
    List<PortfolioUnit> units = PortfolioCsv.read(new ByteArrayInputStream(csv), "units.csv");
    long t1 = System.nanoTime();
    Portfolio portfolio = Portfolio.assess(planner, units, 2025, asOf);
    long t2 = System.nanoTime();
    Discard csvOut = new Discard();
    PortfolioCsv.write(portfolio, Locale.ENGLISH, csvOut);
    long t3 = System.nanoTime();
    Discard jsonOut = new Discard();
    PortfolioJson.write(portfolio, Locale.ENGLISH, jsonOut);
    long t4 = System.nanoTime();
    if (!print) {
      return;
    }
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime runtime = Runtime.getRuntime();
    long heap = runtime.totalMemory() - runtime.freeMemory();
    System.out.printf(Locale.ROOT, "units=%d csv=%.1f MB read=%.2f s assess=%.2f s"
            + " (read+assess %.1f µs/unit) writeCsv=%.2f s (%.1f MB) writeJson=%.2f s (%.0f MB)"
            + " heap after GC=%.0f MB proposable=%d%n",
        size, csv.length / 1e6, seconds(t1 - t0), seconds(t2 - t1), (t2 - t0) / 1e3 / size,
        seconds(t3 - t2), csvOut.chars / 1e6, seconds(t4 - t3), jsonOut.chars / 1e6,
        heap / 1_048_576.0, portfolio.count(UnitStatus.PROPOSABLE));
    if (Boolean.getBoolean("zi4j.pause")) {
      // time for jcmd GC.class_histogram, the portfolio still held
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      System.out.println(portfolio.units().size());
    }
  }
}
