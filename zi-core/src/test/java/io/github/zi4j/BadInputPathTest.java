package io.github.zi4j;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zi4j.instansi.Rating;
import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.CapaianKinerja;
import io.github.zi4j.lke.Hasil;
import io.github.zi4j.lke.LkeScorer;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.portalrb.JawabanSoal;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.round.ProposalRounds;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.PredikatEvent;
import io.github.zi4j.unit.UnitIds;
import io.github.zi4j.unit.UnitKerja;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every value zi4j refuses is a {@link ZiException} naming where the value is, relative to the
 * object checked, and the value itself (issue 18, point 3).
 */
@DisplayName("A value of the model that zi4j refuses names its place and its value")
class BadInputPathTest {

  private static final LocalDate PENCANANGAN = LocalDate.of(2022, 11, 10);

  /** Asserts that {@code call} is refused at {@code path} with a message holding {@code said}. */
  private static void refused(ThrowingCallable call, String path, String... said) {
    assertThatThrownBy(call).isInstanceOf(InvalidFieldException.class)
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((ZiException) e).path())
            .isEqualTo(path))
        .hasMessageContainingAll(said);
  }

  @Test
  @DisplayName("a round with a quota of 0 is refused at quota, naming the 0")
  void quotaOfZero() {
    refused(() -> ProposalRound.builder().year(2024).quota(0).build(), "quota",
        "quota must be positive, but was 0");
  }

  @Test
  @DisplayName("an award before the pencanangan is refused at history[0].date, naming both days")
  void awardBeforePencanangan() {
    refused(() -> UnitKerja.builder().name("DPMPTSP Kabupaten Pesawaran").pencanangan(PENCANANGAN)
            .addHistory(PredikatEvent.awarded(Predikat.WBK, LocalDate.of(2021, 12, 10))).build(),
        "history[0].date", "must not be before pencanangan", "2021-12-10", "2022-11-10");
  }

  @Test
  @DisplayName("an IPAK of 4.7 is refused at ipak, naming 4.7 and the range 1 to 4")
  void ipakAboveFour() {
    refused(() -> Hasil.of(new BigDecimal("4.7"), CapaianKinerja.B, new BigDecimal("3.6")), "ipak",
        "between 1 and 4", "4.7");
  }

  @Test
  @DisplayName("a blank unit name is refused at name")
  void blankUnitName() {
    refused(() -> UnitKerja.builder().name("   ").pencanangan(PENCANANGAN).build(), "name",
        "name of unit kerja must not be blank");
  }

  @Test
  @DisplayName("a worksheet of 52/2014 scored with the 90/2021 template is refused at edition, "
      + "naming both editions")
  void worksheetOfAnotherEdition() {
    Worksheet worksheet = Worksheet.of(Edition.PERMENPANRB_52_2014, Role.SELF, Map.of());

    refused(() -> LkeScorer.bundled(Edition.PERMENPANRB_90_2021).score(worksheet, Role.SELF),
        "edition", "PERMENPANRB_52_2014", "PERMENPANRB_90_2021");
  }

  @Test
  @DisplayName("a unit without an id whose name makes an id of 101 characters is refused at name")
  void nameTooLongForAnId() {
    UnitKerja unit = UnitKerja.builder().name("N".repeat(101)).pencanangan(PENCANANGAN).build();

    assertThatThrownBy(() -> UnitIds.of(unit)).isInstanceOf(ZiException.class)
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((ZiException) e).path())
            .isEqualTo("name"))
        .hasMessageContainingAll("an id of 101 characters, more than 100", "N".repeat(80));
  }

  @Test
  @DisplayName("two rounds of 2024 in one catalogue are refused at the second one's year")
  void twoRoundsOfOneYear() {
    ProposalRound round = ProposalRound.builder().year(2024).build();

    refused(() -> ProposalRounds.of(List.of(ProposalRound.builder().year(2023).build(), round,
        round)), "[2].year", "one entry per year", "2024 appears twice");
  }

  @Test
  @DisplayName("a count with done -1 is refused at done, naming -1")
  void negativeCount() {
    refused(() -> new Answer.Count(BigDecimal.ONE.negate(), BigDecimal.TEN), "done",
        "done must not be negative, but was -1");
  }

  @Test
  @DisplayName("a PortalRB answer with soal_id 0 is refused at soal_id, naming the 0")
  void soalIdZero() {
    refused(() -> new JawabanSoal(0, Optional.of("Ya"), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty()), "soal_id", "soal_id must be positive, but was 0");
  }

  @Test
  @DisplayName("a rating score of 101 is refused as the value itself (an empty path), naming 101")
  void scoreAboveHundred() {
    refused(() -> Rating.score(new BigDecimal("101")), "",
        "a score must be between 0 and 100, but was 101");
  }

  @Test
  @DisplayName("a refusal read from a case file names the file and the absolute path")
  void placedInTheFile() {
    ZiException refused = new InvalidFieldException("edition", "wrong edition").within("lke");

    ZiParseException placed = ZiParseException.of("case.json", refused);

    org.assertj.core.api.Assertions.assertThat(placed.getMessage())
        .isEqualTo("case.json: $.lke.edition: wrong edition");
  }
}
