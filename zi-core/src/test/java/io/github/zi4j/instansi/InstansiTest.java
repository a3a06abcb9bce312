package io.github.zi4j.instansi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("An instansi gives each yearly fact by the year it was issued, and never assumes one")
class InstansiTest {

  private static final String PESAWARAN = "Pemerintah Kabupaten Pesawaran";
  // the 2024 round reads the facts issued in 2023 (domain notes §7)
  private static final int EVIDENCE_YEAR_2024_ROUND = 2023;
  private static final int YEAR_NOT_GIVEN = 2022;
  private static final int TWO_DIGIT_YEAR = 23;

  private static final Instansi PESAWARAN_2023 = Instansi.builder()
      .name(PESAWARAN)
      .kind(InstansiKind.PEMDA)
      .putBpkOpinion(EVIDENCE_YEAR_2024_ROUND, BpkOpinion.WTP)
      .putAkip(EVIDENCE_YEAR_2024_ROUND, Grade.B)
      .putIndeksRb(EVIDENCE_YEAR_2024_ROUND, Grade.CC)
      .build();

  private static Instansi.Builder pesawaran() {
    return Instansi.builder().name(PESAWARAN).kind(InstansiKind.PEMDA);
  }

  @Nested
  @DisplayName("Pesawaran with its 2023 facts")
  class PesawaranWithIts2023Facts {

    @Test
    @DisplayName("gives the BPK opinion issued in 2023: WTP")
    void bpkOpinion() {
      assertThat(PESAWARAN_2023.bpkOpinionIssuedIn(EVIDENCE_YEAR_2024_ROUND)).contains(BpkOpinion.WTP);
    }

    @Test
    @DisplayName("gives the AKIP grade of the 2023 evaluation: B")
    void akip() {
      assertThat(PESAWARAN_2023.akipIn(EVIDENCE_YEAR_2024_ROUND)).contains(Grade.B);
    }

    @Test
    @DisplayName("gives the Indeks RB category of the 2023 evaluation: CC")
    void indeksRb() {
      assertThat(PESAWARAN_2023.indeksRbIn(EVIDENCE_YEAR_2024_ROUND)).contains(Grade.CC);
    }

    @Test
    @DisplayName("gives nothing for a year it was not told about")
    void unknownYear() {
      assertThat(PESAWARAN_2023.bpkOpinionIssuedIn(YEAR_NOT_GIVEN)).isEmpty();
      assertThat(PESAWARAN_2023.akipIn(YEAR_NOT_GIVEN)).isEmpty();
      assertThat(PESAWARAN_2023.indeksRbIn(YEAR_NOT_GIVEN)).isEmpty();
    }
  }

  @Nested
  @DisplayName("an instansi with a bad value")
  class AnInstansiWithABadValue {

    @ParameterizedTest(name = "name \"{0}\" is rejected")
    @DisplayName("a blank name is rejected, naming the field and the value")
    @ValueSource(strings = {"", " ", "\t\n"})
    void blankName(String blank) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Instansi.builder().name(blank).kind(InstansiKind.KL).build())
          .withMessage("name of instansi must not be blank, but was \"" + blank + "\"");
    }

    @ParameterizedTest(name = "BPK opinion year {0} is rejected")
    @DisplayName("a BPK opinion year that is not four digits is rejected, naming the field and the year")
    @ValueSource(ints = {TWO_DIGIT_YEAR, 999, 10000})
    void bpkOpinionYear(int year) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> pesawaran().putBpkOpinion(year, BpkOpinion.WTP).build())
          .withMessage("year of bpkOpinion must be a four-digit year, but was " + year);
    }

    @Test
    @DisplayName("a two-digit AKIP year is rejected, naming the field and the year")
    void akipYear() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> pesawaran().putAkip(TWO_DIGIT_YEAR, Grade.B).build())
          .withMessage("year of akip must be a four-digit year, but was 23");
    }

    @Test
    @DisplayName("a two-digit Indeks RB year is rejected, naming the field and the year")
    void indeksRbYear() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> pesawaran().putIndeksRb(TWO_DIGIT_YEAR, Grade.CC).build())
          .withMessage("year of indeksRb must be a four-digit year, but was 23");
    }

    @ParameterizedTest(name = "year {0} is accepted")
    @DisplayName("the first and the last four-digit years are accepted")
    @ValueSource(ints = {1000, 9999})
    void fourDigitYears(int year) {
      assertThat(pesawaran().putAkip(year, Grade.A).build().akipIn(year)).contains(Grade.A);
    }
  }
}
