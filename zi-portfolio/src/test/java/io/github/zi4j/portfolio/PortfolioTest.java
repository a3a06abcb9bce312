package io.github.zi4j.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.ZiJson;
import io.github.zi4j.instansi.Instansi;
import io.github.zi4j.instansi.InstansiKind;
import io.github.zi4j.planning.Limit;
import io.github.zi4j.planning.Planner;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.rules.Eligibility;
import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.RuleId;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.PredikatEvent;
import io.github.zi4j.unit.ProposalEvent;
import io.github.zi4j.unit.ProposalStage;
import io.github.zi4j.unit.UnitKerja;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("A portfolio says where each unit stands, counts them and shows each round's funnel")
class PortfolioTest {

  private static final Locale EN = Locale.ENGLISH;
  private static final Locale ID = Locale.forLanguageTag("id");
  private static final Planner PLANNER = Planner.standard();

  private static final Instansi PESAWARAN = Instansi.builder()
      .name("Pemerintah Kabupaten Pesawaran").kind(InstansiKind.PEMDA).build();
  private static final Instansi BALANGAN = Instansi.builder()
      .name("Pemerintah Kabupaten Balangan").kind(InstansiKind.PEMDA).build();

  // Kabupaten Pesawaran (domain notes §8): pencanangan 10 November 2022.
  private static final LocalDate PESAWARAN_PENCANANGAN = LocalDate.of(2022, 11, 10);

  // The bundled case of Pesawaran's DPMPTSP in the 2024 round: its instansi grades and LKE scores are
  // illustrative (zi-examples/cases/pesawaran-dpmptsp-2024.json).
  private static final String CASE_2024 = """
      {"asOf": "2024-07-20", "target": "WBK",
       "instansi": {"name": "Pemerintah Kabupaten Pesawaran", "kind": "PEMDA",
                    "bpkOpinion": {"2023": "WTP"}, "akip": {"2023": "B"}, "indeksRb": {"2023": "CC"}},
       "unit": {"name": "DPMPTSP Kabupaten Pesawaran", "pencanangan": "2022-11-10"},
       "round": {"year": 2024},
       "lke": {"pengungkit": {
           "MANAJEMEN_PERUBAHAN": {"pemenuhan": 3.6, "reform": 3.2},
           "PENATAAN_TATALAKSANA": {"pemenuhan": 3.0, "reform": 2.6},
           "PENATAAN_SISTEM_MANAJEMEN_SDM": {"pemenuhan": 4.2, "reform": 3.8},
           "PENGUATAN_AKUNTABILITAS_KINERJA": {"pemenuhan": 4.1, "reform": 3.9},
           "PENGUATAN_PENGAWASAN": {"pemenuhan": 5.8, "reform": 5.2},
           "PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK": {"pemenuhan": 4.3, "reform": 4.0}},
         "hasil": {"ipak": 3.71, "capaianKinerja": "B", "ipkp": 3.52}}}""";

  private static UnitKerja.Builder pesawaranUnit(String name) {
    return UnitKerja.builder().name(name).pencanangan(PESAWARAN_PENCANANGAN);
  }

  private static UnitStanding standing(PortfolioUnit unit, int round, LocalDate asOf) {
    return Portfolio.assess(PLANNER, List.of(unit), round, asOf).units().get(0);
  }

  @Nested
  @DisplayName("Each unit's status")
  class Statuses {

    @Test
    @DisplayName("A unit without pencanangan is not yet declared: its next step is the pencanangan")
    void notDeclared() {
      UnitStanding standing = standing(
          PortfolioUnit.notDeclared(BALANGAN, "dinas-pertanian", "Dinas Pertanian Balangan"), 2026,
          LocalDate.of(2026, 1, 5));

      assertThat(standing.status()).isEqualTo(UnitStatus.NOT_DECLARED);
      assertThat(standing.next()).contains(Predikat.WBK);
      assertThat(standing.decision()).isEmpty();
      assertThat(standing.earliestRound()).isEmpty();
      assertThat(standing.explain(EN)).contains("Not yet declared",
          "Next step: declare the Zona Integritas (pencanangan), then a year of building");
      assertThat(standing.explain(ID)).contains("Belum pencanangan");
    }

    @Test
    @DisplayName("Pesawaran's DPMPTSP, a year past its pencanangan, is proposable in the 2024 round and"
        + " is decided on the day that round opens, 18 July 2024")
    void proposable() {
      UnitStanding standing = standing(
          PortfolioUnit.declared(PESAWARAN, pesawaranUnit("DPMPTSP Kabupaten Pesawaran").build(),
              Optional.empty()), 2024, LocalDate.of(2024, 1, 10));

      assertThat(standing.status()).isEqualTo(UnitStatus.PROPOSABLE);
      assertThat(standing.earliestRound()).contains(2024);
      assertThat(standing.decision().orElseThrow().asOf()).isEqualTo(LocalDate.of(2024, 7, 18));
      assertThat(standing.decision().orElseThrow().target()).isEqualTo(Predikat.WBK);
    }

    @Test
    @DisplayName("A unit declared on 1 March 2026 is still building in the 2026 round: its earliest is"
        + " 2027")
    void building() {
      UnitKerja rsud = UnitKerja.builder().name("RSUD Balangan")
          .pencanangan(LocalDate.of(2026, 3, 1)).build();
      UnitStanding standing = standing(PortfolioUnit.declared(BALANGAN, rsud, Optional.empty()), 2026,
          LocalDate.of(2026, 3, 2));

      assertThat(standing.status()).isEqualTo(UnitStatus.BUILDING);
      assertThat(standing.earliestRound()).contains(2027);
      assertThat(standing.decision().orElseThrow().eligibility())
          .isEqualTo(Eligibility.NOT_ELIGIBLE);
      assertThat(standing.decision().orElseThrow().findings(RuleId.BUILDING_PERIOD)).isNotEmpty();
    }

    @Test
    @DisplayName("A unit proposed in the round and not yet awarded is PROPOSED, at its furthest stage")
    void proposed() {
      UnitKerja disdukcapil = pesawaranUnit("Disdukcapil Kabupaten Pesawaran")
          .addProposals(ProposalEvent.of(2024, Predikat.WBK, ProposalStage.PROPOSED),
              ProposalEvent.of(2024, Predikat.WBK, ProposalStage.ADMINISTRATION_PASSED),
              ProposalEvent.of(2024, Predikat.WBK, ProposalStage.DESK_EVALUATED),
              ProposalEvent.of(2024, Predikat.WBK, ProposalStage.FIELD_EVALUATED))
          .build();
      UnitStanding standing = standing(PortfolioUnit.declared(PESAWARAN, disdukcapil,
          Optional.empty()), 2024, LocalDate.of(2024, 10, 1));

      assertThat(standing.status()).isEqualTo(UnitStatus.PROPOSED);
      assertThat(standing.stage()).contains(ProposalStage.FIELD_EVALUATED);
      assertThat(standing.explain(EN)).contains("Proposed, field evaluation (interview)");
      assertThat(standing.explain(ID)).contains("Diusulkan, evaluasi lapangan (wawancara)");
    }

    @Test
    @DisplayName("A unit whose 2024 proposal failed the administrative selection is proposable again"
        + " from the 2025 round")
    void proposableAgain() {
      UnitKerja rsud = pesawaranUnit("RSUD Pesawaran")
          .addProposals(ProposalEvent.of(2024, Predikat.WBK, ProposalStage.PROPOSED),
              ProposalEvent.of(2024, Predikat.WBK, ProposalStage.ADMINISTRATION_FAILED))
          .build();
      UnitStanding in2025 = standing(PortfolioUnit.declared(PESAWARAN, rsud, Optional.empty()), 2025,
          LocalDate.of(2024, 12, 20));

      assertThat(in2025.status()).isEqualTo(UnitStatus.PROPOSABLE);
      assertThat(in2025.earliestRound()).contains(2025);
      assertThat(in2025.earliest().orElseThrow().limits()).extracting(b -> b.limit())
          .contains(Limit.PROPOSAL_ENDED);
    }

    @Test
    @DisplayName("Balangan's DPMPTSP holds WBK (10 December 2024): its next predicate is WBBM, in the"
        + " 2026 round")
    void wbk() {
      UnitKerja dpmptsp = UnitKerja.builder().name("DPMPTSP Kabupaten Balangan")
          .pencanangan(LocalDate.of(2021, 3, 1))
          .addHistory(PredikatEvent.awarded(Predikat.WBK, LocalDate.of(2024, 12, 10)))
          .build();
      UnitStanding standing = standing(PortfolioUnit.declared(BALANGAN, dpmptsp, Optional.empty()),
          2026, LocalDate.of(2026, 1, 5));

      assertThat(standing.status()).isEqualTo(UnitStatus.WBK);
      assertThat(standing.next()).contains(Predikat.WBBM);
      assertThat(standing.earliestRound()).contains(2026);
    }

    @Test
    @DisplayName("A unit holding WBBM has no next predicate, no earliest round and no decision")
    void wbbm() {
      UnitKerja dpmptsp = UnitKerja.builder().name("DPMPTSP Kota Pekalongan")
          .pencanangan(LocalDate.of(2019, 6, 1))
          .addHistory(PredikatEvent.awarded(Predikat.WBK, LocalDate.of(2020, 12, 21)),
              PredikatEvent.awarded(Predikat.WBBM, LocalDate.of(2022, 12, 20)))
          .build();
      UnitStanding standing = standing(PortfolioUnit.declared(BALANGAN, dpmptsp, Optional.empty()),
          2024, LocalDate.of(2024, 1, 5));

      assertThat(standing.status()).isEqualTo(UnitStatus.WBBM);
      assertThat(standing.next()).isEmpty();
      assertThat(standing.decision()).isEmpty();
      assertThat(standing.explain(EN)).contains("The highest predicate is held");
    }

    @Test
    @DisplayName("PN Surabaya, WBK revoked on 3 February 2022, is REVOKED, and may be proposed again in"
        + " the 2024 round")
    void revoked() {
      UnitKerja pn = UnitKerja.builder().name("Pengadilan Negeri Surabaya")
          .pencanangan(LocalDate.of(2018, 3, 1))
          .addHistory(PredikatEvent.awarded(Predikat.WBK, LocalDate.of(2019, 12, 10)),
              PredikatEvent.revoked(Predikat.WBK, LocalDate.of(2022, 2, 3)))
          .build();
      Instansi ma = Instansi.builder().name("Mahkamah Agung").kind(InstansiKind.KL).build();
      UnitStanding standing = standing(PortfolioUnit.declared(ma, pn, Optional.empty()), 2024,
          LocalDate.of(2024, 1, 5));

      assertThat(standing.status()).isEqualTo(UnitStatus.REVOKED);
      assertThat(standing.earliestRound()).contains(2024);
    }
  }

  @Test
  @DisplayName("A unit's gap is each LKE threshold its decision found unmet, with the shortfall: an"
      + " area below its minimum share")
  void gap() {
    // Manajemen Perubahan lowered from 3,6 and 3,2 to 1,6 and 1,2
    String json = CASE_2024.replace("\"pemenuhan\": 3.6, \"reform\": 3.2",
        "\"pemenuhan\": 1.6, \"reform\": 1.2");

    Proposal proposal = ZiJson.read(json, "case.json", Proposal.class);

    UnitStanding standing = standing(PortfolioUnit.of(proposal), 2024, LocalDate.of(2024, 1, 10));

    assertThat(standing.gap()).isNotEmpty();
    assertThat(standing.gap()).extracting(Finding::rule).contains(RuleId.LKE_AREA);
    Finding area = standing.gap().stream().filter(f -> f.rule() == RuleId.LKE_AREA).findFirst()
        .orElseThrow();
    assertThat(area.shortfall()).isPresent();
    assertThat(standing.decision().orElseThrow().eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
    assertThat(standing.lkeUnknown()).isFalse();
  }

  @Test
  @DisplayName("A unit without an LKE has no gap to measure, and says so")
  void noLke() {
    UnitStanding standing = standing(PortfolioUnit.declared(PESAWARAN,
        pesawaranUnit("DPMPTSP Kabupaten Pesawaran").build(), Optional.empty()), 2024,
        LocalDate.of(2024, 1, 10));

    assertThat(standing.gap()).isEmpty();
    assertThat(standing.lkeUnknown()).isTrue();
  }

  @Test
  @DisplayName("Counts per status and per instansi add up to the units; every status is counted, zeros"
      + " too")
  void counts() {
    List<PortfolioUnit> units = List.of(
        PortfolioUnit.notDeclared(BALANGAN, "a", "Dinas A"),
        PortfolioUnit.notDeclared(BALANGAN, "b", "Dinas B"),
        PortfolioUnit.declared(PESAWARAN, pesawaranUnit("DPMPTSP Kabupaten Pesawaran").build(),
            Optional.empty()));

    Portfolio portfolio = Portfolio.assess(PLANNER, units, 2024, LocalDate.of(2024, 1, 10));

    assertThat(portfolio.count(UnitStatus.NOT_DECLARED)).isEqualTo(2);
    assertThat(portfolio.count(UnitStatus.PROPOSABLE)).isEqualTo(1);
    assertThat(portfolio.count(UnitStatus.WBBM)).isZero();
    assertThat(portfolio.counts()).hasSize(UnitStatus.values().length);
    assertThat(portfolio.countsByInstansi()).containsOnlyKeys(BALANGAN.name(), PESAWARAN.name());
    assertThat(portfolio.countsByInstansi().get(BALANGAN.name()).get(UnitStatus.NOT_DECLARED))
        .isEqualTo(2);
    assertThat(portfolio.countsByEarliestRound()).containsEntry(2024, 1);
    assertThat(portfolio.units(UnitStatus.NOT_DECLARED)).hasSize(2);
  }

  @Test
  @DisplayName("Two units of one instansi with one id are refused, naming the second")
  void duplicateIds() {
    List<PortfolioUnit> units = List.of(
        PortfolioUnit.notDeclared(BALANGAN, "dinas-a", "Dinas A"),
        PortfolioUnit.notDeclared(BALANGAN, "Dinas-A", "Dinas A lagi"));

    assertThatThrownBy(() -> Portfolio.assess(PLANNER, units, 2024, LocalDate.of(2024, 1, 10)))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("two units of Pemerintah Kabupaten Balangan share the id \"Dinas-A\"")
        .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("units[1].id");
  }

  @Test
  @DisplayName("A round's funnel counts the units at each stage their proposal reached, and the awards"
      + " of that round's year: Kota Pekalongan 2020, 11 proposed, 3 through the selection, the desk"
      + " and the field, 2 awarded WBK")
  void funnel() {
    // Kota Pekalongan 2020 (domain notes §8): 11 proposed, 3 to the national evaluation, 2 got WBK on
    // 21 December 2020. The units' names but DPMPTSP and Dinas Arsip dan Perpustakaan are made up,
    // and so is the pencanangan day.
    Instansi pekalongan = Instansi.builder().name("Pemerintah Kota Pekalongan")
        .kind(InstansiKind.PEMDA).build();
    List<PortfolioUnit> units = new ArrayList<>();
    for (int i = 1; i <= 11; i++) {
      String name = i == 1 ? "DPMPTSP Kota Pekalongan"
          : i == 2 ? "Dinas Arsip dan Perpustakaan Kota Pekalongan" : "OPD contoh " + i;
      UnitKerja.Builder unit = UnitKerja.builder().name(name).pencanangan(LocalDate.of(2019, 6, 1))
          .addProposals(ProposalEvent.of(2020, Predikat.WBK, ProposalStage.PROPOSED));
      if (i <= 3) {
        unit.addProposals(ProposalEvent.of(2020, Predikat.WBK, ProposalStage.ADMINISTRATION_PASSED),
            ProposalEvent.of(2020, Predikat.WBK, ProposalStage.DESK_EVALUATED),
            ProposalEvent.of(2020, Predikat.WBK, ProposalStage.FIELD_EVALUATED));
      } else {
        unit.addProposals(ProposalEvent.of(2020, Predikat.WBK, ProposalStage.ADMINISTRATION_FAILED));
      }
      if (i <= 2) {
        unit.addHistory(PredikatEvent.awarded(Predikat.WBK, LocalDate.of(2020, 12, 21)));
      } else if (i == 3) {
        unit.addProposals(ProposalEvent.of(2020, Predikat.WBK, ProposalStage.NOT_AWARDED));
      }
      units.add(PortfolioUnit.declared(pekalongan, unit.build(), Optional.empty()));
    }

    Portfolio portfolio = Portfolio.assess(PLANNER, units, 2021, LocalDate.of(2021, 1, 4));

    assertThat(portfolio.funnel(2020, Predikat.WBK))
        .isEqualTo(new Funnel(2020, Predikat.WBK, 11, 3, 3, 3, 2));
    assertThat(portfolio.funnels()).hasSize(1);
    assertThat(portfolio.funnel(2021, Predikat.WBK).proposed()).isZero();
    assertThat(portfolio.count(UnitStatus.WBK)).isEqualTo(2);
  }

  @Test
  @DisplayName("The PortalRB lists an instansi would serve hold its units eligible in the round, and"
      + " leave out, with a reason, those that are not")
  void pengusulan() {
    Proposal pesawaran = ZiJson.read(CASE_2024, "case.json", Proposal.class);
    UnitKerja building = UnitKerja.builder().name("Puskesmas Contoh")
        .pencanangan(LocalDate.of(2024, 3, 1)).build();
    List<PortfolioUnit> units = List.of(PortfolioUnit.of(pesawaran),
        PortfolioUnit.declared(pesawaran.instansi(), building, Optional.empty()));

    Portfolio portfolio = Portfolio.assess(PLANNER, units, 2024, LocalDate.of(2024, 1, 10));

    assertThat(portfolio.pengusulan()).containsOnlyKeys("Pemerintah Kabupaten Pesawaran");
    io.github.zi4j.rules.portalrb.Pengusulan lists =
        portfolio.pengusulan().get("Pemerintah Kabupaten Pesawaran");
    assertThat(lists.unitWbk().units()).extracting(u -> u.nama())
        .containsExactly("DPMPTSP Kabupaten Pesawaran");
    assertThat(lists.catatan()).filteredOn(c -> c.alasan().leftOut()).extracting(c -> c.nama())
        .containsExactly("Puskesmas Contoh");
  }

  @Test
  @DisplayName("A unit ready since 2023 is still proposable in the 2024 round after that round's window"
      + " closed on 31 July 2024: its own limits are met, only the window has passed")
  void readyAfterTheWindow() {
    UnitStanding standing = standing(PortfolioUnit.declared(PESAWARAN,
        pesawaranUnit("DPMPTSP Kabupaten Pesawaran").build(), Optional.empty()), 2024,
        LocalDate.of(2024, 8, 15));

    assertThat(standing.status()).isEqualTo(UnitStatus.PROPOSABLE);
    assertThat(standing.earliestRound()).contains(2025);
  }

  @Test
  @DisplayName("A round before the year of the day is refused, naming both")
  void roundBeforeTheDay() {
    assertThatThrownBy(() -> Portfolio.assess(PLANNER, List.of(), 2024, LocalDate.of(2025, 1, 6)))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("round must not be before the year of the day assessed on, but was 2024 < 2025"
            + " (2025-01-06)");
  }

  @Test
  @DisplayName("A stage or an award dated after the day is not known yet: not in the status, not in"
      + " the funnel")
  void laterStagesNotKnownYet() {
    UnitKerja unit = pesawaranUnit("Disdukcapil Kabupaten Pesawaran")
        .addProposals(ProposalEvent.of(2024, Predikat.WBK, ProposalStage.PROPOSED)
                .withDate(LocalDate.of(2024, 7, 25)),
            ProposalEvent.of(2024, Predikat.WBK, ProposalStage.ADMINISTRATION_PASSED)
                .withDate(LocalDate.of(2024, 9, 2)))
        .addHistory(PredikatEvent.awarded(Predikat.WBK, LocalDate.of(2024, 12, 10)))
        .build();
    Portfolio inAugust = Portfolio.assess(PLANNER,
        List.of(PortfolioUnit.declared(PESAWARAN, unit, Optional.empty())), 2024,
        LocalDate.of(2024, 8, 1));

    assertThat(inAugust.units().get(0).status()).isEqualTo(UnitStatus.PROPOSED);
    assertThat(inAugust.units().get(0).stage()).contains(ProposalStage.PROPOSED);
    assertThat(inAugust.funnel(2024, Predikat.WBK))
        .isEqualTo(new Funnel(2024, Predikat.WBK, 1, 0, 0, 0, 0));
  }

  @Test
  @DisplayName("A unit whose history the decision refuses is named by its place and id")
  void badUnitNamed() {
    // a WBK awarded within the two years after its revocation: an impossible history under 90/2021
    UnitKerja pn = UnitKerja.builder().name("Pengadilan Negeri Contoh")
        .pencanangan(LocalDate.of(2018, 3, 1))
        .addHistory(PredikatEvent.awarded(Predikat.WBK, LocalDate.of(2019, 12, 10)),
            PredikatEvent.revoked(Predikat.WBK, LocalDate.of(2022, 2, 3)),
            PredikatEvent.awarded(Predikat.WBK, LocalDate.of(2022, 12, 10)))
        .build();
    Instansi ma = Instansi.builder().name("Mahkamah Agung").kind(InstansiKind.KL).build();
    List<PortfolioUnit> units = List.of(
        PortfolioUnit.notDeclared(ma, "pn-lain", "Pengadilan Negeri Lain"),
        PortfolioUnit.declared(ma, pn, Optional.empty()));

    assertThatThrownBy(() -> Portfolio.assess(PLANNER, units, 2024, LocalDate.of(2024, 1, 5)))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageStartingWith("unit \"pengadilan-negeri-contoh\" of Mahkamah Agung: ")
        .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("units[1]");
  }

  @Test
  @DisplayName("A funnel cannot count more units at a stage than at the one before, and a standing's"
      + " stage goes with the status PROPOSED only")
  void consistentValues() {
    assertThatThrownBy(() -> new Funnel(2020, Predikat.WBK, 3, 4, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a funnel's stages must not count more units than the one before, but were"
            + " 3/4/0/0");
    PortfolioUnit unit = PortfolioUnit.notDeclared(BALANGAN, "dinas-a", "Dinas A");
    assertThatThrownBy(() -> new UnitStanding(unit, UnitStatus.BUILDING,
        Optional.of(ProposalStage.PROPOSED), Optional.of(Predikat.WBK), Optional.empty(),
        Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stage must be given exactly when its status is PROPOSED");
  }
}
