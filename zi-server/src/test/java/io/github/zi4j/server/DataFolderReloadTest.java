package io.github.zi4j.server;

import static io.github.zi4j.server.PortalRbApiTest.assertError;
import static io.github.zi4j.server.PortalRbApiTest.json;
import static io.github.zi4j.server.PortalRbApiTest.unit;
import static io.github.zi4j.server.ServerRun.OPERATOR_TOKEN;
import static io.github.zi4j.server.ServerRun.PESAWARAN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The data folder is read again when it changes, without a restart")
class DataFolderReloadTest {

  @TempDir
  Path folder;

  private static final String DPMPTSP = "pesawaran-dpmptsp.json";
  private static final String JAWABAN = "pesawaran-dpmptsp.jawaban.json";

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("a unit whose case changes so that it is no longer eligible leaves the list, and"
      + " its answers are no longer served")
  void unitBecomesIneligible() throws IOException {
    try (ServerRun server = ServerRun.start(ServerRun.testData(folder))) {
      assertThat(json(server.get("/pengusulan/unit-wbk", PESAWARAN_TOKEN)).get("units"))
          .hasSize(1);

      // the pencanangan moves to 1 March 2024: too recent for the 2024 round
      replace(folder.resolve(DPMPTSP), "\"2022-11-10\"", "\"2024-03-01\"");
      server.post("/operator/reload", OPERATOR_TOKEN, "");

      assertThat(json(server.get("/pengusulan/unit-wbk", PESAWARAN_TOKEN)).get("units"))
          .isEmpty();
      assertError(server.get("/lke/jawaban-unit/dpmptsp-pesawaran", PESAWARAN_TOKEN), 404,
          "DATA_NOT_FOUND", "is not among the units proposed");
      JsonNode unit = unit(json(server.get("/operator/units?lang=en", OPERATOR_TOKEN)),
          "dpmptsp-pesawaran");
      assertThat(unit.get("eligibility").asText()).isEqualTo("NOT_ELIGIBLE");
      assertThat(unit.get("why").get(0).asText()).contains("[building-period]");
    }
  }

  @Test
  @DisplayName("a refetch after the answers change returns the changed answers")
  void refetchReturnsChangedAnswers() throws IOException {
    try (ServerRun server = ServerRun.start(ServerRun.testData(folder))) {
      JsonNode before = json(server.get("/lke/jawaban-unit/dpmptsp-pesawaran", PESAWARAN_TOKEN));
      assertThat(before.get("answers").get(0).get("jawaban_unit").asText()).isEqualTo("Ya");

      replace(folder.resolve(JAWABAN), "\"jawaban_unit\": \"Ya\"", "\"jawaban_unit\": \"Tidak\"");
      server.post("/operator/reload", OPERATOR_TOKEN, "");

      JsonNode after = json(server.get("/lke/jawaban-unit/dpmptsp-pesawaran", PESAWARAN_TOKEN));
      assertThat(after.get("answers").get(0).get("jawaban_unit").asText()).isEqualTo("Tidak");
    }
  }

  @Test
  @DisplayName("a broken file during a reload leaves the last good data served, and the operator"
      + " sees which file and where; once fixed, it is read")
  void brokenFileKeepsTheLastGoodData() throws IOException {
    try (ServerRun server = ServerRun.start(ServerRun.testData(folder))) {
      String good = Files.readString(folder.resolve(DPMPTSP));
      replace(folder.resolve(DPMPTSP), "\"target\": \"WBK\"", "\"target\": \"WBKK\"");

      JsonNode view = json(server.post("/operator/reload?lang=en", OPERATOR_TOKEN, ""));

      assertThat(view.get("dataFolder").get("ok").asBoolean()).isFalse();
      JsonNode error = view.get("dataFolder").get("error");
      assertThat(error.get("file").asText()).endsWith(DPMPTSP);
      assertThat(error.get("path").asText()).isEqualTo("$.target");
      assertThat(error.get("served").asText()).isEqualTo("the last good data is still served");
      assertThat(json(server.get("/pengusulan/unit-wbk", PESAWARAN_TOKEN)).get("units").get(0)
          .get("id").asText()).isEqualTo("dpmptsp-pesawaran");
      assertThat(server.get("/lke/jawaban-unit/dpmptsp-pesawaran", PESAWARAN_TOKEN).statusCode())
          .isEqualTo(200);

      Files.writeString(folder.resolve(DPMPTSP), good);
      view = json(server.post("/operator/reload", OPERATOR_TOKEN, ""));
      assertThat(view.get("dataFolder").get("ok").asBoolean()).isTrue();
    }
  }

  @Test
  @DisplayName("a change is read by itself, without being asked, at the next check of the folder")
  void changeIsReadByItself() throws IOException, InterruptedException {
    Map<String, Object> settings = ServerRun.settings(ServerRun.testData(folder));
    settings.put("zi.server.reload-interval", "50ms");
    try (ServerRun server = ServerRun.start(settings)) {
      replace(folder.resolve(JAWABAN), "\"jawaban_unit\": \"Ya\"", "\"jawaban_unit\": \"Tidak\"");

      String first = waitFor(() -> json(server.get("/lke/jawaban-unit/dpmptsp-pesawaran",
          PESAWARAN_TOKEN)).get("answers").get(0).get("jawaban_unit").asText(),
          "Tidak"::equals);

      assertThat(first).isEqualTo("Tidak");
    }
  }

  @Test
  @DisplayName("a unit keeps its id across a restart of the server")
  void idsStableAcrossRestarts() {
    ServerRun.testData(folder);
    String first;
    try (ServerRun server = ServerRun.start(folder)) {
      first = server.get("/pengusulan/unit-wbk", PESAWARAN_TOKEN).body();
    }
    try (ServerRun server = ServerRun.start(folder)) {
      assertThat(server.get("/pengusulan/unit-wbk", PESAWARAN_TOKEN).body()).isEqualTo(first);
    }
  }

  @Test
  @DisplayName("a folder broken from the start: PortalRB gets 500 with the error body, health is"
      + " DOWN, and the operator sees why")
  void brokenFromTheStart() throws IOException {
    ServerRun.testData(folder);
    Files.writeString(folder.resolve(DPMPTSP), "{ \"asOf\": ");
    try (ServerRun server = ServerRun.start(folder)) {
      assertError(server.get("/pengusulan/unit-wbk", PESAWARAN_TOKEN), 500, "DATA_UNAVAILABLE",
          "could not be read");
      assertThat(server.get("/actuator/health", null).statusCode()).isEqualTo(503);
      JsonNode view = json(server.get("/operator/units?lang=en", OPERATOR_TOKEN));
      assertThat(view.get("dataFolder").get("error").get("file").asText()).endsWith(DPMPTSP);
      assertThat(view.get("dataFolder").get("error").get("served").asText())
          .isEqualTo("no data is served yet");
    }
  }

  @Test
  @DisplayName("a server given a data folder that is not there does not start, and says so")
  void missingFolder() {
    Map<String, Object> settings = ServerRun.settings(folder.resolve("tidak-ada"));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServerRun.start(settings).close())
        .hasRootCauseMessage("--data must be a folder of case files, but "
            + folder.resolve("tidak-ada") + " is not a folder");
  }

  /** Asks {@code value} until it passes {@code done}, for at most 20 s, and returns the last. */
  private static <T> T waitFor(java.util.function.Supplier<T> value, Predicate<T> done)
      throws InterruptedException {
    long until = System.nanoTime() + 20_000_000_000L;
    T last = value.get();
    while (!done.test(last) && System.nanoTime() < until) {
      Thread.sleep(50);
      last = value.get();
    }
    return last;
  }
}
