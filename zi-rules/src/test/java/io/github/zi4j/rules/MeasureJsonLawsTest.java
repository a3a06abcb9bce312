package io.github.zi4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The JSON laws of measures. jqwik's {@link Label} is its {@code @DisplayName}. */
@Label("Every measure round-trips through ZiModule")
class MeasureJsonLawsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new ZiModule());

  @Property(tries = 500)
  @Label("any measure written and read back is equal to itself")
  void roundTrips(@ForAll("measures") Measure measure) throws Exception {
    // when
    Measure again = MAPPER.readValue(MAPPER.writeValueAsString(measure), Measure.class);

    // then
    assertThat(again).isEqualTo(measure);
  }

  @Provide
  Arbitrary<Measure> measures() {
    Arbitrary<BigDecimal> points = Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(5);
    Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 40_000)
        .map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
    return Arbitraries.oneOf(
        Combinators.combine(points, Arbitraries.integers().between(2, 4),
                Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.UP, RoundingMode.DOWN))
            .as(Measure.Points::new),
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("4")).ofScale(3)
            .map(Measure.Index::new),
        days.map(Measure.Day::new),
        Arbitraries.longs().between(0, 100_000).map(Measure.Days::new),
        Arbitraries.integers().between(1, 6).map(Measure.Steps::new),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).map(Measure.Term::new),
        Combinators.combine(points, Arbitraries.of("AA", "A", "BB", "B", "CC", "C", "D"))
            .as(Measure.Rated::new),
        Combinators.combine(days, Arbitraries.integers().between(0, 60))
            .as((opens, length) -> new Measure.Window(opens, opens.plusDays(length))));
  }
}
