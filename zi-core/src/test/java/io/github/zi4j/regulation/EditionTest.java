package io.github.zi4j.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The edition in force on a date is the latest one used from that date or earlier")
class EditionTest {

  // the last day of PermenPAN 60/2012, which zi4j does not model (domain notes §3)
  private static final LocalDate LAST_DAY_BEFORE_52_2014 = LocalDate.of(2014, 12, 31);
  private static final LocalDate FIRST_DAY_OF_2015_ROUND = LocalDate.of(2015, 1, 1);

  @ParameterizedTest(name = "on {0}: {1}")
  @DisplayName("an evaluation date selects its edition")
  @CsvSource({
      "2015-01-01, PERMENPANRB_52_2014",  // first day of the 2015 round
      "2019-12-31, PERMENPANRB_52_2014",
      "2020-01-01, PERMENPANRB_10_2019",  // first day of the 2020 round
      "2021-12-31, PERMENPANRB_10_2019",
      "2022-01-01, PERMENPANRB_90_2021",  // first day of the 2022 round
      "2024-07-20, PERMENPANRB_90_2021"   // the 2024 round
  })
  void inForceOn(LocalDate date, Edition expected) {
    assertThat(Edition.inForceOn(date)).contains(expected);
  }

  @Test
  @DisplayName("no edition zi4j models is in force on 31 December 2014")
  void noneBefore2015() {
    assertThat(Edition.inForceOn(LAST_DAY_BEFORE_52_2014)).isEmpty();
  }

  @Test
  @DisplayName("an edition is in force from its own first day")
  void usedFrom() {
    assertThat(Edition.PERMENPANRB_52_2014.usedFrom()).isEqualTo(FIRST_DAY_OF_2015_ROUND);
    for (Edition edition : Edition.values()) {
      assertThat(Edition.inForceOn(edition.usedFrom())).contains(edition);
    }
  }

  @Test
  @DisplayName("only 90/2021's first round year is sure; the older ones are likely")
  void confidence() {
    assertThat(Edition.PERMENPANRB_90_2021.usedFromConfidence()).isEqualTo(Confidence.SURE);
    assertThat(Edition.PERMENPANRB_10_2019.usedFromConfidence()).isEqualTo(Confidence.LIKELY);
    assertThat(Edition.PERMENPANRB_52_2014.usedFromConfidence()).isEqualTo(Confidence.LIKELY);
  }

  @Test
  @DisplayName("an edition cites its regulation by number and year")
  void citation() {
    assertThat(Edition.PERMENPANRB_90_2021.citation()).isEqualTo("PermenPANRB 90/2021");
  }
}
