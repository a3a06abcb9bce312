package io.github.zi4j.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zi4j.ZiJson;
import io.github.zi4j.planning.Planner;
import io.github.zi4j.rules.Eligibility;
import io.github.zi4j.unit.Predikat;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A portfolio written as JSON and CSV. Its units: Pesawaran's DPMPTSP (pencanangan 10 November 2022;
 * the instansi grades and the LKE illustrative) with Penguatan Pengawasan lowered to 3.0 + 3.0 points,
 * and a unit of Pesawaran not yet declared; assessed for the 2024 round on 5 January 2024.
 *
 * <p>By hand: Penguatan Pengawasan weighs 15 under 90/2021 and WBK needs 60 % of each area's weight,
 * 9.00 points, so 6.00 falls 3.00 short; the total (83.08125 - 11.0 + 6.0 = 78.08) still meets WBK's
 * 75, and the pengungkit (47.70 - 5.0 = 42.70) its 40. A year of building ends on 10 November 2023,
 * after the 2023 round had closed: the 2024 round, whose window opens on 18 July 2024.
 */
@DisplayName("A portfolio written out")
class PortfolioOutputTest {

  static final LocalDate AS_OF = LocalDate.of(2024, 1, 5);

  static Portfolio portfolio;

  @BeforeAll
  static void assess() {
    List<PortfolioUnit> units = PortfolioCsvReadTest.read("instansi,kind,unit_id,name,pencanangan,"
        + "bpk_opinion,akip,indeks_rb," + PortfolioCsvReadTest.LKE_HEADER + "\n"
        + "Pemerintah Kabupaten Pesawaran,PEMDA,,DPMPTSP Kabupaten Pesawaran,2022-11-10,2023 WTP,"
        + "2023 B,2023 CC," + PortfolioCsvReadTest.PESAWARAN_LKE.replace("5.8,5.2", "3.0,3.0") + "\n"
        + "Pemerintah Kabupaten Pesawaran,PEMDA,,Dinas Perikanan Kabupaten Pesawaran,,,,,"
        + ",,,,,,,,,,,,,,\n");
    portfolio = Portfolio.assess(Planner.standard(), units, 2024, AS_OF);
  }

  @Test
  @DisplayName("the declared unit is proposable in the 2024 round from 18 July 2024, and not"
      + " eligible: Penguatan Pengawasan is 3.00 points short of 60 % of its weight")
  void standing() {
    UnitStanding dpmptsp = portfolio.units().get(0);

    assertThat(dpmptsp.status()).isEqualTo(UnitStatus.PROPOSABLE);
    assertThat(dpmptsp.earliestRound()).contains(2024);
    assertThat(dpmptsp.earliest().orElseThrow().firstProposalDay())
        .contains(LocalDate.of(2024, 7, 18));
    assertThat(dpmptsp.decision().orElseThrow().eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
    assertThat(dpmptsp.gap()).singleElement().satisfies(finding ->
        assertThat(finding.area()).hasValueSatisfying(area ->
            assertThat(area.name()).isEqualTo("PENGUATAN_PENGAWASAN")));
  }

  @Nested
  @DisplayName("as JSON")
  class Json {

    @Test
    @DisplayName("gives the day, the round, the counts, and per unit its status, earliest round,"
        + " eligibility and gap with the numbers and the sentence")
    void document() throws IOException {
      JsonNode json = ZiJson.mapper().readTree(PortfolioJson.write(portfolio, Locale.ENGLISH));

      assertThat(json.get("asOf").asText()).isEqualTo("2024-01-05");
      assertThat(json.get("round").asInt()).isEqualTo(2024);
      assertThat(json.get("total").asInt()).isEqualTo(2);
      assertThat(json.at("/counts/PROPOSABLE").asInt()).isEqualTo(1);
      assertThat(json.at("/counts/NOT_DECLARED").asInt()).isEqualTo(1);
      assertThat(json.at("/counts/WBK").asInt()).isZero();
      assertThat(json.at("/countsByInstansi/Pemerintah Kabupaten Pesawaran/PROPOSABLE").asInt())
          .isEqualTo(1);
      assertThat(json.at("/countsByEarliestRound/2024").asInt()).isEqualTo(1);
      assertThat(json.get("funnels")).isEmpty();
      assertThat(json.get("units")).hasSize(2);
    }

    @Test
    @DisplayName("writes each unit with its codes, its gap's finding as in a decision, and its"
        + " explanation in the reader's language")
    void units() throws IOException {
      StringWriter out = new StringWriter();
      PortfolioJson.write(portfolio, Locale.ENGLISH, out);
      JsonNode units = ZiJson.mapper().readTree(out.toString()).get("units");

      JsonNode dpmptsp = units.get(0);
      assertThat(dpmptsp.get("instansi").asText()).isEqualTo("Pemerintah Kabupaten Pesawaran");
      assertThat(dpmptsp.get("id").asText()).isEqualTo("dpmptsp-kabupaten-pesawaran");
      assertThat(dpmptsp.get("status").asText()).isEqualTo("PROPOSABLE");
      assertThat(dpmptsp.get("statusLabel").asText()).isEqualTo("Proposable");
      assertThat(dpmptsp.get("stage").isNull()).isTrue();
      assertThat(dpmptsp.get("next").asText()).isEqualTo("WBK");
      assertThat(dpmptsp.get("earliestRound").asInt()).isEqualTo(2024);
      assertThat(dpmptsp.get("earliestDay").asText()).isEqualTo("2024-07-18");
      assertThat(dpmptsp.get("eligibility").asText()).isEqualTo("NOT_ELIGIBLE");
      JsonNode gap = dpmptsp.get("gap");
      assertThat(gap).hasSize(1);
      assertThat(gap.at("/0/rule").asText()).isEqualTo("lke-area");
      assertThat(gap.at("/0/area").asText()).isEqualTo("PENGUATAN_PENGAWASAN");
      assertThat(gap.at("/0/required/value").decimalValue()).isEqualByComparingTo("9");
      assertThat(gap.at("/0/actual/value").decimalValue()).isEqualByComparingTo("6");
      assertThat(gap.at("/0/shortfall/value").decimalValue()).isEqualByComparingTo("3");
      assertThat(gap.at("/0/shortfall/text").asText()).isEqualTo("3.00");
      assertThat(gap.at("/0/message").asText()).contains("Penguatan Pengawasan")
          .contains("9.00").contains("3.00");
      assertThat(dpmptsp.get("explanation").asText())
          .startsWith("DPMPTSP Kabupaten Pesawaran (Pemerintah Kabupaten Pesawaran): Proposable\n")
          .contains("NOT ELIGIBLE");

      JsonNode perikanan = units.get(1);
      assertThat(perikanan.get("status").asText()).isEqualTo("NOT_DECLARED");
      assertThat(perikanan.get("earliestRound").isNull()).isTrue();
      assertThat(perikanan.get("eligibility").isNull()).isTrue();
      assertThat(perikanan.get("gap")).isEmpty();
      assertThat(perikanan.get("explanation").asText()).contains("Next step: declare the Zona"
          + " Integritas");
    }

    @Test
    @DisplayName("labels and sentences are in Bahasa Indonesia for an Indonesian reader")
    void indonesian() throws IOException {
      JsonNode json = ZiJson.mapper().readTree(PortfolioJson.write(portfolio,
          Locale.forLanguageTag("id")));

      assertThat(json.get("language").asText()).isEqualTo("id");
      assertThat(json.at("/units/0/statusLabel").asText()).isEqualTo("Dapat diusulkan");
      assertThat(json.at("/units/0/gap/0/message").asText()).contains("9,00");
    }
  }

  @Nested
  @DisplayName("as CSV")
  class Csv {

    @Test
    @DisplayName("writes a header and one row per unit, the gap in the reader's language")
    void rows() throws IOException {
      StringWriter out = new StringWriter();
      PortfolioCsv.write(portfolio, Locale.ENGLISH, out);
      List<String> lines = out.toString().lines().toList();

      assertThat(lines).hasSize(3);
      assertThat(lines.get(0)).isEqualTo("instansi,unit_id,name,status,stage,next,earliest_round,"
          + "earliest_day,eligibility,gap");
      assertThat(lines.get(1)).startsWith("Pemerintah Kabupaten Pesawaran,"
          + "dpmptsp-kabupaten-pesawaran,DPMPTSP Kabupaten Pesawaran,"
          + "PROPOSABLE,,WBK,2024,2024-07-18,NOT_ELIGIBLE,")
          .contains("Penguatan Pengawasan");
      assertThat(lines.get(2)).isEqualTo("Pemerintah Kabupaten Pesawaran,"
          + "dinas-perikanan-kabupaten-pesawaran,Dinas Perikanan Kabupaten Pesawaran,NOT_DECLARED,,"
          + "WBK,,,,");
    }

    @Test
    @DisplayName("what it writes reads back as CSV with the same number of columns on every row")
    void wellFormed() throws IOException {
      StringWriter out = new StringWriter();
      PortfolioCsv.write(portfolio, Locale.forLanguageTag("id"), out);

      List<List<String>> rows = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
          .readerForListOf(String.class)
          .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
          .<List<String>>readValues(out.toString()).readAll();
      assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row).hasSize(10));
      assertThat(rows.get(1).get(9)).contains("9,00");
      assertThat(Predikat.valueOf(rows.get(1).get(5))).isEqualTo(Predikat.WBK);
    }
  }

  @Test
  @DisplayName("A name that a spreadsheet would run as a formula is written as text, after a quote")
  void formulaNamesAsText() throws IOException {
    io.github.zi4j.instansi.Instansi instansi = io.github.zi4j.instansi.Instansi.builder()
        .name("=Pemerintah Kota Contoh").kind(io.github.zi4j.instansi.InstansiKind.PEMDA).build();
    Portfolio portfolio = Portfolio.assess(Planner.standard(),
        List.of(PortfolioUnit.notDeclared(instansi, "dinas-a", "=HYPERLINK(\"x\")"),
            PortfolioUnit.notDeclared(instansi, "dinas-b", "-Dinas B")),
        2024, AS_OF);
    StringWriter out = new StringWriter();

    PortfolioCsv.write(portfolio, Locale.ENGLISH, out);

    assertThat(out.toString().lines().skip(1).toList()).containsExactly(
        "'=Pemerintah Kota Contoh,dinas-a,\"'=HYPERLINK(\"\"x\"\")\",NOT_DECLARED,,WBK,,,,",
        "'=Pemerintah Kota Contoh,dinas-b,'-Dinas B,NOT_DECLARED,,WBK,,,,");
  }
}
