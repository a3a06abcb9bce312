package io.github.zi4j.lke;

import static io.github.zi4j.lke.LkeFixtures.CONTOH_90_2021;
import static io.github.zi4j.lke.LkeFixtures.SCORER_90_2021;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.LegalBasis;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The texts of the model follow the one language policy: Bahasa Indonesia for id or in, English for any other locale, Bahasa Indonesia without one")
class CoreTextLanguageTest {

  private static final LkeScore CONTOH_SELF = SCORER_90_2021.score(CONTOH_90_2021, Role.SELF);

  static Stream<String> indonesian() {
    return Stream.of("id", "id-ID", "in", "in-ID");
  }

  static Stream<String> english() {
    return Stream.of("en", "en-GB", "fr", "fr-FR", "de", "ms-MY", "jv", "und");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("indonesian")
  @DisplayName("an area's name is its proper name alone for an Indonesian locale")
  void areaNameIndonesian(String tag) {
    assertThat(AreaPerubahan.PENGUATAN_PENGAWASAN.displayName(Locale.forLanguageTag(tag)))
        .isEqualTo("Penguatan Pengawasan");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("english")
  @DisplayName("an area's name carries its English gloss for any other locale, French included")
  void areaNameEnglish(String tag) {
    assertThat(AreaPerubahan.PENGUATAN_PENGAWASAN.displayName(Locale.forLanguageTag(tag)))
        .isEqualTo("Penguatan Pengawasan (supervision)");
  }

  @Test
  @DisplayName("an area's name asked for without a locale is in Bahasa Indonesia")
  void areaNameDefault() {
    assertThat(AreaPerubahan.MANAJEMEN_PERUBAHAN.displayName()).isEqualTo("Manajemen Perubahan");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("indonesian")
  @DisplayName("a breakdown has a decimal comma for an Indonesian locale: 93,84 / 100,00")
  void breakdownIndonesian(String tag) {
    // contoh SELF: 93.83875, half-up to the cent
    assertThat(CONTOH_SELF.breakdown(Locale.forLanguageTag(tag)).lines())
        .contains("LKE Nilai LKE: 93,84 / 100,00 (93,84 %)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("english")
  @DisplayName("a breakdown has a decimal point for any other locale, French and German included: 93.84 / 100.00")
  void breakdownEnglish(String tag) {
    // a French or German number format would write 93,84: the policy's English writes 93.84
    assertThat(CONTOH_SELF.breakdown(Locale.forLanguageTag(tag)).lines())
        .contains("LKE Nilai LKE: 93.84 / 100.00 (93.84 %)")
        .noneMatch(line -> line.contains("93,84"));
  }

  @Test
  @DisplayName("a breakdown asked for without a locale is in Bahasa Indonesia number format")
  void breakdownDefault() {
    assertThat(CONTOH_SELF.breakdown()).isEqualTo(CONTOH_SELF.breakdown(Locale.forLanguageTag("id")));
  }

  @Test
  @DisplayName("a citation has its English form in English texts, and is cited as written in Bahasa Indonesia or when it has none")
  void citation() {
    LegalBasis round = LegalBasis.of("Periode pengusulan 2024", Confidence.SURE)
        .withEnglish("2024 proposal round");
    LegalBasis plain = LegalBasis.of("PermenPANRB 90/2021, Lampiran (LKE)", Confidence.SURE);

    assertThat(round.citation(Locale.FRENCH)).isEqualTo("2024 proposal round");
    assertThat(round.citation(Locale.forLanguageTag("in"))).isEqualTo("Periode pengusulan 2024");
    assertThat(plain.citation(Locale.ENGLISH)).isEqualTo("PermenPANRB 90/2021, Lampiran (LKE)");
    // the English form is not part of the basis's identity, nor of its JSON
    assertThat(round).isEqualTo(LegalBasis.of("Periode pengusulan 2024", Confidence.SURE));
  }

  @Test
  @DisplayName("a bundled round cites itself in English with its English source: 2024 proposal round: KemenPANRB press release, 16 July 2024")
  void roundInEnglish() {
    LegalBasis basis = io.github.zi4j.round.ProposalRounds.bundled().forYear(2024).orElseThrow()
        .basis();

    assertThat(basis.citation()).isEqualTo(
        "Periode pengusulan 2024: Siaran pers KemenPANRB 16 Juli 2024");
    assertThat(basis.citation(Locale.ENGLISH)).isEqualTo(
        "2024 proposal round: KemenPANRB press release, 16 July 2024");
  }

  @Test
  @DisplayName("a round's English source without its source as written is refused, naming the round")
  void englishSourceAlone() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> io.github.zi4j.round.ProposalRound
            .builder().year(2024).sourceEnglish("KemenPANRB press release").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sourceEnglish must be given with source, the source as written (round 2024)");
  }
}
