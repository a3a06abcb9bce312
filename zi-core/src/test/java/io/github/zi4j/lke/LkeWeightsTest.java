package io.github.zi4j.lke;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.Edition;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The LKE weights of PermenPANRB 90/2021 are the ones of the regulation")
class LkeWeightsTest {

  private static final LkeWeights WEIGHTS = LkeWeights.permenpanrb90of2021();

  private static BigDecimal weight(String value) {
    return new BigDecimal(value);
  }

  @Nested
  @DisplayName("the six areas of change")
  class TheSixAreas {

    @ParameterizedTest(name = "{0} weighs {1} = {2} pemenuhan + {2} reform")
    @DisplayName("an area weighs 8/7/10/10/15/10, split evenly between pemenuhan and reform")
    @CsvSource({
        "MANAJEMEN_PERUBAHAN,                    8, 4.00",
        "PENATAAN_TATALAKSANA,                   7, 3.50",
        "PENATAAN_SISTEM_MANAJEMEN_SDM,         10, 5.00",
        "PENGUATAN_AKUNTABILITAS_KINERJA,       10, 5.00",
        "PENGUATAN_PENGAWASAN,                  15, 7.50",
        "PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK, 10, 5.00"
    })
    void areaWeight(AreaPerubahan area, String areaWeight, String partWeight) {
      assertThat(WEIGHTS.area(area)).isEqualByComparingTo(weight(areaWeight));
      assertThat(WEIGHTS.pemenuhan(area)).isEqualByComparingTo(weight(partWeight));
      assertThat(WEIGHTS.reform(area)).isEqualByComparingTo(weight(partWeight));
    }

    @Test
    @DisplayName("pengungkit weighs 8 + 7 + 10 + 10 + 15 + 10 = 60")
    void pengungkit() {
      assertThat(WEIGHTS.pengungkit()).isEqualByComparingTo(weight("60"));
    }
  }

  @Nested
  @DisplayName("the results component")
  class TheResultsComponent {

    @Test
    @DisplayName("IPAK weighs 17.5, capaian kinerja 5 and IPKP 17.5")
    void indicators() {
      assertThat(WEIGHTS.ipak()).isEqualByComparingTo(weight("17.5"));
      assertThat(WEIGHTS.capaianKinerja()).isEqualByComparingTo(weight("5"));
      assertThat(WEIGHTS.ipkp()).isEqualByComparingTo(weight("17.5"));
    }

    @Test
    @DisplayName("birokrasi bersih dan akuntabel weighs IPAK 17.5 + capaian kinerja 5 = 22.5")
    void bersihAkuntabel() {
      assertThat(WEIGHTS.bersihAkuntabel()).isEqualByComparingTo(weight("22.5"));
    }

    @Test
    @DisplayName("hasil weighs 22.5 + 17.5 = 40")
    void hasil() {
      assertThat(WEIGHTS.hasil()).isEqualByComparingTo(weight("40"));
    }

    @Test
    @DisplayName("a survey index is at most 4")
    void surveyIndexMax() {
      assertThat(WEIGHTS.surveyIndexMax()).isEqualByComparingTo(weight("4"));
    }
  }

  @Test
  @DisplayName("the whole LKE weighs pengungkit 60 + hasil 40 = 100")
  void total() {
    assertThat(WEIGHTS.pengungkit().add(WEIGHTS.hasil())).isEqualByComparingTo(weight("100"));
  }

  @Test
  @DisplayName("the weights belong to PermenPANRB 90/2021 and are sure")
  void edition() {
    assertThat(WEIGHTS.edition()).isEqualTo(Edition.PERMENPANRB_90_2021);
    assertThat(WEIGHTS.basis().confidence()).isEqualTo(Confidence.SURE);
    assertThat(WEIGHTS.basis().citation()).contains("90/2021");
  }
}
