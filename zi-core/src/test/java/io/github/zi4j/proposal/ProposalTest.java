package io.github.zi4j.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.instansi.BpkOpinion;
import io.github.zi4j.instansi.Grade;
import io.github.zi4j.instansi.Instansi;
import io.github.zi4j.instansi.InstansiKind;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.UnitKerja;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("A proposal judges a unit on a date that is not before the unit's pencanangan")
class ProposalTest {

  private static final LocalDate PESAWARAN_PENCANANGAN = LocalDate.of(2022, 11, 10);
  // a day inside the 2024 round's window (18-31 July 2024)
  private static final LocalDate PESAWARAN_ROUND_2024_DAY = LocalDate.of(2024, 7, 20);
  private static final int YEAR_2024 = 2024;
  private static final int YEAR_2025 = 2025;

  // a hypothetical puskesmas declared on 1 March 2025, judged on 31 December 2024
  private static final LocalDate PUSKESMAS_PENCANANGAN = LocalDate.of(2025, 3, 1);
  private static final LocalDate END_OF_2024 = LocalDate.of(2024, 12, 31);

  private static final Instansi PESAWARAN = Instansi.builder()
      .name("Pemerintah Kabupaten Pesawaran")
      .kind(InstansiKind.PEMDA)
      .putBpkOpinion(2023, BpkOpinion.WTP)
      .putAkip(2023, Grade.B)
      .putIndeksRb(2023, Grade.CC)
      .build();

  private static final UnitKerja DPMPTSP = UnitKerja.builder()
      .name("DPMPTSP Kabupaten Pesawaran").pencanangan(PESAWARAN_PENCANANGAN).build();

  private static final UnitKerja PUSKESMAS = UnitKerja.builder()
      .name("Puskesmas Kabupaten Pesawaran").pencanangan(PUSKESMAS_PENCANANGAN).build();

  private static Proposal.Builder proposal(UnitKerja unit, LocalDate asOf) {
    return Proposal.builder().asOf(asOf).target(Predikat.WBK).instansi(PESAWARAN).unit(unit);
  }

  @Nested
  @DisplayName("a proposal without a round")
  class AProposalWithoutARound {

    private final Proposal dpmptsp2024 = proposal(DPMPTSP, PESAWARAN_ROUND_2024_DAY).build();

    @Test
    @DisplayName("is in the round of its asOf's year")
    void roundYearDefaultsToAsOf() {
      assertThat(dpmptsp2024.roundYear()).isEqualTo(YEAR_2024);
    }

    @Test
    @DisplayName("has no LKE result, edition or note unless given")
    void optionalParts() {
      assertThat(dpmptsp2024.round()).isEmpty();
      assertThat(dpmptsp2024.lke()).isEmpty();
      assertThat(dpmptsp2024.edition()).isEmpty();
      assertThat(dpmptsp2024.note()).isEmpty();
    }
  }

  @Nested
  @DisplayName("a proposal with a round")
  class AProposalWithARound {

    @Test
    @DisplayName("must be in its round's year: a 2025 round judged at the end of 2024 is refused, "
        + "naming round.year")
    void roundOfAnotherYear() {
      // given the 2025 round, judged at the end of 2024
      Proposal.Builder proposal = proposal(DPMPTSP, END_OF_2024)
          .round(ProposalRound.builder().year(YEAR_2025).build());

      // then
      assertThatThrownBy(proposal::build).isInstanceOf(InvalidFieldException.class)
          .hasMessage("round.year must be the year of asOf, since a proposal belongs to the round "
              + "of its year, but was 2025 for asOf 2024-12-31")
          .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("round.year");
    }

    @Test
    @DisplayName("is in the year of asOf, the year of its round")
    void roundYearIsTheYearOfAsOf() {
      // given the 2024 round, judged at the end of 2024
      Proposal proposal = proposal(DPMPTSP, END_OF_2024)
          .round(ProposalRound.builder().year(2024).build())
          .build();

      // then
      assertThat(proposal.roundYear()).isEqualTo(2024);
    }
  }

  @Nested
  @DisplayName("a proposal judged before the unit's pencanangan")
  class AProposalBeforePencanangan {

    @Test
    @DisplayName("is a proposal made too early, not an error: the building-period rule refuses it")
    void acceptedAsAProposal() {
      Proposal proposal = proposal(PUSKESMAS, END_OF_2024).build();

      assertThat(proposal.asOf()).isBefore(proposal.unit().pencanangan());
    }

    @Test
    @DisplayName("is accepted on the pencanangan day itself")
    void onThePencananganDay() {
      Proposal proposal = proposal(PUSKESMAS, PUSKESMAS_PENCANANGAN).build();

      assertThat(proposal.asOf()).isEqualTo(PUSKESMAS_PENCANANGAN);
    }

    @Test
    @DisplayName("keeps asOf when it is moved before the pencanangan")
    void withAsOfBefore() {
      Proposal proposal = proposal(PUSKESMAS, PUSKESMAS_PENCANANGAN).build();

      assertThat(proposal.withAsOf(END_OF_2024).asOf()).isEqualTo(END_OF_2024);
    }
  }
}
