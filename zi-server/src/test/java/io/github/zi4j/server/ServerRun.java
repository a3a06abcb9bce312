package io.github.zi4j.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real server on a free port of the loopback, started as {@code java -jar} starts it, and a JDK
 * HttpClient to call it: no mock anywhere.
 */
final class ServerRun implements AutoCloseable {

  /** PortalRB's token for Kabupaten Pesawaran. */
  static final String PESAWARAN_TOKEN = "uji-portalrb-pesawaran";
  /** PortalRB's token for Kota Contoh, another instansi on the same server. */
  static final String KOTA_CONTOH_TOKEN = "uji-portalrb-kota-contoh";
  /** The operator's token. */
  static final String OPERATOR_TOKEN = "uji-operator";

  /** The instansi of the example data. */
  static final String PESAWARAN = "Pemerintah Kabupaten Pesawaran";
  /** The second instansi of the tests' data. */
  static final String KOTA_CONTOH = "Pemerintah Kota Contoh";

  private final ConfigurableApplicationContext context;
  private final String base;
  private final HttpClient client;

  private ServerRun(ConfigurableApplicationContext context, String scheme, HttpClient client) {
    this.context = context;
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    this.base = scheme + "://localhost:" + port;
    this.client = client;
  }

  /**
   * The settings every test server starts with: the round of 2024, both instansi's PortalRB tokens
   * and the operator's, as hashes; the data folder read again only when asked, unless a test says.
   */
  static Map<String, Object> settings(Path data) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("server.port", "0");
    settings.put("server.address", "127.0.0.1");
    settings.put("zi.server.data", data.toString());
    settings.put("zi.server.tahun", "2024");
    settings.put("zi.server.reload-interval", "1h");
    settings.put("zi.server.portalrb-tokens[0].instansi", PESAWARAN);
    settings.put("zi.server.portalrb-tokens[0].sha256", Tokens.sha256Hex(PESAWARAN_TOKEN));
    settings.put("zi.server.portalrb-tokens[1].instansi", KOTA_CONTOH);
    settings.put("zi.server.portalrb-tokens[1].sha256", Tokens.sha256Hex(KOTA_CONTOH_TOKEN));
    settings.put("zi.server.operator-tokens[0].name", "uji");
    settings.put("zi.server.operator-tokens[0].sha256", Tokens.sha256Hex(OPERATOR_TOKEN));
    // the tests' log is plain text, in the surefire report's output file
    settings.put("logging.structured.format.console", "");
    return settings;
  }

  static ServerRun start(Path data) {
    return start(settings(data));
  }

  static ServerRun start(Map<String, Object> settings) {
    return start(settings, "http", HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
        .build());
  }

  static ServerRun start(Map<String, Object> settings, String scheme, HttpClient client) {
    ConfigurableApplicationContext context = new SpringApplicationBuilder(ZiServerApplication.class)
        .properties(settings).run();
    return new ServerRun(context, scheme, client);
  }

  /**
   * A copy of the README's example data folder with the tests' units beside it, in {@code dir}.
   *
   * @param dir an empty folder
   * @return {@code dir}
   */
  static Path testData(Path dir) {
    copy(Path.of("example", "data"), dir);
    copy(Path.of("src", "test", "resources", "data"), dir);
    return dir;
  }

  static void copy(Path from, Path to) {
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, to.resolve(file.getFileName().toString()),
            StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HttpResponse<String> get(String path, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  HttpResponse<String> post(String path, String token, String body) {
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String base() {
    return base;
  }

  /** The server's data folder, as served now. */
  DataFolder data() {
    return context.getBean(DataFolder.class);
  }

  @Override
  public void close() {
    context.close();
  }
}
