package io.github.zi4j.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.zi4j.instansi.BpkOpinion;
import io.github.zi4j.instansi.Grade;
import io.github.zi4j.instansi.InstansiKind;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.unit.Predikat;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The proposal rounds zi4j bundles are the rounds of the domain notes, and a caller can replace one")
class ProposalRoundsTest {

  // domain notes §7: the 2024 round (KemenPANRB statement of 16 July 2024, sure)
  private static final int YEAR_2024 = 2024;
  private static final LocalDate OPENS_2024 = LocalDate.of(2024, 7, 18);
  private static final LocalDate CLOSES_2024 = LocalDate.of(2024, 7, 31);
  private static final int EVIDENCE_YEAR_2024 = 2023;

  // domain notes §7: the 2022 round, window 31 May to 30 June 2022, criteria not known
  private static final int YEAR_2022 = 2022;
  private static final LocalDate OPENS_2022 = LocalDate.of(2022, 5, 31);
  private static final LocalDate CLOSES_2022 = LocalDate.of(2022, 6, 30);

  // domain notes §7: the 2023 round's administrative results were out on 4 July 2023, so proposals
  // had closed before that day (likely); nothing else of its window or criteria is known
  private static final int YEAR_2023 = 2023;
  private static final LocalDate RESULTS_2023 = LocalDate.of(2023, 7, 4);

  private static final LocalDate HYPOTHETICAL_CLOSES_2024 = LocalDate.of(2024, 8, 15);
  private static final int YEAR_2025 = 2025;

  private static final ProposalRounds BUNDLED = ProposalRounds.bundled();

  private static ProposalRound round2024() {
    return BUNDLED.forYear(YEAR_2024).orElseThrow();
  }

  @Nested
  @DisplayName("the bundled 2024 round")
  class TheBundled2024Round {

    @Test
    @DisplayName("opens on 18 July 2024 and closes on 31 July 2024")
    void window() {
      assertThat(round2024().opens()).contains(OPENS_2024);
      assertThat(round2024().closes()).contains(CLOSES_2024);
    }

    @Test
    @DisplayName("reads the facts issued in 2023")
    void evidenceYear() {
      assertThat(round2024().evidenceYear()).hasValue(EVIDENCE_YEAR_2024);
    }

    @Test
    @DisplayName("requires for WBK: BPK WTP, AKIP at least B, Indeks RB at least CC for a pemda and B for a K/L")
    void wbkCriteria() {
      // when
      InstansiCriteria wbk = round2024().criteriaFor(Predikat.WBK).orElseThrow();

      // then
      assertThat(wbk.bpkOpinion()).isEqualTo(BpkOpinion.WTP);
      assertThat(wbk.akip()).isEqualTo(Grade.B);
      assertThat(wbk.indeksRbFor(InstansiKind.PEMDA)).isEqualTo(Grade.CC);
      assertThat(wbk.indeksRbFor(InstansiKind.KL)).isEqualTo(Grade.B);
    }

    @Test
    @DisplayName("requires for WBBM: BPK WTP, AKIP at least BB, Indeks RB at least B for a pemda and BB for a K/L")
    void wbbmCriteria() {
      // when
      InstansiCriteria wbbm = round2024().criteriaFor(Predikat.WBBM).orElseThrow();

      // then
      assertThat(wbbm.bpkOpinion()).isEqualTo(BpkOpinion.WTP);
      assertThat(wbbm.akip()).isEqualTo(Grade.BB);
      assertThat(wbbm.indeksRbFor(InstansiKind.PEMDA)).isEqualTo(Grade.B);
      assertThat(wbbm.indeksRbFor(InstansiKind.KL)).isEqualTo(Grade.BB);
    }

    @Test
    @DisplayName("is sure and cites the KemenPANRB statement of 16 July 2024")
    void basis() {
      // given
      String source = round2024().source().orElseThrow();

      // then the source names KemenPANRB and the day, and the citation names the round and the source
      assertThat(source).contains("KemenPANRB", "16");
      assertThat(round2024().basis().citation()).contains("2024", source);
      assertThat(round2024().basis().confidence()).isEqualTo(Confidence.SURE);
    }
  }

  @Nested
  @DisplayName("the bundled 2022 round")
  class TheBundled2022Round {

    private final ProposalRound round2022 = BUNDLED.forYear(YEAR_2022).orElseThrow();

    @Test
    @DisplayName("opens on 31 May 2022 and closes on 30 June 2022")
    void window() {
      assertThat(round2022.opens()).contains(OPENS_2022);
      assertThat(round2022.closes()).contains(CLOSES_2022);
    }

    @Test
    @DisplayName("has no criteria and no evidence year")
    void noCriteria() {
      assertThat(round2022.criteria()).isEmpty();
      assertThat(round2022.criteriaFor(Predikat.WBK)).isEmpty();
      assertThat(round2022.evidenceYear()).isEmpty();
    }
  }

  @Nested
  @DisplayName("the bundled catalogue")
  class TheBundledCatalogue {

    @Test
    @DisplayName("holds the 2022, 2023, 2024 and 2025 rounds, oldest first")
    void years() {
      assertThat(BUNDLED.all()).extracting(ProposalRound::year)
          .containsExactly(YEAR_2022, YEAR_2023, YEAR_2024, YEAR_2025);
    }

    @Test
    @DisplayName("knows no round of a year it was not given")
    void unknownYear() {
      assertThat(BUNDLED.forYear(2026)).isEmpty();
    }

    @Test
    @DisplayName("holds the 2025 round as PortalRB's code gives it: the 2024 criteria plus SPIP "
        + "level 3, evidence year 2024, no window, likely")
    void round2025() {
      ProposalRound round = BUNDLED.forYear(YEAR_2025).orElseThrow();

      assertThat(round.windowKnown()).isFalse();
      assertThat(round.evidenceYear()).hasValue(2024);
      assertThat(round.confidence()).isEqualTo(io.github.zi4j.regulation.Confidence.LIKELY);
      for (io.github.zi4j.unit.Predikat predikat : io.github.zi4j.unit.Predikat.values()) {
        assertThat(round.criteriaFor(predikat).orElseThrow().spip()).hasValue(3);
      }
      assertThat(BUNDLED.forYear(YEAR_2024).orElseThrow().criteriaFor(
          io.github.zi4j.unit.Predikat.WBK).orElseThrow().spip()).isEmpty();
    }

    @Test
    @DisplayName("holds the 2023 round as known only to have closed before its administrative results "
        + "of 4 July 2023, likely, citing them, with no window and no criteria")
    void round2023() {
      ProposalRound round = BUNDLED.forYear(YEAR_2023).orElseThrow();

      assertThat(round.closedBy()).contains(RESULTS_2023);
      assertThat(round.windowKnown()).isFalse();
      assertThat(round.criteria()).isEmpty();
      assertThat(round.confidence()).isEqualTo(Confidence.LIKELY);
      assertThat(round.source()).hasValueSatisfying(source -> assertThat(source)
          .contains("seleksi administrasi").contains("4 Juli 2023"));
      assertThat(round.closedOn(RESULTS_2023.minusDays(1))).isFalse();
      assertThat(round.closedOn(RESULTS_2023)).isTrue();
    }

    @Test
    @DisplayName("holds beside the 2024 criteria the SPIP level 3 PortalRB's code checks though the "
        + "announcement does not ask for it, so that a decision can say which reading it took")
    void spip2024() {
      for (Predikat predikat : Predikat.values()) {
        InstansiCriteria criteria = round2024().criteriaFor(predikat).orElseThrow();
        assertThat(criteria.spip()).isEmpty();
        assertThat(criteria.spipNotAnnounced()).hasValue(3);
      }
    }
  }

  @Nested
  @DisplayName("a catalogue changed by a caller")
  class ACatalogueChangedByACaller {

    // a caller's own 2024 round: the same year, a later closing day (hypothetical)
    private final ProposalRound callersRound2024 = round2024().withCloses(HYPOTHETICAL_CLOSES_2024);

    @Test
    @DisplayName("with a round of a year it holds replaces that year's round")
    void withReplaces() {
      // when
      ProposalRounds changed = BUNDLED.with(callersRound2024);

      // then
      assertThat(changed.forYear(YEAR_2024)).contains(callersRound2024);
      assertThat(changed.all()).hasSize(4);
    }

    @Test
    @DisplayName("with a round leaves the bundled catalogue as it was")
    void withLeavesTheOriginal() {
      // when
      BUNDLED.with(callersRound2024);

      // then
      assertThat(BUNDLED.forYear(YEAR_2024).orElseThrow().closes()).contains(CLOSES_2024);
    }

    @Test
    @DisplayName("with a round of a new year adds it in year order")
    void withAdds() {
      // given
      ProposalRound round2025 = ProposalRound.builder().year(YEAR_2025).build();

      // when
      ProposalRounds changed = BUNDLED.with(round2025);

      // then
      assertThat(changed.all()).extracting(ProposalRound::year)
          .containsExactly(YEAR_2022, YEAR_2023, YEAR_2024, YEAR_2025);
    }

    @Test
    @DisplayName("a catalogue of two rounds of one year is rejected, naming the year")
    void duplicateYear() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ProposalRounds.of(List.of(round2024(), callersRound2024)))
          .withMessage("rounds must have one entry per year, but 2024 appears twice");
    }
  }
}
