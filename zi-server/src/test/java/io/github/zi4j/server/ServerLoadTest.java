package io.github.zi4j.server;

import static io.github.zi4j.server.ServerRun.PESAWARAN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load on the loopback: 1 000 units of one instansi, each with its 127 answers, and
 * client threads calling each endpoint a fixed number of times. It reports the throughput and the
 * latencies per endpoint to standard output and to {@code target/load-report.txt}; it asserts only
 * that every answer was 200 (figures are measured, not tested). Not part of {@code verify}: {@code
 * ./mvnw -B -Pload verify -pl zi-server -am -DskipTests} runs it alone.
 */
@DisplayName("Under load on the loopback, 1 000 units: every request is answered 200")
class ServerLoadTest {

  @TempDir
  Path folder;

  /** Units in the data folder. */
  private static final int UNITS = 1_000;
  /** Client threads. */
  private static final int CLIENTS = 8;
  /** Requests per endpoint measured, after as many again to warm up. */
  private static final int REQUESTS = 20_000;

  @Test
  @DisplayName("the lists and the answer files of 1 000 units, measured")
  void load() throws Exception {
    String kasus = Files.readString(Path.of("example", "data", "pesawaran-dpmptsp.json"));
    String jawaban = Files.readString(Path.of("example", "data",
        "pesawaran-dpmptsp.jawaban.json"));
    for (int i = 1; i <= UNITS; i++) {
      String id = String.format(Locale.ROOT, "unit-%04d", i);
      String name = String.format(Locale.ROOT, "Unit Uji %04d", i);
      Files.writeString(folder.resolve(id + ".json"), kasus
          .replace("\"dpmptsp-pesawaran\"", "\"" + id + "\"")
          .replace("\"DPMPTSP Kabupaten Pesawaran\"", "\"" + name + "\""));
      Files.writeString(folder.resolve(id + ".jawaban.json"), jawaban
          .replace("\"dpmptsp-pesawaran\"", "\"" + id + "\"")
          .replace("\"DPMPTSP Kabupaten Pesawaran\"", "\"" + name + "\""));
    }
    Map<String, Object> settings = ServerRun.settings(folder);
    // the load is one token's: its limit out of the way, as for a measure of the server itself
    settings.put("zi.server.portalrb-requests", "100000000");
    settings.put("server.tomcat.threads.max", "16");
    List<String> report = new ArrayList<>();
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    long startedLoad = System.nanoTime();
    try (ServerRun server = ServerRun.start(settings, "http", client)) {
      long loaded = System.nanoTime() - startedLoad;
      report.add(String.format(Locale.ROOT, "%d units read and decided, server started: %.1f s",
          UNITS, loaded / 1e9));
      assertThat(PortalRbApiTest.json(server.get("/pengusulan/unit-wbk", PESAWARAN_TOKEN))
          .get("units")).hasSize(UNITS);
      report.add(measure(server, client, "GET /pengusulan/unit-wbk (1 000 units)",
          i -> "/pengusulan/unit-wbk"));
      report.add(measure(server, client, "GET /pengusulan/unit-wbbm (empty)",
          i -> "/pengusulan/unit-wbbm"));
      report.add(measure(server, client, "GET /lke/jawaban-unit/{unit_id} (127 answers)",
          i -> String.format(Locale.ROOT, "/lke/jawaban-unit/unit-%04d", i % UNITS + 1)));
    }
    String text = String.join("\n", report) + "\n";
    System.out.print(text);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "load-report.txt"), text, StandardCharsets.UTF_8);
  }

  /** Warms up, then sends {@link #REQUESTS} requests from {@link #CLIENTS} threads. */
  private static String measure(ServerRun server, HttpClient client, String name,
      IntFunction<String> path) throws Exception {
    run(server, client, path, REQUESTS);
    long start = System.nanoTime();
    long[] latencies = run(server, client, path, REQUESTS);
    long elapsed = System.nanoTime() - start;
    Arrays.sort(latencies);
    return String.format(Locale.ROOT, "%-48s %7.0f req/s  p50 %5.2f ms  p99 %5.2f ms  max %6.2f ms"
        + "  (%d requests, %d client threads)", name, REQUESTS / (elapsed / 1e9),
        latencies[latencies.length / 2] / 1e6, latencies[(int) (latencies.length * 0.99)] / 1e6,
        latencies[latencies.length - 1] / 1e6, REQUESTS, CLIENTS);
  }

  /** Each request's latency in nanoseconds; fails on any answer but 200. */
  private static long[] run(ServerRun server, HttpClient client, IntFunction<String> path,
      int requests) throws Exception {
    long[] latencies = new long[requests];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < CLIENTS; t++) {
        done.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.base() + path.apply(i)))
                .header("Authorization", "Bearer " + PESAWARAN_TOKEN).GET().build();
            long start = System.nanoTime();
            HttpResponse<byte[]> response;
            try {
              response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
            latencies[i] = System.nanoTime() - start;
            if (response.statusCode() != 200) {
              throw new AssertionError(path.apply(i) + " answered " + response.statusCode());
            }
          }
        }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return latencies;
  }
}
