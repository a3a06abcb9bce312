package io.github.zi4j.rules.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.lke.AreaScore;
import io.github.zi4j.lke.CapaianKinerja;
import io.github.zi4j.lke.Hasil;
import io.github.zi4j.lke.LkeInput;
import io.github.zi4j.lke.LkeResult;
import io.github.zi4j.lke.LkeWeights;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.rules.AreaCheck;
import io.github.zi4j.rules.RegulationFigures;
import io.github.zi4j.rules.Status;
import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The laws of a score profile, on random area-level results around the minimums. jqwik's {@link
 * Label} is its {@code @DisplayName}: jqwik skips a property that carries JUnit's own.
 */
@Label("A score profile derives the predicate met from the margins it judged")
class ScoreProfileLawsTest {

  private static final RegulationFigures FIGURES = RegulationFigures.bundled();

  @Property(tries = 300)
  @Label("the predicate met is the one judged from the same margins: meeting it means every finding "
      + "for it passes, and meeting WBBM means meeting WBK")
  void meetsFollowsFromTheMargins(@ForAll("results") LkeResult result,
      @ForAll AreaCheck areaCheck) {
    // given
    ScoreProfile profile =
        ScoreProfile.of(Edition.PERMENPANRB_90_2021, FIGURES.withAreaCheck(areaCheck));
    Optional<LkeInput> lke = Optional.of(result);

    // when
    ScoreJudgement forWbk = profile.judge(lke, Predikat.WBK);
    ScoreJudgement forWbbm = profile.judge(lke, Predikat.WBBM);

    // then
    boolean wbk = forWbk.findings().stream().allMatch(f -> f.status() == Status.PASS);
    boolean wbbm = forWbbm.findings().stream().allMatch(f -> f.status() == Status.PASS);
    Optional<Predikat> expected = wbbm && wbk ? Optional.of(Predikat.WBBM)
        : wbk ? Optional.of(Predikat.WBK) : Optional.empty();
    assertThat(forWbk.meets()).isEqualTo(expected).isEqualTo(forWbbm.meets());
    assertThat(forWbk.summary()).map(s -> s.meets()).contains(expected);
  }

  @Provide
  Arbitrary<LkeResult> results() {
    LkeWeights weights = LkeWeights.permenpanrb90of2021();
    Arbitrary<BigDecimal> share = Arbitraries.bigDecimals().between(new BigDecimal("0.40"),
        BigDecimal.ONE).ofScale(2);
    Arbitrary<BigDecimal> index = Arbitraries.bigDecimals().between(new BigDecimal("2.50"),
        new BigDecimal("4")).ofScale(2);
    return Combinators.combine(share.list().ofSize(12), index, index,
        Arbitraries.of(CapaianKinerja.class)).as((shares, ipak, ipkp, capaian) -> {
          LkeResult.Builder result = LkeResult.builder();
          int i = 0;
          for (AreaPerubahan area : AreaPerubahan.values()) {
            result.putPengungkit(area, AreaScore.of(
                points(weights.pemenuhan(area), shares.get(i++)),
                points(weights.reform(area), shares.get(i++))));
          }
          return result.hasil(Hasil.of(ipak, capaian, ipkp)).build();
        });
  }

  private static BigDecimal points(BigDecimal weight, BigDecimal share) {
    return weight.multiply(share).setScale(2, RoundingMode.DOWN);
  }

}
