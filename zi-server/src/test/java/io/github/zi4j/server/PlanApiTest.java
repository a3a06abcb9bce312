package io.github.zi4j.server;

import static io.github.zi4j.server.PortalRbApiTest.assertError;
import static io.github.zi4j.server.PortalRbApiTest.json;
import static io.github.zi4j.server.ServerRun.OPERATOR_TOKEN;
import static io.github.zi4j.server.ServerRun.PESAWARAN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zi4j.ZiJson;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /plan} over HTTP. Figures by hand from the domain notes: Pesawaran's DPMPTSP
 * (pencanangan 10 November 2022) may be proposed from 10 November 2023, after the 2023 round closed
 * (by 4 July 2023), so its first round is 2024's, opening on 18 July 2024; capaian kinerja C is 2.50
 * of 5, B 3.75, and WBBM needs 3.75.
 */
@DisplayName("POST /plan: the instansi's planning tool, called over HTTP")
class PlanApiTest {

  static final Path EXAMPLES = Path.of("..", "zi-examples");

  @TempDir
  static Path folder;

  static ServerRun server;

  @BeforeAll
  static void start() {
    server = ServerRun.start(ServerRun.testData(folder));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String file(String path) throws IOException {
    return Files.readString(EXAMPLES.resolve(path));
  }

  @Test
  @DisplayName("a case gives the earliest round: Pesawaran's DPMPTSP enters the 2024 round from its"
      + " opening on 18 July 2024, the window binding")
  void earliestRound() throws IOException {
    HttpResponse<String> response = server.post("/plan?asOf=2023-12-01", OPERATOR_TOKEN,
        file("cases/pesawaran-dpmptsp-2024.json"));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode earliest = json(response).path("earliestRound");
    assertThat(earliest.path("target").asText()).isEqualTo("WBK");
    assertThat(earliest.path("first").path("year").asInt()).isEqualTo(2024);
    assertThat(earliest.path("first").path("firstDay").asText()).isEqualTo("2024-07-18");
    assertThat(earliest.path("limits").findValuesAsText("limit")).contains("ROUND_WINDOW",
        "BUILDING_PERIOD");
    // the case gives its LKE per area: no gap
    assertThat(json(response).has("gap")).isFalse();
  }

  @Test
  @DisplayName("a worksheet and target=WBBM with the surveys allowed gives the one step: capaian"
      + " kinerja (soal 126) from C to B, 1.25 points")
  void gap() throws IOException {
    HttpResponse<String> response = server.post("/plan?target=wbbm&allow-surveys=true&levers=2",
        OPERATOR_TOKEN, file("worksheets/contoh-90-2021.json"));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode plan = json(response);
    assertThat(plan.has("earliestRound")).isFalse();
    assertThat(plan.path("gap").path("reachable").asBoolean()).isTrue();
    JsonNode step = plan.path("gap").path("steps").get(0);
    assertThat(step.path("soalId").asInt()).isEqualTo(126);
    assertThat(step.path("from").asText() + "→" + step.path("to").asText()).isEqualTo("C→B");
    assertThat(step.path("points").decimalValue()).isEqualByComparingTo("1.25");
    assertThat(plan.path("levers")).hasSize(2);
  }

  @Test
  @DisplayName("without the surveys, WBBM is out of reach: the shortfalls say capaian kinerja is at"
      + " best 2.50, short by 1.25")
  void unreachable() throws IOException {
    HttpResponse<String> response = server.post("/plan?target=WBBM", OPERATOR_TOKEN,
        file("worksheets/contoh-90-2021.json"));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode gap = json(response).path("gap");
    assertThat(gap.path("reachable").asBoolean()).isFalse();
    JsonNode capaian = null;
    for (JsonNode shortfall : gap.path("shortfalls")) {
      if (shortfall.path("threshold").path("criterion").asText().equals("CAPAIAN_KINERJA")) {
        capaian = shortfall;
      }
    }
    assertThat(capaian).isNotNull();
    assertThat(capaian.path("best").decimalValue()).isEqualByComparingTo("2.50");
    assertThat(capaian.path("gap").decimalValue()).isEqualByComparingTo("1.25");
  }

  @Test
  @DisplayName("a worksheet without a target answers 422 naming the parameter")
  void worksheetNeedsTarget() throws IOException {
    assertError(server.post("/plan", OPERATOR_TOKEN, file("worksheets/contoh-90-2021.json")), 422,
        "VALIDATION_ERROR", "target: a worksheet names no target");
  }

  @Test
  @DisplayName("an answer its soal does not take answers 422 with its path in the case")
  void badAnswer() throws IOException {
    ObjectNode tree = (ObjectNode) ZiJson.read(file("cases/contoh-mpp-worksheet-2024.json"),
        "case", JsonNode.class);
    ((ObjectNode) tree.path("lke").path("answers").path("TPI")).put("S12", "Z");
    String kasus = tree.toString();

    assertError(server.post("/plan", OPERATOR_TOKEN, kasus), 422, "VALIDATION_ERROR",
        "$.lke.answers.TPI.S12");
  }

  @Test
  @DisplayName("a 52/2014 worksheet answers 422 naming its edition")
  void oldEdition() throws IOException {
    assertError(server.post("/plan?target=WBK", OPERATOR_TOKEN,
        file("worksheets/contoh-52-2014.json")), 422, "VALIDATION_ERROR", "$.edition");
  }

  @Test
  @DisplayName("a bad target or day answers 422 naming the parameter and the value")
  void badParameters() throws IOException {
    String kasus = file("cases/pesawaran-dpmptsp-2024.json");
    assertError(server.post("/plan?target=WBX", OPERATOR_TOKEN, kasus), 422, "VALIDATION_ERROR",
        "target: must be WBK or WBBM, but was \"WBX\"");
    assertError(server.post("/plan?asOf=kemarin", OPERATOR_TOKEN, kasus), 422,
        "VALIDATION_ERROR", "asOf: must be a day as yyyy-MM-dd, but was \"kemarin\"");
    assertError(server.post("/plan?levers=-1", OPERATOR_TOKEN, kasus), 422,
        "VALIDATION_ERROR", "levers: must be a count from 0 to 1000");
    assertError(server.post("/plan?allow-surveys=ya", OPERATOR_TOKEN, kasus), 422,
        "VALIDATION_ERROR", "allow-surveys: must be true or false");
  }

  @Test
  @DisplayName("a body that is not JSON answers 422 naming where it broke")
  void notJson() {
    assertError(server.post("/plan", OPERATOR_TOKEN, "{ bukan json"), 422, "VALIDATION_ERROR",
        "line 1");
  }

  @Test
  @DisplayName("the planning tool is the operator's: PortalRB's token is refused")
  void operatorOnly() throws IOException {
    HttpResponse<String> response = server.post("/plan", PESAWARAN_TOKEN,
        file("cases/pesawaran-dpmptsp-2024.json"));

    assertError(response, 403, "FORBIDDEN", "");
  }
}
