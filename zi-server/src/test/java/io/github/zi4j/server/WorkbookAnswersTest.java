package io.github.zi4j.server;

import static io.github.zi4j.server.PortalRbApiTest.json;
import static io.github.zi4j.server.ServerRun.KOTA_CONTOH_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zi4j.portalrb.JawabanUnit;
import io.github.zi4j.workbook.TestWorkbooks;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A unit's LKE may be a 90/2021 workbook (sheet LKE ZI) beside its case file")
class WorkbookAnswersTest {

  @TempDir
  Path folder;

  @Test
  @DisplayName("the workbook's answers are served as PortalRB's answers of the unit")
  void workbookServedAsAnswers() {
    ServerRun.testData(folder);
    JawabanUnit jawaban = JawabanUnit.read(folder.resolve("pesawaran-dpmptsp.jawaban.json"));
    TestWorkbooks.writeLkeZi(folder.resolve("kota-contoh-dpmptsp.xlsx"), jawaban, Map.of());

    try (ServerRun server = ServerRun.start(folder)) {
      JsonNode body = json(server.get("/lke/jawaban-unit/dpmptsp-kota-contoh", KOTA_CONTOH_TOKEN));

      assertThat(body.get("unit_id").asText()).isEqualTo("dpmptsp-kota-contoh");
      assertThat(body.get("nama_unit").asText()).isEqualTo("DPMPTSP Kota Contoh");
      assertThat(body.get("answers")).hasSize(127);
      assertThat(body.get("answers").get(0).get("jawaban_unit").asText()).isEqualTo("Ya");
    }
  }
}
