package io.github.zi4j.portalrb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zi4j.ZiJson;
import io.github.zi4j.ZiParseException;
import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.LkeTemplates;
import io.github.zi4j.portalrb.SoalDifference.Kind;
import io.github.zi4j.regulation.Edition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("PortalRB's master soal compared with the bundled 90/2021 template")
class MasterSoalTest {

  static final LkeTemplate OFFICIAL = LkeTemplates.bundled(Edition.PERMENPANRB_90_2021);

  /** The master soal built from the bundled template, written and read back as PortalRB's JSON. */
  static MasterSoal fromTemplate() {
    String json = ZiJson.write(MasterSoal.from(OFFICIAL, 2026));
    return ZiJson.read(json, "master-soal.json", MasterSoal.class);
  }

  @Nested
  @DisplayName("built from the bundled template")
  class FromTemplate {

    @Test
    @DisplayName("has 127 soals under the components 1 (pengungkit, 60) and 60 (hasil, 40)")
    void structure() {
      MasterSoal master = fromTemplate();

      assertThat(master.totalSoal()).isEqualTo(127);
      assertThat(master.soals()).hasSize(127);
      assertThat(master.data()).extracting(NodeSoal::id, NodeSoal::level)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "komponen"),
              org.assertj.core.groups.Tuple.tuple(60, "komponen"));
      assertThat(master.data().get(0).bobotMaksimal()).isEqualByComparingTo("60");
    }

    @Test
    @DisplayName("carries the official types and values: soal 6 A-D 1/0.67/0.33/0, 88 a count,"
        + " 125 IPAK on 0-4 with 17.5")
    void soals() {
      MasterSoal master = fromTemplate();

      Soal six = master.soals().get(6);
      assertThat(six.jenisJawaban()).isEqualTo(JenisJawaban.ABCD);
      assertThat(six.skemaPenilaian()).extracting(SkemaPenilaian::key)
          .containsExactly("A", "B", "C", "D");
      assertThat(six.skemaPenilaian()).extracting(SkemaPenilaian::multiplier)
          .usingElementComparator(BigDecimal::compareTo)
          .containsExactly(new BigDecimal("1"), new BigDecimal("0.67"), new BigDecimal("0.33"),
              BigDecimal.ZERO);
      assertThat(master.soals().get(88).jenisJawaban()).isEqualTo(JenisJawaban.JUMLAH);
      assertThat(master.soals().get(88).skemaPenilaian()).isEmpty();
      assertThat(master.soals().get(125).jenisJawaban()).isEqualTo(JenisJawaban.SKALA_0_4);
      assertThat(master.soals().get(125).bobotMaksimal()).isEqualByComparingTo("17.5");
      assertThat(master.soals().get(126).bobotMaksimal()).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("read back, differs from the template in nothing")
    void noDifference() {
      assertThat(fromTemplate().compareWith(OFFICIAL)).isEmpty();
    }
  }

  /**
   * A master soal weighted as PortalRB's 2026 file is (domain notes, portalrb.md §2): 17.5 on the
   * surveys 125 and 127, 5 on capaian kinerja 126, 1 on komitmen pimpinan 92, 0 on the other 123
   * soals, 93 included though it alone makes up the weight-1 indicator 38.
   */
  static MasterSoal like2026() {
    MasterSoal master = fromTemplate();
    Soal s92 = master.soals().get(92).withBobotMaksimal(new BigDecimal("1"));
    Soal s126 = master.soals().get(126).withBobotMaksimal(new BigDecimal("5"));
    return master.withSoal(92, Optional.of(s92)).withSoal(126, Optional.of(s126));
  }

  @Nested
  @DisplayName("weighted as PortalRB's 2026 file (0 on most soals, 1, 5 and 17.5 on four)")
  class Weights2026 {

    @Test
    @DisplayName("differs in nothing: each nonzero soal weight is the weight of the indicator it"
        + " alone makes up, and a 0 is never a difference, not even on soal 93 of a weight-1"
        + " indicator")
    void validates() {
      MasterSoal master = like2026();
      // the fixture is weighted as the notes say
      assertThat(master.soals().values().stream()
          .collect(java.util.stream.Collectors.groupingBy(s -> s.bobotMaksimal().stripTrailingZeros()
              .toPlainString(), java.util.stream.Collectors.counting())))
          .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("0", 123L, "1", 1L, "5", 1L,
              "17.5", 2L));
      assertThat(master.soals().get(93).bobotMaksimal()).isEqualByComparingTo("0");

      assertThat(master.compareWith(OFFICIAL)).isEmpty();
    }

    @Test
    @DisplayName("a 0 on every soal, the surveys included, differs in nothing")
    void zeroEverywhere() {
      MasterSoal master = like2026();
      for (int id : List.of(92, 125, 126, 127)) {
        master = master.withSoal(id, Optional.of(master.soals().get(id)
            .withBobotMaksimal(BigDecimal.ZERO)));
      }

      assertThat(master.compareWith(OFFICIAL)).isEmpty();
    }

    @Test
    @DisplayName("a nonzero weight that disagrees is still reported: 93 at 2 (its indicator weighs"
        + " 1), 1 at 0.5 (it shares its indicator: the template gives it 0), 125 at 20 (17.5)")
    void reportsNonzeroDisagreement() {
      MasterSoal master = like2026();
      master = master
          .withSoal(1, Optional.of(master.soals().get(1).withBobotMaksimal(new BigDecimal("0.5"))))
          .withSoal(93, Optional.of(master.soals().get(93).withBobotMaksimal(new BigDecimal("2"))))
          .withSoal(125, Optional.of(master.soals().get(125)
              .withBobotMaksimal(new BigDecimal("20"))));

      List<SoalDifference> differences = master.compareWith(OFFICIAL);

      assertThat(differences).containsExactly(
          new SoalDifference(Kind.SOAL_WEIGHT, "soal 1", "0.5", "0"),
          new SoalDifference(Kind.SOAL_WEIGHT, "soal 93", "2", "1"),
          new SoalDifference(Kind.SOAL_WEIGHT, "soal 125", "20", "17.5"));
      assertThat(differences.get(1)).hasToString(
          "soal 93: bobot_maksimal is 2 in the master soal, 1 in the template");
    }
  }

  @Nested
  @DisplayName("changed")
  class Changed {

    @Test
    @DisplayName("a node weight, a type and a removed soal are each reported with their id")
    void reportsEachChange() {
      MasterSoal master = fromTemplate()
          .withNodeBobot(4, new BigDecimal("0.75"))
          .withSoal(2, Optional.of(fromTemplate().soals().get(2).withJenisJawaban(
              JenisJawaban.ABCD, List.of())))
          .withSoal(12, Optional.empty());

      List<SoalDifference> differences = master.compareWith(OFFICIAL);

      assertThat(differences).containsExactly(
          new SoalDifference(Kind.TOTAL_SOAL, "master soal", "127", "126 soals"),
          new SoalDifference(Kind.NODE_WEIGHT, "node 4", "0.75", "0.5"),
          new SoalDifference(Kind.SOAL_TYPE, "soal 2", "ABCD", "ABC"),
          new SoalDifference(Kind.SOAL_REMOVED, "soal 12", "absent", "S12"));
      assertThat(differences.get(0)).hasToString(
          "master soal: total_soal is 127, but 126 soals are listed");
      assertThat(differences.get(1)).hasToString(
          "node 4: bobot_maksimal is 0.75 in the master soal, 0.5 in the template");
      assertThat(differences.get(3)).hasToString(
          "soal 12: removed: in the template (S12), not in the master soal");
    }

    @Test
    @DisplayName("an A-D value of 0.66 instead of 0.67 is a multiplier difference")
    void reportsMultiplier() {
      Soal six = fromTemplate().soals().get(6);
      Soal changed = six.withJenisJawaban(JenisJawaban.ABCD, List.of(
          new SkemaPenilaian("A", "A", BigDecimal.ONE),
          new SkemaPenilaian("B", "B", new BigDecimal("0.66")),
          new SkemaPenilaian("C", "C", new BigDecimal("0.33")),
          new SkemaPenilaian("D", "D", BigDecimal.ZERO)));

      assertThat(fromTemplate().withSoal(6, Optional.of(changed)).compareWith(OFFICIAL))
          .containsExactly(new SoalDifference(Kind.SOAL_MULTIPLIER, "soal 6",
              "A=1, B=0.66, C=0.33, D=0", "A=1, B=0.67, C=0.33, D=0"));
    }
  }

  @Nested
  @DisplayName("read from JSON")
  class Read {

    @Test
    @DisplayName("takes jenis_jawaban Jumlah and jumlah alike, and 0-4")
    void spellings() {
      assertThat(JenisJawaban.fromJson("jumlah")).isEqualTo(JenisJawaban.JUMLAH);
      assertThat(JenisJawaban.fromJson("Jumlah")).isEqualTo(JenisJawaban.JUMLAH);
      assertThat(JenisJawaban.fromJson("0-4")).isEqualTo(JenisJawaban.SKALA_0_4);
    }

    @Test
    @DisplayName("an unknown jenis_jawaban is bad input at its path, naming the allowed ones")
    void unknownType() {
      String json = """
          {"tahun": 2026, "total_soal": 1, "generated_at": "2026-01-05T08:00:00+07:00",
           "data": [{"id": 1, "nama": "Pengungkit", "level": "komponen", "bobot_maksimal": 60,
             "children": [], "soals": [{"id": 1, "teks_pertanyaan": "?", "jenis_jawaban": "AB",
             "bobot_maksimal": 0, "skema_penilaian": []}]}]}""";

      assertThatThrownBy(() -> ZiJson.read(json, "master.json", MasterSoal.class))
          .isInstanceOfSatisfying(ZiParseException.class, e -> {
            assertThat(e.path()).isEqualTo("$.data[0].soals[0].jenis_jawaban");
            assertThat(e.problem()).contains("jenis_jawaban must be one of [YA_TIDAK, ABC, ABCD,"
                + " ABCDE, Jumlah, 0-4] (or jumlah), but was \"AB\"");
          });
    }
  }
}
