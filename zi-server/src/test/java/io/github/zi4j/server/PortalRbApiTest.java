package io.github.zi4j.server;

import static io.github.zi4j.server.ServerRun.KOTA_CONTOH_TOKEN;
import static io.github.zi4j.server.ServerRun.OPERATOR_TOKEN;
import static io.github.zi4j.server.ServerRun.PESAWARAN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zi4j.ZiJson;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The server PortalRB pulls from, called over HTTP as PortalRB calls it")
class PortalRbApiTest {

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

  static JsonNode json(HttpResponse<String> response) {
    return ZiJson.read(response.body(), "response", JsonNode.class);
  }

  /** Asserts PortalRB's error body: exactly error true, the code and a message. */
  static void assertError(HttpResponse<String> response, int status, String code,
      String messagePart) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    JsonNode body = json(response);
    assertThat(body.get("error").asBoolean()).isTrue();
    assertThat(body.get("code").asText()).isEqualTo(code);
    assertThat(body.get("message").asText()).contains(messagePart);
    assertThat(body.size()).as("the body has error, code and message, nothing more").isEqualTo(3);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Nested
  @DisplayName("GET /pengusulan/unit-wbk")
  class UnitWbk {

    @Test
    @DisplayName("lists Pesawaran's eligible DPMPTSP as WBK for 2024, and leaves out its puskesmas,"
        + " declared too recently")
    void listsTheEligibleUnitOnly() {
      HttpResponse<String> response = server.get("/pengusulan/unit-wbk", PESAWARAN_TOKEN);

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(json(response)).isEqualTo(ZiJson.read("{\"tahun\": 2024, \"units\": [{\"id\":"
          + " \"dpmptsp-pesawaran\", \"nama\": \"DPMPTSP Kabupaten Pesawaran\", \"kategori\":"
          + " \"WBK\", \"afirmasi\": false}]}", "expected", JsonNode.class));
    }

    @Test
    @DisplayName("gives each instansi's token its own units only")
    void eachTokenSeesItsOwnInstansi() {
      JsonNode units = json(server.get("/pengusulan/unit-wbk", KOTA_CONTOH_TOKEN)).get("units");

      assertThat(units).hasSize(1);
      assertThat(units.get(0).get("id").asText()).isEqualTo("dpmptsp-kota-contoh");
    }
  }

  @Nested
  @DisplayName("GET /pengusulan/unit-wbbm")
  class UnitWbbm {

    @Test
    @DisplayName("lists Kota Contoh's RSUD as WBBM: the instansi meets 2024's WBBM criteria (WTP,"
        + " AKIP BB, Indeks RB B)")
    void listsWbbmWhenTheInstansiMeetsTheCriteria() {
      HttpResponse<String> response = server.get("/pengusulan/unit-wbbm", KOTA_CONTOH_TOKEN);

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(json(response)).isEqualTo(ZiJson.read("{\"tahun\": 2024, \"units\": [{\"id\":"
          + " \"rsud-kota-contoh\", \"nama\": \"RSUD Kota Contoh\", \"kategori\": \"WBBM\","
          + " \"afirmasi\": false}]}", "expected", JsonNode.class));
    }

    @Test
    @DisplayName("is empty for Pesawaran, whose AKIP B and Indeks RB CC fall short of WBBM's BB"
        + " and B; the operator sees why")
    void emptyWhenTheInstansiFallsShort() {
      HttpResponse<String> response = server.get("/pengusulan/unit-wbbm", PESAWARAN_TOKEN);

      assertThat(json(response).get("units")).isEmpty();
      JsonNode rsud = unit(json(server.get("/operator/units?lang=en", OPERATOR_TOKEN)),
          "rsud-pesawaran");
      assertThat(rsud.get("listed").asBoolean()).isFalse();
      assertThat(rsud.get("why").toString()).contains("akip");
    }
  }

  static JsonNode unit(JsonNode view, String id) {
    for (JsonNode unit : view.get("units")) {
      if (unit.get("id").asText().equals(id)) {
        return unit;
      }
    }
    throw new AssertionError("no unit " + id + " in " + view);
  }

  @Nested
  @DisplayName("GET /lke/jawaban-unit/{unit_id}")
  class JawabanUnit {

    @Test
    @DisplayName("gives a proposed unit's 127 answers under its id, name and the round's year")
    void givesTheAnswers() {
      HttpResponse<String> response = server.get("/lke/jawaban-unit/dpmptsp-pesawaran",
          PESAWARAN_TOKEN);

      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode body = json(response);
      assertThat(body.get("unit_id").asText()).isEqualTo("dpmptsp-pesawaran");
      assertThat(body.get("nama_unit").asText()).isEqualTo("DPMPTSP Kabupaten Pesawaran");
      assertThat(body.get("tahun").asInt()).isEqualTo(2024);
      assertThat(body.get("answers")).hasSize(127);
      assertThat(body.get("answers").get(0).get("soal_id").asInt()).isEqualTo(1);
      assertThat(body.get("answers").get(0).get("jawaban_unit").asText()).isEqualTo("Ya");
    }

    @Test
    @DisplayName("takes the id whatever its case, as UnitIds says ids are")
    void idInAnyCase() {
      assertThat(server.get("/lke/jawaban-unit/DPMPTSP-Pesawaran", PESAWARAN_TOKEN).statusCode())
          .isEqualTo(200);
    }

    @Test
    @DisplayName("answers 404 DATA_NOT_FOUND for an id no unit has")
    void unknownUnit() {
      assertError(server.get("/lke/jawaban-unit/tidak-ada", PESAWARAN_TOKEN), 404,
          "DATA_NOT_FOUND", "no unit has the id \"tidak-ada\"");
    }

    @Test
    @DisplayName("answers 404 for a unit of the instansi that is not proposed (not eligible)")
    void unitNotProposed() {
      assertError(server.get("/lke/jawaban-unit/puskesmas-gedong-tataan", PESAWARAN_TOKEN), 404,
          "DATA_NOT_FOUND", "is not among the units proposed for the round of 2024");
    }

    @Test
    @DisplayName("answers 404 for a proposed unit that has no answers yet")
    void proposedWithoutAnswers() {
      assertError(server.get("/lke/jawaban-unit/dpmptsp-kota-contoh", KOTA_CONTOH_TOKEN), 404,
          "DATA_NOT_FOUND", "has no LKE answers yet");
    }

    @Test
    @DisplayName("answers 403 when one instansi's token asks for another instansi's unit")
    void anotherInstansisUnit() {
      assertError(server.get("/lke/jawaban-unit/dpmptsp-pesawaran", KOTA_CONTOH_TOKEN), 403,
          "FORBIDDEN", "is not one of this token's instansi");
    }

    @Test
    @DisplayName("answers 422 naming unit_id for an id that is not an id")
    void badId() {
      assertError(server.get("/lke/jawaban-unit/-buruk-", PESAWARAN_TOKEN), 422,
          "VALIDATION_ERROR", "unit_id: unit_id must be 1 to 100 characters");
    }
  }

  @Nested
  @DisplayName("Tokens")
  class Tokens {

    @Test
    @DisplayName("no token: 401 UNAUTHORIZED, with WWW-Authenticate: Bearer")
    void missingToken() {
      HttpResponse<String> response = server.get("/pengusulan/unit-wbk", null);

      assertError(response, 401, "UNAUTHORIZED", "needs a token");
      assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    @DisplayName("a token the server does not know: 401 UNAUTHORIZED")
    void wrongToken() {
      assertError(server.get("/lke/jawaban-unit/dpmptsp-pesawaran", "tebakan"), 401,
          "UNAUTHORIZED", "not one this server knows");
    }

    @Test
    @DisplayName("the operator's token on PortalRB's endpoints: 403 FORBIDDEN")
    void operatorTokenOnPortalRb() {
      assertError(server.get("/pengusulan/unit-wbk", OPERATOR_TOKEN), 403, "FORBIDDEN",
          "the operator's token is not allowed here");
      assertError(server.get("/lke/jawaban-unit/dpmptsp-pesawaran", OPERATOR_TOKEN), 403,
          "FORBIDDEN", "the operator's token is not allowed here");
    }

    @Test
    @DisplayName("PortalRB's token on the operator's endpoints: 403 FORBIDDEN")
    void portalRbTokenOnOperator() {
      assertError(server.get("/operator/units", PESAWARAN_TOKEN), 403, "FORBIDDEN",
          "PortalRB's token is not allowed here");
    }
  }

  @Nested
  @DisplayName("The operator's view")
  class Operator {

    @Test
    @DisplayName("shows every unit of every instansi, with its decision and why it is or is not"
        + " listed")
    void everyUnitWithWhy() {
      JsonNode view = json(server.get("/operator/units?lang=en", OPERATOR_TOKEN));

      assertThat(view.get("tahun").asInt()).isEqualTo(2024);
      assertThat(view.get("dataFolder").get("ok").asBoolean()).isTrue();
      assertThat(view.get("units")).hasSize(5);
      JsonNode listed = unit(view, "dpmptsp-pesawaran");
      assertThat(listed.get("eligibility").asText()).isEqualTo("ELIGIBLE");
      assertThat(listed.get("kategori").asText()).isEqualTo("WBK");
      assertThat(listed.get("jawaban").asText()).isEqualTo("pesawaran-dpmptsp.jawaban.json");
      assertThat(listed.get("why").get(0).asText())
          .isEqualTo("listed as WBK: the decision is ELIGIBLE");
      JsonNode puskesmas = unit(view, "puskesmas-gedong-tataan");
      assertThat(puskesmas.get("eligibility").asText()).isEqualTo("NOT_ELIGIBLE");
      assertThat(puskesmas.get("listed").asBoolean()).isFalse();
      // declared on 1 March 2024: a year of building puts the earliest proposal on 1 March 2025
      assertThat(puskesmas.get("why").get(0).asText()).contains("left out, not eligible")
          .contains("[building-period]").contains("1 March 2025");
      assertThat(puskesmas.get("decision").get("findings")).isNotEmpty();
    }

    @Test
    @DisplayName("speaks Bahasa Indonesia unless asked for English")
    void indonesianByDefault() {
      JsonNode view = json(server.get("/operator/units", OPERATOR_TOKEN));

      assertThat(unit(view, "dpmptsp-pesawaran").get("why").get(0).asText())
          .isEqualTo("diusulkan sebagai WBK: keputusan ELIGIBLE");
    }
  }

  @Nested
  @DisplayName("The instansi's own tools")
  class Tools {

    @Test
    @DisplayName("POST /decide decides on a case file as zi4j decide does")
    void decide() throws Exception {
      String kasus = java.nio.file.Files.readString(folder.resolve("pesawaran-puskesmas.json"));

      HttpResponse<String> response = server.post("/decide?lang=en", OPERATOR_TOKEN, kasus);

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(json(response).get("eligibility").asText()).isEqualTo("NOT_ELIGIBLE");
      assertThat(response.body()).contains("building-period");
    }

    @Test
    @DisplayName("POST /decide answers 422 with the JSON path of a bad date, never a stack trace")
    void decideBadInput() {
      assertError(server.post("/decide", OPERATOR_TOKEN, "{\"asOf\": \"2024-13-40\","
          + " \"target\": \"WBK\"}"), 422, "VALIDATION_ERROR", "$.asOf");
    }

    @Test
    @DisplayName("POST /decide answers 422 for a body that is not JSON, naming where it broke")
    void decideNotJson() {
      assertError(server.post("/decide", OPERATOR_TOKEN, "{ bukan json"), 422,
          "VALIDATION_ERROR", "line 1");
    }

    @Test
    @DisplayName("POST /score scores PortalRB's answers of a unit: all 127 answered, the unit's own")
    void score() throws Exception {
      String jawaban = java.nio.file.Files.readString(
          folder.resolve("pesawaran-dpmptsp.jawaban.json"));

      HttpResponse<String> response = server.post("/score", OPERATOR_TOKEN, jawaban);

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(json(response).get("role").asText()).isEqualTo("SELF");
      assertThat(json(response).get("complete").asBoolean()).isTrue();
      assertThat(json(response).get("unanswered")).isEmpty();
      assertThat(json(response).get("root").isObject()).isTrue();
    }

    @Test
    @DisplayName("POST /score answers 422 at the path of an answer its soal does not take")
    void scoreBadAnswer() {
      assertError(server.post("/score", OPERATOR_TOKEN, "{\"unit_id\": \"u\", \"nama_unit\":"
          + " \"U\", \"tahun\": 2024, \"answers\": [{\"soal_id\": 1, \"jawaban_unit\": \"Z\"}]}"),
          422, "VALIDATION_ERROR", "$.answers[0].jawaban_unit");
    }
  }

  @Nested
  @DisplayName("Everything else")
  class Else {

    @Test
    @DisplayName("an unknown path: 404 in PortalRB's error body")
    void unknownPath() {
      assertError(server.get("/tidak/ada", null), 404, "DATA_NOT_FOUND", "no endpoint at");
    }

    @Test
    @DisplayName("the OpenAPI description is at /v3/api-docs, with PortalRB's three endpoints")
    void openApi() {
      HttpResponse<String> response = server.get("/v3/api-docs", null);

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(json(response).get("paths").has("/lke/jawaban-unit/{unit_id}")).isTrue();
      assertThat(json(response).get("paths").has("/pengusulan/unit-wbbm")).isTrue();
    }

    @Test
    @DisplayName("Actuator's health is UP once the data folder is read, and shows nothing else")
    void health() {
      HttpResponse<String> response = server.get("/actuator/health", null);

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(json(response).get("status").asText()).isEqualTo("UP");
      assertThat(response.body()).doesNotContain("units");
    }
  }
}
