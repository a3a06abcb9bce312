package io.github.zi4j.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.ZiJson;
import io.github.zi4j.ZiParseException;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A proposal climbs its stages in order: proposed, administrative selection, desk, field,"
    + " and the award or not")
class ProposalStagesTest {

  // Kota Pekalongan 2020 (domain notes §8): DPMPTSP was proposed, went to the national evaluation and
  // got WBK on 21 December 2020. Its pencanangan day and the stages' days are assumed.
  private static final LocalDate PENCANANGAN = LocalDate.of(2019, 6, 1);
  private static final LocalDate WBK_2020 = LocalDate.of(2020, 12, 21);

  private static UnitKerja.Builder pekalongan() {
    return UnitKerja.builder().name("DPMPTSP Kota Pekalongan").pencanangan(PENCANANGAN);
  }

  private static ProposalEvent wbk(int round, ProposalStage stage) {
    return ProposalEvent.of(round, Predikat.WBK, stage);
  }

  @Test
  @DisplayName("Pekalongan's DPMPTSP, proposed in 2020, through the selection, the desk and the field,"
      + " awarded WBK on 21 December 2020")
  void awardedAfterTheField() {
    UnitKerja unit = pekalongan()
        .addProposals(wbk(2020, ProposalStage.PROPOSED), wbk(2020, ProposalStage.ADMINISTRATION_PASSED),
            wbk(2020, ProposalStage.DESK_EVALUATED), wbk(2020, ProposalStage.FIELD_EVALUATED))
        .addHistory(PredikatEvent.awarded(Predikat.WBK, WBK_2020))
        .build();

    assertThat(unit.stageIn(2020, Predikat.WBK)).contains(ProposalStage.FIELD_EVALUATED);
    assertThat(unit.reached(2020, Predikat.WBK, ProposalStage.DESK_EVALUATED)).isTrue();
    assertThat(unit.stageIn(2021, Predikat.WBK)).isEmpty();
    assertThat(unit.lastProposal()).contains(wbk(2020, ProposalStage.FIELD_EVALUATED));
    assertThat(unit.holds(Predikat.WBK, WBK_2020)).isTrue();
  }

  @Test
  @DisplayName("A unit that failed the administrative selection in 2020 may be proposed again in 2021")
  void proposedAgainNextRound() {
    UnitKerja unit = pekalongan()
        .addProposals(wbk(2020, ProposalStage.PROPOSED), wbk(2020, ProposalStage.ADMINISTRATION_FAILED),
            wbk(2021, ProposalStage.PROPOSED))
        .build();

    assertThat(unit.stageIn(2020, Predikat.WBK)).contains(ProposalStage.ADMINISTRATION_FAILED);
    assertThat(unit.stageIn(2020, Predikat.WBK).orElseThrow().endsWithoutAward()).isTrue();
    assertThat(unit.stageIn(2021, Predikat.WBK)).contains(ProposalStage.PROPOSED);
  }

  @Test
  @DisplayName("Nothing follows a failed administrative selection in the same round: the event is named")
  void nothingAfterFailure() {
    assertThatThrownBy(() -> pekalongan()
        .addProposals(wbk(2020, ProposalStage.PROPOSED), wbk(2020, ProposalStage.ADMINISTRATION_FAILED),
            wbk(2020, ProposalStage.DESK_EVALUATED))
        .build())
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("proposals[2]: DESK_EVALUATED must not follow ADMINISTRATION_FAILED in the 2020 WBK"
            + " proposal; after ADMINISTRATION_FAILED comes nothing: the proposal has ended")
        .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("proposals[2].stage");
  }

  @Test
  @DisplayName("A desk evaluation does not come before the administrative selection")
  void noSkippingTheSelection() {
    assertThatThrownBy(() -> pekalongan()
        .addProposals(wbk(2020, ProposalStage.PROPOSED), wbk(2020, ProposalStage.DESK_EVALUATED))
        .build())
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageStartingWith("proposals[1]: DESK_EVALUATED must not follow PROPOSED in the 2020 WBK"
            + " proposal; after PROPOSED comes [ADMINISTRATION_PASSED, ADMINISTRATION_FAILED]");
  }

  @Test
  @DisplayName("A proposal begins with PROPOSED")
  void beginsProposed() {
    assertThatThrownBy(() -> pekalongan()
        .addProposals(wbk(2020, ProposalStage.FIELD_EVALUATED))
        .build())
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("proposals[0]: the 2020 WBK proposal must begin with PROPOSED, but began with"
            + " FIELD_EVALUATED");
  }

  @Test
  @DisplayName("Proposals are in round order, one predicate a round, none before the pencanangan")
  void roundOrder() {
    assertThatThrownBy(() -> pekalongan()
        .addProposals(wbk(2021, ProposalStage.PROPOSED), wbk(2020, ProposalStage.PROPOSED))
        .build())
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("proposals[1]: proposals must be in round order, one predicate a round,"
            + " but the 2020 WBK proposal comes after the 2021 WBK one");
    assertThatThrownBy(() -> pekalongan()
        .addProposals(wbk(2018, ProposalStage.PROPOSED))
        .build())
        .hasMessage("proposals[0]: a proposal in the 2018 round must not come before the pencanangan"
            + " of 2019-06-01");
  }

  @Test
  @DisplayName("A WBBM proposal needs WBK held at the start of the round's year; a WBK proposal needs"
      + " none held")
  void predicateHeld() {
    assertThatThrownBy(() -> pekalongan()
        .addProposals(ProposalEvent.of(2021, Predikat.WBBM, ProposalStage.PROPOSED))
        .build())
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("proposals[0]: a WBBM proposal in the 2021 round needs WBK held on 2021-01-01, but"
            + " the unit held none");
    assertThatThrownBy(() -> pekalongan()
        .addHistory(PredikatEvent.awarded(Predikat.WBK, WBK_2020))
        .addProposals(wbk(2022, ProposalStage.PROPOSED))
        .build())
        .hasMessage("proposals[0]: a WBK proposal in the 2022 round must not come while the unit holds"
            + " WBK");
    UnitKerja wbbm = pekalongan()
        .addHistory(PredikatEvent.awarded(Predikat.WBK, WBK_2020))
        .addProposals(ProposalEvent.of(2022, Predikat.WBBM, ProposalStage.PROPOSED))
        .build();
    assertThat(wbbm.stageIn(2022, Predikat.WBBM)).contains(ProposalStage.PROPOSED);
  }

  @Test
  @DisplayName("No award in a round whose proposal ended without it")
  void noAwardAfterNotAwarded() {
    assertThatThrownBy(() -> pekalongan()
        .addProposals(wbk(2020, ProposalStage.PROPOSED), wbk(2020, ProposalStage.ADMINISTRATION_PASSED),
            wbk(2020, ProposalStage.NOT_AWARDED))
        .addHistory(PredikatEvent.awarded(Predikat.WBK, WBK_2020))
        .build())
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("history[0]: WBK must not be awarded on 2020-12-21: the 2020 WBK proposal ended at"
            + " NOT_AWARDED");
  }

  @Test
  @DisplayName("In a case file the stages are read from unit.proposals, a bad one named by its path")
  void json() {
    String json = """
        {"name": "DPMPTSP Kota Pekalongan", "pencanangan": "2019-06-01",
         "proposals": [{"round": 2020, "predikat": "WBK", "stage": "PROPOSED", "date": "2020-03-02"},
                       {"round": 2020, "predikat": "WBK", "stage": "ADMINISTRATION_FAILED"}]}""";
    UnitKerja unit = ZiJson.read(json, "unit.json", UnitKerja.class);
    assertThat(unit.proposals()).hasSize(2);
    assertThat(unit.proposals().get(0).date()).contains(LocalDate.of(2020, 3, 2));

    String bad = json.replace("ADMINISTRATION_FAILED", "NOT_AWARDED");
    assertThatThrownBy(() -> ZiJson.read(bad, "unit.json", UnitKerja.class))
        .isInstanceOf(ZiParseException.class)
        .hasMessageContaining("proposals[1]: NOT_AWARDED must not follow PROPOSED");
  }

  @Test
  @DisplayName("A unit never proposed writes no proposals in its JSON")
  void noProposalsWritten() {
    String written = ZiJson.write(pekalongan().build());
    assertThat(written).doesNotContain("proposals");
  }

  @Test
  @DisplayName("A stage's day is not before the pencanangan, nor before an earlier stage's day")
  void stageDays() {
    assertThatThrownBy(() -> pekalongan()
        .addProposals(wbk(2020, ProposalStage.PROPOSED).withDate(LocalDate.of(2019, 1, 2)))
        .build())
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("proposals[0]: the PROPOSED stage on 2019-01-02 must not be before pencanangan"
            + " (2019-06-01)");
    assertThatThrownBy(() -> pekalongan()
        .addProposals(wbk(2020, ProposalStage.PROPOSED).withDate(LocalDate.of(2020, 8, 1)),
            wbk(2020, ProposalStage.ADMINISTRATION_PASSED).withDate(LocalDate.of(2020, 7, 1)))
        .build())
        .hasMessage("proposals[1]: stages must be in date order, but ADMINISTRATION_PASSED on"
            + " 2020-07-01 comes after 2020-08-01");
  }

  @Test
  @DisplayName("What may follow a stage is fixed: the sets cannot be changed")
  void nextIsUnmodifiable() {
    assertThat(ProposalStage.PROPOSED.next()).containsExactlyInAnyOrder(
        ProposalStage.ADMINISTRATION_PASSED, ProposalStage.ADMINISTRATION_FAILED);
    assertThat(ProposalStage.NOT_AWARDED.next()).isEmpty();
    assertThatThrownBy(() -> ProposalStage.PROPOSED.next().add(ProposalStage.NOT_AWARDED))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
