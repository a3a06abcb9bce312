package io.github.zi4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zi4j.ZiJson;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.rules.Decision;
import io.github.zi4j.rules.DecisionEngine;
import io.github.zi4j.rules.Eligibility;
import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.RuleId;
import io.github.zi4j.rules.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The bundled case files")
class CaseFilesTest {

  static final Path CASES = Path.of("cases");

  static List<Path> caseFiles() throws IOException {
    try (Stream<Path> files = Files.list(CASES)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
  }

  static List<Path> worksheetFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("worksheets"))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
  }

  @ParameterizedTest(name = "{0} is valid against worksheet.schema.json")
  @MethodSource("worksheetFiles")
  @DisplayName("every bundled worksheet is valid against the published worksheet schema")
  void worksheetsValidAgainstSchema(Path file) throws IOException {
    JsonNode json = ZiJson.mapper().readTree(file.toFile());
    assertThat(Schemas.violations(Schemas.WORKSHEET, json)).isEmpty();
  }

  @Test
  @DisplayName("there are the six seed-story cases and one with a full worksheet")
  void bundledCases() throws IOException {
    assertThat(caseFiles()).extracting(p -> p.getFileName().toString()).containsExactly(
        "balangan-dpmptsp-wbbm-2026.json",
        "contoh-mpp-worksheet-2024.json",
        "pekalongan-dpmptsp-2020.json",
        "pesawaran-dpmptsp-2023.json",
        "pesawaran-dpmptsp-2024.json",
        "pesawaran-puskesmas-afirmasi-2025.json",
        "pn-surabaya-2023.json");
  }

  @Test
  @DisplayName("the 2025 afirmasi puskesmas of Pesawaran is eligible for WBK though its instansi, "
      + "with AKIP 58.4 (CC) and SPIP level 2, misses the 2025 criteria")
  void afirmasiCase() {
    // given
    Proposal afirmasi =
        ZiJson.read(CASES.resolve("pesawaran-puskesmas-afirmasi-2025.json"), Proposal.class);
    Proposal ordinary = afirmasi.withUnit(afirmasi.unit().withAfirmasi(false));

    // when
    Decision forAfirmasi = DecisionEngine.standard().decide(afirmasi);
    Decision forOrdinary = DecisionEngine.standard().decide(ordinary);

    // then
    assertThat(forAfirmasi.eligibility()).isEqualTo(Eligibility.ELIGIBLE);
    assertThat(forOrdinary.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
    assertThat(forOrdinary.findings(Status.FAIL)).extracting(Finding::rule)
        .containsExactly(RuleId.AKIP_GRADE, RuleId.SPIP_LEVEL);
  }

  @ParameterizedTest(name = "{0} is valid against case.schema.json")
  @MethodSource("caseFiles")
  @DisplayName("every bundled case is valid against the published case schema")
  void validAgainstSchema(Path file) throws IOException {
    JsonNode json = ZiJson.mapper().readTree(file.toFile());
    assertThat(Schemas.violations(Schemas.CASE, json)).isEmpty();
  }

  @ParameterizedTest(name = "{0} reads as a Proposal and writes back to the same value")
  @MethodSource("caseFiles")
  @DisplayName("every bundled case reads, and round-trips through JSON unchanged")
  void roundTrips(Path file) {
    Proposal proposal = ZiJson.read(file, Proposal.class);
    assertThat(ZiJson.read(ZiJson.write(proposal), "round trip", Proposal.class))
        .isEqualTo(proposal);
  }

  @Test
  @DisplayName("the case schema rejects what the reader rejects: an index of 4.7 and an unknown area")
  void schemaRejectsBadCases() throws IOException {
    ObjectNode json = (ObjectNode) ZiJson.mapper()
        .readTree(CASES.resolve("pesawaran-dpmptsp-2024.json").toFile());
    ((ObjectNode) json.at("/lke/hasil")).put("ipak", 4.7);
    ((ObjectNode) json.at("/lke/pengungkit")).putObject("FOO").put("pemenuhan", 1).put("reform", 1);

    assertThat(Schemas.violations(Schemas.CASE, json))
        .anySatisfy(m -> assertThat(m).contains("ipak"))
        .anySatisfy(m -> assertThat(m).contains("FOO"));
  }
}
