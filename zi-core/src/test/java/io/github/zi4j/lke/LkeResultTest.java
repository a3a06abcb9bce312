package io.github.zi4j.lke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.zi4j.regulation.Edition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("An LKE result adds up its parts exactly with the weights of PermenPANRB 90/2021")
class LkeResultTest {

  // One worksheet, written by hand (points per area; weights of 90/2021 in brackets, domain notes §4):
  //
  //   area                                      pemenuhan        reform          area
  //   Manajemen Perubahan                       3.60 (4.00)      3.20 (4.00)      6.80
  //   Penataan Tatalaksana                      3.10 (3.50)      2.80 (3.50)      5.90
  //   Penataan Sistem Manajemen SDM             4.25 (5.00)      3.90 (5.00)      8.15
  //   Penguatan Akuntabilitas Kinerja           4.40 (5.00)      3.75 (5.00)      8.15
  //   Penguatan Pengawasan                      6.60 (7.50)      5.85 (7.50)     12.45
  //   Peningkatan Kualitas Pelayanan Publik     4.50 (5.00)      4.05 (5.00)      8.55
  //                                            -----            -----           -----
  //   pengungkit                               26.45      +    23.55      =     50.00
  //
  //   IPAK 3.71           -> 3.71 / 4 x 17.5 = 3.71 x 4.375 = 16.23125
  //   capaian kinerja B   -> 0.75 x 5                       =  3.75
  //   bersih dan akuntabel: 16.23125 + 3.75                 = 19.98125
  //   IPKP 3.52           -> 3.52 / 4 x 17.5 = 3.52 x 4.375 = 15.40
  //   hasil: 19.98125 + 15.40                               = 35.38125
  //   total: 50.00 + 35.38125                               = 85.38125, shown as 85.38

  private static final AreaScore MANAJEMEN_PERUBAHAN = score("3.60", "3.20");
  private static final AreaScore PENATAAN_TATALAKSANA = score("3.10", "2.80");
  private static final AreaScore PENATAAN_SDM = score("4.25", "3.90");
  private static final AreaScore AKUNTABILITAS_KINERJA = score("4.40", "3.75");
  private static final AreaScore PENGAWASAN = score("6.60", "5.85");
  private static final AreaScore PELAYANAN_PUBLIK = score("4.50", "4.05");

  private static final BigDecimal IPAK = new BigDecimal("3.71");
  private static final BigDecimal IPKP = new BigDecimal("3.52");
  private static final Hasil HASIL = Hasil.of(IPAK, CapaianKinerja.B, IPKP);

  private static final LkeResult WORKSHEET = worksheet(PENGAWASAN, HASIL);

  private static AreaScore score(String pemenuhan, String reform) {
    return AreaScore.of(new BigDecimal(pemenuhan), new BigDecimal(reform));
  }

  private static BigDecimal points(String value) {
    return new BigDecimal(value);
  }

  private static LkeResult worksheet(AreaScore pengawasan, Hasil hasil) {
    return LkeResult.builder()
        .putPengungkit(AreaPerubahan.MANAJEMEN_PERUBAHAN, MANAJEMEN_PERUBAHAN)
        .putPengungkit(AreaPerubahan.PENATAAN_TATALAKSANA, PENATAAN_TATALAKSANA)
        .putPengungkit(AreaPerubahan.PENATAAN_SISTEM_MANAJEMEN_SDM, PENATAAN_SDM)
        .putPengungkit(AreaPerubahan.PENGUATAN_AKUNTABILITAS_KINERJA, AKUNTABILITAS_KINERJA)
        .putPengungkit(AreaPerubahan.PENGUATAN_PENGAWASAN, pengawasan)
        .putPengungkit(AreaPerubahan.PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK, PELAYANAN_PUBLIK)
        .hasil(hasil)
        .build();
  }

  @Nested
  @DisplayName("a worksheet added up by hand")
  class AWorksheetAddedUpByHand {

    @ParameterizedTest(name = "{0} earns {1} + {2} = {3}")
    @DisplayName("an area earns its pemenuhan plus its reform points")
    @CsvSource({
        "MANAJEMEN_PERUBAHAN,                   3.60, 3.20,  6.80",
        "PENATAAN_TATALAKSANA,                  3.10, 2.80,  5.90",
        "PENATAAN_SISTEM_MANAJEMEN_SDM,         4.25, 3.90,  8.15",
        "PENGUATAN_AKUNTABILITAS_KINERJA,       4.40, 3.75,  8.15",
        "PENGUATAN_PENGAWASAN,                  6.60, 5.85, 12.45",
        "PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK, 4.50, 4.05,  8.55"
    })
    void areaPoints(AreaPerubahan area, String pemenuhan, String reform, String expected) {
      // given the worksheet; when
      BigDecimal earned = WORKSHEET.areaPoints(area);

      // then
      assertThat(earned).isEqualByComparingTo(points(expected));
    }

    @Test
    @DisplayName("pengungkit is the sum of the six areas: 26.45 + 23.55 = 50.00")
    void pengungkit() {
      assertThat(WORKSHEET.pengungkitPoints()).isEqualByComparingTo(points("50.00"));
    }

    @Test
    @DisplayName("IPAK 3.71 earns 3.71 / 4 x 17.5 = 16.23125")
    void ipak() {
      assertThat(WORKSHEET.ipakPoints()).isEqualByComparingTo(points("16.23125"));
    }

    @Test
    @DisplayName("capaian kinerja B earns 0.75 x 5 = 3.75")
    void capaianKinerja() {
      assertThat(WORKSHEET.capaianKinerjaPoints()).isEqualByComparingTo(points("3.75"));
    }

    @Test
    @DisplayName("birokrasi bersih dan akuntabel is IPAK plus capaian kinerja: 16.23125 + 3.75 = 19.98125")
    void bersihAkuntabel() {
      assertThat(WORKSHEET.bersihAkuntabelPoints()).isEqualByComparingTo(points("19.98125"));
    }

    @Test
    @DisplayName("pelayanan publik prima is IPKP 3.52 / 4 x 17.5 = 15.40")
    void ipkp() {
      assertThat(WORKSHEET.ipkpPoints()).isEqualByComparingTo(points("15.40"));
    }

    @Test
    @DisplayName("hasil is bersih dan akuntabel plus pelayanan publik prima: 19.98125 + 15.40 = 35.38125")
    void hasil() {
      assertThat(WORKSHEET.hasilPoints()).isEqualByComparingTo(points("35.38125"));
    }

    @Test
    @DisplayName("the total is pengungkit plus hasil, exact: 50.00 + 35.38125 = 85.38125")
    void totalExact() {
      assertThat(WORKSHEET.total()).isEqualByComparingTo(points("85.38125"));
    }

    @Test
    @DisplayName("the total shown to the cent, half-up, is 85.38")
    void totalToTheCent() {
      // when
      BigDecimal shown = WORKSHEET.total().setScale(2, RoundingMode.HALF_UP);

      // then 85.38125 -> 85.38
      assertThat(shown).isEqualByComparingTo(points("85.38"));
    }

    @Test
    @DisplayName("the result is added up with the 90/2021 weights")
    void weights() {
      assertThat(WORKSHEET.weights()).isSameAs(LkeWeights.permenpanrb90of2021());
    }

    @Test
    @DisplayName("the result knows its edition: PermenPANRB 90/2021 unless given")
    void edition() {
      assertThat(WORKSHEET.edition()).isEqualTo(Edition.PERMENPANRB_90_2021);
    }

    @Test
    @DisplayName("an edition whose template has no area-level form cannot have an area-level result")
    void editionWithoutAreaLevelForm() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> WORKSHEET.withEdition(Edition.PERMENPANRB_52_2014))
          .withMessage("edition of an area-level LKE result must be one whose template has the "
              + "area-level form, but was PERMENPANRB_52_2014");
    }

    @Test
    @DisplayName("each role's points are read by role: TOTAL is the total, PELAYANAN_PRIMA the IPKP")
    void pointsByRole() {
      assertThat(WORKSHEET.points(NodeRole.TOTAL)).isEqualTo(WORKSHEET.total());
      assertThat(WORKSHEET.points(NodeRole.PENGUNGKIT)).isEqualTo(WORKSHEET.pengungkitPoints());
      assertThat(WORKSHEET.points(NodeRole.PELAYANAN_PRIMA)).isEqualTo(WORKSHEET.ipkpPoints());
      assertThatIllegalArgumentException().isThrownBy(() -> WORKSHEET.points(NodeRole.REFORM))
          .withMessageContaining("REFORM per area");
    }
  }

  @Nested
  @DisplayName("a full worksheet")
  class AFullWorksheet {

    private final LkeResult full = LkeResult.builder()
        .putPengungkit(AreaPerubahan.MANAJEMEN_PERUBAHAN, score("4.00", "4.00"))
        .putPengungkit(AreaPerubahan.PENATAAN_TATALAKSANA, score("3.50", "3.50"))
        .putPengungkit(AreaPerubahan.PENATAAN_SISTEM_MANAJEMEN_SDM, score("5.00", "5.00"))
        .putPengungkit(AreaPerubahan.PENGUATAN_AKUNTABILITAS_KINERJA, score("5.00", "5.00"))
        .putPengungkit(AreaPerubahan.PENGUATAN_PENGAWASAN, score("7.50", "7.50"))
        .putPengungkit(AreaPerubahan.PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK, score("5.00", "5.00"))
        .hasil(Hasil.of(points("4"), CapaianKinerja.A, points("4")))
        .build();

    @Test
    @DisplayName("earns every weight: pengungkit 60, hasil 17.5 + 5 + 17.5 = 40, total 100")
    void earnsEveryWeight() {
      assertThat(full.pengungkitPoints()).isEqualByComparingTo(points("60"));
      assertThat(full.hasilPoints()).isEqualByComparingTo(points("40"));
      assertThat(full.total()).isEqualByComparingTo(points("100"));
    }
  }

  @Nested
  @DisplayName("a survey index s on the 1-4 scale")
  class ASurveyIndex {

    @ParameterizedTest(name = "IPAK {0} earns {1}")
    @DisplayName("IPAK s earns s / 4 x 17.5 points")
    @CsvSource({
        "1,    4.375",   // 1 / 4 x 17.5
        "2,    8.75",    // 2 / 4 x 17.5
        "3.20, 14.00",   // 3.20 x 4.375
        "3.60, 15.75",   // 3.60 x 4.375 (the domain notes' example)
        "4,    17.5"     // the whole weight
    })
    void ipakPoints(String index, String expected) {
      // given
      LkeResult result = WORKSHEET.withHasil(HASIL.withIpak(points(index)));

      // when / then
      assertThat(result.ipakPoints()).isEqualByComparingTo(points(expected));
    }

    @ParameterizedTest(name = "IPKP {0} earns {1}")
    @DisplayName("IPKP s earns s / 4 x 17.5 points")
    @CsvSource({
        "1,    4.375",   // 1 / 4 x 17.5
        "3.20, 14.00",   // 3.20 x 4.375: the WBK minimum
        "3.60, 15.75",   // 3.60 x 4.375: the WBBM minimum
        "4,    17.5"     // the whole weight
    })
    void ipkpPoints(String index, String expected) {
      // given
      LkeResult result = WORKSHEET.withHasil(HASIL.withIpkp(points(index)));

      // when / then
      assertThat(result.ipkpPoints()).isEqualByComparingTo(points(expected));
    }

    @ParameterizedTest(name = "index {0} is accepted")
    @DisplayName("an index of exactly 1 or exactly 4 is accepted")
    @ValueSource(strings = {"1", "1.00", "4", "4.00"})
    void boundsAccepted(String index) {
      // when
      Hasil hasil = Hasil.of(points(index), CapaianKinerja.C, points(index));

      // then
      assertThat(hasil.ipak()).isEqualByComparingTo(points(index));
      assertThat(hasil.ipkp()).isEqualByComparingTo(points(index));
    }

    @ParameterizedTest(name = "IPAK {0} is rejected")
    @DisplayName("an IPAK outside 1 to 4 is rejected, naming ipak, the value and the range")
    @ValueSource(strings = {"4.7", "0.9", "4.01", "0", "-1"})
    void ipakOutOfRange(String index) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Hasil.of(points(index), CapaianKinerja.B, IPKP))
          .withMessageContainingAll("ipak", "but was " + index, "between 1 and 4");
    }

    @ParameterizedTest(name = "IPKP {0} is rejected")
    @DisplayName("an IPKP outside 1 to 4 is rejected, naming ipkp, the value and the range")
    @ValueSource(strings = {"4.7", "0.9"})
    void ipkpOutOfRange(String index) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Hasil.of(IPAK, CapaianKinerja.B, points(index)))
          .withMessageContainingAll("ipkp", "but was " + index, "between 1 and 4");
    }
  }

  @Nested
  @DisplayName("capaian kinerja graded A to E")
  class CapaianKinerjaGraded {

    @ParameterizedTest(name = "grade {0} earns {1}")
    @DisplayName("a grade earns its value (A-E = 1, 3/4, 1/2, 1/4, 0) times 5")
    @CsvSource({
        "A, 5",      // 1    x 5
        "B, 3.75",   // 0.75 x 5
        "C, 2.5",    // 0.5  x 5
        "D, 1.25",   // 0.25 x 5
        "E, 0"       // 0    x 5
    })
    void gradePoints(CapaianKinerja grade, String expected) {
      // given
      LkeResult result = WORKSHEET.withHasil(HASIL.withCapaianKinerja(grade));

      // when / then
      assertThat(result.capaianKinerjaPoints()).isEqualByComparingTo(points(expected));
    }
  }

  @Nested
  @DisplayName("a worksheet that breaks the weights")
  class AWorksheetThatBreaksTheWeights {

    @ParameterizedTest(name = "without {0}")
    @DisplayName("a worksheet without one of the six areas is rejected, naming the missing area")
    @EnumSource(AreaPerubahan.class)
    void missingArea(AreaPerubahan missing) {
      // given a worksheet of the five other areas
      LkeResult.Builder builder = LkeResult.builder().hasil(HASIL);
      WORKSHEET.pengungkit().forEach((area, score) -> {
        if (area != missing) {
          builder.putPengungkit(area, score);
        }
      });

      // when / then
      assertThatIllegalArgumentException()
          .isThrownBy(builder::build)
          .withMessageContainingAll("pengungkit", missing.name(), "is missing", "all six areas");
    }

    @Test
    @DisplayName("pengawasan pemenuhan 7.51 is rejected: its weight is 7.50")
    void partAboveItsWeight() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> worksheet(score("7.51", "5.85"), HASIL))
          .withMessageContainingAll(
              "pengungkit.PENGUATAN_PENGAWASAN.pemenuhan", "but was 7.51", "between 0 and 7.50");
    }

    @Test
    @DisplayName("pengawasan reform 7.51 is rejected: its weight is 7.50")
    void reformAboveItsWeight() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> worksheet(score("6.60", "7.51"), HASIL))
          .withMessageContainingAll(
              "pengungkit.PENGUATAN_PENGAWASAN.reform", "but was 7.51", "between 0 and 7.50");
    }

    @Test
    @DisplayName("pengawasan pemenuhan and reform of exactly 7.50 each are accepted: 15.00 for the area")
    void partAtItsWeight() {
      // when
      LkeResult result = worksheet(score("7.50", "7.50"), HASIL);

      // then 7.50 + 7.50
      assertThat(result.areaPoints(AreaPerubahan.PENGUATAN_PENGAWASAN))
          .isEqualByComparingTo(points("15.00"));
    }

    @ParameterizedTest(name = "pemenuhan {0} is rejected")
    @DisplayName("negative pemenuhan points are rejected, naming pemenuhan and the value")
    @ValueSource(strings = {"-0.01", "-1"})
    void negativePemenuhan(String value) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> score(value, "1"))
          .withMessageContainingAll("pemenuhan", "must not be negative", "but was " + value);
    }

    @ParameterizedTest(name = "reform {0} is rejected")
    @DisplayName("negative reform points are rejected, naming reform and the value")
    @ValueSource(strings = {"-0.01", "-1"})
    void negativeReform(String value) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> score("1", value))
          .withMessageContainingAll("reform", "must not be negative", "but was " + value);
    }

    @ParameterizedTest(name = "{0} points are rejected")
    @DisplayName("points above 100 or with more than 10 decimal places are rejected, as the limits say")
    @ValueSource(strings = {"100.5", "0.00000000001", "-1e-999999999"})
    void beyondLimits(String value) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> score(value, "1"))
          .withMessage("pemenuhan must be at most 100 with at most 10 decimal places, but was "
              + new BigDecimal(value));
      assertThatIllegalArgumentException()
          .isThrownBy(() -> score("1", value))
          .withMessageStartingWith("reform must be at most 100");
    }
  }
}
