package io.github.zi4j.rules;

import static io.github.zi4j.rules.Fixtures.BALANGAN_WBBM_2026;
import static io.github.zi4j.rules.Fixtures.CONTOH_52_2014;
import static io.github.zi4j.rules.Fixtures.CONTOH_90_2021;
import static io.github.zi4j.rules.Fixtures.ID;
import static io.github.zi4j.rules.Fixtures.KANTOR_CONTOH;
import static io.github.zi4j.rules.Fixtures.KANTOR_CONTOH_WBK_2024;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_WBK_2024;
import static io.github.zi4j.rules.Fixtures.minimumFinding;
import static io.github.zi4j.rules.Fixtures.only;
import static io.github.zi4j.rules.Fixtures.pointsOf;
import static io.github.zi4j.rules.Fixtures.term;
import static io.github.zi4j.rules.Fixtures.wbkOnTheLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.unit.Predikat;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Under 52/2014 and 10/2019 every node of the edition's LKE template with a minimum meets it")
class TemplateMinimumRuleTest {

  // the nodes of the 52/2014 template with a minimum, in template order, as findings name them
  private static final String TOTAL = "Nilai LKE";
  private static final String BERSIH = "Pemerintah yang bersih dan bebas KKN";
  private static final String SURVEY = "Survei persepsi korupsi";
  private static final String TLHP = "Tindak lanjut hasil pemeriksaan (TLHP)";

  // the legal bases the findings carry
  // the minimums cite where they come from, not the regulation: one secondary source on practice
  private static final LegalBasis SECONDARY_SOURCE = LegalBasis.of(
      "satu sumber sekunder tentang praktik PermenPANRB 52/2014", Confidence.LIKELY);
  private static final LegalBasis WBBM_TOTAL = SECONDARY_SOURCE;
  private static final LegalBasis TEMPLATE_52 =
      LegalBasis.of("PermenPANRB 52/2014, Lampiran (LKE)", Confidence.UNVERIFIED);
  private static final LegalBasis EDITION_52 =
      LegalBasis.of("PermenPANRB 52/2014 (LKE)", Confidence.SURE);

  /** DPMPTSP Pesawaran for WBK in the 2024 round, judged by 52/2014 as the caller names it. */
  private static final Proposal PESAWARAN_52 =
      PESAWARAN_WBK_2024.withEdition(Edition.PERMENPANRB_52_2014);

  /** DPMPTSP Balangan for WBBM in the (fictional) 2026 round, judged by 52/2014. */
  private static final Proposal BALANGAN_52 =
      BALANGAN_WBBM_2026.withEdition(Edition.PERMENPANRB_52_2014);

  private final DecisionEngine engine = DecisionEngine.standard();

  /** The 52/2014 example with the unit's answer to {@code questionId} replaced. */
  private static Worksheet contoh52With(String questionId, Answer answer) {
    return CONTOH_52_2014.withAnswer(Role.SELF, questionId, answer);
  }

  @Test
  @DisplayName("for WBBM a node below its WBK minimum fails, as a WBBM minimum is never lower")
  void belowTheWbkFloorFailsWbbm() {
    // given: survey 3.59 / 4 x 15 = 13.4625 < 13.50 (WBK); bersih 13.4625 + 4.5 = 17.9625 < 18
    Worksheet lower = contoh52With("HASIL.BERSIH.SURVEI.a", Answer.number("3.59"));

    // when
    Decision decision = engine.decide(BALANGAN_52.withLke(lower));

    // then: both fail against the WBK floor, the verdict is NOT_ELIGIBLE, not UNDETERMINED
    Finding survey = minimumFinding(decision, SURVEY);
    assertThat(survey.status()).isEqualTo(Status.FAIL);
    assertThat(survey.variant()).contains("floor");
    assertThat(pointsOf(survey.required())).isEqualByComparingTo("13.50");
    assertThat(pointsOf(survey.shortfall())).isEqualByComparingTo("0.0375");
    assertThat(minimumFinding(decision, BERSIH).status()).isEqualTo(Status.FAIL);
    // TLHP 4.5 is above its WBK floor 3: its WBBM minimum stays unknown
    assertThat(minimumFinding(decision, TLHP).status()).isEqualTo(Status.UNKNOWN);
    assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
  }

  @Test
  @DisplayName("each finding names the template node it is about, by id")
  void findingsNameTheirNode() {
    // when
    Decision decision = engine.decide(PESAWARAN_52.withLke(CONTOH_52_2014));

    // then: the four nodes of the 52/2014 template that carry a WBK minimum, in template order
    assertThat(decision.findings(RuleId.LKE_MINIMUM)).extracting(f -> f.node().orElseThrow())
        .containsExactly("LKE", "HASIL.BERSIH", "HASIL.BERSIH.SURVEI", "HASIL.BERSIH.TLHP");
  }

  @Nested
  @DisplayName("the 52/2014 example for WBK (total 90, bersih 18, survey 13.5, TLHP 4.5)")
  class TheExampleForWbk {

    private final Decision decision = engine.decide(PESAWARAN_52.withLke(CONTOH_52_2014));

    @Test
    @DisplayName("is checked on the four nodes with a WBK minimum, in template order")
    void checksTheFourNodes() {
      // then
      assertThat(decision.findings(RuleId.LKE_MINIMUM)).extracting(f -> f.context().orElseThrow())
          .containsExactly(term(TOTAL), term(BERSIH), term(SURVEY), term(TLHP));
      assertThat(decision.findings(RuleId.LKE_EDITION)).isEmpty();
      assertThat(decision.findings(RuleId.LKE_TOTAL)).as("no 90/2021 score rule").isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} ≥ {2}")
    @CsvSource({
        "'Nilai LKE',                              90,   75",   // 55 + 35
        "'Pemerintah yang bersih dan bebas KKN',   18,   18",   // 13.5 + 4.5, on the line
        "'Survei persepsi korupsi',                13.5, 13.5", // 3.6 / 4 × 15, on the line
        "'Tindak lanjut hasil pemeriksaan (TLHP)', 4.5,  3",    // 18/20 × 5
    })
    @DisplayName("passes every node's WBK minimum, two of them exactly on the line")
    void passesEveryNode(String node, String actual, String required) {
      // when
      Finding finding = minimumFinding(decision, node);

      // then
      assertThat(finding.status()).isEqualTo(Status.PASS);
      assertThat(pointsOf(finding.actual())).isEqualByComparingTo(actual);
      assertThat(pointsOf(finding.required())).isEqualByComparingTo(required);
      assertThat(finding.shortfall()).isEmpty();
    }

    @Test
    @DisplayName("cites the template's minimums, from one secondary source, as likely")
    void citesOneSecondarySource() {
      // then
      assertThat(decision.findings(RuleId.LKE_MINIMUM)).extracting(Finding::basis)
          .containsOnly(SECONDARY_SOURCE);
      assertThat(SECONDARY_SOURCE.confidence()).isEqualTo(Confidence.LIKELY);
    }

    @Test
    @DisplayName("makes DPMPTSP Pesawaran ELIGIBLE, its LKE totalling 90 = 55 + 35 and meeting WBK")
    void isEligible() {
      // then
      assertThat(decision.eligibility()).isEqualTo(Eligibility.ELIGIBLE);
      assertThat(decision.lke()).hasValueSatisfying(lke -> {
        assertThat(lke.total()).isEqualByComparingTo("90");
        assertThat(lke.pengungkit()).isEqualByComparingTo("55");
        assertThat(lke.hasil()).isEqualByComparingTo("35");
        assertThat(lke.meets()).as("the unknown WBBM minimums count as not met")
            .contains(Predikat.WBK);
      });
    }
  }

  static Stream<Arguments> wbkMinimums() {
    return Stream.of(
        // survey 3.59 / 4 × 15 = 13.4625; short 0.0375
        arguments("survey 3.59 → 13.4625, just under", SURVEY,
            contoh52With("HASIL.BERSIH.SURVEI.a", Answer.number("3.59")),
            Status.FAIL, "13.5", "13.4625", "0.0375"),
        // 13.4625 + 4.5 = 17.9625; short 0.0375
        arguments("survey 3.59: bersih 17.9625, just under", BERSIH,
            contoh52With("HASIL.BERSIH.SURVEI.a", Answer.number("3.59")),
            Status.FAIL, "18", "17.9625", "0.0375"),
        // 90 − 0.0375 = 89.9625
        arguments("survey 3.59: total 89.9625, still well above", TOTAL,
            contoh52With("HASIL.BERSIH.SURVEI.a", Answer.number("3.59")),
            Status.PASS, "75", "89.9625", null),
        // TLHP 12/20 × 5 = 3
        arguments("TLHP 12 of 20 → 3, on the line", TLHP,
            contoh52With("HASIL.BERSIH.TLHP.a", Answer.count(12, 20)),
            Status.PASS, "3", "3", null),
        // TLHP 11/20 × 5 = 2.75; short 0.25
        arguments("TLHP 11 of 20 → 2.75, just under", TLHP,
            contoh52With("HASIL.BERSIH.TLHP.a", Answer.count(11, 20)),
            Status.FAIL, "3", "2.75", "0.25"),
        // MP all C (5 → 0), service survey 1.4 / 4 × 20 = 7 (17 → 7): 90 − 5 − 10 = 75
        arguments("total 75, on the line", TOTAL,
            contoh52With("MP.1.a", Answer.option("C")).withAnswer(Role.SELF, "MP.1.b",
                Answer.option("C")).withAnswer(Role.SELF, "MP.1.c", Answer.option("C"))
                .withAnswer(Role.SELF, "HASIL.PELAYANAN.SURVEI.a", Answer.number("1.4")),
            Status.PASS, "75", "75", null),
        // as above with service survey 1.39 / 4 × 20 = 6.95: 74.95; short 0.05
        arguments("total 74.95, just under", TOTAL,
            contoh52With("MP.1.a", Answer.option("C")).withAnswer(Role.SELF, "MP.1.b",
                Answer.option("C")).withAnswer(Role.SELF, "MP.1.c", Answer.option("C"))
                .withAnswer(Role.SELF, "HASIL.PELAYANAN.SURVEI.a", Answer.number("1.39")),
            Status.FAIL, "75", "74.95", "0.05"));
  }

  @ParameterizedTest(name = "{0}: {3}")
  @MethodSource("wbkMinimums")
  @DisplayName("for WBK a node on its minimum passes, a node just under it fails by the exact gap")
  void aNodeOnItsMinimumPassesAndJustUnderFails(String situation, String node,
      Worksheet worksheet, Status status, String required, String actual, String shortfall) {
    // when
    Finding finding = minimumFinding(engine.decide(PESAWARAN_52.withLke(worksheet)), node);

    // then
    assertThat(finding.status()).isEqualTo(status);
    assertThat(pointsOf(finding.required())).isEqualByComparingTo(required);
    assertThat(pointsOf(finding.actual())).isEqualByComparingTo(actual);
    if (shortfall == null) {
      assertThat(finding.shortfall()).isEmpty();
    } else {
      assertThat(pointsOf(finding.shortfall())).isEqualByComparingTo(shortfall);
    }
  }

  @Nested
  @DisplayName("a survey of 3.59 instead of 3.60 (13.4625 points)")
  class ASurveyJustUnder {

    private final Decision decision = engine.decide(
        PESAWARAN_52.withLke(contoh52With("HASIL.BERSIH.SURVEI.a", Answer.number("3.59"))));

    @Test
    @DisplayName("fails the survey and bersih minimums, each by 0.0375, shown as 0,04")
    void failsSurveyAndBersih() {
      // then
      assertThat(decision.findings(Status.FAIL)).extracting(f -> f.context().orElseThrow())
          .containsExactly(term(BERSIH), term(SURVEY));
      assertThat(minimumFinding(decision, SURVEY).shortfall().orElseThrow().format(ID))
          .isEqualTo("0,04");
    }

    @Test
    @DisplayName("makes the proposal NOT_ELIGIBLE and its LKE meet no predicate")
    void isNotEligible() {
      // then
      assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
      assertThat(decision.lke().orElseThrow().meets()).isEmpty();
    }
  }

  @Nested
  @DisplayName("the 52/2014 example for WBBM (only the total's minimum, 85, is known)")
  class TheExampleForWbbm {

    private final Decision decision = engine.decide(BALANGAN_52.withLke(CONTOH_52_2014));

    @Test
    @DisplayName("passes the total's WBBM minimum: 90 ≥ 85")
    void passesTheTotal() {
      // when
      Finding total = minimumFinding(decision, TOTAL);

      // then
      assertThat(total.status()).isEqualTo(Status.PASS);
      assertThat(pointsOf(total.actual())).isEqualByComparingTo("90");
      assertThat(pointsOf(total.required())).isEqualByComparingTo("85");
      assertThat(total.basis()).isEqualTo(WBBM_TOTAL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'Pemerintah yang bersih dan bebas KKN'", "'Survei persepsi korupsi'",
        "'Tindak lanjut hasil pemeriksaan (TLHP)'"})
    @DisplayName("answers UNKNOWN \"no-figure\" for a node whose minimum is known for WBK only")
    void answersUnknownWithoutAWbbmMinimum(String node) {
      // when
      Finding finding = minimumFinding(decision, node);

      // then
      assertThat(finding.status()).isEqualTo(Status.UNKNOWN);
      assertThat(finding.variant()).contains("no-figure");
      assertThat(finding.required()).isEmpty();
      assertThat(finding.actual()).isEmpty();
      assertThat(finding.basis()).isEqualTo(TEMPLATE_52);
    }

    @Test
    @DisplayName("leaves DPMPTSP Balangan UNDETERMINED: the three unknown minimums are its only UNKNOWNs")
    void isUndetermined() {
      // then
      assertThat(decision.findings(Status.FAIL)).isEmpty();
      assertThat(decision.findings(Status.UNKNOWN)).extracting(f -> f.context().orElseThrow())
          .containsExactly(term(BERSIH), term(SURVEY), term(TLHP));
      assertThat(decision.eligibility()).isEqualTo(Eligibility.UNDETERMINED);
    }

    @Test
    @DisplayName("reports an LKE meeting WBK, not WBBM: an unknown minimum counts as not met")
    void meetsOnlyWbk() {
      // then
      assertThat(decision.lke()).hasValueSatisfying(lke -> {
        assertThat(lke.total()).isEqualByComparingTo("90");
        assertThat(lke.meets()).contains(Predikat.WBK);
      });
    }

    @ParameterizedTest(name = "service survey {0}: total {1}, {2}")
    @CsvSource({
        "2.4,  85,    PASS, UNDETERMINED", // 2.4 / 4 × 20 = 12 (17 → 12): 90 − 5 = 85
        "2.39, 84.95, FAIL, NOT_ELIGIBLE", // 2.39 / 4 × 20 = 11.95: 84.95, short 0.05
    })
    @DisplayName("a total under 85 fails, and a FAIL outweighs the unknown minimums")
    void aTotalUnderTheLineFails(String survey, String total, Status status,
        Eligibility eligibility) {
      // given
      Worksheet worksheet = contoh52With("HASIL.PELAYANAN.SURVEI.a", Answer.number(survey));

      // when
      Decision lower = engine.decide(BALANGAN_52.withLke(worksheet));

      // then
      Finding finding = minimumFinding(lower, TOTAL);
      assertThat(finding.status()).isEqualTo(status);
      assertThat(pointsOf(finding.actual())).isEqualByComparingTo(total);
      assertThat(lower.eligibility()).isEqualTo(eligibility);
    }
  }

  @Nested
  @DisplayName("a 52/2014 case without a complete worksheet of its edition")
  class WithoutACompleteWorksheet {

    @Test
    @DisplayName("without any LKE gives one LKE_EDITION UNKNOWN and no node findings")
    void withoutAnyLke() {
      // when
      Decision decision = engine.decide(PESAWARAN_52);

      // then
      Finding edition = only(decision, RuleId.LKE_EDITION);
      assertThat(edition.status()).isEqualTo(Status.UNKNOWN);
      assertThat(edition.variant()).isEmpty();
      assertThat(edition.context()).contains(term("PermenPANRB 52/2014"));
      assertThat(edition.basis()).isEqualTo(EDITION_52);
      assertThat(decision.findings(RuleId.LKE_MINIMUM)).isEmpty();
      assertThat(decision.lke()).isEmpty();
    }

    @Test
    @DisplayName("with an area-level result, which only 90/2021 has, says \"area-level\"")
    void withAnAreaLevelResult() {
      // when
      Decision decision = engine.decide(PESAWARAN_52.withLke(wbkOnTheLine()));

      // then
      Finding edition = only(decision, RuleId.LKE_EDITION);
      assertThat(edition.status()).isEqualTo(Status.UNKNOWN);
      assertThat(edition.variant()).contains("area-level");
      assertThat(decision.findings(RuleId.LKE_MINIMUM)).isEmpty();
      assertThat(decision.lke()).isEmpty();
      assertThat(decision.eligibility()).isEqualTo(Eligibility.UNDETERMINED);
    }

    @Test
    @DisplayName("with an incomplete worksheet says \"incomplete\" and how many questions are left")
    void withAnIncompleteWorksheet() {
      // given
      Worksheet worksheet = CONTOH_52_2014.withoutAnswer(Role.SELF, "HASIL.BERSIH.TLHP.a");

      // when
      Decision decision = engine.decide(PESAWARAN_52.withLke(worksheet));

      // then
      Finding edition = only(decision, RuleId.LKE_EDITION);
      assertThat(edition.status()).isEqualTo(Status.UNKNOWN);
      assertThat(edition.variant()).contains("incomplete");
      assertThat(edition.context()).contains(term(1));
      assertThat(decision.findings(RuleId.LKE_MINIMUM)).isEmpty();
      assertThat(decision.lke()).isEmpty();
    }

    @Test
    @DisplayName("with the 90/2021 worksheet is rejected, naming both editions")
    void withAnotherEditionsWorksheet() {
      // given
      Proposal proposal = PESAWARAN_52.withLke(CONTOH_90_2021);

      // then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> engine.decide(proposal))
          .withMessage("the LKE worksheet must be answered for the edition the proposal is judged "
              + "under, but was answered for PERMENPANRB_90_2021 and the proposal is judged under "
              + "PERMENPANRB_52_2014 (name the edition in the case)");
    }
  }

  @Test
  @DisplayName("a case of 2018, judged by the edition then in force, reads the 52/2014 worksheet")
  void aCaseJudgedByDate() {
    // given: a unit declared in 2016, judged on 20 July 2018 (52/2014 in force), no round data
    Proposal proposal = KANTOR_CONTOH_WBK_2024
        .withUnit(KANTOR_CONTOH.withPencanangan(LocalDate.of(2016, 1, 4)))
        .withAsOf(LocalDate.of(2018, 7, 20))
        .withLke(CONTOH_52_2014);

    // when
    Decision decision = engine.decide(proposal);

    // then
    assertThat(decision.edition()).isEqualTo(Edition.PERMENPANRB_52_2014);
    assertThat(decision.findings(RuleId.LKE_MINIMUM)).hasSize(4)
        .allSatisfy(f -> assertThat(f.status()).isEqualTo(Status.PASS));
  }

  @Nested
  @DisplayName("a 10/2019 worksheet (only the totals' minimums, 75 and 85, are known)")
  class UnderTenOf2019 {

    /**
     * The 52/2014 example's answers on the 10/2019 template, which asks the same questions with other
     * weights. Pengungkit: MP 8, TL 7, SDM 10 × 2.5/3 = 8.3333333333 (kept to 10 decimals), AK 10, PW
     * 15 × 2.5/3 = 12.5, PP 10 → 55.8333333333. Hasil: survey 3.6 / 4 × 17.5 = 15.75, TLHP 18/20 × 5 =
     * 4.5, service survey 3.4 / 4 × 17.5 = 14.875 → 35.125. Total 90.9583333333.
     */
    private final Worksheet worksheet =
        new Worksheet(Edition.PERMENPANRB_10_2019, Optional.empty(), CONTOH_52_2014.answers());

    private final LegalBasis asNinetyOf2021 = LegalBasis.of(
        "seperti PermenPANRB 90/2021 (belum ada sumber 10/2019)", Confidence.LIKELY);

    @ParameterizedTest(name = "{0}: minimum {1}")
    @CsvSource({"WBK, 75", "WBBM, 85"})
    @DisplayName("checks the total alone, for either predicate")
    void checksTheTotalAlone(Predikat target, String minimum) {
      // given
      Proposal proposal = PESAWARAN_WBK_2024.withTarget(target)
          .withEdition(Edition.PERMENPANRB_10_2019).withLke(worksheet);

      // when
      Finding total = only(engine.decide(proposal), RuleId.LKE_MINIMUM);

      // then
      assertThat(total.context()).contains(term(TOTAL));
      assertThat(total.status()).isEqualTo(Status.PASS);
      assertThat(pointsOf(total.actual())).isEqualByComparingTo("90.9583333333");
      assertThat(pointsOf(total.required())).isEqualByComparingTo(minimum);
      assertThat(total.basis()).isEqualTo(asNinetyOf2021);
    }

    @Test
    @DisplayName("reports an LKE meeting WBBM, since no other minimum is left unknown")
    void meetsWbbm() {
      // when
      Decision decision = engine.decide(
          PESAWARAN_WBK_2024.withEdition(Edition.PERMENPANRB_10_2019).withLke(worksheet));

      // then
      assertThat(decision.lke()).hasValueSatisfying(lke -> {
        assertThat(lke.total()).isEqualByComparingTo("90.9583333333");
        assertThat(lke.pengungkit()).isEqualByComparingTo("55.8333333333");
        assertThat(lke.hasil()).isEqualByComparingTo("35.125");
        assertThat(lke.meets()).contains(Predikat.WBBM);
      });
    }

    @Test
    @DisplayName("rejects the same answers when they claim to be of 52/2014")
    void rejectsTheOtherEditionsLabel() {
      // given
      Proposal proposal = PESAWARAN_WBK_2024.withEdition(Edition.PERMENPANRB_10_2019)
          .withLke(CONTOH_52_2014);

      // then
      assertThatIllegalArgumentException()
          .isThrownBy(() -> engine.decide(proposal))
          .withMessageContaining("answered for PERMENPANRB_52_2014")
          .withMessageContaining("judged under PERMENPANRB_10_2019");
    }
  }
}
