package io.github.zi4j.lke;

import static io.github.zi4j.lke.LkeFixtures.CONTOH_52_2014;
import static io.github.zi4j.lke.LkeFixtures.CONTOH_90_2021;
import static io.github.zi4j.lke.LkeFixtures.SCORER_52_2014;
import static io.github.zi4j.lke.LkeFixtures.SCORER_90_2021;
import static io.github.zi4j.lke.LkeFixtures.indicator;
import static io.github.zi4j.lke.LkeFixtures.lettersTo;
import static io.github.zi4j.lke.LkeFixtures.node;
import static io.github.zi4j.lke.LkeFixtures.points;
import static io.github.zi4j.lke.LkeFixtures.surveyIndex;
import static io.github.zi4j.lke.LkeFixtures.template;
import static io.github.zi4j.lke.LkeFixtures.without;
import static io.github.zi4j.lke.LkeFixtures.yesNo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zi4j.ZiJson;
import io.github.zi4j.regulation.Edition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("A scored worksheet shows how it was added up, and gives the same area-level result as the area-level path")
class LkeScoreTest {

  private static final LkeScore CONTOH_SELF = SCORER_90_2021.score(CONTOH_90_2021, Role.SELF);
  private static final LkeScore CONTOH_TPI = SCORER_90_2021.score(CONTOH_90_2021, Role.TPI);
  private static final LkeScore CONTOH_SELF_WITHOUT_PW_P_3_B =
      SCORER_90_2021.score(without(CONTOH_90_2021, Role.SELF, "PW.P.3.b"), Role.SELF);

  // A tiny template, small enough to show its whole breakdown:
  //   LKE 100 = PENGUNGKIT 60 + HASIL 40
  //     P.1 60: P.1.a YA = 1, P.1.b B of A-C = 0.5  -> (1 + 0.5) / 2 x 60 = 45   (75 %)
  //     H.1 40: H.1.a index 3.6 = 0.9               -> 0.9 x 40            = 36   (90 %)
  //   total 45 + 36 = 81
  private static final LkeTemplate MINI = template(node("LKE", "100",
      node("PENGUNGKIT", "60", indicator("P.1", "60", yesNo("P.1.a"), lettersTo('C', "P.1.b"))),
      node("HASIL", "40", indicator("H.1", "40", surveyIndex("H.1.a")))));
  private static final Worksheet MINI_ANSWERS = Worksheet.of(Edition.PERMENPANRB_90_2021, Role.SELF,
      Map.of("P.1.a", Answer.YesNo.YA, "P.1.b", Answer.option("B"), "H.1.a", Answer.number("3.6")));
  private static final LkeScore MINI_SCORE = LkeScorer.of(MINI).score(MINI_ANSWERS, Role.SELF);

  @Nested
  @DisplayName("the area-level result of the 90/2021 example")
  class TheAreaLevelResult {

    @ParameterizedTest(name = "{0}")
    @DisplayName("its total, pengungkit and hasil equal the score's nodes")
    @EnumSource(Role.class)
    void sameComponents(Role role) {
      // given
      LkeScore score = SCORER_90_2021.score(CONTOH_90_2021, role);

      // when
      LkeResult result = score.toLkeResult();

      // then
      assertThat(result.total()).isEqualByComparingTo(score.total().orElseThrow());
      assertThat(result.pengungkitPoints()).isEqualByComparingTo(score.points("PENGUNGKIT").orElseThrow());
      assertThat(result.hasilPoints()).isEqualByComparingTo(score.points("HASIL").orElseThrow());
      assertThat(result.bersihAkuntabelPoints())
          .isEqualByComparingTo(score.points("HASIL.BERSIH").orElseThrow());
      assertThat(result.ipakPoints()).isEqualByComparingTo(score.points("HASIL.BERSIH.IPAK").orElseThrow());
      assertThat(result.capaianKinerjaPoints())
          .isEqualByComparingTo(score.points("HASIL.BERSIH.CAPAIAN").orElseThrow());
      assertThat(result.ipkpPoints()).isEqualByComparingTo(score.points("HASIL.PELAYANAN").orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("each area's pemenuhan and reform equal the area nodes under PEMENUHAN and REFORM")
    @EnumSource(Role.class)
    void sameAreas(Role role) {
      // given
      LkeScore score = SCORER_90_2021.score(CONTOH_90_2021, role);

      // when
      LkeResult result = score.toLkeResult();

      // then
      for (AreaPerubahan area : AreaPerubahan.values()) {
        assertThat(result.pengungkit().get(area).pemenuhan()).as("pemenuhan of %s", area)
            .isEqualByComparingTo(areaNode(score, "PEMENUHAN", area).points().orElseThrow());
        assertThat(result.pengungkit().get(area).reform()).as("reform of %s", area)
            .isEqualByComparingTo(areaNode(score, "REFORM", area).points().orElseThrow());
      }
    }

    // SELF (see LkeScorerTest): pemenuhan loses 0.25 in TL, 0.0625 in SDM, 0.0375 in PW;
    // reform loses 1.0 in SDM, 0.15 in PW, 0.625 in PP. The TPI loses 0.25 more in TL pemenuhan
    // (3.25 - 0.25 = 3.0) and 0.5 in MP reform (4 - 0.5 = 3.5).
    @ParameterizedTest(name = "{0} {1}: pemenuhan {2}, reform {3}")
    @DisplayName("each area earns what the hand computation says")
    @CsvSource({
        "SELF, MANAJEMEN_PERUBAHAN,                   4,      4",
        "SELF, PENATAAN_TATALAKSANA,                  3.25,   3.5",
        "SELF, PENATAAN_SISTEM_MANAJEMEN_SDM,         4.9375, 4",
        "SELF, PENGUATAN_AKUNTABILITAS_KINERJA,       5,      5",
        "SELF, PENGUATAN_PENGAWASAN,                  7.4625, 7.35",
        "SELF, PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK, 5,      4.375",
        "TPI,  MANAJEMEN_PERUBAHAN,                   4,      3.5",
        "TPI,  PENATAAN_TATALAKSANA,                  3.0,    3.5"
    })
    void byHand(Role role, AreaPerubahan area, BigDecimal pemenuhan, BigDecimal reform) {
      // when
      AreaScore earned = (role == Role.SELF ? CONTOH_SELF : CONTOH_TPI).toLkeResult()
          .pengungkit().get(area);

      // then
      assertThat(earned.pemenuhan()).isEqualByComparingTo(pemenuhan);
      assertThat(earned.reform()).isEqualByComparingTo(reform);
    }

    @Test
    @DisplayName("its hasil carries the answers to IPAK, capaian kinerja and IPKP")
    void hasil() {
      // when, then
      assertThat(CONTOH_SELF.toLkeResult().hasil())
          .isEqualTo(Hasil.of(points("3.71"), CapaianKinerja.B, points("3.6")));
    }

    private ScoreNode areaNode(LkeScore score, String part, AreaPerubahan area) {
      return score.node(part).orElseThrow().children().stream()
          .filter(child -> child.area().orElseThrow() == area)
          .findFirst().orElseThrow();
    }
  }

  @Nested
  @DisplayName("a score without an area-level result")
  class AScoreWithoutAnAreaLevelResult {

    @Test
    @DisplayName("an incomplete score has none, and the message lists what is unanswered")
    void incomplete() {
      // when, then
      assertThatIllegalStateException()
          .isThrownBy(CONTOH_SELF_WITHOUT_PW_P_3_B::toLkeResult)
          .withMessage("the score must be complete for an area-level result, but 1 question(s) are "
              + "unanswered: [PW.P.3.b]");
    }

    @Test
    @DisplayName("a 52/2014 score has none, and the message names both editions")
    void olderEdition() {
      // given
      LkeScore score = SCORER_52_2014.score(CONTOH_52_2014, Role.SELF);

      // when, then
      assertThatIllegalStateException()
          .isThrownBy(score::toLkeResult)
          .withMessage("only a PERMENPANRB_90_2021 score has an area-level result, but this is "
              + "PERMENPANRB_52_2014");
    }

    @Test
    @DisplayName("a survey index scored as zero has none, since an index is at least 1")
    void surveyScoredAsZero() {
      // given IPAK left unanswered and scored as 0 on request: the score is complete
      LkeScore score = SCORER_90_2021.score(without(CONTOH_90_2021, Role.SELF, "HASIL.BERSIH.IPAK.a"),
          Role.SELF, MissingAnswers.SCORE_AS_ZERO);

      // when, then
      assertThat(score.complete()).isTrue();
      assertThatIllegalStateException()
          .isThrownBy(score::toLkeResult)
          .withMessageContaining("HASIL.BERSIH.IPAK.a must be answered");
    }

    @Test
    @DisplayName("a 90/2021 template without the 90/2021 shape has none, naming the missing node")
    void otherShape() {
      // when, then
      assertThatIllegalStateException()
          .isThrownBy(MINI_SCORE::toLkeResult)
          .withMessage("template MINI must have a node PEMENUHAN for an area-level result");
    }
  }

  @Nested
  @DisplayName("the breakdown")
  class TheBreakdown {

    @Test
    @DisplayName("renders every node with points / weight (share) and every question with its answer and value, indented")
    void rendering() {
      // given MINI: 45 + 36 = 81; P.1 45 of 60 = 75 %; H.1 36 of 40 = 90 %
      String expected = String.join("\n",
          "Mini LKE \u2014 SELF",
          "LKE Simpul LKE: 81,00 / 100,00 (81,00 %)",
          "  PENGUNGKIT Simpul PENGUNGKIT: 45,00 / 60,00 (75,00 %)",
          "    P.1 Indikator P.1: 45,00 / 60,00 (75,00 %)",
          "      - P.1.a YA = 1,00",
          "      - P.1.b B = 0,50",
          "  HASIL Simpul HASIL: 36,00 / 40,00 (90,00 %)",
          "    H.1 Indikator H.1: 36,00 / 40,00 (90,00 %)",
          "      - H.1.a 3.6 = 0,90",
          "");

      // when, then
      assertThat(MINI_SCORE.breakdown()).isEqualTo(expected);
    }

    @Test
    @DisplayName("has one line per node and per question, after a title line")
    void oneLinePerNodeAndQuestion() {
      // given 90/2021: nodes LKE, PENGUNGKIT, PEMENUHAN, REFORM, HASIL, HASIL.BERSIH,
      // HASIL.PELAYANAN (7) + 12 areas + 25 pemenuhan + 17 reform + 3 hasil indicators = 64;
      // questions 81 pemenuhan + 23 reform + 3 hasil = 107; with the title 1 + 64 + 107 = 172
      List<String> lines = CONTOH_SELF.breakdown().lines().toList();

      // then
      assertThat(lines).hasSize(172);
    }

    @Test
    @DisplayName("shows the total rounded half-up to the cent, in Indonesian format: 93,61 / 100,00")
    void totalInIndonesian() {
      // 93.60625 -> 93.61; share 93.60625 / 100 = 0.9361 -> 93,61 %
      assertThat(CONTOH_SELF.breakdown().lines())
          .contains("LKE Nilai LKE: 93,61 / 100,00 (93,61 %)");
    }

    @Test
    @DisplayName("indents a question two steps below its indicator's node")
    void indentedQuestion() {
      // TL.P.2 is at depth 4 (LKE, PENGUNGKIT, PEMENUHAN, TL.P, TL.P.2): 8 spaces; its questions 10
      // TL.P.2: 1.75 of 2 = 87.5 %
      assertThat(CONTOH_SELF.breakdown().lines()).contains(
          "        TL.P.2 Sistem pemerintahan berbasis elektronik (SPBE): 1,75 / 2,00 (87,50 %)",
          "          - TL.P.2.c B = 0,50");
    }

    @Test
    @DisplayName("uses the locale asked for: 93.61 / 100.00 in English")
    void totalInEnglish() {
      // when, then
      assertThat(CONTOH_SELF.breakdown(Locale.ENGLISH).lines())
          .contains("LKE Nilai LKE: 93.61 / 100.00 (93.61 %)");
    }

    @Test
    @DisplayName("marks unanswered questions and the nodes above them with ? and lists them at the end")
    void unanswered() {
      // when
      List<String> lines = CONTOH_SELF_WITHOUT_PW_P_3_B.breakdown().lines().toList();

      // then
      assertThat(lines).contains(
          "LKE Nilai LKE: ? / 100,00",
          "          - PW.P.3.b (unanswered) = ?");
      assertThat(lines.get(lines.size() - 1)).isEqualTo("unanswered: [PW.P.3.b]");
    }
  }

  @Nested
  @DisplayName("the score as JSON")
  class TheScoreAsJson {

    @Test
    @DisplayName("starts with template, edition, role, complete, unanswered and root")
    void fieldOrder() throws Exception {
      // when
      JsonNode json = ZiJson.mapper().readTree(ZiJson.write(CONTOH_SELF));

      // then
      List<String> fields = new ArrayList<>();
      json.fieldNames().forEachRemaining(fields::add);
      assertThat(fields).containsExactly("template", "edition", "role", "complete", "unanswered", "root");
    }

    @Test
    @DisplayName("names the template, edition and role, and gives the root's exact points")
    void values() throws Exception {
      // when
      JsonNode json = ZiJson.mapper().readTree(ZiJson.write(CONTOH_SELF));

      // then
      assertThat(json.get("template").asText()).isEqualTo("PERMENPANRB_90_2021");
      assertThat(json.get("edition").asText()).isEqualTo("PERMENPANRB_90_2021");
      assertThat(json.get("role").asText()).isEqualTo("SELF");
      assertThat(json.get("complete").asBoolean()).isTrue();
      assertThat(json.get("unanswered")).isEmpty();
      assertThat(json.at("/root/id").asText()).isEqualTo("LKE");
      assertThat(json.at("/root/points").decimalValue()).isEqualByComparingTo(points("93.60625"));
    }

    @Test
    @DisplayName("of an incomplete score lists what is unanswered and leaves the root without points")
    void incomplete() throws Exception {
      // when
      JsonNode json = ZiJson.mapper().readTree(ZiJson.write(CONTOH_SELF_WITHOUT_PW_P_3_B));

      // then
      assertThat(json.get("complete").asBoolean()).isFalse();
      assertThat(json.get("unanswered").get(0).asText()).isEqualTo("PW.P.3.b");
      assertThat(json.get("root").has("points")).isFalse();
    }
  }
}
