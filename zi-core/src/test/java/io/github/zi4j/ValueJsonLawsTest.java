package io.github.zi4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.instansi.BpkOpinion;
import io.github.zi4j.instansi.Grade;
import io.github.zi4j.instansi.Instansi;
import io.github.zi4j.instansi.InstansiKind;
import io.github.zi4j.instansi.Rating;
import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.lke.AreaScore;
import io.github.zi4j.lke.CapaianKinerja;
import io.github.zi4j.lke.Hasil;
import io.github.zi4j.lke.LkeResult;
import io.github.zi4j.lke.LkeWeights;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.PredikatEvent;
import io.github.zi4j.unit.UnitKerja;
import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every value zi4j reads from JSON is written back so that it reads back {@code equals}, scales of
 * its decimals included, whatever valid value it is.
 */
@Label("Every public value round-trips through JSON")
class ValueJsonLawsTest {

  private static final LkeWeights WEIGHTS = LkeWeights.permenpanrb90of2021();

  @Property(tries = 300)
  @Label("a proposal, with its instansi, unit, history, round and LKE result, reads back equal")
  void proposalRoundTrips(@ForAll("proposals") Proposal proposal) {
    assertThat(ZiJson.read(ZiJson.write(proposal), "law", Proposal.class)).isEqualTo(proposal);
  }

  @Property(tries = 300)
  @Label("an instansi with grades and scores of any years reads back equal")
  void instansiRoundTrips(@ForAll("instansi") Instansi instansi) {
    assertThat(ZiJson.read(ZiJson.write(instansi), "law", Instansi.class)).isEqualTo(instansi);
  }

  @Property(tries = 300)
  @Label("an LKE result with points of any scale within their weights reads back equal")
  void lkeRoundTrips(@ForAll("lkeResults") LkeResult lke) {
    assertThat(ZiJson.read(ZiJson.write(lke), "law", LkeResult.class)).isEqualTo(lke);
  }

  @Provide
  Arbitrary<Proposal> proposals() {
    Arbitrary<LocalDate> pencanangan = dates(2015, 2025);
    Arbitrary<UnitKerja> units = Combinators.combine(names(), pencanangan,
            Arbitraries.integers().between(0, 3), Arbitraries.integers().between(1, 700))
        .as((name, day, awards, gap) -> {
          UnitKerja.Builder unit = UnitKerja.builder().name(name).pencanangan(day);
          if (gap % 2 == 0) {
            unit.id("Unit_" + gap + ".a-" + awards); // every character an id may have
          }
          if (awards >= 1) {
            unit.addHistory(PredikatEvent.awarded(Predikat.WBK, day.plusDays(gap)));
          }
          if (awards >= 2) {
            unit.addHistory(PredikatEvent.awarded(Predikat.WBBM, day.plusDays(2L * gap)));
          }
          if (awards >= 3) {
            unit.addHistory(PredikatEvent.revoked(Predikat.WBBM, day.plusDays(3L * gap)));
          }
          return unit.build();
        });
    return Combinators.combine(dates(2019, 2030), Arbitraries.of(Predikat.class), instansi(),
            units, lkeResults(), Arbitraries.of(true, false))
        .as((asOf, target, instansi, unit, lke, withRound) -> {
          Proposal.Builder proposal = Proposal.builder().asOf(asOf).target(target)
              .instansi(instansi).unit(unit).lke(lke);
          if (withRound) {
            proposal.round(ProposalRound.builder().year(asOf.getYear()).build());
          }
          return proposal.build();
        });
  }

  @Provide
  Arbitrary<Instansi> instansi() {
    Arbitrary<Integer> years = Arbitraries.integers().between(2015, 2030);
    Arbitrary<Rating> ratings = Arbitraries.oneOf(Arbitraries.of(Grade.class).map(g -> g),
        decimals(BigDecimal.ZERO, new BigDecimal("100"), 3).map(Rating::score));
    return Combinators.combine(names(), Arbitraries.of(InstansiKind.class), years,
            Arbitraries.of(BpkOpinion.class), ratings, ratings,
            Arbitraries.integers().between(1, 5))
        .as((name, kind, year, opinion, akip, indeksRb, spip) -> Instansi.builder()
            .name(name).kind(kind)
            .putBpkOpinion(year, opinion).putAkip(year, akip).putIndeksRb(year - 1, indeksRb)
            .putSpip(year, spip)
            .build());
  }

  @Provide
  Arbitrary<LkeResult> lkeResults() {
    Arbitrary<BigDecimal> share = decimals(BigDecimal.ZERO, BigDecimal.ONE, 4);
    Arbitrary<BigDecimal> index = decimals(BigDecimal.ONE, new BigDecimal("4"), 3);
    return Combinators.combine(share.list().ofSize(12), index, Arbitraries.of(CapaianKinerja.class),
            index)
        .as((shares, ipak, capaian, ipkp) -> {
          LkeResult.Builder lke = LkeResult.builder();
          int i = 0;
          for (AreaPerubahan area : AreaPerubahan.values()) {
            lke.putPengungkit(area, AreaScore.of(
                WEIGHTS.pemenuhan(area).multiply(shares.get(i++)),
                WEIGHTS.reform(area).multiply(shares.get(i++))));
          }
          return lke.hasil(Hasil.of(ipak, capaian, ipkp)).build();
        });
  }

  private static Arbitrary<String> names() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', 'é', '’').ofMinLength(1)
        .ofMaxLength(40).filter(s -> !s.isBlank());
  }

  private static Arbitrary<LocalDate> dates(int firstYear, int lastYear) {
    return Arbitraries.integers().between(0, (lastYear - firstYear + 1) * 365 - 1)
        .map(days -> LocalDate.of(firstYear, 1, 1).plusDays(days));
  }

  /** Decimals from {@code low} to {@code high} of any scale up to {@code maxScale}. */
  private static Arbitrary<BigDecimal> decimals(BigDecimal low, BigDecimal high, int maxScale) {
    return Arbitraries.integers().between(0, maxScale).flatMap(scale ->
        Arbitraries.bigDecimals().between(low, high).ofScale(scale));
  }
}
