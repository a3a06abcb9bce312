package io.github.zi4j.lke;

import static io.github.zi4j.lke.LkeFixtures.decrease;
import static io.github.zi4j.lke.LkeFixtures.percentage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.zi4j.ZiJson;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A computed item turns the counts of its indicator into a value between 0 and 1")
class ComputedItemTest {

  /** LKE 90/2021 indicator 55: reported LHKPN (S116) of the obliged in three groups (S113-S115). */
  private static final ComputedItem LHKPN =
      percentage("55.a", List.of("S116"), List.of("S113", "S114", "S115"));

  /** LKE 90/2021 indicator 46: discipline violations last year (S102) and this year (S103). */
  private static final ComputedItem DISCIPLINE = decrease("46.a", "S102", "S103");

  private static Map<String, BigDecimal> lhkpn(long reported, long first, long second, long third) {
    return Map.of("S116", BigDecimal.valueOf(reported), "S113", BigDecimal.valueOf(first),
        "S114", BigDecimal.valueOf(second), "S115", BigDecimal.valueOf(third));
  }

  private static Map<String, BigDecimal> discipline(long lastYear, long thisYear) {
    return Map.of("S102", BigDecimal.valueOf(lastYear), "S103", BigDecimal.valueOf(thisYear));
  }

  @Nested
  @DisplayName("a percentage")
  class APercentage {

    @ParameterizedTest(name = "{0} of {1} + {2} + {3} is worth {4}")
    @DisplayName("is the part over the sum of the whole, capped at 1")
    @CsvSource({
        "3,  2, 1, 1,  0.75",   // 3 / 4
        "4,  2, 1, 1,  1",      // 4 / 4
        "9,  2, 1, 1,  1",      // 9 / 4, capped
        "0,  2, 1, 1,  0",
        "1,  1, 1, 1,  0.33333333333333"  // 1 / 3, rounded half-even at 14 places
    })
    void share(long reported, long first, long second, long third, BigDecimal expected) {
      // when, then
      assertThat(LHKPN.value(lhkpn(reported, first, second, third))).isEqualByComparingTo(expected);
    }

    @Test
    @DisplayName("counts a part of 0 of a whole of 0 as 1: nothing was due, nothing is missing (a convention)")
    void zeroOfZero() {
      // when, then
      assertThat(LHKPN.value(lhkpn(0, 0, 0, 0))).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    @DisplayName("rejects a part above a whole of 0 as bad input, naming both")
    void partAboveAWholeOfZero() {
      // when, then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> LHKPN.value(lhkpn(2, 0, 0, 0)))
          .withMessage("the part of 55.a (S116) must be 0 when its whole (S113 + S114 + S115) is 0, "
              + "but was 2");
    }

    @Test
    @DisplayName("needs every count it reads")
    void missingCount() {
      // when, then
      assertThatIllegalStateException()
          .isThrownBy(() -> LHKPN.value(Map.of("S116", BigDecimal.ONE)))
          .withMessageContaining("S113");
    }

    @Test
    @DisplayName("reads its part, then its whole, and shows them as a formula")
    void countsAndFormula() {
      // when, then
      assertThat(LHKPN.counts()).containsExactly("S116", "S113", "S114", "S115");
      assertThat(LHKPN.formula()).isEqualTo("S116 \u00f7 (S113 + S114 + S115)");
    }

    @Test
    @DisplayName("names at least one count on each side, each count once")
    void validated() {
      // when, then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> percentage("x", List.of(), List.of("S1")))
          .withMessage("part and whole of computed item x must each name at least one count, "
              + "but were [] and [S1]");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> percentage("x", List.of("S1"), List.of("S2", "S1")))
          .withMessage("computed item x must name each count once, but named S1 twice in [S1, S2, S1]");
    }
  }

  @Nested
  @DisplayName("a decrease")
  class ADecrease {

    @ParameterizedTest(name = "{0} -> {1} is worth {2}")
    @DisplayName("is (last year - this year) / last year, never below 0")
    @CsvSource({
        "12, 6,  0.5",
        "4,  0,  1",
        "4,  3,  0.25",
        "4,  4,  0",
        "4,  9,  0"     // a rise: no decrease
    })
    void relativeDecrease(long lastYear, long thisYear, BigDecimal expected) {
      // when, then
      assertThat(DISCIPLINE.value(discipline(lastYear, thisYear))).isEqualByComparingTo(expected);
    }

    @Test
    @DisplayName("is 1 when there were no violations last year nor this year")
    void noneEitherYear() {
      // when, then
      assertThat(DISCIPLINE.value(discipline(0, 0))).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    @DisplayName("is 0 when there were none last year and some this year (a convention: the workbook divides by 0)")
    void riseFromNone() {
      // when, then
      assertThat(DISCIPLINE.value(discipline(0, 3))).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    @DisplayName("shows its counts as a formula, and names two different counts")
    void formula() {
      // when, then
      assertThat(DISCIPLINE.formula()).isEqualTo("S102 \u2192 S103");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> decrease("x", "S1", "S1"))
          .withMessageContaining("must name each count once");
    }
  }

  @Test
  @DisplayName("writes as JSON with its type and reads back equal")
  void roundTrip() {
    // when, then
    for (ComputedItem item : List.of(LHKPN, DISCIPLINE)) {
      assertThat(ZiJson.read(ZiJson.write(item), "written", ComputedItem.class)).isEqualTo(item);
    }
    assertThat(ZiJson.write(DISCIPLINE)).contains("\"type\" : \"DECREASE\"");
  }
}
