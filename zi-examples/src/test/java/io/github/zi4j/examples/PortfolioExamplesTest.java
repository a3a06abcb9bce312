package io.github.zi4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.planning.Planner;
import io.github.zi4j.portfolio.Funnel;
import io.github.zi4j.portfolio.Portfolio;
import io.github.zi4j.portfolio.PortfolioCsv;
import io.github.zi4j.portfolio.PortfolioUnit;
import io.github.zi4j.portfolio.UnitStanding;
import io.github.zi4j.portfolio.UnitStatus;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.ProposalStage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The bundled portfolios")
class PortfolioExamplesTest {

  static final Path KALSEL = KalselUnits.FILE;
  static final Path PEKALONGAN = Path.of("portfolio/pekalongan-2020.csv");

  @Nested
  @DisplayName("Kalimantan Selatan (illustrative: 253 fictional units of six instansi)")
  class Kalsel {

    /** The README's example: the file read, the units assessed for the 2025 round. */
    Portfolio assess() {
      List<PortfolioUnit> units = PortfolioCsv.read(Path.of("portfolio/kalsel-units.csv"));
      LocalDate asOf = LocalDate.of(2025, 10, 1);
      Portfolio portfolio = Portfolio.assess(Planner.standard(), units, 2025, asOf);
      return portfolio;
    }

    @Test
    @DisplayName("the README shows the example's lines as they are compiled here")
    void readme() throws IOException {
      String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);

      assertThat(readme).contains(
          "List<PortfolioUnit> units = PortfolioCsv.read(Path.of(\"portfolio/kalsel-units.csv\"));\n"
              + "LocalDate asOf = LocalDate.of(2025, 10, 1);\n"
              + "Portfolio portfolio = Portfolio.assess(Planner.standard(), units, 2025, asOf);\n");
    }

    @Test
    @DisplayName("the bundled file is what its generator writes")
    void generated() throws IOException {
      assertThat(Files.readString(KALSEL, StandardCharsets.UTF_8)).isEqualTo(KalselUnits.csv());
    }

    @Test
    @DisplayName("228 units are not yet declared and 25 are building or further, as the seed story"
        + " says")
    void declaredOrNot() {
      Portfolio portfolio = assess();

      assertThat(portfolio.units()).hasSize(253);
      assertThat(portfolio.count(UnitStatus.NOT_DECLARED)).isEqualTo(228);
      assertThat(portfolio.units().stream().filter(u -> u.unit().isDeclared())).hasSize(25);
    }

    @Test
    @DisplayName("on 1 October 2025 the 25 declared units are 3 WBK, 4 proposed in the 2025 round,"
        + " 1 revoked, 8 proposable and 9 still building (declared in 2025)")
    void statuses() {
      Portfolio portfolio = assess();

      assertThat(portfolio.count(UnitStatus.WBK)).isEqualTo(3);
      assertThat(portfolio.count(UnitStatus.PROPOSED)).isEqualTo(4);
      assertThat(portfolio.count(UnitStatus.REVOKED)).isEqualTo(1);
      assertThat(portfolio.count(UnitStatus.PROPOSABLE)).isEqualTo(8);
      assertThat(portfolio.count(UnitStatus.BUILDING)).isEqualTo(9);
      assertThat(portfolio.count(UnitStatus.WBBM)).isZero();
      // every unit building was declared in 2025: a year of building ends in 2026
      assertThat(portfolio.units(UnitStatus.BUILDING)).allSatisfy(standing -> {
        assertThat(standing.unit().unit().orElseThrow().pencanangan().getYear()).isEqualTo(2025);
        assertThat(standing.earliestRound()).contains(2026);
      });
    }

    @Test
    @DisplayName("Balangan's DPMPTSP and Disdukcapil hold WBK and aim for WBBM in the 2026 round;"
        + " RSUD Balangan is at the desk evaluation of its second proposal")
    void balangan() {
      Portfolio portfolio = assess();

      List<UnitStanding> wbk = portfolio.units(UnitStatus.WBK).stream()
          .filter(u -> u.unit().instansi().name().equals("Pemerintah Kabupaten Balangan")).toList();
      assertThat(wbk).extracting(u -> u.unit().name())
          .containsExactly("DPMPTSP Kabupaten Balangan",
              "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Balangan");
      // WBK on 10 December 2024, counted in round years: WBBM from the 2026 round
      assertThat(wbk).allSatisfy(u -> {
        assertThat(u.next()).contains(Predikat.WBBM);
        assertThat(u.earliestRound()).contains(2026);
      });
      UnitStanding rsud = portfolio.units().stream()
          .filter(u -> u.unit().id().equals("rsud-balangan")).findFirst().orElseThrow();
      assertThat(rsud.status()).isEqualTo(UnitStatus.PROPOSED);
      assertThat(rsud.stage()).contains(ProposalStage.DESK_EVALUATED);
    }

    @Test
    @DisplayName("the 2024 WBK funnel: 4 proposed, 3 passed the selection and went to the desk, 2"
        + " to the field, 2 awarded; the 2025 one: 4, 3, 2, 1 and none awarded yet")
    void funnels() {
      Portfolio portfolio = assess();

      assertThat(portfolio.funnel(2024, Predikat.WBK))
          .isEqualTo(new Funnel(2024, Predikat.WBK, 4, 3, 3, 2, 2));
      assertThat(portfolio.funnel(2025, Predikat.WBK))
          .isEqualTo(new Funnel(2025, Predikat.WBK, 4, 3, 2, 1, 0));
    }
  }

  @Nested
  @DisplayName("Kota Pekalongan, 2020")
  class Pekalongan {

    Portfolio assess() {
      return Portfolio.assess(Planner.standard(), PortfolioCsv.read(PEKALONGAN), 2020,
          LocalDate.of(2020, 12, 31));
    }

    @Test
    @DisplayName("19 OPD declared; of the 11 proposed, 3 went to the national evaluation and 2 got"
        + " WBK")
    void funnel() {
      Portfolio portfolio = assess();

      assertThat(portfolio.units()).hasSize(19).allSatisfy(u ->
          assertThat(u.unit().isDeclared()).isTrue());
      assertThat(portfolio.funnel(2020, Predikat.WBK))
          .isEqualTo(new Funnel(2020, Predikat.WBK, 11, 3, 3, 3, 2));
    }

    @Test
    @DisplayName("the two WBK units are the DPMPTSP and the Dinas Arsip dan Perpustakaan, awarded"
        + " on 21 December 2020")
    void awarded() {
      Portfolio portfolio = assess();

      assertThat(portfolio.units(UnitStatus.WBK)).extracting(u -> u.unit().name())
          .containsExactly("DPMPTSP Kota Pekalongan",
              "Dinas Arsip dan Perpustakaan Kota Pekalongan");
      assertThat(portfolio.units(UnitStatus.WBK)).allSatisfy(u ->
          assertThat(u.unit().unit().orElseThrow().heldSince(Predikat.WBK,
              LocalDate.of(2020, 12, 31))).contains(LocalDate.of(2020, 12, 21)));
      // the 9 proposed and not awarded stay PROPOSED, at the stage their proposal ended
      assertThat(portfolio.count(UnitStatus.PROPOSED)).isEqualTo(9);
    }
  }
}
