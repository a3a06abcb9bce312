package io.github.zi4j.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Confidence")
class ConfidenceTest {

  @ParameterizedTest(name = "{0} and {1}: {2}")
  @CsvSource({"SURE, SURE, SURE", "SURE, LIKELY, LIKELY", "LIKELY, SURE, LIKELY",
      "LIKELY, UNVERIFIED, UNVERIFIED", "UNVERIFIED, SURE, UNVERIFIED",
      "LIKELY, LIKELY, LIKELY"})
  @DisplayName("a finding resting on two figures is only as sure as the less sure of them")
  void lowest(Confidence one, Confidence other, Confidence lowest) {
    assertThat(one.lowest(other)).isEqualTo(lowest);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"SURE, sure", "LIKELY, likely", "UNVERIFIED, unverified"})
  @DisplayName("a confidence is written in texts as a lower-case word")
  void word(Confidence confidence, String word) {
    assertThat(confidence.word()).isEqualTo(word);
  }
}
