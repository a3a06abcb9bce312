package io.github.zi4j.rules;

import static io.github.zi4j.rules.Fixtures.BALANGAN_WBBM_2026;
import static io.github.zi4j.rules.Fixtures.KANTOR_CONTOH_WBK_2024;
import static io.github.zi4j.rules.Fixtures.PEKALONGAN_WBBM_2024;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_WBK_2024;
import static io.github.zi4j.rules.Fixtures.PN_SURABAYA_WBK_2024;
import static io.github.zi4j.rules.Fixtures.wbbmOnTheLine;
import static io.github.zi4j.rules.Fixtures.wbkLine;
import static io.github.zi4j.rules.Fixtures.wbkOnTheLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.proposal.Proposal;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("ZiModule lets any ObjectMapper write and read zi4j's decisions")
class ZiModuleTest {

  private static final ObjectMapper PLAIN = new ObjectMapper().registerModule(new ZiModule());

  static Stream<Proposal> proposals() {
    return Stream.of(
        PESAWARAN_WBK_2024,
        PESAWARAN_WBK_2024.withLke(wbkOnTheLine()),
        PESAWARAN_WBK_2024.withLke(wbkLine().pemenuhan(AreaPerubahan.PENGUATAN_PENGAWASAN, "5.995")
            .build()),
        BALANGAN_WBBM_2026.withLke(wbbmOnTheLine()),
        PEKALONGAN_WBBM_2024,
        PN_SURABAYA_WBK_2024,
        KANTOR_CONTOH_WBK_2024.withLke(wbkOnTheLine()));
  }

  @ParameterizedTest
  @MethodSource("proposals")
  @DisplayName("a decision written by a plain ObjectMapper with the module reads back equal to it")
  void roundTrip(Proposal proposal) throws Exception {
    // given
    Decision decision = DecisionEngine.standard().decide(proposal);

    // when
    String json = PLAIN.writeValueAsString(decision);
    Decision again = PLAIN.readValue(json, Decision.class);

    // then
    assertThat(again).isEqualTo(decision);
  }

  @Test
  @DisplayName("a finding reads back equal on its own, and its measures are typed with their text")
  void findingIsTyped() throws Exception {
    // given: a total of 74.995 fails, shown with three decimals
    Decision decision = DecisionEngine.standard().decide(PESAWARAN_WBK_2024.withLke(
        wbkLine().pemenuhan(AreaPerubahan.PENGUATAN_PENGAWASAN, "5.995").build()));
    Finding total = decision.findings(RuleId.LKE_TOTAL).get(0);

    // when
    JsonNode json = PLAIN.valueToTree(total);

    // then
    assertThat(json.at("/actual/kind").asText()).isEqualTo("points");
    assertThat(json.at("/actual/value").decimalValue()).isEqualByComparingTo("74.995");
    assertThat(json.at("/actual/decimals").asInt()).isEqualTo(3);
    assertThat(json.at("/actual/text").asText()).isEqualTo("74.995");
    assertThat(json.at("/shortfall/rounding").asText()).isEqualTo("UP");
    assertThat(json.at("/message").asText()).startsWith("Nilai total 74,995 di bawah");
    // read from text: a JSON tree keeps no trailing zeros, the text does
    assertThat(PLAIN.readValue(PLAIN.writeValueAsString(total), Finding.class)).isEqualTo(total);
  }

  @Test
  @DisplayName("the module's language is the findings' sentences' language")
  void language() throws Exception {
    // given
    ObjectMapper english = new ObjectMapper().registerModule(new ZiModule(Locale.ENGLISH));
    Finding building = DecisionEngine.standard().decide(PESAWARAN_WBK_2024)
        .findings(RuleId.BUILDING_PERIOD).get(0);

    // then
    assertThat(english.valueToTree(building).get("message").asText())
        .startsWith("Building period since pencanangan on 10 November 2022 met");
  }

  @Test
  @DisplayName("a finding of an unknown rule is refused, naming the rule codes there are")
  void unknownRule() {
    // given
    String json = "{\"rule\": \"lke-bogus\", \"status\": \"PASS\", \"target\": \"WBK\","
        + " \"basis\": \"x\", \"confidence\": \"SURE\"}";

    // then
    assertThatThrownBy(() -> PLAIN.readValue(json, Finding.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("rule must be one of [building-period, not-yet-held")
        .hasMessageContaining("but was \"lke-bogus\"");
  }

  @Test
  @DisplayName("a finding with one field twice is refused naming it, even by a mapper that would let "
      + "the last one win")
  void duplicateField() {
    String json = "{\"rule\": \"building-period\", \"status\": \"PASS\", \"status\": \"FAIL\","
        + " \"target\": \"WBK\", \"basis\": \"x\", \"confidence\": \"SURE\"}";

    assertThatThrownBy(() -> PLAIN.readValue(json, Finding.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("a field must appear once, but \"status\" appeared twice");
  }

  @Test
  @DisplayName("a rule code of 5 000 characters is quoted cut to 80, saying how long it was")
  void longRuleQuotedShort() {
    String json = "{\"rule\": \"" + "r".repeat(5_000) + "\", \"status\": \"PASS\", \"target\":"
        + " \"WBK\", \"basis\": \"x\", \"confidence\": \"SURE\"}";

    assertThatThrownBy(() -> PLAIN.readValue(json, Finding.class))
        .hasMessageContaining("but was \"" + "r".repeat(80) + "… (5000 characters)\"")
        .message().doesNotContain("r".repeat(81));
  }

  @Test
  @DisplayName("a serializer for measures registered after the module writes the measures inside a "
      + "decision")
  void laterSerializerOfMeasuresIsUsed() throws Exception {
    // given a mapper whose own serializer writes every measure as "custom"
    ObjectMapper mapper = new ObjectMapper().registerModule(new ZiModule())
        .registerModule(new com.fasterxml.jackson.databind.module.SimpleModule().addSerializer(
            Measure.class, new com.fasterxml.jackson.databind.ser.std.StdSerializer<Measure>(
                Measure.class) {
              private static final long serialVersionUID = 1L;

              @Override
              public void serialize(Measure value, com.fasterxml.jackson.core.JsonGenerator json,
                  com.fasterxml.jackson.databind.SerializerProvider provider)
                  throws java.io.IOException {
                json.writeString("custom");
              }
            }));
    Decision decision = DecisionEngine.standard().decide(PESAWARAN_WBK_2024.withLke(wbkOnTheLine()));

    // when
    JsonNode finding = mapper.readTree(mapper.writeValueAsString(decision)).get("findings").get(0);

    // then the finding's measures are the caller's, its other fields the module's
    assertThat(finding.get("actual").asText()).isEqualTo("custom");
    assertThat(finding.get("rule").asText()).isEqualTo(decision.findings().get(0).rule().code());
  }

  @Test
  @DisplayName("a number Jackson would not write in plain notation (a scale beyond 9999) is refused "
      + "by DecisionJson as by the module")
  void hugeScaleIsRefusedAlike() {
    // given a decision whose finding holds 10^10000 points, made through the API
    Finding huge = Finding.builder().rule(RuleId.LKE_TOTAL).status(Status.PASS)
        .target(io.github.zi4j.unit.Predikat.WBK)
        .actual(new Measure.Points(new java.math.BigDecimal("1E+10000")))
        .basis(io.github.zi4j.regulation.LegalBasis.of("PermenPANRB 90/2021",
            io.github.zi4j.regulation.Confidence.SURE))
        .build();
    Decision decision = Decision.of(io.github.zi4j.unit.Predikat.WBK,
        java.time.LocalDate.of(2024, 7, 20), io.github.zi4j.regulation.Edition.PERMENPANRB_90_2021,
        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
        java.util.List.of(huge));

    // then zi4j's mapper (numbers in plain notation) and DecisionJson both refuse it, naming the scale
    assertThatThrownBy(() -> io.github.zi4j.ZiJson.mapper().registerModule(new ZiModule())
        .writeValueAsString(decision)).hasMessageContaining("illegal scale (-10000)");
    assertThatThrownBy(() -> DecisionJson.write(decision, Locale.ENGLISH))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessage("cannot write a decision as JSON")
        .hasRootCauseMessage("Attempt to write plain `java.math.BigDecimal` with illegal scale "
            + "(-10000): needs to be between [-9999, 9999]");
  }
}
