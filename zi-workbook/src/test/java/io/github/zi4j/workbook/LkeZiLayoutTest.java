package io.github.zi4j.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.LkeTemplates;
import io.github.zi4j.regulation.Edition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The bundled layout of the 90/2021 workbook's sheet {@code LKE ZI}, read from its two CSV files as
 * the domain notes give them (lke-zi-workbook-layout.csv, lke-zi-workbook-indicators.csv), each row
 * checked against the 90/2021 template. {@code LkeWorkbook} reads it once, when first used; these
 * tests read it afresh.
 */
@DisplayName("The bundled LKE ZI layout")
class LkeZiLayoutTest {

  private static final LkeTemplate LKE_90_2021 = LkeTemplates.bundled(Edition.PERMENPANRB_90_2021);
  private static final int K = 10;
  private static final int L = 11;

  @Test
  @DisplayName("puts each of the 127 soals on sheet LKE ZI in column K: soal 1 at row 8, soal 92 at"
      + " row 135, soal 127 at row 205")
  void soals() {
    List<SoalCells> soals = LkeZiLayout.soals(LKE_90_2021);

    assertThat(soals).hasSize(127);
    assertThat(soals.get(0)).isEqualTo(new SoalCells(1, "LKE ZI", 8,
        Map.of(AnswerField.JAWABAN_UNIT, K)));
    assertThat(soals.get(91)).isEqualTo(new SoalCells(92, "LKE ZI", 135,
        Map.of(AnswerField.JAWABAN_UNIT, K)));
    assertThat(soals.get(126)).isEqualTo(new SoalCells(127, "LKE ZI", 205,
        Map.of(AnswerField.JAWABAN_UNIT, K)));
  }

  @Test
  @DisplayName("reads the workbook's saved scores in column L: each soal's value at its row, 44"
      + " indicators, and the pengungkit, hasil and total at L198, L206 and L208")
  void saved() {
    List<SoalCells> soals = LkeZiLayout.soals(LKE_90_2021);

    List<SavedCell> saved = LkeZiLayout.saved(LKE_90_2021, soals);

    assertThat(saved).hasSize(127 + 44 + 3);
    assertThat(saved.get(0)).isEqualTo(new SavedCell("S1", "LKE ZI", 8, L));
    assertThat(saved).contains(new SavedCell("54", "LKE ZI", 175, L),
        new SavedCell("4", "LKE ZI", 7, L));
    assertThat(saved.subList(saved.size() - 3, saved.size()))
        .extracting(SavedCell::row).containsExactly(198, 206, 208);
    assertThat(saved.subList(saved.size() - 3, saved.size()))
        .allSatisfy(cell -> assertThat(cell.ref()).startsWith("'LKE ZI'!L"));
  }

  @Test
  @DisplayName("cannot serve a template whose soals it does not know (52/2014 has no PortalRB"
      + " soal ids): it says the bundled layout does not fit, naming the soal")
  void anotherTemplate() {
    assertThatIllegalStateException()
        .isThrownBy(() -> LkeZiLayout.soals(LkeTemplates.bundled(Edition.PERMENPANRB_52_2014)))
        .withMessageStartingWith("the bundled LKE ZI layout lke-zi-layout.csv is broken: soal_id 1"
            + " is not a soal of ");
  }
}
