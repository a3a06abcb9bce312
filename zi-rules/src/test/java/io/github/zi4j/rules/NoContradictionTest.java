package io.github.zi4j.rules;

import static io.github.zi4j.lke.AreaPerubahan.PENGUATAN_PENGAWASAN;
import static io.github.zi4j.rules.Fixtures.EN;
import static io.github.zi4j.rules.Fixtures.ID;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_WBK_2024;
import static io.github.zi4j.rules.Fixtures.only;
import static io.github.zi4j.rules.Fixtures.strongHasil;
import static io.github.zi4j.rules.Fixtures.wbkLine;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.lke.AreaPerubahan;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A number shown never contradicts its verdict: a failing value never shows as its "
    + "minimum, and a shortfall never shows as zero")
class NoContradictionTest {

  private final DecisionEngine engine = DecisionEngine.standard();

  @Test
  @DisplayName("a total of 74.995 shows as 74,995 against 75,000, 0,005 short")
  void total() {
    // given: PW pemenuhan 5.995 instead of 6.00 on the WBK line
    Finding finding = only(engine.decide(PESAWARAN_WBK_2024.withLke(
        wbkLine().pemenuhan(PENGUATAN_PENGAWASAN, "5.995").build())), RuleId.LKE_TOTAL);

    // then
    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.message(ID))
        .startsWith("Nilai total 74,995 di bawah nilai minimal 75,000 untuk WBK (kurang 0,005)");
    assertThat(finding.message(EN))
        .startsWith("LKE total 74.995 is below the minimum 75.000 for WBK (0.005 short)");
  }

  @Test
  @DisplayName("an IPAK index of 3.599 shows as 3,599, worth 15,746 against 15,750, 0,004 short")
  void ipak() {
    // given: 3.599 / 4 × 17.5 = 15.745625, 0.004375 under 15.75
    Finding finding = only(engine.decide(PESAWARAN_WBK_2024.withLke(
        wbkLine().ipak("3.599").build())), RuleId.LKE_IPAK);

    // then
    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.actual().orElseThrow().neutral()).isEqualTo("15.746");
    assertThat(finding.required().orElseThrow().neutral()).isEqualTo("15.750");
    // rounded up: 0.004 more would still be short
    assertThat(finding.shortfall().orElseThrow().neutral()).isEqualTo("0.005");
    assertThat(finding.message(ID)).startsWith("IPAK 3,599 setara nilai 15,746, di bawah nilai "
        + "minimal 15,750 untuk WBK (kurang 0,005)");
  }

  @Test
  @DisplayName("a failing IPAK index of 3.59999 shows as 3,5999, never as the minimum 3,60 itself, "
      + "cut toward the verdict as its points are")
  void ipakPastFourDecimals() {
    // given: 3.59999 / 4 × 17.5 = 15.74995625, under 15.75 by 0.00004375
    Finding finding = only(engine.decide(PESAWARAN_WBK_2024.withLke(
        wbkLine().ipak("3.59999").build())), RuleId.LKE_IPAK);

    // then
    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.context().orElseThrow().neutral()).isEqualTo("3.5999");
    assertThat(finding.actual().orElseThrow().neutral()).isEqualTo("15.7499");
    assertThat(finding.required().orElseThrow().neutral()).isEqualTo("15.7500");
    assertThat(finding.message(ID)).startsWith("IPAK 3,5999 setara nilai 15,7499, di bawah nilai "
        + "minimal 15,7500 untuk WBK (kurang 0,0001)");
    assertThat(finding.message(EN)).startsWith("IPAK 3.5999 is worth 15.7499, below the minimum "
        + "15.7500 for WBK (0.0001 short)");
  }

  @Test
  @DisplayName("a passing IPAK index of 3.60001 shows as the index it was given, rounded as ever")
  void ipakPassing() {
    // when
    Finding finding = only(engine.decide(PESAWARAN_WBK_2024.withLke(
        wbkLine().ipak("3.60001").build())), RuleId.LKE_IPAK);

    // then
    assertThat(finding.status()).isEqualTo(Status.PASS);
    assertThat(finding.context().orElseThrow().neutral()).isEqualTo("3.6000");
  }

  @Test
  @DisplayName("an area at 4.7999 against 4.80 shows four decimals and a shortfall of 0,0001")
  void area() {
    // given: Manajemen Perubahan 2.40 + 2.3999 = 4.7999 against 60 % of 8 = 4.80
    Decision decision = engine.decide(PESAWARAN_WBK_2024.withLke(strongHasil()
        .area(AreaPerubahan.MANAJEMEN_PERUBAHAN, "2.40", "2.3999").build()));
    Finding finding = decision.findings(RuleId.LKE_AREA).stream()
        .filter(f -> f.area().orElseThrow() == AreaPerubahan.MANAJEMEN_PERUBAHAN)
        .findFirst().orElseThrow();

    // then
    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.message(Locale.ENGLISH)).startsWith("Area Manajemen Perubahan (change management): 4.7999 is "
        + "below the minimum 4.8000 for WBK (0.0001 short)");
  }

  @Test
  @DisplayName("a value short by less than 0.00005 shows cut at four decimals, still below")
  void cutPastFourDecimals() {
    // when
    java.util.List<Measure.Points> shown = Measure.Points.failing(
        new java.math.BigDecimal("74.99999"), new java.math.BigDecimal("75"));

    // then
    assertThat(shown).extracting(Measure.Points::neutral)
        .containsExactly("74.9999", "75.0000", "0.0001");
  }

  @Test
  @DisplayName("a passing value keeps two decimals, as ever")
  void passing() {
    // when
    Finding finding = only(engine.decide(PESAWARAN_WBK_2024.withLke(
        wbkLine().pemenuhan(PENGUATAN_PENGAWASAN, "6.004").build())), RuleId.LKE_TOTAL);

    // then
    assertThat(finding.status()).isEqualTo(Status.PASS);
    assertThat(finding.actual().orElseThrow().neutral()).isEqualTo("75.00");
  }
}
