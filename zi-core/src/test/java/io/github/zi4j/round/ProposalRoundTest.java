package io.github.zi4j.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.zi4j.instansi.BpkOpinion;
import io.github.zi4j.instansi.Grade;
import io.github.zi4j.instansi.InstansiKind;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.unit.Predikat;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A proposal round is consistent data: a window in order, and criteria only with their evidence year")
class ProposalRoundTest {

  private static final int YEAR_2024 = 2024;
  private static final int EVIDENCE_YEAR_2024 = 2023;
  private static final LocalDate OPENS_2024 = LocalDate.of(2024, 7, 18);
  private static final int TWO_DIGIT_ROUND_YEAR = 24;
  private static final int TWO_DIGIT_EVIDENCE_YEAR = 23;

  private static final InstansiCriteria WBK_2024 = InstansiCriteria.builder()
      .bpkOpinion(BpkOpinion.WTP)
      .akip(Grade.B)
      .putIndeksRb(InstansiKind.PEMDA, Grade.CC)
      .putIndeksRb(InstansiKind.KL, Grade.B)
      .build();

  @Nested
  @DisplayName("a round built by a caller")
  class ARoundBuiltByACaller {

    @Test
    @DisplayName("with only a year has no window, no criteria and is taken as sure")
    void onlyAYear() {
      // when
      ProposalRound round = ProposalRound.builder().year(YEAR_2024).build();

      // then
      assertThat(round.opens()).isEmpty();
      assertThat(round.closes()).isEmpty();
      assertThat(round.criteria()).isEmpty();
      assertThat(round.quota()).isEmpty();
      assertThat(round.confidence()).isEqualTo(Confidence.SURE);
      assertThat(round.source()).isEmpty();
      assertThat(round.basis().citation()).contains("2024");
    }

    @Test
    @DisplayName("may open and close on the same day")
    void oneDayWindow() {
      ProposalRound round = ProposalRound.builder().year(YEAR_2024).opens(OPENS_2024).closes(OPENS_2024)
          .build();

      assertThat(round.closes()).contains(OPENS_2024);
    }

    @Test
    @DisplayName("with criteria and their evidence year gives them per predicate")
    void criteria() {
      ProposalRound round = ProposalRound.builder()
          .year(YEAR_2024).evidenceYear(EVIDENCE_YEAR_2024).putCriteria(Predikat.WBK, WBK_2024)
          .build();

      assertThat(round.criteriaFor(Predikat.WBK)).contains(WBK_2024);
      assertThat(round.criteriaFor(Predikat.WBBM)).isEmpty();
    }
  }

  @Nested
  @DisplayName("an inconsistent round")
  class AnInconsistentRound {

    @Test
    @DisplayName("criteria without an evidence year are rejected, naming evidenceYear and the round")
    void criteriaWithoutEvidenceYear() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ProposalRound.builder().year(YEAR_2024).putCriteria(Predikat.WBK, WBK_2024)
              .build())
          .withMessage("evidenceYear must be given when the round has criteria (round 2024)");
    }

    @Test
    @DisplayName("a window that closes before it opens is rejected, naming both days")
    void closesBeforeOpens() {
      // given a closing day one day before the opening day
      LocalDate dayBeforeOpening = OPENS_2024.minusDays(1);

      // when / then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ProposalRound.builder().year(YEAR_2024)
              .opens(OPENS_2024).closes(dayBeforeOpening).build())
          .withMessage("closes must not be before opens, but was 2024-07-17 < 2024-07-18");
    }

    @Test
    @DisplayName("a window with both a last day and a day it had closed by is rejected, naming both "
        + "fields and the round: a round knows its exact days, or a day it had closed by, or nothing")
    void closedByWithCloses() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ProposalRound.builder().year(YEAR_2024).opens(OPENS_2024)
              .closes(OPENS_2024.plusDays(13)).closedBy(OPENS_2024.plusDays(40)).build())
          .withMessage("closedBy must not be given with closes (the last day says more), but round "
              + "2024 has both");
    }

    @ParameterizedTest(name = "quota {0} is rejected")
    @DisplayName("a quota that is not positive is rejected, naming quota and the value")
    @ValueSource(ints = {0, -1})
    void quotaNotPositive(int quota) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ProposalRound.builder().year(YEAR_2024).quota(quota).build())
          .withMessage("quota must be positive, but was " + quota);
    }

    @Test
    @DisplayName("a two-digit year is rejected, naming the field and the year")
    void twoDigitYear() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ProposalRound.builder().year(TWO_DIGIT_ROUND_YEAR).build())
          .withMessage("year of round must be a four-digit year, but was 24");
    }

    @Test
    @DisplayName("a two-digit evidence year is rejected, naming the field and the year")
    void twoDigitEvidenceYear() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ProposalRound.builder()
              .year(YEAR_2024).evidenceYear(TWO_DIGIT_EVIDENCE_YEAR).build())
          .withMessage("evidenceYear must be a four-digit year, but was 23");
    }

    @Test
    @DisplayName("criteria without an Indeks RB minimum for K/L are rejected, naming the missing kind")
    void criteriaWithoutKl() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> InstansiCriteria.builder()
              .bpkOpinion(BpkOpinion.WTP).akip(Grade.B).putIndeksRb(InstansiKind.PEMDA, Grade.CC)
              .build())
          .withMessage("indeksRb must give a minimum for both KL and PEMDA, but KL is missing");
    }

    @ParameterizedTest(name = "spip {0}")
    @ValueSource(ints = {0, 6})
    @DisplayName("a SPIP level the round asks for lies from 1 to 5: another is rejected, naming it")
    void spipOutOfRange(int level) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> WBK_2024.withSpip(level))
          .withMessage("spip level must be from 1 to 5, but was " + level);
    }

    @ParameterizedTest(name = "spipNotAnnounced {0}")
    @ValueSource(ints = {0, 6})
    @DisplayName("a SPIP level checked outside the announcement lies from 1 to 5: another is"
        + " rejected, naming it")
    void spipNotAnnouncedOutOfRange(int level) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> WBK_2024.withSpipNotAnnounced(level))
          .withMessage("spipNotAnnounced level must be from 1 to 5, but was " + level);
    }

    @ParameterizedTest(name = "level {0}")
    @ValueSource(ints = {1, 5})
    @DisplayName("SPIP levels 1 and 5, the ends of the scale, are taken either way")
    void spipAtTheEnds(int level) {
      assertThat(WBK_2024.withSpip(level).spip()).hasValue(level);
      assertThat(WBK_2024.withSpipNotAnnounced(level).spipNotAnnounced()).hasValue(level);
    }

    @Test
    @DisplayName("a round cannot both ask for SPIP and say that its announcement does not")
    void spipAndNotAnnounced() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> WBK_2024.withSpip(3).withSpipNotAnnounced(3))
          .withMessage("spipNotAnnounced must not be given with spip: the round asks for SPIP itself"
              + " (3)");
    }
  }

}
