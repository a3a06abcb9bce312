package io.github.zi4j.instansi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A BPK opinion is at least another when it is the same or better on TMP < TW < WDP < WTP")
class BpkOpinionTest {

  @ParameterizedTest(name = "{0} is at least {1}: {2}")
  @DisplayName("an opinion meets a minimum that is the same or lower")
  @CsvSource({
      "WTP, WTP, true",   // the 2024 minimum, met
      "WDP, WTP, false",  // a qualified opinion misses it
      "TW,  WTP, false",
      "TMP, WTP, false",
      "WTP, TMP, true",
      "WDP, TW,  true",
      "TMP, TW,  false"
  })
  void isAtLeast(BpkOpinion opinion, BpkOpinion minimum, boolean expected) {
    assertThat(opinion.isAtLeast(minimum)).isEqualTo(expected);
  }

  @Test
  @DisplayName("the opinions run from TMP up to WTP")
  void order() {
    assertThat(BpkOpinion.values())
        .containsExactly(BpkOpinion.TMP, BpkOpinion.TW, BpkOpinion.WDP, BpkOpinion.WTP);
  }
}
