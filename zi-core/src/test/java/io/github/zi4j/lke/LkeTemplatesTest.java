package io.github.zi4j.lke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.zi4j.ZiJson;
import io.github.zi4j.ZiParseException;
import io.github.zi4j.regulation.Edition;
import java.time.LocalDate;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The bundled LKE templates and the choice among them")
class LkeTemplatesTest {

  @ParameterizedTest(name = "on {0} the template of {1}")
  @CsvSource({
      "2015-01-01, PERMENPANRB_52_2014",
      "2019-12-31, PERMENPANRB_52_2014",
      "2020-01-01, PERMENPANRB_10_2019",
      "2021-12-31, PERMENPANRB_10_2019",
      "2022-01-01, PERMENPANRB_90_2021",
      "2026-11-23, PERMENPANRB_90_2021"})
  @DisplayName("the template in force on a date is the bundled one of the edition in force")
  void inForceOn(LocalDate date, Edition edition) {
    assertThat(LkeTemplates.inForceOn(date)).map(LkeTemplate::edition).contains(edition);
  }

  @Test
  @DisplayName("before 2015 no template is in force: zi4j does not model PermenPAN 60/2012")
  void noneBefore2015() {
    assertThat(LkeTemplates.inForceOn(LocalDate.of(2014, 12, 31))).isEmpty();
  }

  @Test
  @DisplayName("the 90/2021 template has 46 indicators and 127 questions; the older ones 9 and 21")
  void counts() {
    // 90/2021 (portalrb.md §1): pemenuhan 4 + 3 + 6 + 2 + 5 + 5 = 25 indicators, reform
    // 3 + 3 + 3 + 3 + 4 + 2 = 18 (laporan harta kekayaan is two: LHKPN and non-LHKPN), hasil IPAK,
    // capaian kinerja, IPKP = 3: 46 in all; soal 1 to 127, counts among them
    assertThat(LkeTemplates.bundled(Edition.PERMENPANRB_90_2021).indicators()).hasSize(46);
    assertThat(LkeTemplates.bundled(Edition.PERMENPANRB_90_2021).questions()).hasSize(127);
    // 52/2014 and 10/2019: six areas as one indicator each, plus two surveys and TLHP
    assertThat(LkeTemplates.bundled(Edition.PERMENPANRB_52_2014).indicators()).hasSize(9);
    assertThat(LkeTemplates.bundled(Edition.PERMENPANRB_10_2019).questions()).hasSize(21);
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.EnumSource(Edition.class)
  @DisplayName("a bundled template written as JSON reads back equal: the start of an adapted LKE")
  void roundTrip(Edition edition) {
    LkeTemplate template = LkeTemplates.bundled(edition);

    String json = ZiJson.write(template);

    assertThat(ZiJson.read(json, "written", LkeTemplate.class)).isEqualTo(template);
  }

  @Test
  @DisplayName("a legal basis writes as JSON and reads back equal")
  void legalBasisRoundTrip() {
    io.github.zi4j.regulation.LegalBasis basis = io.github.zi4j.regulation.LegalBasis.of(
        "PermenPANRB 90/2021, Lampiran II Bab IV C", io.github.zi4j.regulation.Confidence.SURE);

    assertThat(ZiJson.read(ZiJson.write(basis), "written", io.github.zi4j.regulation.LegalBasis.class))
        .isEqualTo(basis);
  }

  @Test
  @DisplayName("a null answer is rejected: an unanswered question is left out, never null")
  void nullAnswer() {
    Map<String, Answer> answers = new java.util.HashMap<>();
    answers.put("S1", null);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Worksheet.of(Edition.PERMENPANRB_90_2021, Role.SELF, answers))
        .withMessage("answer of SELF to S1 must not be null; "
            + "leave the question out when it is unanswered");
    ZiParseException e = Assertions.catchThrowableOfType(ZiParseException.class, () -> ZiJson.read(
        "{\"edition\": \"PERMENPANRB_90_2021\", \"answers\": {\"SELF\": {\"S1\": null}}}",
        "test", Worksheet.class));
    assertThat(e.problem()).contains("answer of SELF to S1 must not be null");
  }

  @Test
  @DisplayName("a TPI that answered nothing does not decide: the unit's own answers do")
  void emptyTpiDoesNotDecide() {
    Worksheet worksheet = new Worksheet(Edition.PERMENPANRB_90_2021, java.util.Optional.empty(),
        Map.of(Role.SELF, Map.of("S1", Answer.yesNo(true)), Role.TPI, Map.of()));

    assertThat(worksheet.decidingRole()).isEqualTo(Role.SELF);
    assertThat(worksheet.withAnswer(Role.TPI, "S1", Answer.yesNo(false)).decidingRole())
        .isEqualTo(Role.TPI);
  }
}
