package io.github.zi4j.rules;

import static io.github.zi4j.rules.Fixtures.CONTOH_90_2021;
import static io.github.zi4j.rules.Fixtures.EN;
import static io.github.zi4j.rules.Fixtures.ID;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_WBK_2024;
import static io.github.zi4j.rules.Fixtures.wbkOnTheLine;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zi4j.ZiJson;
import io.github.zi4j.planning.Threshold;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Every text of a decision follows the one language policy: Bahasa Indonesia for id or in, English for any other locale, Bahasa Indonesia without one")
class RulesTextLanguageTest {

  /** Pesawaran 2024 with every LKE minimum met on the line: IPAK 3.60, its minimum's note 3.60. */
  private static final Decision DECISION =
      DecisionEngine.standard().decide(PESAWARAN_WBK_2024.withLke(wbkOnTheLine()));

  private static final Finding IPAK = DECISION.findings().stream()
      .filter(f -> f.rule() == RuleId.LKE_IPAK).findFirst().orElseThrow();

  static Stream<String> indonesian() {
    return Stream.of("id", "id-ID", "in", "in-ID");
  }

  static Stream<String> english() {
    return Stream.of("en", "en-US", "fr", "fr-FR", "de-DE", "ms-MY", "und");
  }

  @Nested
  @DisplayName("a finding's message")
  class Message {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.zi4j.rules.RulesTextLanguageTest#english")
    @DisplayName("is English, numbers and the minimum's note included, for any locale but Indonesian")
    void english(String tag) {
      // IPAK 3.60 / 4 x 17.5 = 15.75, exactly the WBK minimum; the note says index 3.60
      assertThat(IPAK.message(Locale.forLanguageTag(tag))).isEqualTo(
          "IPAK 3.60 is worth 15.75, which meets the minimum 15.75 for WBK — PortalRB, "
              + "pemeriksaan administrasi; aplikasi evaluasi ZI (EZonaIntegritas BPS, aplikasi "
              + "Laravel) (IPAK index 3.60): minimum score [likely]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.zi4j.rules.RulesTextLanguageTest#indonesian")
    @DisplayName("is Bahasa Indonesia, with decimal commas, for an Indonesian locale")
    void indonesian(String tag) {
      assertThat(IPAK.message(Locale.forLanguageTag(tag))).isEqualTo(
          "IPAK 3,60 setara nilai 15,75, memenuhi nilai minimal 15,75 untuk WBK — PortalRB, "
              + "pemeriksaan administrasi; aplikasi evaluasi ZI (EZonaIntegritas BPS, aplikasi "
              + "Laravel) (indeks IPAK 3,60): nilai minimal [cukup yakin]");
    }

    @Test
    @DisplayName("is Bahasa Indonesia without a locale")
    void byDefault() {
      assertThat(IPAK.message()).isEqualTo(IPAK.message(ID));
    }
  }

  @Nested
  @DisplayName("a decision's explanation")
  class Explanation {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.zi4j.rules.RulesTextLanguageTest#english")
    @DisplayName("is English for any locale but Indonesian: 3.60, never 3,60; July, never Juli in zi4j's own words")
    void english(String tag) {
      String text = DECISION.explain(Locale.forLanguageTag(tag));

      assertThat(text).isEqualTo(DECISION.explain(EN))
          .startsWith("Eligibility check of the proposal for WBK")
          .contains("(IPAK index 3.60)", "18 July 2024", "2024 proposal round: KemenPANRB press "
              + "release, 16 July 2024")
          .doesNotContain("3,60", "indeks IPAK", "Periode pengusulan", "Juli");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.zi4j.rules.RulesTextLanguageTest#indonesian")
    @DisplayName("is Bahasa Indonesia for an Indonesian locale")
    void indonesian(String tag) {
      assertThat(DECISION.explain(Locale.forLanguageTag(tag))).isEqualTo(DECISION.explain(ID))
          .startsWith("Hasil pemeriksaan kelayakan usulan WBK")
          .contains("(indeks IPAK 3,60)", "Periode pengusulan 2024: Siaran pers KemenPANRB 16 Juli "
              + "2024");
    }

    @Test
    @DisplayName("is Bahasa Indonesia without a locale")
    void byDefault() {
      assertThat(DECISION.explain()).isEqualTo(DECISION.explain(ID));
    }

    @Test
    @DisplayName("spells out WBK, LKE and IPAK at their first use only, in English with the English words")
    void acronymsInEnglish() {
      String text = DECISION.explain(EN);

      assertThat(text).startsWith("Eligibility check of the proposal for WBK (Wilayah Bebas dari "
          + "Korupsi, Corruption-Free Zone) as of 20 July 2024");
      assertThat(text.lines().skip(2).findFirst().orElseThrow()).startsWith("LKE (Lembar Kerja "
          + "Evaluasi, evaluation worksheet) score: total 75.00");
      assertThat(text).contains("  [PASS] IPAK (Indeks Persepsi Anti Korupsi, anti-corruption "
          + "perception index) 3.60 is worth 15.75");
      assertThat(occurrences(text, "Corruption-Free Zone")).isEqualTo(1);
      assertThat(occurrences(text, "Lembar Kerja Evaluasi")).isEqualTo(1);
      assertThat(occurrences(text, "Indeks Persepsi Anti Korupsi")).isEqualTo(1);
      // later uses are left as they are: the note of the IPAK minimum, the meets of the LKE line
      assertThat(text).contains("(IPAK index 3.60)", "; meets: WBK\n");
    }

    @Test
    @DisplayName("spells out each acronym once in Bahasa Indonesia, with its Indonesian words only")
    void acronymsInBahasa() {
      String text = DECISION.explain(ID);

      assertThat(text).startsWith("Hasil pemeriksaan kelayakan usulan WBK (Wilayah Bebas dari "
          + "Korupsi) per 20 Juli 2024");
      assertThat(occurrences(text, "Wilayah Bebas dari Korupsi")).isEqualTo(1);
      assertThat(occurrences(text, "(Lembar Kerja Evaluasi)")).isEqualTo(1);
      assertThat(text).doesNotContain("Corruption-Free Zone", "evaluation worksheet");
    }

    @Test
    @DisplayName("a finding's own message spells nothing out: it is one sentence, not a whole text")
    void messagesStayShort() {
      assertThat(IPAK.message(EN)).startsWith("IPAK 3.60 is worth");
    }
  }

  @Nested
  @DisplayName("the measures of a message")
  class Measures {

    @Test
    @DisplayName("points have a decimal point in English (French too), a decimal comma in Bahasa Indonesia and by default")
    void points() {
      Measure.Points points = new Measure.Points(new BigDecimal("3.6"));

      assertThat(points.format(Locale.FRENCH)).isEqualTo("3.60");
      assertThat(points.format(EN)).isEqualTo("3.60");
      assertThat(points.format(Locale.forLanguageTag("in"))).isEqualTo("3,60");
      assertThat(points.format()).isEqualTo("3,60");
    }

    @Test
    @DisplayName("a date is written in English for a French reader, not in French: 20 July 2024")
    void dates() {
      Measure.Day day = new Measure.Day(LocalDate.of(2024, 7, 20));

      assertThat(day.format(Locale.FRENCH)).isEqualTo("20 July 2024");
      assertThat(day.format(ID)).isEqualTo("20 Juli 2024");
      assertThat(day.format()).isEqualTo("20 Juli 2024");
    }

    @Test
    @DisplayName("days and steps are counted in the reader's language")
    void counts() {
      assertThat(new Measure.Days(1).format(Locale.GERMAN)).isEqualTo("1 day");
      assertThat(new Measure.Days(8).format(ID)).isEqualTo("8 hari");
      assertThat(new Measure.Steps(2).format(Locale.FRENCH)).isEqualTo("2 steps");
      assertThat(new Measure.Steps(2).format()).isEqualTo("2 tingkat");
    }
  }

  @Nested
  @DisplayName("the decision's JSON")
  class Json {

    @Test
    @DisplayName("has its messages in English for a French reader, and in Bahasa Indonesia without a locale")
    void messages() throws Exception {
      JsonNode french = ZiJson.mapper().readTree(DecisionJson.write(DECISION, Locale.FRENCH));

      assertThat(DecisionJson.write(DECISION, Locale.FRENCH))
          .isEqualTo(DecisionJson.write(DECISION, EN));
      assertThat(DecisionJson.write(DECISION)).isEqualTo(DecisionJson.write(DECISION, ID));
      assertThat(DecisionJson.toTree(DECISION)).isEqualTo(DecisionJson.toTree(DECISION, ID));
      assertThat(french.get("findings").get(0).get("message").asText())
          .startsWith("The proposal date 20 July 2024 is inside the window");
    }

    @Test
    @DisplayName("keeps every value and the basis as written whatever the language: only the messages differ")
    void values() {
      JsonNode english = DecisionJson.toTree(DECISION, EN);
      JsonNode indonesian = DecisionJson.toTree(DECISION, ID);

      for (int i = 0; i < english.get("findings").size(); i++) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) english.get("findings").get(i))
            .remove("message");
        ((com.fasterxml.jackson.databind.node.ObjectNode) indonesian.get("findings").get(i))
            .remove("message");
      }
      assertThat(english).isEqualTo(indonesian);
    }

    @Test
    @DisplayName("the module writes in the policy's language: English for French, Bahasa Indonesia by default")
    void module() {
      assertThat(new ZiModule(Locale.FRENCH).messages()).isEqualTo(Locale.ENGLISH);
      assertThat(new ZiModule(Locale.forLanguageTag("in-ID")).messages().getLanguage())
          .isEqualTo("id");
      assertThat(new ZiModule().messages().getLanguage()).isEqualTo("id");
    }
  }

  @Nested
  @DisplayName("other texts")
  class OtherTexts {

    @Test
    @DisplayName("an assessors' comparison is English for French, Bahasa Indonesia by default")
    void comparison() {
      AssessorComparison comparison = DecisionEngine.standard().compare(CONTOH_90_2021);

      assertThat(comparison.explain(Locale.FRENCH)).isEqualTo(comparison.explain(EN))
          .startsWith("Unit self-assessment: 93.84");
      assertThat(comparison.explain()).isEqualTo(comparison.explain(ID))
          .startsWith("Penilaian mandiri unit: 93,84");
    }

    @Test
    @DisplayName("a planning threshold is English for French, Bahasa Indonesia by default")
    void threshold() {
      Threshold total = new Threshold(Criterion.TOTAL, java.util.Optional.empty(),
          java.util.Optional.empty(), new BigDecimal("75"),
          io.github.zi4j.regulation.LegalBasis.of("PermenPANRB 90/2021, Lampiran (LKE)",
              io.github.zi4j.regulation.Confidence.SURE));

      assertThat(total.explain(Locale.FRENCH)).isEqualTo(total.explain(EN)).contains("75.00");
      assertThat(total.explain()).isEqualTo(total.explain(ID)).contains("75,00");
    }
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      count++;
    }
    return count;
  }
}
