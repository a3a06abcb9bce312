package io.github.zi4j.instansi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("A grade is at least another when it is the same or better on D < C < CC < B < BB < A < AA")
class GradeTest {

  @ParameterizedTest(name = "{0} is at least {1}: {2}")
  @DisplayName("a grade meets a minimum that is the same or lower")
  @CsvSource({
      "B,  B,  true",   // the AKIP minimum for WBK in 2024, met exactly
      "BB, B,  true",
      "CC, B,  false",  // a pemda's CC misses a K/L's B
      "CC, CC, true",   // the Indeks RB minimum of a pemda for WBK in 2024
      "C,  CC, false",
      "B,  BB, false",  // AKIP B misses the WBBM minimum BB
      "AA, D,  true",
      "D,  AA, false"
  })
  void isAtLeast(Grade grade, Grade minimum, boolean expected) {
    assertThat(grade.isAtLeast(minimum)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} is at least itself")
  @DisplayName("every grade meets itself")
  @EnumSource(Grade.class)
  void meetsItself(Grade grade) {
    assertThat(grade.isAtLeast(grade)).isTrue();
  }

  @Test
  @DisplayName("the grades run from D up to AA")
  void order() {
    assertThat(Grade.values())
        .containsExactly(Grade.D, Grade.C, Grade.CC, Grade.B, Grade.BB, Grade.A, Grade.AA);
  }
}
