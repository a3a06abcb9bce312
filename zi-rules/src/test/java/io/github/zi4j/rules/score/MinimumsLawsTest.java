package io.github.zi4j.rules.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The laws of comparing points with minimums: the quick comparison is the exact one. jqwik's {@link
 * Label} is its {@code @DisplayName}.
 */
@Label("Points are compared with a minimum exactly, however close they are")
class MinimumsLawsTest {

  @Property(tries = 3000)
  @Label("the comparison by doubles, where it decides, is BigDecimal.compareTo's")
  void comparesAsCompareTo(@ForAll("pairs") BigDecimal[] pair) {
    // given points and a minimum, often a hair apart or equal with other places
    BigDecimal x = pair[0];
    BigDecimal y = pair[1];

    // then
    assertThat(Minimums.compare(x, x.doubleValue(), y, y.doubleValue()))
        .isEqualTo(Integer.signum(x.compareTo(y)));
  }

  @Property(tries = 1000)
  @Label("the predicates not met are those whose minimum the points are below, or that have none")
  void unmetAsCompareTo(@ForAll("pairs") BigDecimal[] pair) {
    // given a WBK minimum and no WBBM minimum
    Map<Predikat, BigDecimal> byPredikat = new EnumMap<>(Predikat.class);
    byPredikat.put(Predikat.WBK, pair[1]);
    Minimums minimums = new Minimums(byPredikat);

    // then WBBM is never met, WBK only at or above its minimum, and nothing without points
    int wbk = 1 << Predikat.WBK.ordinal();
    int wbbm = 1 << Predikat.WBBM.ordinal();
    assertThat(minimums.unmet(pair[0]))
        .isEqualTo(pair[0].compareTo(pair[1]) < 0 ? wbk | wbbm : wbbm);
    assertThat(minimums.unmet(null)).isEqualTo(wbk | wbbm);
  }

  @Example
  @Label("74.99999999999999999999 does not reach 75, though both are the same double")
  void aHairBelow() {
    BigDecimal below = new BigDecimal("74.99999999999999999999");
    BigDecimal minimum = new BigDecimal("75");
    Map<Predikat, BigDecimal> byPredikat = new EnumMap<>(Predikat.class);
    byPredikat.put(Predikat.WBK, minimum);
    byPredikat.put(Predikat.WBBM, new BigDecimal("75.00"));

    assertThat(below.doubleValue()).isEqualTo(minimum.doubleValue());
    assertThat(new Minimums(byPredikat).unmet(below)).isEqualTo(0b11);
    assertThat(new Minimums(byPredikat).unmet(new BigDecimal("75.000"))).isZero();
  }

  @Provide
  Arbitrary<BigDecimal[]> pairs() {
    Arbitrary<BigDecimal> number = Arbitraries.bigDecimals()
        .between(new BigDecimal("-1000000000"), new BigDecimal("1000000000")).ofScale(20)
        .map(BigDecimal::stripTrailingZeros);
    Arbitrary<BigDecimal> hair = Arbitraries.integers().between(-20, 20)
        .map(places -> BigDecimal.ONE.movePointLeft(Math.abs(places))
            .multiply(BigDecimal.valueOf(Integer.signum(places))));
    Arbitrary<Integer> places = Arbitraries.integers().between(0, 20);
    return Arbitraries.oneOf(
        Combinators.combine(number, number).as((x, y) -> new BigDecimal[] {x, y}),
        // a hair apart: y and y plus or minus 10^-k
        Combinators.combine(number, hair).as((y, h) -> new BigDecimal[] {y.add(h), y}),
        // equal, with other places
        Combinators.combine(number, places).as((y, p) -> new BigDecimal[] {
            y.setScale(Math.max(y.scale(), 0) + p), y}));
  }
}
