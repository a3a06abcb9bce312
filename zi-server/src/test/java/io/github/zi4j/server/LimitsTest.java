package io.github.zi4j.server;

import static io.github.zi4j.server.PortalRbApiTest.assertError;
import static io.github.zi4j.server.ServerRun.KOTA_CONTOH_TOKEN;
import static io.github.zi4j.server.ServerRun.OPERATOR_TOKEN;
import static io.github.zi4j.server.ServerRun.PESAWARAN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Each token has its rate limit, and a request body its size limit")
class LimitsTest {

  @TempDir
  Path folder;

  @Test
  @DisplayName("past its limit a token gets 429 with Retry-After, while another instansi's token"
      + " still gets its answers")
  void rateLimitPerToken() {
    Map<String, Object> settings = ServerRun.settings(ServerRun.testData(folder));
    settings.put("zi.server.portalrb-requests", "2");
    settings.put("zi.server.portalrb-period", "1h");
    try (ServerRun server = ServerRun.start(settings)) {
      assertThat(server.get("/pengusulan/unit-wbk", PESAWARAN_TOKEN).statusCode()).isEqualTo(200);
      assertThat(server.get("/pengusulan/unit-wbbm", PESAWARAN_TOKEN).statusCode()).isEqualTo(200);

      HttpResponse<String> third = server.get("/lke/jawaban-unit/dpmptsp-pesawaran",
          PESAWARAN_TOKEN);

      assertError(third, 429, "TOO_MANY_REQUESTS", "too many requests for this token");
      // two requests an hour: the next one is due in 30 minutes at most
      assertThat(third.headers().firstValue("Retry-After")).hasValueSatisfying(
          seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 1800L));
      assertThat(server.get("/pengusulan/unit-wbk", KOTA_CONTOH_TOKEN).statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  @DisplayName("a body over zi.server.max-body-bytes is refused with 413, before it is read")
  void bodyCap() {
    Map<String, Object> settings = ServerRun.settings(ServerRun.testData(folder));
    settings.put("zi.server.max-body-bytes", "100");
    try (ServerRun server = ServerRun.start(settings)) {
      assertError(server.post("/decide", OPERATOR_TOKEN, "{\"note\": \"" + "x".repeat(200)
          + "\"}"), 413, "PAYLOAD_TOO_LARGE", "at most 100 bytes");
    }
  }
}
