package io.github.zi4j.planning;

import static io.github.zi4j.planning.Seeds.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.instansi.Instansi;
import io.github.zi4j.instansi.InstansiKind;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.rules.Decision;
import io.github.zi4j.rules.DecisionEngine;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.UnitKerja;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The earliest round a unit can enter")
class EarliestRoundTest {

  private final Planner planner = Planner.standard();

  @Nested
  @DisplayName("Pesawaran's DPMPTSP, pencanangan 10 November 2022, aiming for WBK")
  class Pesawaran {

    private final EarliestRound earliest =
        planner.earliestRound(DPMPTSP_PESAWARAN, Predikat.WBK, PESAWARAN_PENCANANGAN);

    @Test
    @DisplayName("enters the 2024 round, on 18 July 2024, when its window opens")
    void entersThe2024Round() {
      assertThat(earliest.first()).map(RoundOutlook::year).contains(2024);
      assertThat(earliest.firstProposalDay()).contains(ROUND_2024_OPENS);
      assertThat(earliest.first().get().windowKnown()).isTrue();
    }

    @Test
    @DisplayName("is bound by the window of 2024, after a year of building allowed 10 November 2023"
        + " and the 2023 round had closed by 4 July 2023")
    void isBoundByTheWindow() {
      assertThat(earliest.earliestDay()).contains(LocalDate.of(2023, 11, 10));
      assertThat(earliest.binding()).extracting(Binding::limit).containsExactly(Limit.ROUND_WINDOW);
      assertThat(earliest.limits()).filteredOn(l -> l.limit() == Limit.BUILDING_PERIOD)
          .singleElement()
          .satisfies(l -> {
            assertThat(l.since()).contains(PESAWARAN_PENCANANGAN);
            assertThat(l.allows()).contains(LocalDate.of(2023, 11, 10));
            assertThat(l.binds()).isFalse();
          });
      assertThat(earliest.explain(EN)).contains(
          "DPMPTSP Kabupaten Pesawaran: a WBK proposal in the 2024 round at the earliest, from"
              + " 18 July 2024",
          "[binds] The proposal round's window opens on 18 July 2024",
          "One year of building since pencanangan on 10 November 2022: a proposal from"
              + " 10 November 2023");
      assertThat(earliest.explain(ID)).contains(
          "usulan WBK paling cepat pada periode 2024, mulai 18 Juli 2024");
    }

    @Test
    @DisplayName("sees the 2025 to 2027 rounds after it, with their windows unknown")
    void seesLaterRounds() {
      assertThat(earliest.later()).extracting(RoundOutlook::year).containsExactly(2025, 2026, 2027);
      assertThat(earliest.later().get(0).unknowns()).containsExactly(Unknown.WINDOW);
      assertThat(earliest.later().get(1).unknowns())
          .containsExactly(Unknown.ROUND, Unknown.WINDOW, Unknown.CRITERIA);
      assertThat(earliest.explain(EN)).contains("After it: the 2026 round: window not yet known, a"
          + " proposal from 1 January 2026 (it may move with the window); not yet known: whether"
          + " the round opens at all, the proposal window, the instansi criteria");
    }
  }

  @Test
  @DisplayName("A unit whose proposal failed the administrative selection of the 2024 round waits for"
      + " the 2025 round, though the 2024 window is still open")
  void proposalEndedWaitsForTheNextRound() {
    // Illustrative: the notes say only which of Pesawaran's OPD reached the interview in 2024; this
    // unit's failed selection is made up for the rule.
    UnitKerja puskesmas = UnitKerja.builder().pencanangan(PESAWARAN_PENCANANGAN)
        .name("Puskesmas Contoh Pesawaran")
        .addProposals(io.github.zi4j.unit.ProposalEvent.of(2024, Predikat.WBK,
                io.github.zi4j.unit.ProposalStage.PROPOSED),
            io.github.zi4j.unit.ProposalEvent.of(2024, Predikat.WBK,
                io.github.zi4j.unit.ProposalStage.ADMINISTRATION_FAILED))
        .build();
    LocalDate asOf = LocalDate.of(2024, 7, 25);
    assertThat(planner.earliestRound(DPMPTSP_PESAWARAN, Predikat.WBK, asOf).first())
        .map(RoundOutlook::year).contains(2024);

    EarliestRound earliest = planner.earliestRound(puskesmas, Predikat.WBK, asOf);

    assertThat(earliest.first()).map(RoundOutlook::year).contains(2025);
    assertThat(earliest.binding()).extracting(Binding::limit)
        .containsExactly(Limit.PROPOSAL_ENDED);
    assertThat(earliest.explain(EN)).contains("[binds] The last proposal ended without that"
        + " predicate; a new proposal in the next round: from 1 January 2025");
    assertThat(earliest.explain(ID)).contains("Usulan terakhir berakhir tanpa predikat itu; usulan"
        + " lagi pada periode berikutnya: paling cepat 1 Januari 2025");
  }

  @Nested
  @DisplayName("Balangan's DPMPTSP, WBK on 10 December 2024, aiming for WBBM")
  class Balangan {

    private final EarliestRound earliest =
        planner.earliestRound(DPMPTSP_BALANGAN, Predikat.WBBM, LocalDate.of(2025, 1, 6));

    @Test
    @DisplayName("enters the 2026 round: WBK awarded in 2024 counts two round years to 2026")
    void entersThe2026Round() {
      assertThat(earliest.first()).map(RoundOutlook::year).contains(2026);
      assertThat(earliest.earliestDay()).contains(LocalDate.of(2026, 1, 1));
      assertThat(earliest.binding()).singleElement().satisfies(l -> {
        assertThat(l.limit()).isEqualTo(Limit.WBK_HOLDING_PERIOD);
        assertThat(l.since()).contains(BALANGAN_WBK_AWARD);
      });
      assertThat(earliest.first().get().unknowns()).contains(Unknown.WINDOW, Unknown.CRITERIA);
      assertThat(earliest.explain(EN)).contains("a WBBM proposal in the 2026 round at the earliest",
          "[binds] WBK held since 10 December 2024; the WBK holding period before a WBBM proposal:"
              + " from 1 January 2026");
    }
  }

  @Test
  @DisplayName("RSUD Balangan, without WBK, cannot reach WBBM by waiting, and says so")
  void noWbkNoWbbm() {
    EarliestRound earliest = planner.earliestRound(RSUD_BALANGAN, Predikat.WBBM,
        LocalDate.of(2025, 1, 6));
    assertThat(earliest.first()).isEmpty();
    assertThat(earliest.binding()).extracting(Binding::limit).containsExactly(Limit.WBK_REQUIRED);
    assertThat(earliest.explain(EN)).contains("RSUD Balangan: no WBBM proposal round can be reached"
        + " by waiting alone", "Only a unit holding WBK may be proposed for WBBM");
  }

  @Test
  @DisplayName("PN Surabaya, WBK revoked on 3 February 2022, may propose again in the 2024 round")
  void revocationCooldown() {
    EarliestRound earliest = planner.earliestRound(PN_SURABAYA, Predikat.WBK,
        LocalDate.of(2022, 3, 1));
    assertThat(earliest.earliestDay()).contains(LocalDate.of(2024, 2, 3));
    assertThat(earliest.firstProposalDay()).contains(ROUND_2024_OPENS);
    assertThat(earliest.limits()).filteredOn(l -> l.limit() == Limit.REVOCATION_COOLDOWN)
        .singleElement().satisfies(l -> assertThat(l.allows()).contains(LocalDate.of(2024, 2, 3)));
  }

  @Test
  @DisplayName("A plan made after every limit has passed starts from the planning day itself")
  void planningDayBinds() {
    EarliestRound earliest = planner.earliestRound(DPMPTSP_PESAWARAN, Predikat.WBK,
        LocalDate.of(2024, 7, 25));
    assertThat(earliest.firstProposalDay()).contains(LocalDate.of(2024, 7, 25));
    assertThat(earliest.binding()).extracting(Binding::limit).containsExactly(Limit.PLANNING_DAY);
  }

  @Test
  @DisplayName("The earliest day and round agree with the decision engine's for the seed units")
  void agreesWithTheDecisionEngine() {
    Instansi instansi = Instansi.builder().name("Pemda").kind(InstansiKind.PEMDA).build();
    for (UnitKerja unit : List.of(DPMPTSP_PESAWARAN, DPMPTSP_BALANGAN, PN_SURABAYA)) {
      for (Predikat target : Predikat.values()) {
        LocalDate asOf = unit.pencanangan();
        if (!unit.history().isEmpty()) {
          asOf = unit.history().get(unit.history().size() - 1).date();
        }
        Decision decision = DecisionEngine.standard().decide(Proposal.builder().asOf(asOf)
            .target(target).instansi(instansi).unit(unit).build());
        EarliestRound earliest = planner.earliestRound(unit, target, asOf);
        if (decision.earliestProposalDate().isPresent()
            && !decision.earliestProposalDate().get().isBefore(asOf)) {
          assertThat(earliest.firstProposalDay()).as(unit.name() + " " + target)
              .isEqualTo(decision.earliestProposalDate());
          assertThat(earliest.first().map(RoundOutlook::year)).as(unit.name() + " " + target)
              .isEqualTo(decision.earliestProposalRound().map(r -> r.year()));
        } else if (decision.earliestProposalDate().isEmpty()) {
          assertThat(earliest.first()).as(unit.name() + " " + target).isEmpty();
        }
      }
    }
  }
}
