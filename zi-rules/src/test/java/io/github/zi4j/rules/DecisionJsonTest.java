package io.github.zi4j.rules;

import static io.github.zi4j.lke.AreaPerubahan.PENGUATAN_PENGAWASAN;
import static io.github.zi4j.rules.Fixtures.BALANGAN_WBBM_2026;
import static io.github.zi4j.rules.Fixtures.EN;
import static io.github.zi4j.rules.Fixtures.ID;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_WBK_2024;
import static io.github.zi4j.rules.Fixtures.lke;
import static io.github.zi4j.rules.Fixtures.strongHasil;
import static io.github.zi4j.rules.Fixtures.wbbmOnTheLine;
import static io.github.zi4j.rules.Fixtures.wbkLine;
import static io.github.zi4j.rules.Fixtures.wbkOnTheLine;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zi4j.ZiJson;
import io.github.zi4j.lke.CapaianKinerja;
import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("A decision is written as JSON with fixed field names and numbers rounded half-up to 2 decimals")
class DecisionJsonTest {

  private final DecisionEngine engine = DecisionEngine.standard();

  /** The decision written as text, read back as a tree: what another application sees. */
  private static JsonNode json(Decision decision, Locale locale) throws Exception {
    return ZiJson.mapper().readTree(DecisionJson.write(decision, locale));
  }

  private static List<String> fieldNames(JsonNode node) {
    return StreamSupport.stream(
            ((Iterable<String>) node::fieldNames).spliterator(), false)
        .collect(Collectors.toList());
  }

  /** The finding of {@code rule} (the first, for the area rule) in the JSON. */
  private static JsonNode finding(JsonNode root, RuleId rule) {
    for (JsonNode finding : root.get("findings")) {
      if (finding.get("rule").asText().equals(rule.code())) {
        return finding;
      }
    }
    throw new AssertionError("no finding " + rule.code() + " in " + root);
  }

  @Nested
  @DisplayName("DPMPTSP Pesawaran on the WBK line in the 2024 round")
  class EligibleDecision {

    private final Decision decision = engine.decide(PESAWARAN_WBK_2024.withLke(wbkOnTheLine()));

    @Test
    @DisplayName("has the fields target, asOf, edition, eligibility, earliestProposalDate, lke, findings")
    void hasTheRootFields() throws Exception {
      // when
      JsonNode root = json(decision, ID);

      // then
      assertThat(fieldNames(root)).containsExactly("target", "asOf", "edition", "eligibility",
          "earliestProposalDate", "earliestProposalRound", "lke", "findings");
      assertThat(root.get("target").asText()).isEqualTo("WBK");
      assertThat(root.get("asOf").asText()).isEqualTo("2024-07-20");
      assertThat(root.get("edition").asText()).isEqualTo("PERMENPANRB_90_2021");
      assertThat(root.get("eligibility").asText()).isEqualTo("ELIGIBLE");
      // the year of building ends on 10 November 2023, after the 2023 round had closed (by 4 July
      // 2023): the earliest date is the first day of the 2024 round
      assertThat(root.get("earliestProposalDate").asText()).isEqualTo("2024-07-18");
      JsonNode round = root.get("earliestProposalRound");
      assertThat(fieldNames(round)).containsExactly("year", "opens", "closes", "closedBy");
      assertThat(round.get("year").asInt()).isEqualTo(2024);
      assertThat(round.get("opens").asText()).isEqualTo("2024-07-18");
      assertThat(round.get("closes").asText()).isEqualTo("2024-07-31");
      assertThat(round.get("closedBy").isNull()).isTrue();
    }

    @Test
    @DisplayName("gives lke as total, pengungkit, hasil (exact numbers), meets, and the total as shown")
    void hasTheLkeFields() throws Exception {
      // when
      JsonNode lke = json(decision, ID).get("lke");

      // then
      assertThat(fieldNames(lke)).containsExactly("total", "pengungkit", "hasil", "meets", "text");
      assertThat(lke.get("total").isNumber()).isTrue();
      assertThat(lke.get("total").decimalValue()).isEqualByComparingTo("75.00");
      assertThat(lke.get("pengungkit").decimalValue()).isEqualByComparingTo("42.75");
      assertThat(lke.get("hasil").decimalValue()).isEqualByComparingTo("32.25");
      assertThat(lke.get("meets").asText()).isEqualTo("WBK");
      assertThat(lke.get("text").asText()).isEqualTo("75.00");
    }

    @Test
    @DisplayName("gives every finding as rule, area, node, status, target, typed required, actual, "
        + "shortfall and context, variant, basis, confidence, message")
    void hasTheFindingFields() throws Exception {
      // when
      JsonNode findings = json(decision, ID).get("findings");

      // then
      assertThat(findings).hasSize(decision.findings().size());
      for (JsonNode finding : findings) {
        assertThat(fieldNames(finding)).containsExactly("rule", "area", "node", "status", "target",
            "required", "actual", "shortfall", "context", "variant", "basis", "confidence",
            "message");
      }
      JsonNode total = finding(json(decision, ID), RuleId.LKE_TOTAL);
      assertThat(total.get("rule").asText()).isEqualTo("lke-total");
      assertThat(total.get("status").asText()).isEqualTo("PASS");
      assertThat(total.get("required").get("text").asText()).isEqualTo("75.00");
      assertThat(total.get("actual").get("text").asText()).isEqualTo("75.00");
      assertThat(total.get("shortfall").isNull()).as("shortfall of a PASS").isTrue();
      assertThat(total.get("area").isNull()).as("area of a rule not per area").isTrue();
      // the basis is the citation alone: its explanation belongs to the message, in its language
      assertThat(total.get("basis").asText()).isEqualTo("PermenPANRB 90/2021, Lampiran (LKE)");
      assertThat(total.get("confidence").asText()).isEqualTo("SURE");
    }

    @Test
    @DisplayName("names the area of each area finding")
    void namesTheArea() throws Exception {
      // when
      JsonNode root = json(decision, ID);

      // then
      List<String> areas = StreamSupport.stream(root.get("findings").spliterator(), false)
          .filter(f -> f.get("rule").asText().equals("lke-area"))
          .map(f -> f.get("area").asText())
          .collect(Collectors.toList());
      assertThat(areas).containsExactly("MANAJEMEN_PERUBAHAN", "PENATAAN_TATALAKSANA",
          "PENATAAN_SISTEM_MANAJEMEN_SDM", "PENGUATAN_AKUNTABILITAS_KINERJA",
          "PENGUATAN_PENGAWASAN", "PENINGKATAN_KUALITAS_PELAYANAN_PUBLIK");
    }

    @Test
    @DisplayName("writes the messages in the language asked for")
    void writesMessagesInTheLanguageAskedFor() throws Exception {
      // when
      JsonNode indonesian = finding(json(decision, ID), RuleId.LKE_TOTAL);
      JsonNode english = finding(json(decision, EN), RuleId.LKE_TOTAL);

      // then
      assertThat(indonesian.get("message").asText()).startsWith("Nilai total 75,00 memenuhi");
      assertThat(english.get("message").asText()).startsWith("LKE total 75.00 meets");
    }
  }

  @Nested
  @DisplayName("numbers rounded half-up to 2 decimals")
  class Rounding {

    @Test
    @DisplayName("a total of 85.025 is written exact, and shown 85.03 (half-up) in its text")
    void roundsTheLkeHalfUp() throws Exception {
      // given: every part at 80 % → 48.00; IPAK 3.64 × 4.375 = 15.925, A → 5.00, IPKP 3.68 ×
      // 4.375 = 16.10 → hasil 37.025, total 85.025 (half-even would give 85.02 and 37.02)
      Decision decision = engine.decide(PESAWARAN_WBK_2024.withLke(
          lke().allPartsAt("0.80").hasil("3.64", CapaianKinerja.A, "3.68").build()));

      // when
      String text = DecisionJson.write(decision, ID);
      JsonNode lke = ZiJson.mapper().readTree(text).get("lke");

      // then
      assertThat(lke.get("total").decimalValue()).isEqualByComparingTo("85.025");
      assertThat(lke.get("hasil").decimalValue()).isEqualByComparingTo("37.025");
      assertThat(lke.get("pengungkit").decimalValue()).isEqualByComparingTo("48.00");
      assertThat(lke.get("text").asText()).isEqualTo("85.03");
      assertThat(lke.get("meets").asText()).isEqualTo("WBBM");
    }

    @Test
    @DisplayName("IPAK points of 15.925 are written 15.93")
    void roundsFindingValuesHalfUp() throws Exception {
      // given: IPAK 3.64 × 4.375 = 15.925
      Decision decision = engine.decide(PESAWARAN_WBK_2024.withLke(
          lke().allPartsAt("0.80").hasil("3.64", CapaianKinerja.A, "3.68").build()));

      // when
      JsonNode ipak = finding(json(decision, ID), RuleId.LKE_IPAK);

      // then
      assertThat(ipak.get("actual").get("text").asText()).isEqualTo("15.93");
    }

    @Test
    @DisplayName("a shortfall of 0.04375 is written 0.05, rounded up so that it suffices; the points 15.70625 as 15.71")
    void roundsTheShortfall() throws Exception {
      // given: IPAK 3.59 → 15.70625, 0.04375 under 15.75
      Decision decision = engine.decide(PESAWARAN_WBK_2024.withLke(wbkLine().ipak("3.59").build()));

      // when
      JsonNode ipak = finding(json(decision, ID), RuleId.LKE_IPAK);

      // then
      assertThat(ipak.get("status").asText()).isEqualTo("FAIL");
      assertThat(ipak.get("required").get("text").asText()).isEqualTo("15.75");
      assertThat(ipak.get("actual").get("text").asText()).isEqualTo("15.71");
      // rounded up: 0.04 more would give 15.74625, still short; 0.05 is what it takes
      assertThat(ipak.get("shortfall").get("text").asText()).isEqualTo("0.05");
      assertThat(json(decision, ID).get("eligibility").asText()).isEqualTo("NOT_ELIGIBLE");
    }

    @Test
    @DisplayName("an area minimum of 0.60 × 15 is written 9.00, its area named")
    void writesAreaMinimums() throws Exception {
      // given: PW 4.50 + 4.49 = 8.99 against 9.00
      Decision decision = engine.decide(PESAWARAN_WBK_2024.withLke(
          strongHasil().area(PENGUATAN_PENGAWASAN, "4.50", "4.49").build()));

      // when
      JsonNode pengawasan = StreamSupport.stream(
              json(decision, ID).get("findings").spliterator(), false)
          .filter(f -> f.get("area").asText().equals("PENGUATAN_PENGAWASAN"))
          .findFirst().orElseThrow();

      // then
      assertThat(pengawasan.get("required").get("text").asText()).isEqualTo("9.00");
      assertThat(pengawasan.get("actual").get("text").asText()).isEqualTo("8.99");
      assertThat(pengawasan.get("shortfall").get("text").asText()).isEqualTo("0.01");
      assertThat(pengawasan.get("confidence").asText()).isEqualTo("LIKELY");
    }
  }

  @Nested
  @DisplayName("other measures")
  class OtherMeasures {

    @Test
    @DisplayName("dates are ISO and a shortfall in days is an ISO period: P1D")
    void datesAndDays() throws Exception {
      // given
      Decision decision = engine.decide(PESAWARAN_WBK_2024.withAsOf(LocalDate.of(2023, 11, 9)));

      // when
      JsonNode building = finding(json(decision, ID), RuleId.BUILDING_PERIOD);

      // then
      assertThat(building.get("required").get("text").asText()).isEqualTo("2023-11-10");
      assertThat(building.get("actual").get("text").asText()).isEqualTo("2023-11-09");
      assertThat(building.get("shortfall").get("text").asText()).isEqualTo("P1D");
    }

    @Test
    @DisplayName("grades and opinions are their codes, a shortfall in grades is counted")
    void gradesAndSteps() throws Exception {
      // given: AKIP B against BB for WBBM
      Decision decision = engine.decide(PESAWARAN_WBK_2024.withTarget(Predikat.WBBM));

      // when
      JsonNode akip = finding(json(decision, ID), RuleId.AKIP_GRADE);

      // then
      assertThat(akip.get("required").get("text").asText()).isEqualTo("BB");
      assertThat(akip.get("actual").get("text").asText()).isEqualTo("B");
      assertThat(akip.get("shortfall").get("text").asText()).isEqualTo("1 step");
    }

    @Test
    @DisplayName("an unverified figure's confidence is written UNVERIFIED")
    void unverifiedConfidence() throws Exception {
      // when
      JsonNode bersih = finding(json(engine.decide(BALANGAN_WBBM_2026.withLke(wbbmOnTheLine())), EN),
          RuleId.LKE_BERSIH_AKUNTABEL);

      // then: the WBBM minimum of bersih dan akuntabel (19.50) comes from one app only
      assertThat(bersih.get("confidence").asText()).isEqualTo("UNVERIFIED");
      assertThat(bersih.get("message").asText()).endsWith("[unverified]");
    }
  }

  @Nested
  @DisplayName("absent values are null, never left out")
  class AbsentValues {

    @Test
    @DisplayName("without an LKE result, lke is null")
    void lkeIsNull() throws Exception {
      // when
      JsonNode root = json(engine.decide(PESAWARAN_WBK_2024), ID);

      // then
      assertThat(root.has("lke")).isTrue();
      assertThat(root.get("lke").isNull()).isTrue();
      assertThat(root.get("eligibility").asText()).isEqualTo("UNDETERMINED");
    }

    @Test
    @DisplayName("without an earliest date (WBBM without WBK), earliestProposalDate is null")
    void earliestDateIsNull() throws Exception {
      // when
      JsonNode root = json(engine.decide(PESAWARAN_WBK_2024.withTarget(Predikat.WBBM)), ID);

      // then
      assertThat(root.has("earliestProposalDate")).isTrue();
      assertThat(root.get("earliestProposalDate").isNull()).isTrue();
    }

    @Test
    @DisplayName("a finding with nothing measured has null required, actual and shortfall")
    void unmeasuredFindingHasNulls() throws Exception {
      // when: no revocation
      JsonNode cooldown = finding(json(engine.decide(PESAWARAN_WBK_2024), ID),
          RuleId.REVOCATION_COOLDOWN);

      // then
      assertThat(cooldown.get("required").isNull()).isTrue();
      assertThat(cooldown.get("actual").isNull()).isTrue();
      assertThat(cooldown.get("shortfall").isNull()).isTrue();
    }
  }

  @Test
  @DisplayName("the tree and the text carry the same JSON")
  void treeAndTextAgree() throws Exception {
    // given
    Decision decision = engine.decide(BALANGAN_WBBM_2026);

    // when
    JsonNode fromText = json(decision, ID);
    JsonNode tree = DecisionJson.toTree(decision, ID);

    // then
    assertThat(fromText.toString()).isEqualTo(tree.toString());
  }

  @Nested
  @DisplayName("The text is written at once, character for character as the module's Jackson mapper writes it")
  class WrittenAtOnce {

    private String throughJackson(Decision decision, Locale locale) throws Exception {
      return ZiJson.mapper().registerModule(new ZiModule(locale)).writeValueAsString(decision);
    }

    @Test
    @DisplayName("for an eligible WBK decision and a WBBM decision, in Bahasa Indonesia and English")
    void sameAsJacksonForRealDecisions() throws Exception {
      for (Decision decision : List.of(engine.decide(PESAWARAN_WBK_2024.withLke(wbkOnTheLine())),
          engine.decide(BALANGAN_WBBM_2026.withLke(wbbmOnTheLine())),
          engine.decide(PESAWARAN_WBK_2024))) {
        for (Locale locale : List.of(ID, EN)) {
          assertThat(DecisionJson.write(decision, locale))
              .isEqualTo(throughJackson(decision, locale));
        }
      }
    }

    @Test
    @DisplayName("with quotes, backslashes, line breaks, control characters and non-ASCII text escaped "
        + "as Jackson escapes them, and an empty list of findings as [ ]")
    void escapesAsJackson() throws Exception {
      // given a finding whose citation holds every kind of character a JSON string escapes
      String citation = "Pasal \"5\" \\ ayat\n(1)\t\r\b\f\u0001\u001f \u00e9 \u2014 /";
      Finding odd = Finding.builder().rule(RuleId.LKE_EDITION).status(Status.UNKNOWN)
          .target(Predikat.WBK).variant("incomplete")
          .context(Measure.Term.of("\"sepuluh\"\n"))
          .basis(io.github.zi4j.regulation.LegalBasis.of(citation,
              io.github.zi4j.regulation.Confidence.LIKELY))
          .build();
      Decision withOdd = Decision.of(Predikat.WBK, LocalDate.of(2024, 7, 20),
          io.github.zi4j.regulation.Edition.PERMENPANRB_90_2021, java.util.Optional.empty(),
          java.util.Optional.empty(), java.util.Optional.empty(), List.of(odd));
      Decision empty = Decision.of(Predikat.WBK, LocalDate.of(2024, 7, 20),
          io.github.zi4j.regulation.Edition.PERMENPANRB_90_2021, java.util.Optional.empty(),
          java.util.Optional.empty(), java.util.Optional.empty(), List.of());

      // when written at once, then as Jackson writes it
      String text = DecisionJson.write(withOdd, ID);
      assertThat(text).isEqualTo(throughJackson(withOdd, ID));
      assertThat(DecisionJson.write(empty, EN)).isEqualTo(throughJackson(empty, EN))
          .contains("\"findings\" : [ ]");
      // and read back, every character is as it was
      assertThat(ZiJson.mapper().readTree(text).get("findings").get(0).get("basis").asText())
          .isEqualTo(citation);
    }

    @Test
    @DisplayName("a message escapes what a code, a grade or a citation puts in it, "
        + "however plain the rest of the sentence")
    void messagesEscapeWhatTheirValuesBring() throws Exception {
      // given findings whose sentences are plain but whose values are not, one value at a time
      List<Finding> odd = List.of(
          Finding.builder().rule(RuleId.LKE_EDITION).status(Status.UNKNOWN).target(Predikat.WBK)
              .variant("incomplete").context(Measure.Term.of("a\"b"))
              .basis(io.github.zi4j.regulation.LegalBasis.of("plain", io.github.zi4j.regulation
                  .Confidence.SURE)).build(),
          Finding.builder().rule(RuleId.LKE_EDITION).status(Status.UNKNOWN).target(Predikat.WBK)
              .variant("incomplete").context(new Measure.Rated(new BigDecimal("3.5"), "B\\\n"))
              .basis(io.github.zi4j.regulation.LegalBasis.of("plain", io.github.zi4j.regulation
                  .Confidence.SURE)).build(),
          Finding.builder().rule(RuleId.LKE_EDITION).status(Status.UNKNOWN).target(Predikat.WBK)
              .variant("incomplete").context(Measure.Term.of("plain"))
              .basis(io.github.zi4j.regulation.LegalBasis.of("Pasal \"7\"\t", io.github.zi4j
                  .regulation.Confidence.UNVERIFIED)).build());
      Decision decision = Decision.of(Predikat.WBK, LocalDate.of(2024, 7, 20),
          io.github.zi4j.regulation.Edition.PERMENPANRB_90_2021, java.util.Optional.empty(),
          java.util.Optional.empty(), java.util.Optional.empty(), odd);

      // when written at once
      for (Locale locale : List.of(ID, EN)) {
        String text = DecisionJson.write(decision, locale);

        // then as Jackson writes it, and each message reads back as the finding's own
        assertThat(text).isEqualTo(throughJackson(decision, locale));
        for (int i = 0; i < odd.size(); i++) {
          assertThat(ZiJson.mapper().readTree(text).get("findings").get(i).get("message").asText())
              .isEqualTo(odd.get(i).message(locale));
        }
      }
    }
  }
}
