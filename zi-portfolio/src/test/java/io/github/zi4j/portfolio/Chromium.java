package io.github.zi4j.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium, driven over the Chrome DevTools Protocol with the JDK's own WebSocket
 * (no Selenium, no Playwright): one page, its navigation, script evaluation, the console's errors and
 * a screenshot. Chromium's output goes to a log file in {@code target/}, never to the test's stderr.
 */
final class Chromium implements AutoCloseable {

  static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

  private final ObjectMapper json = new ObjectMapper();
  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new ArrayList<>();
  private final String session;

  private Chromium(Path target)
      throws IOException, InterruptedException, ExecutionException, TimeoutException {
    Files.createDirectories(target);
    profile = Files.createTempDirectory(target, "chromium-profile-");
    Path log = target.resolve("chromium.log");
    process = new ProcessBuilder(EXECUTABLE.toString(), "--headless", "--remote-debugging-port=0",
        "--user-data-dir=" + profile, "--no-sandbox", "--no-first-run", "--no-default-browser-check",
        "--disable-gpu", "--disable-extensions", "--hide-scrollbars", "about:blank")
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .start();
    URI browser = awaitDevTools(log);
    socket = HttpClient.newHttpClient().newWebSocketBuilder()
        .connectTimeout(TIMEOUT)
        .buildAsync(browser, new Listener())
        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    String page = call(null, "Target.createTarget", params().put("url", "about:blank"))
        .get("targetId").asText();
    session = call(null, "Target.attachToTarget",
        params().put("targetId", page).put("flatten", true)).get("sessionId").asText();
    call("Page.enable", params());
    call("Runtime.enable", params());
    call("Log.enable", params());
    call("Emulation.setDeviceMetricsOverride", params().put("width", 1280).put("height", 1500)
        .put("deviceScaleFactor", 1).put("mobile", false));
  }

  /**
   * Starts Chromium, its profile and log under {@code target}.
   *
   * @throws IllegalStateException when it does not say where DevTools listens within a minute
   */
  static Chromium start(Path target) {
    try {
      return new Chromium(target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("could not connect to Chromium's DevTools", e);
    }
  }

  /** The WebSocket address Chromium writes to its stderr ("DevTools listening on ws://..."). */
  private URI awaitDevTools(Path log) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(log)) {
        Matcher matcher = LISTENING.matcher(Files.readString(log, StandardCharsets.UTF_8));
        if (matcher.find()) {
          return URI.create(matcher.group(1));
        }
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("Chromium ended with " + process.exitValue() + "; see " + log);
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("Chromium did not say where DevTools listens; see " + log);
  }

  private ObjectNode params() {
    return json.createObjectNode();
  }

  /** Calls a method of the page's session and returns its result. */
  JsonNode call(String method, ObjectNode params) {
    return call(session, method, params);
  }

  private JsonNode call(String sessionId, String method, ObjectNode params) {
    int id = ids.incrementAndGet();
    ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    try {
      synchronized (socket) {
        socket.sendText(json.writeValueAsString(message), true).get(TIMEOUT.toSeconds(),
            TimeUnit.SECONDS);
      }
      JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (answer.has("error")) {
        throw new IllegalStateException(method + " failed: " + answer.get("error"));
      }
      return answer.get("result");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(method + " did not answer", e);
    } finally {
      pending.remove(id);
    }
  }

  /** Opens {@code file} in the page and waits for its load event. */
  void open(Path file) {
    int seen = eventCount();
    call("Page.navigate", params().put("url", file.toAbsolutePath().toUri().toString()));
    awaitEvent(seen, e -> "Page.loadEventFired".equals(e.path("method").asText()));
  }

  /** Evaluates {@code expression} in the page and returns its value (JSON). */
  JsonNode evaluate(String expression) {
    JsonNode result = call("Runtime.evaluate", params().put("expression", expression)
        .put("returnByValue", true).put("awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException("the page threw on " + expression + ": "
          + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** Saves a PNG of the page (its first 1280 × 1500 pixels) to {@code file}. */
  void screenshot(Path file) {
    String png = call("Page.captureScreenshot", params().put("format", "png")).get("data").asText();
    try {
      Files.write(file, Base64.getDecoder().decode(png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What the page reported as an error so far: console errors and assertions, uncaught exceptions,
   * and the browser's log entries at level error (a blocked request, say).
   */
  List<String> errors() {
    List<String> errors = new ArrayList<>();
    synchronized (events) {
      for (JsonNode event : events) {
        String method = event.path("method").asText();
        JsonNode params = event.path("params");
        if ("Runtime.exceptionThrown".equals(method)) {
          errors.add("exception: " + params.path("exceptionDetails"));
        } else if ("Runtime.consoleAPICalled".equals(method)
            && List.of("error", "assert").contains(params.path("type").asText())) {
          errors.add("console." + params.path("type").asText() + ": " + params.path("args"));
        } else if ("Log.entryAdded".equals(method)
            && "error".equals(params.path("entry").path("level").asText())) {
          errors.add("log: " + params.path("entry").path("text").asText());
        }
      }
    }
    return errors;
  }

  private int eventCount() {
    synchronized (events) {
      return events.size();
    }
  }

  private void awaitEvent(int after, Predicate<JsonNode> wanted) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    synchronized (events) {
      while (true) {
        for (int i = after; i < events.size(); i++) {
          if (wanted.test(events.get(i))) {
            return;
          }
        }
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          throw new IllegalStateException("the page did not load within " + TIMEOUT);
        }
        try {
          events.wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }
  }

  @Override
  public void close() {
    try {
      call(null, "Browser.close", params());
    } catch (RuntimeException e) {
      // it may close the connection before it answers
    }
    socket.abort();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // the profile is under target/, which clean removes
    }
  }

  /** Gathers each text message (the JDK may give one in parts), then routes it by its id. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder message = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      message.append(data);
      if (last) {
        String text = message.toString();
        message.setLength(0);
        try {
          JsonNode node = json.readTree(text);
          if (node.has("id")) {
            CompletableFuture<JsonNode> reply = pending.get(node.get("id").asInt());
            if (reply != null) {
              reply.complete(node);
            }
          } else {
            synchronized (events) {
              events.add(node);
              events.notifyAll();
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      webSocket.request(1);
      return null;
    }
  }
}
