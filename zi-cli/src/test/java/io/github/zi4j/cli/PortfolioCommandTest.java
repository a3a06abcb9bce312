package io.github.zi4j.cli;

import static io.github.zi4j.cli.Zi4jCommandTest.json;
import static io.github.zi4j.cli.Zi4jCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zi4j.cli.Zi4jCommandTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zi4j portfolio}, on the bundled portfolios: Kalimantan Selatan's illustrative 253 units
 * (228 not yet declared; of the 25 declared, on 1 October 2025: 3 WBK, 4 proposed in the 2025 round,
 * 1 revoked, 8 proposable, 9 building) and Kota Pekalongan's 19 OPD in 2020.
 */
@DisplayName("zi4j portfolio: where every unit of a folder of cases or a units' CSV stands")
class PortfolioCommandTest {

  static final String KALSEL = "../zi-examples/portfolio/kalsel-units.csv";
  static final String PEKALONGAN = "../zi-examples/portfolio/pekalongan-2020.csv";
  static final String CASES = "../zi-examples/cases/";

  @Nested
  @DisplayName("the summary")
  class Summary {

    @Test
    @DisplayName("counts each status of Kalsel's 253 units on 1 October 2025 for the 2025 round,"
        + " and exits 0")
    void kalselCounts() {
      Run run = run("portfolio", KALSEL, "--as-of", "2025-10-01", "--lang", "en");

      assertThat(run.status()).isZero();
      assertThat(run.err()).isEmpty();
      assertThat(run.out()).startsWith("Portfolio of 253 units on 1 October 2025, for the 2025"
          + " round\nStatus:\n");
      assertThat(run.out().lines()).contains(
          "  Not yet declared    228",
          "  Building              9",
          "  Proposable            8",
          "  Proposed              4",
          "  WBK                   3",
          "  WBBM                  0",
          "  Revoked               1");
    }

    @Test
    @DisplayName("shows each round's funnel and lists the 8 units proposable in the round, each"
        + " with its decision")
    void funnelsAndProposable() {
      Run run = run("portfolio", KALSEL, "--as-of", "2025-10-01", "--round", "2025", "--lang",
          "en");

      assertThat(run.out()).contains("  2024 WBK: 4 → 3 → 3 → 2 → 2\n")
          .contains("  2025 WBK: 4 → 3 → 2 → 1 → 0\n")
          .contains("Proposable in the 2025 round: 8 units:\n");
      List<String> listed = run.out().lines().filter(line -> line.startsWith("  - ")).toList();
      assertThat(listed).hasSize(8);
      // the Tanah Laut instansi's AKIP of 2024 is CC, below B: its DPMPTSP is not eligible
      assertThat(listed).anySatisfy(line -> assertThat(line).startsWith(
          "  - DPMPTSP Kabupaten Tanah Laut (Pemerintah Kabupaten Tanah Laut): WBK")
          .contains("not eligible"));
      // the province's Badan Pendapatan Daerah: Penguatan Pengawasan 3.00 short
      assertThat(listed).anySatisfy(line -> assertThat(line).startsWith(
          "  - Badan Pendapatan Daerah Provinsi Kalimantan Selatan").endsWith("LKE gap: 1"
          + " threshold"));
    }

    @Test
    @DisplayName("Pekalongan 2020: 19 declared, the funnel 11 → 3 → 3 → 3 → 2, in Bahasa"
        + " Indonesia for an Indonesian user")
    void pekalongan() {
      Run run = run("portfolio", PEKALONGAN, "--as-of", "2020-12-31");

      assertThat(run.status()).isZero();
      assertThat(run.out()).startsWith("Portofolio 19 unit per 31 Desember 2020, periode"
          + " pengusulan 2020\n")
          .contains("  2020 WBK: 11 → 3 → 3 → 3 → 2\n")
          .contains("Corong usulan (diusulkan");
      // the labels padded to the longest, "Belum pencanangan"; each count in 7 places
      assertThat(run.out().lines()).contains("  WBK                    2",
          "  Diusulkan              9");
    }

    @Test
    @DisplayName("a folder of case files is a portfolio too: each case's unit, in file-name order")
    void folder(@TempDir Path dir) throws IOException {
      Files.copy(Path.of(CASES + "pesawaran-dpmptsp-2024.json"), dir.resolve("a.json"));
      Files.copy(Path.of(CASES + "balangan-dpmptsp-wbbm-2026.json"), dir.resolve("b.json"));

      Run run = run("portfolio", dir.toString(), "--as-of", "2025-01-06", "--lang", "en");

      assertThat(run.status()).isZero();
      // Pesawaran's DPMPTSP (declared 2022) is proposable; Balangan's holds WBK
      assertThat(run.out()).startsWith("Portfolio of 2 units on 6 January 2025, for the 2025"
          + " round\n")
          .contains("  - DPMPTSP Kabupaten Pesawaran (Pemerintah Kabupaten Pesawaran): WBK");
      assertThat(run.out().lines()).contains("  WBK                   1");
    }
  }

  @Nested
  @DisplayName("the outputs")
  class Outputs {

    @Test
    @DisplayName("--json and --csv write the whole portfolio to files and print nothing")
    void files(@TempDir Path dir) throws IOException {
      Path jsonFile = dir.resolve("kalsel.json");
      Path csvFile = dir.resolve("kalsel.csv");

      Run run = run("portfolio", KALSEL, "--as-of", "2025-10-01", "--json", jsonFile.toString(),
          "--csv", csvFile.toString(), "--lang", "en");

      assertThat(run.status()).isZero();
      assertThat(run.out()).isEmpty();
      JsonNode portfolio = json(Files.readString(jsonFile, StandardCharsets.UTF_8));
      assertThat(portfolio.get("round").asInt()).isEqualTo(2025);
      assertThat(portfolio.at("/counts/NOT_DECLARED").asInt()).isEqualTo(228);
      assertThat(portfolio.get("units")).hasSize(253);
      JsonNode balangan = portfolio.get("units").findParents("id").stream()
          .filter(u -> u.get("id").asText().equals("dpmptsp-balangan")).findFirst().orElseThrow();
      assertThat(balangan.get("status").asText()).isEqualTo("WBK");
      assertThat(balangan.get("next").asText()).isEqualTo("WBBM");
      assertThat(balangan.get("earliestRound").asInt()).isEqualTo(2026);
      List<String> rows = Files.readAllLines(csvFile, StandardCharsets.UTF_8);
      assertThat(rows).hasSize(254);
      assertThat(rows.get(0)).isEqualTo("instansi,unit_id,name,status,stage,next,earliest_round,"
          + "earliest_day,eligibility,gap");
      // RSUD Balangan's 2025 proposal is at the desk evaluation: the 2025 round, whose window
      // zi4j does not know, is still its earliest, from the portfolio's day; no LKE: undetermined
      assertThat(rows).contains("Pemerintah Kabupaten Balangan,rsud-balangan,RSUD Balangan,"
          + "PROPOSED,DESK_EVALUATED,WBK,2025,2025-10-01,UNDETERMINED,");
    }

    @Test
    @DisplayName("--csv - writes the rows to standard output")
    void csvToStandardOutput() {
      Run run = run("portfolio", PEKALONGAN, "--as-of", "2020-12-31", "--csv", "-");

      assertThat(run.status()).isZero();
      // WBK on 21 December 2020: WBBM from the 2022 round (two round years), whose window opened
      // on 31 May 2022; proposed for WBBM at the end of 2020 it is not eligible (held too short)
      assertThat(run.out().lines()).hasSize(20)
          .contains("Pemerintah Kota Pekalongan,dpmptsp-kota-pekalongan,DPMPTSP Kota Pekalongan,"
              + "WBK,,WBBM,2022,2022-05-31,NOT_ELIGIBLE,");
    }

    @Test
    @DisplayName("--html writes one self-contained HTML report of every unit, in the language asked")
    void html(@TempDir Path dir) throws IOException {
      Path htmlFile = dir.resolve("kalsel.html");

      Run run = run("portfolio", KALSEL, "--as-of", "2025-10-01", "--html", htmlFile.toString(),
          "--lang", "id");

      assertThat(run.status()).isZero();
      assertThat(run.out()).isEmpty();
      String html = Files.readString(htmlFile, StandardCharsets.UTF_8);
      assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"id\"")
          .contains("DPMPTSP Kabupaten Balangan").contains("1 Oktober 2025")
          .doesNotContain("<script src=").doesNotContain("<link ");
    }

    @Test
    @DisplayName("two outputs to one file are bad usage: exit 2 naming the file")
    void sameFile(@TempDir Path dir) {
      String file = dir.resolve("out").toString();

      Run run = run("portfolio", KALSEL, "--json", file, "--html", file);

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).startsWith("zi4j: --json, --csv and --html must name different files");
      Run sameSpelledOtherwise = run("portfolio", KALSEL, "--json", file, "--csv",
          dir.resolve(".").resolve("out").toString());
      assertThat(sameSpelledOtherwise.status()).isEqualTo(2);
    }

    @Test
    @DisplayName("an output that would overwrite the input is bad usage: exit 2")
    void overwriteInput(@TempDir Path dir) throws IOException {
      Path units = dir.resolve("units.csv");
      Files.copy(Path.of(KALSEL), units);

      Run run = run("portfolio", units.toString(), "--csv", units.toString());

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).startsWith("zi4j: an output must not overwrite the input");
      assertThat(Files.readString(units, StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(Path.of(KALSEL), StandardCharsets.UTF_8));
    }
  }

  @Nested
  @DisplayName("bad input")
  class BadInput {

    @Test
    @DisplayName("a bad CSV exits 2 with one line per problem, each naming the file, row and column")
    void badRows(@TempDir Path dir) throws IOException {
      Path csv = dir.resolve("units.csv");
      Files.writeString(csv, "instansi,kind,unit_id,name,pencanangan,stages\n"
          + "Pemerintah Kota Contoh,PEMDA,a,Unit A,10/11/2022,\n"
          + "Pemerintah Kota Contoh,PEMDA,b,Unit B,2022-11-10,2024 WBK PROPOSED>DESK_EVALUATED\n");

      Run run = run("portfolio", csv.toString(), "--as-of", "2025-01-06");

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err().lines()).containsExactly(
          "zi4j: " + csv + ": row 2, column pencanangan: pencanangan must be a date in ISO format"
              + " yyyy-MM-dd, or empty for a unit not yet declared, but was \"10/11/2022\"",
          "zi4j: " + csv + ": row 3, column stages: \"2024 WBK PROPOSED>DESK_EVALUATED\":"
              + " proposals[1]: DESK_EVALUATED must not follow PROPOSED in the 2024 WBK proposal;"
              + " after PROPOSED comes [ADMINISTRATION_PASSED, ADMINISTRATION_FAILED]");
    }

    @Test
    @DisplayName("a header with an unknown column exits 2 naming it")
    void badHeader(@TempDir Path dir) throws IOException {
      Path csv = dir.resolve("units.csv");
      Files.writeString(csv, "instansi,kind,unit_id,nama,pencanangan\n");

      Run run = run("portfolio", csv.toString());

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).startsWith("zi4j: " + csv + ": row 1, column 4: unknown column"
          + " \"nama\"; allowed: [instansi, kind, unit_id, name, pencanangan,");
    }

    @Test
    @DisplayName("a case file that is not valid exits 2 naming the file and the JSON path")
    void badCase(@TempDir Path dir) throws IOException {
      Files.writeString(dir.resolve("a.json"), "{\"asOf\": \"2024-07-20\"}");

      Run run = run("portfolio", dir.toString());

      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).startsWith("zi4j: " + dir.resolve("a.json") + ": $");
    }

    @Test
    @DisplayName("a file that is neither a folder nor a .csv, a bad --round and a bad --as-of are"
        + " bad usage: exit 2 naming the problem")
    void badUsage() {
      assertThat(run("portfolio", CASES + "pesawaran-dpmptsp-2024.json").err())
          .startsWith("zi4j: portfolio takes a folder of case files or a units' CSV (*.csv)");
      Run round = run("portfolio", KALSEL, "--round", "25");
      assertThat(round.status()).isEqualTo(2);
      assertThat(round.err()).startsWith("zi4j: --round takes a year of four digits, but was 25");
      assertThat(run("portfolio", KALSEL, "--as-of", "1/10/2025").err())
          .startsWith("zi4j: --as-of takes a day as yyyy-MM-dd, but was 1/10/2025");
    }
  }
}
