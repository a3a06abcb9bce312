package io.github.zi4j.rules;

import static io.github.zi4j.rules.Fixtures.DPMPTSP_PESAWARAN;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_WBK_2024;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zi4j.ZiException;
import io.github.zi4j.ZiParseException;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.planning.SoalCosts;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.rules.portalrb.DaftarUnit;
import io.github.zi4j.rules.portalrb.ErrorResponse;
import io.github.zi4j.rules.portalrb.Kandidat;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every value the rules refuse is a {@link ZiException} naming where the value is, relative to the
 * object given (a proposal, a worksheet), and the value itself (issue 18, point 3).
 */
@DisplayName("A value the rules refuse names its place and its value")
class BadInputPathTest {

  private final DecisionEngine engine = DecisionEngine.standard();

  /** Asserts that {@code call} is refused at {@code path} with a message holding {@code said}. */
  private static void refused(ThrowingCallable call, String path, String... said) {
    assertThatThrownBy(call).isInstanceOf(ZiException.class)
        .satisfies(e -> assertThat(((ZiException) e).path()).isEqualTo(path))
        .hasMessageContainingAll(said);
  }

  @Test
  @DisplayName("a case dated 20 July 2014 is refused at asOf: no edition before 2015 is modelled")
  void beforeAnyEdition() {
    Proposal old = PESAWARAN_WBK_2024.withAsOf(LocalDate.of(2014, 7, 20))
        .withUnit(DPMPTSP_PESAWARAN.withPencanangan(LocalDate.of(2013, 1, 10)));

    refused(() -> engine.editionFor(old), "asOf", "asOf must be on or after 2015-01-01",
        "but was 2014-07-20");
    refused(() -> engine.decide(old), "asOf", "but was 2014-07-20");
  }

  @Test
  @DisplayName("a 2024 case with a worksheet of 52/2014 is refused at lke.edition, naming both "
      + "editions")
  void worksheetOfAnotherEdition() {
    Proposal proposal = PESAWARAN_WBK_2024.withLke(
        Worksheet.of(Edition.PERMENPANRB_52_2014, Role.SELF, Map.of()));

    refused(() -> engine.decide(proposal), "lke.edition", "PERMENPANRB_52_2014",
        "PERMENPANRB_90_2021");
  }

  @Test
  @DisplayName("a comparison of a worksheet with the unit's answers only is refused at answers")
  void comparisonWithoutTpi() {
    Worksheet selfOnly = Worksheet.of(Edition.PERMENPANRB_90_2021, Role.SELF, Map.of());

    refused(() -> engine.compare(selfOnly), "answers",
        "a comparison needs answers of both SELF and TPI, but TPI gave none");
  }

  @Test
  @DisplayName("a unit without an id whose name makes an id of 150 characters is refused at "
      + "unit.name")
  void nameTooLongForAnId() {
    Proposal proposal = PESAWARAN_WBK_2024.withUnit(DPMPTSP_PESAWARAN.withName("N".repeat(150)));
    Decision decision = engine.decide(proposal);

    refused(() -> Kandidat.of(proposal, decision), "unit.name", "an id of 150 characters",
        "N".repeat(80));
  }

  @Test
  @DisplayName("a count of -1 days is refused at value, naming -1")
  void negativeDays() {
    refused(() -> new Measure.Days(-1), "value", "count of days must not be negative, but was -1");
  }

  @Test
  @DisplayName("a list of units for the year 1800 is refused at tahun, naming 1800")
  void daftarOf1800() {
    refused(() -> new DaftarUnit(1800, List.of()), "tahun",
        "tahun must be from 1900 to 2200, but was 1800");
  }

  @Test
  @DisplayName("an error code in lower case is refused at code, naming it")
  void errorCodeInLowerCase() {
    refused(() -> ErrorResponse.of("not_found", "no such unit"), "code",
        "code must be capitals, digits and underscores", "not_found");
  }

  @Test
  @DisplayName("a cost file naming soal 12 twice is refused at its line 3, naming the file")
  void costFileNamingASoalTwice() {
    assertThatThrownBy(() -> SoalCosts.parse(new StringReader("soal_id,cost\n12,1\n12,2\n"),
        "costs.csv")).isInstanceOf(ZiParseException.class)
        .satisfies(e -> assertThat(((ZiParseException) e).path()).isEqualTo("line 3"))
        .hasMessage("costs.csv: line 3: names soal \"12\" a second time");
  }

  @Test
  @DisplayName("a cost of -1 in a cost file is refused at its line, naming the soal and the cost")
  void negativeCostInAFile() {
    assertThatThrownBy(() -> SoalCosts.parse(new StringReader("soal_id,cost\nS4,-1\n"),
        "costs.csv")).isInstanceOf(ZiParseException.class)
        .satisfies(e -> assertThat(((ZiParseException) e).path()).isEqualTo("line 2"))
        .hasMessageContainingAll("costs.csv: line 2: cost of soal S4", "but was -1");
  }
}
