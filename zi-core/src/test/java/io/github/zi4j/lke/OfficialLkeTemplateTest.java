package io.github.zi4j.lke;

import static io.github.zi4j.lke.LkeFixtures.SCORER_90_2021;
import static io.github.zi4j.lke.LkeFixtures.TEMPLATE_90_2021;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.regulation.Edition;
import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The bundled 90/2021 template is the official LKE as PortalRB numbers it")
class OfficialLkeTemplateTest {

  /**
   * Every indicator of shared/domain/portalrb.md §1, typed from the document: where it hangs (the
   * part, or the hasil group, and the area), its node id, its weight, and its items in the document's
   * notation: {@code soal:type} with Y (Ya/Tidak), 3 (A-C), 4 (A-D at 1, 0.67, 0.33, 0), 5 (A-E),
   * n (a count), s (a survey value on 0-4); {@code %(part/whole)} a percentage of counts, a whole of
   * several counts summed; {@code decrease(last,this)} the discipline decrease.
   */
  private static final String[] PORTALRB_TABLE = {
      // Pemenuhan (30; 87 questions)
      "PEMENUHAN MANAJEMEN_PERUBAHAN | 4 | 0.5 | 1:Y 2:3",
      "PEMENUHAN MANAJEMEN_PERUBAHAN | 5 | 1 | 3:Y 4:3 5:3",
      "PEMENUHAN MANAJEMEN_PERUBAHAN | 6 | 1 | 6:4 7:4 8:4",
      "PEMENUHAN MANAJEMEN_PERUBAHAN | 7 | 1.5 | 9:Y 10:3 11:3 12:4",
      "PEMENUHAN PENATAAN_TATALAKSANA | 9 | 1 | 13:4 14:5 15:5",
      "PEMENUHAN PENATAAN_TATALAKSANA | 10 | 2 | 16:3 17:3 18:3 19:3",
      "PEMENUHAN PENATAAN_TATALAKSANA | 11 | 0.5 | 20:3 21:3",
      "PEMENUHAN PENATAAN_SISTEM_MANAJEMEN_SDM | 13 | 0.25 | 22:Y 23:4 24:Y",
      "PEMENUHAN PENATAAN_SISTEM_MANAJEMEN_SDM | 14 | 0.5 | 25:Y 26:5 27:Y",
      "PEMENUHAN PENATAAN_SISTEM_MANAJEMEN_SDM | 15 | 1.25 | 28:Y 29:4 30:4 31:4 32:4 33:3",
      "PEMENUHAN PENATAAN_SISTEM_MANAJEMEN_SDM | 16 | 2 | 34:4 35:4 36:5 37:Y",
      "PEMENUHAN PENATAAN_SISTEM_MANAJEMEN_SDM | 17 | 0.75 | 38:4",
      "PEMENUHAN PENATAAN_SISTEM_MANAJEMEN_SDM | 18 | 0.25 | 39:3",
      "PEMENUHAN PENGUATAN_AKUNTABILITAS_KINERJA | 20 | 2.5 | 40:3 41:3 42:4",
      "PEMENUHAN PENGUATAN_AKUNTABILITAS_KINERJA | 21 | 2.5 | 43:Y 44:Y 45:Y 46:4 47:Y 48:3 49:Y 50:3",
      "PEMENUHAN PENGUATAN_PENGAWASAN | 23 | 1.5 | 51:3 52:4",
      "PEMENUHAN PENGUATAN_PENGAWASAN | 24 | 1.5 | 53:5 54:5 55:3 56:3",
      "PEMENUHAN PENGUATAN_PENGAWASAN | 25 | 1.5 | 57:3 58:Y 59:3 60:3",
      "PEMENUHAN PENGUATAN_PENGAWASAN | 26 | 1.5 | 61:3 62:3 63:3",
      "PEMENUHAN PENGUATAN_PENGAWASAN | 27 | 1.5 | 64:4 65:4 66:4 67:3 68:3",
      "PEMENUHAN PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK | 29 | 1 | 69:5 70:4 71:4 72:Y",
      "PEMENUHAN PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK | 30 | 1 | 73:5 74:4 75:4 76:4 77:4 78:5",
      "PEMENUHAN PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK | 31 | 1 | 79:5 80:3 81:3",
      "PEMENUHAN PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK | 32 | 1 | 82:5 83:3 84:4",
      "PEMENUHAN PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK | 33 | 1 | 85:4 86:Y 87:3",
      // Reform (30; 23 scored items, of which 8 computed from 22 counts)
      "REFORM MANAJEMEN_PERUBAHAN | 36 | 2 | 88:n 89:n 90:n 91:n %(89/88) %(91/90)",
      "REFORM MANAJEMEN_PERUBAHAN | 37 | 1 | 92:5",
      "REFORM MANAJEMEN_PERUBAHAN | 38 | 1 | 93:4",
      "REFORM PENATAAN_TATALAKSANA | 40 | 0.5 | 94:4",
      "REFORM PENATAAN_TATALAKSANA | 41 | 1 | 95:3 96:3",
      "REFORM PENATAAN_TATALAKSANA | 42 | 2 | 97:5 98:5 99:5",
      "REFORM PENATAAN_SISTEM_MANAJEMEN_SDM | 44 | 1.5 | 100:3",
      "REFORM PENATAAN_SISTEM_MANAJEMEN_SDM | 45 | 1.5 | 101:3",
      "REFORM PENATAAN_SISTEM_MANAJEMEN_SDM | 46 | 2 | 102:n 103:n 104:n decrease(102,103)",
      "REFORM PENGUATAN_AKUNTABILITAS_KINERJA | 48 | 2 | 105:n 106:n %(106/105)",
      "REFORM PENGUATAN_AKUNTABILITAS_KINERJA | 49 | 1.5 | 107:4",
      "REFORM PENGUATAN_AKUNTABILITAS_KINERJA | 50 | 1.5 | 108:4",
      "REFORM PENGUATAN_PENGAWASAN | 52 | 2.5 | 109:5",
      "REFORM PENGUATAN_PENGAWASAN | 53 | 3 | 110:n 111:n 112:n %(112/110)",
      "REFORM PENGUATAN_PENGAWASAN | 55 | 1 | 113:n 114:n 115:n 116:n %(116/113+114+115)",
      "REFORM PENGUATAN_PENGAWASAN | 56 | 1 | 117:n 118:n 119:n 120:n %(120/117+118+119)",
      "REFORM PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK | 58 | 2.5 | 121:4 122:n 123:n %(123/122)",
      "REFORM PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK | 59 | 2.5 | 124:4",
      // Hasil (40): the survey values on 0-4 and capaian kinerja A-E
      "BERSIH_AKUNTABEL | 61.IPAK | 17.5 | 125:s",
      "BERSIH_AKUNTABEL | 61.CAPAIAN | 5 | 126:5",
      "PELAYANAN_PRIMA | 62.IPKP | 17.5 | 127:s",
  };

  /** One row of {@link #PORTALRB_TABLE}. */
  record Row(NodeRole part, Optional<AreaPerubahan> area, String id, BigDecimal weight,
      String items) {

    static Row parse(String line) {
      String[] cells = line.split("\\|");
      String[] where = cells[0].trim().split(" ");
      return new Row(NodeRole.valueOf(where[0]),
          where.length > 1 ? Optional.of(AreaPerubahan.valueOf(where[1])) : Optional.empty(),
          cells[1].trim(), new BigDecimal(cells[2].trim()), cells[3].trim());
    }

    @Override
    public String toString() {
      return id + " (" + weight + ")";
    }
  }

  static Stream<Row> portalRbIndicators() {
    return Stream.of(PORTALRB_TABLE).map(Row::parse);
  }

  @Nested
  @DisplayName("each indicator, against the table of portalrb.md §1")
  class EachIndicator {

    @ParameterizedTest(name = "indicator {0}")
    @MethodSource("io.github.zi4j.lke.OfficialLkeTemplateTest#portalRbIndicators")
    @DisplayName("has the document's weight, and its items in order with their soal ids and types")
    void weightAndItems(Row row) {
      // when
      TemplateNode indicator = TEMPLATE_90_2021.node(row.id()).orElseThrow();

      // then
      assertThat(indicator.weight()).isEqualByComparingTo(row.weight());
      assertThat(notation(indicator)).isEqualTo(row.items());
    }

    @ParameterizedTest(name = "indicator {0}")
    @MethodSource("io.github.zi4j.lke.OfficialLkeTemplateTest#portalRbIndicators")
    @DisplayName("hangs under its part (or hasil group) and its area")
    void place(Row row) {
      // given
      TemplateNode part = TEMPLATE_90_2021.node(row.part()).orElseThrow();
      TemplateNode under = row.area()
          .map(area -> part.children().stream()
              .filter(child -> child.area().equals(Optional.of(area))).findFirst().orElseThrow())
          .orElse(part);

      // then
      assertThat(descendants(under)).extracting(TemplateNode::id).contains(row.id());
    }

    @ParameterizedTest(name = "indicator {0}")
    @MethodSource("io.github.zi4j.lke.OfficialLkeTemplateTest#portalRbIndicators")
    @DisplayName("names each question S and its soal id")
    void questionIds(Row row) {
      // when
      TemplateNode indicator = TEMPLATE_90_2021.node(row.id()).orElseThrow();

      // then
      assertThat(indicator.questions()).allSatisfy(question ->
          assertThat(question.id()).isEqualTo("S" + question.soalId().orElseThrow()));
    }

    @Test
    @DisplayName("the template has no indicator beyond the table's 46")
    void noOthers() {
      // given
      Set<String> table = portalRbIndicators().map(Row::id).collect(Collectors.toSet());

      // when
      List<String> indicators = TEMPLATE_90_2021.indicators().stream().map(TemplateNode::id)
          .collect(Collectors.toList());

      // then: 25 pemenuhan + 18 reform (54 is the sum of 55 and 56) + 3 hasil
      assertThat(indicators).hasSize(46).containsExactlyInAnyOrderElementsOf(table);
    }
  }

  @Nested
  @DisplayName("the counts of portalrb.md §1")
  class Counts {

    @Test
    @DisplayName("pemenuhan asks 87 questions, each scored")
    void pemenuhan() {
      // when
      List<Question> questions = questionsUnder(NodeRole.PEMENUHAN);

      // then
      assertThat(questions).hasSize(87).allSatisfy(q -> assertThat(q.answer().scored()).isTrue());
    }

    @Test
    @DisplayName("reform scores 23 items: 15 graded questions and 8 computed from 22 counts")
    void reform() {
      // when
      List<TemplateNode> indicators = descendants(TEMPLATE_90_2021.node(NodeRole.REFORM).orElseThrow())
          .stream().filter(TemplateNode::isIndicator).collect(Collectors.toList());
      List<Question> questions = questionsUnder(NodeRole.REFORM);

      // then
      assertThat(questions.stream().filter(q -> q.answer().scored())).hasSize(15);
      assertThat(questions.stream().filter(q -> !q.answer().scored())).hasSize(22);
      assertThat(indicators.stream().mapToInt(i -> i.computed().size()).sum()).isEqualTo(8);
      assertThat(indicators.stream().mapToInt(TemplateNode::scoredItems).sum()).isEqualTo(23);
    }

    @Test
    @DisplayName("counts 104 (sanctioned) and 111 (in process) are asked, and read by no item")
    void askedButNotScored() {
      // given
      Set<String> read = TEMPLATE_90_2021.indicators().stream()
          .flatMap(indicator -> indicator.computed().stream())
          .flatMap(item -> item.counts().stream()).collect(Collectors.toSet());

      // when
      Set<String> unread = TEMPLATE_90_2021.questions().stream()
          .filter(q -> !q.answer().scored()).map(Question::id)
          .filter(id -> !read.contains(id)).collect(Collectors.toCollection(TreeSet::new));

      // then
      assertThat(unread).containsExactly("S104", "S111");
    }

    @Test
    @DisplayName("127 questions, soal ids 1 to 127, each once")
    void soalIds() {
      // when
      List<Integer> soalIds = TEMPLATE_90_2021.questions().stream()
          .map(q -> q.soalId().orElseThrow()).sorted().collect(Collectors.toList());

      // then
      assertThat(soalIds).hasSize(127).doesNotHaveDuplicates().startsWith(1).endsWith(127);
    }
  }

  @Nested
  @DisplayName("the tree above the indicators")
  class TheTree {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "PEMENUHAN, MANAJEMEN_PERUBAHAN,                   4",
        "PEMENUHAN, PENATAAN_TATALAKSANA,                  3.5",
        "PEMENUHAN, PENATAAN_SISTEM_MANAJEMEN_SDM,         5",
        "PEMENUHAN, PENGUATAN_AKUNTABILITAS_KINERJA,       5",
        "PEMENUHAN, PENGUATAN_PENGAWASAN,                  7.5",
        "PEMENUHAN, PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK, 5",
        "REFORM,    MANAJEMEN_PERUBAHAN,                   4",
        "REFORM,    PENATAAN_TATALAKSANA,                  3.5",
        "REFORM,    PENATAAN_SISTEM_MANAJEMEN_SDM,         5",
        "REFORM,    PENGUATAN_AKUNTABILITAS_KINERJA,       5",
        "REFORM,    PENGUATAN_PENGAWASAN,                  7.5",
        "REFORM,    PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK, 5"
    })
    @DisplayName("each area weighs what portalrb.md and the domain notes say, in both parts")
    void areas(NodeRole part, AreaPerubahan area, BigDecimal weight) {
      // when
      TemplateNode node = TEMPLATE_90_2021.node(part).orElseThrow().children().stream()
          .filter(child -> child.area().equals(Optional.of(area))).findFirst().orElseThrow();

      // then
      assertThat(node.weight()).isEqualByComparingTo(weight);
    }

    @Test
    @DisplayName("laporan harta kekayaan (54, weight 2) is LHKPN (55) plus non-LHKPN (56), 1 each")
    void lhkpn() {
      // when
      TemplateNode node = TEMPLATE_90_2021.node("54").orElseThrow();

      // then
      assertThat(node.weight()).isEqualByComparingTo("2");
      assertThat(node.isIndicator()).isFalse();
      assertThat(node.children()).extracting(TemplateNode::id).containsExactly("55", "56");
    }

    @ParameterizedTest(name = "{0} on node {1}")
    @CsvSource({
        "TOTAL,            LKE,        100",
        "PENGUNGKIT,       1,          60",
        "PEMENUHAN,        2,          30",
        "REFORM,           34,         30",
        "HASIL,            60,         40",
        "BERSIH_AKUNTABEL, 61,         22.5",
        "IPAK,             61.IPAK,    17.5",
        "CAPAIAN_KINERJA,  61.CAPAIAN, 5",
        "PELAYANAN_PRIMA,  62,         17.5",
        "IPKP,             62.IPKP,    17.5"
    })
    @DisplayName("every role is on the PortalRB node that stands for it, with its weight")
    void roles(NodeRole role, String id, BigDecimal weight) {
      // when
      TemplateNode node = TEMPLATE_90_2021.node(role).orElseThrow();

      // then
      assertThat(node.id()).isEqualTo(id);
      assertThat(node.weight()).isEqualByComparingTo(weight);
    }

    @ParameterizedTest(name = "{0}: WBK {1}, WBBM {2}")
    @CsvSource({
        // the minimums of the domain notes §5, kept from the earlier template with their sources
        "TOTAL,            75,    85",
        "PENGUNGKIT,       40,    48",
        "BERSIH_AKUNTABEL, 18.25, 19.50",
        "IPAK,             15.75, 15.75",
        "CAPAIAN_KINERJA,  2.50,  3.75",
        "IPKP,             14,    15.75"
    })
    @DisplayName("every minimum stays on its criterion's node")
    void minimums(String criterion, BigDecimal wbk, BigDecimal wbbm) {
      // when
      TemplateNode node = descendants(TEMPLATE_90_2021.root()).stream()
          .filter(n -> n.criterion().equals(Optional.of(criterion))).findFirst().orElseThrow();

      // then
      assertThat(node.minimumFor(Predikat.WBK).orElseThrow().value()).isEqualByComparingTo(wbk);
      assertThat(node.minimumFor(Predikat.WBBM).orElseThrow().value()).isEqualByComparingTo(wbbm);
      assertThat(node.minimumFor(Predikat.WBK).orElseThrow().source()).isPresent();
    }

    @Test
    @DisplayName("each area must earn 60 % of its weight for WBK and 75 % for WBBM")
    void areaMinimum() {
      // when
      Map<Predikat, Minimum> shares = TEMPLATE_90_2021.areaMinimum();

      // then
      assertThat(shares.get(Predikat.WBK).value()).isEqualByComparingTo("0.60");
      assertThat(shares.get(Predikat.WBBM).value()).isEqualByComparingTo("0.75");
    }
  }

  @Nested
  @DisplayName("the template as a whole")
  class AsAWhole {

    @Test
    @DisplayName("passes the validator")
    void valid() {
      // when, then
      assertThat(TemplateValidator.validate(TEMPLATE_90_2021)).isEmpty();
    }

    @Test
    @DisplayName("a worksheet with every answer at its best scores exactly 100.00")
    void bestAnswers() {
      // given the best letter or Ya everywhere, each part equal to its whole, discipline from 3 to 0,
      // and both surveys at 4
      Map<String, Answer> best = new LinkedHashMap<>();
      for (Question question : TEMPLATE_90_2021.questions()) {
        AnswerType type = question.answer();
        if (type instanceof AnswerType.YesNo) {
          best.put(question.id(), Answer.YesNo.YA);
        } else if (type instanceof AnswerType.Options) {
          best.put(question.id(), Answer.option("A"));
        } else if (type instanceof AnswerType.SurveyIndex) {
          best.put(question.id(), Answer.number(4));
        }
      }
      counts(best, "S88", 12, "S89", 12, "S90", 5, "S91", 5, "S102", 3, "S103", 0, "S104", 0,
          "S105", 8, "S106", 8, "S110", 6, "S111", 0, "S112", 6,
          "S113", 1, "S114", 2, "S115", 3, "S116", 6, "S117", 10, "S118", 5, "S119", 5, "S120", 20,
          "S122", 4, "S123", 4);

      // when
      LkeScore score = SCORER_90_2021.score(
          Worksheet.of(Edition.PERMENPANRB_90_2021, Role.SELF, best), Role.SELF);

      // then
      assertThat(score.unanswered()).isEmpty();
      assertThat(score.total()).hasValueSatisfying(
          total -> assertThat(total).isEqualByComparingTo("100.00"));
      assertThat(score.breakdown()).startsWith(TEMPLATE_90_2021.name() + " \u2014 SELF\n"
          + "LKE Nilai LKE: 100,00 / 100,00 (100,00 %)");
    }
  }

  /** The indicator's items in the notation of portalrb.md §1. */
  private static String notation(TemplateNode indicator) {
    List<String> items = new ArrayList<>();
    for (Question question : indicator.questions()) {
      items.add(question.soalId().orElseThrow() + ":" + code(question.answer()));
    }
    for (ComputedItem item : indicator.computed()) {
      if (item instanceof ComputedItem.Percentage) {
        ComputedItem.Percentage percentage = (ComputedItem.Percentage) item;
        items.add("%(" + soals(percentage.part()) + "/" + soals(percentage.whole()) + ")");
      } else {
        ComputedItem.Decrease decrease = (ComputedItem.Decrease) item;
        items.add("decrease(" + soal(decrease.lastYear()) + "," + soal(decrease.thisYear()) + ")");
      }
    }
    return String.join(" ", items);
  }

  /** The soal ids of counts, by their questions' soal ids, joined by +. */
  private static String soals(List<String> questionIds) {
    return questionIds.stream().map(OfficialLkeTemplateTest::soal).collect(Collectors.joining("+"));
  }

  private static String soal(String questionId) {
    return String.valueOf(TEMPLATE_90_2021.question(questionId).orElseThrow().soalId().orElseThrow());
  }

  /** The document's code of an answer type; a type the document has no code for shows as itself. */
  private static String code(AnswerType type) {
    if (type instanceof AnswerType.YesNo) {
      return "Y";
    }
    if (type instanceof AnswerType.Count) {
      return "n";
    }
    if (type instanceof AnswerType.SurveyIndex
        && ((AnswerType.SurveyIndex) type).lowest().signum() == 0) {
      return "s";
    }
    if (type instanceof AnswerType.Options) {
      List<BigDecimal> values = new ArrayList<>(
          ((AnswerType.Options) type).valueOfEachOption().values());
      Map<String, List<String>> codes = Map.of(
          "3", List.of("1", "0.5", "0"),
          "4", List.of("1", "0.67", "0.33", "0"),
          "5", List.of("1", "0.75", "0.5", "0.25", "0"));
      for (Map.Entry<String, List<String>> code : codes.entrySet()) {
        if (sameNumbers(values, code.getValue())) {
          return code.getKey();
        }
      }
    }
    return type.toString();
  }

  private static boolean sameNumbers(List<BigDecimal> values, List<String> expected) {
    if (values.size() != expected.size()) {
      return false;
    }
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).compareTo(new BigDecimal(expected.get(i))) != 0) {
        return false;
      }
    }
    return true;
  }

  private static List<TemplateNode> descendants(TemplateNode node) {
    List<TemplateNode> all = new ArrayList<>();
    all.add(node);
    for (TemplateNode child : node.children()) {
      all.addAll(descendants(child));
    }
    return all;
  }

  private static List<Question> questionsUnder(NodeRole part) {
    return descendants(TEMPLATE_90_2021.node(part).orElseThrow()).stream()
        .flatMap(node -> node.questions().stream()).collect(Collectors.toList());
  }

  private static void counts(Map<String, Answer> answers, Object... idsAndCounts) {
    for (int i = 0; i < idsAndCounts.length; i += 2) {
      answers.put((String) idsAndCounts[i], Answer.number((Integer) idsAndCounts[i + 1]));
    }
  }
}
