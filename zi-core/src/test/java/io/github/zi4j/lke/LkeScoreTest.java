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
  private static final LkeScore CONTOH_SELF_WITHOUT_S54 =
      SCORER_90_2021.score(without(CONTOH_90_2021, Role.SELF, "S54"), Role.SELF);

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
      assertThat(result.pengungkitPoints()).isEqualByComparingTo(score.points("1").orElseThrow());
      assertThat(result.hasilPoints()).isEqualByComparingTo(score.points("60").orElseThrow());
      assertThat(result.bersihAkuntabelPoints())
          .isEqualByComparingTo(score.points("61").orElseThrow());
      assertThat(result.ipakPoints()).isEqualByComparingTo(score.points("61.IPAK").orElseThrow());
      assertThat(result.capaianKinerjaPoints())
          .isEqualByComparingTo(score.points("61.CAPAIAN").orElseThrow());
      assertThat(result.ipkpPoints()).isEqualByComparingTo(score.points("62").orElseThrow());
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
            .isEqualByComparingTo(areaNode(score, "2", area).points().orElseThrow());
        assertThat(result.pengungkit().get(area).reform()).as("reform of %s", area)
            .isEqualByComparingTo(areaNode(score, "34", area).points().orElseThrow());
      }
    }

    // SELF (see LkeScorerTest): pemenuhan loses 0.12375 in MP (7), 0.25 in TL (10), 0.09375 in PW
    // (24); reform loses 0.25 in MP (36), 0.2 in AK (48), 0.25 in PW (55), 0.725 in PP (58). The TPI
    // loses 0.25 more in TL pemenuhan (3.25 - 0.25 = 3.0) and 0.5 in MP reform (3.75 - 0.5 = 3.25).
    @ParameterizedTest(name = "{0} {1}: pemenuhan {2}, reform {3}")
    @DisplayName("each area earns what the hand computation says")
    @CsvSource({
        "SELF, MANAJEMEN_PERUBAHAN,                   3.87625, 3.75",
        "SELF, PENATAAN_TATALAKSANA,                  3.25,    3.5",
        "SELF, PENATAAN_SISTEM_MANAJEMEN_SDM,         5,       5",
        "SELF, PENGUATAN_AKUNTABILITAS_KINERJA,       5,       4.8",
        "SELF, PENGUATAN_PENGAWASAN,                  7.40625, 7.25",
        "SELF, PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK, 5,       4.275",
        "TPI,  MANAJEMEN_PERUBAHAN,                   3.87625, 3.25",
        "TPI,  PENATAAN_TATALAKSANA,                  3.0,     3.5"
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
          .isThrownBy(CONTOH_SELF_WITHOUT_S54::toLkeResult)
          .withMessage("the score must be complete for an area-level result, but 1 question(s) are "
              + "unanswered: [S54]");
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
      LkeScore score = SCORER_90_2021.score(without(CONTOH_90_2021, Role.SELF, "S125"),
          Role.SELF, MissingAnswers.SCORE_AS_ZERO);

      // when, then
      assertThat(score.complete()).isTrue();
      assertThat(score.hasLkeResult()).isFalse();
      assertThatIllegalStateException()
          .isThrownBy(score::toLkeResult)
          .withMessageContaining("S125 must be answered");
    }

    @ParameterizedTest(name = "{0} answered {1}")
    @DisplayName("a survey value below 1, which PortalRB's 0-4 scale allows, has none: an index is at least 1")
    @CsvSource({"S125, IPAK, 0.5", "S127, IPKP, 0"})
    void surveyValueBelowOne(String question, NodeRole role, String value) {
      // given
      LkeScore score = SCORER_90_2021.score(
          CONTOH_90_2021.withAnswer(Role.SELF, question, Answer.number(value)), Role.SELF);

      // when, then: the worksheet scores, but cannot be an area-level result
      assertThat(score.complete()).isTrue();
      assertThat(score.hasLkeResult()).isFalse();
      assertThatIllegalStateException()
          .isThrownBy(score::toLkeResult)
          .withMessage("an area-level result takes a survey index from 1 to 4, but question "
              + question + " (" + role + ") was answered " + value
              + "; judge the worksheet itself, part by part");
    }

    @Test
    @DisplayName("a survey value below 1 still earns s / 4 x 17.5: IPAK 0.5 gives 2.1875")
    void surveyValueBelowOneScores() {
      // when
      LkeScore score = SCORER_90_2021.score(
          CONTOH_90_2021.withAnswer(Role.SELF, "S125", Answer.number("0.5")), Role.SELF);

      // then 0.5 / 4 = 0.125 x 17.5 = 2.1875
      assertThat(score.points(NodeRole.IPAK)).hasValueSatisfying(
          p -> assertThat(p).isEqualByComparingTo(points("2.1875")));
    }

    @Test
    @DisplayName("the example worksheet, with both surveys from 1 to 4, has one")
    void exampleHasOne() {
      // when, then
      assertThat(CONTOH_SELF.hasLkeResult()).isTrue();
      assertThat(CONTOH_TPI.hasLkeResult()).isTrue();
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
    @DisplayName("has one line per node, per question and per computed item, after a title line")
    void oneLinePerNodeAndQuestion() {
      // given 90/2021: nodes LKE, 1, 2, 34, 60, 61, 62 (7) + 12 areas + 54 (1) + 46 indicators = 66;
      // 127 questions; 8 computed items; with the title 1 + 66 + 127 + 8 = 202
      List<String> lines = CONTOH_SELF.breakdown().lines().toList();

      // then
      assertThat(lines).hasSize(202);
    }

    @Test
    @DisplayName("shows the total rounded half-up to the cent, in Indonesian format: 93,84 / 100,00")
    void totalInIndonesian() {
      // 93.83875 -> 93.84; share 93.83875 / 100 = 0.9384 -> 93,84 %
      assertThat(CONTOH_SELF.breakdown().lines())
          .contains("LKE Nilai LKE: 93,84 / 100,00 (93,84 %)");
    }

    @Test
    @DisplayName("indents a question two steps below its indicator's node")
    void indentedQuestion() {
      // 10 is at depth 4 (LKE, 1, 2, 8, 10): 8 spaces; its questions 10. 10: 1.75 of 2 = 87.5 %
      assertThat(CONTOH_SELF.breakdown().lines()).contains(
          "        10 Sistem pemerintahan berbasis elektronik (SPBE): 1,75 / 2,00 (87,50 %)",
          "          - S18 B = 0,50");
    }

    @Test
    @DisplayName("shows a count with its answer only, and a computed item with its formula and value")
    void countsAndComputedItems() {
      // 36 at depth 4 (LKE, 1, 34, 35, 36); 55 at depth 5 (LKE, 1, 34, 51, 54, 55)
      assertThat(CONTOH_SELF.breakdown().lines()).contains(
          "          - S88 20 (count)",
          "          - 36.a S89 \u00f7 S88 = 1,00",
          "          - 46.a S102 \u2192 S103 = 1,00",
          "            - 55.a S116 \u00f7 (S113 + S114 + S115) = 0,75");
    }

    @Test
    @DisplayName("uses the locale asked for: 93.84 / 100.00 in English")
    void totalInEnglish() {
      // when, then
      assertThat(CONTOH_SELF.breakdown(Locale.ENGLISH).lines())
          .contains("LKE Nilai LKE: 93.84 / 100.00 (93.84 %)");
    }

    @Test
    @DisplayName("marks unanswered questions and the nodes above them with ? and lists them at the end")
    void unanswered() {
      // when
      List<String> lines = CONTOH_SELF_WITHOUT_S54.breakdown().lines().toList();

      // then
      assertThat(lines).contains(
          "LKE Nilai LKE: ? / 100,00",
          "          - S54 (unanswered) = ?");
      assertThat(lines.get(lines.size() - 1)).isEqualTo("unanswered: [S54]");
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
      assertThat(json.at("/root/points").decimalValue()).isEqualByComparingTo(points("93.83875"));
    }

    @Test
    @DisplayName("writes a count without a value, and a computed item under computed with its value")
    void countsAndComputedItems() throws Exception {
      // when: 36 is the first indicator of MP reform (root / 1 / 34 / 35 / 36)
      JsonNode indicator = ZiJson.mapper().readTree(ZiJson.write(CONTOH_SELF))
          .at("/root/children/0/children/1/children/0/children/0");

      // then
      assertThat(indicator.get("id").asText()).isEqualTo("36");
      assertThat(indicator.at("/questions/0/id").asText()).isEqualTo("S88");
      assertThat(indicator.at("/questions/0/answer").asInt()).isEqualTo(20);
      assertThat(indicator.at("/questions/0").has("value")).isFalse();
      assertThat(indicator.at("/computed/1/id").asText()).isEqualTo("36.b");
      assertThat(indicator.at("/computed/1/value").decimalValue()).isEqualByComparingTo("0.75");
    }

    @Test
    @DisplayName("of an incomplete score lists what is unanswered and leaves the root without points")
    void incomplete() throws Exception {
      // when
      JsonNode json = ZiJson.mapper().readTree(ZiJson.write(CONTOH_SELF_WITHOUT_S54));

      // then
      assertThat(json.get("complete").asBoolean()).isFalse();
      assertThat(json.get("unanswered").get(0).asText()).isEqualTo("S54");
      assertThat(json.get("root").has("points")).isFalse();
    }
  }

  @Nested
  @DisplayName("equality")
  class Equality {

    @Test
    @DisplayName("two scores of the same answers by the same role are equal, with equal hash codes")
    void sameAnswers() {
      LkeScore again = SCORER_90_2021.score(CONTOH_90_2021, Role.SELF);

      assertThat(again).isEqualTo(CONTOH_SELF).hasSameHashCodeAs(CONTOH_SELF);
    }

    @Test
    @DisplayName("scores of another role, other answers or another template differ")
    void differ() {
      assertThat(CONTOH_SELF).isNotEqualTo(CONTOH_TPI).isNotEqualTo(CONTOH_SELF_WITHOUT_S54)
          .isNotEqualTo(MINI_SCORE).isNotEqualTo("LkeScore");
    }

    @Test
    @DisplayName("its text names the template, the role and the total, or says it is incomplete")
    void text() {
      assertThat(MINI_SCORE).hasToString("LkeScore[" + MINI.id() + ", SELF, total 81]");
      assertThat(CONTOH_SELF_WITHOUT_S54.toString()).endsWith(", SELF, total incomplete]");
    }
  }
}
