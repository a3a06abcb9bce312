package io.github.zi4j.rules;

import static io.github.zi4j.rules.Fixtures.EN;
import static io.github.zi4j.rules.Fixtures.ID;
import static io.github.zi4j.rules.Fixtures.KANTOR_CONTOH_WBK_2024;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_WBK_2024;
import static io.github.zi4j.rules.Fixtures.only;
import static io.github.zi4j.rules.Fixtures.term;
import static io.github.zi4j.rules.Fixtures.wbkOnTheLine;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.instansi.Grade;
import io.github.zi4j.instansi.Instansi;
import io.github.zi4j.instansi.InstansiKind;
import io.github.zi4j.instansi.Rating;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The instansi criteria as the rounds set them: SPIP, scores for grades, afirmasi units")
class InstansiScoresAndAfirmasiTest {

  private final DecisionEngine engine = DecisionEngine.standard();

  /** Pesawaran's 2024 WBK proposal moved to the 2025 round, its 2024 facts as given. */
  private static Proposal in2025(Instansi.Builder facts) {
    return PESAWARAN_WBK_2024.withAsOf(LocalDate.of(2025, 7, 20)).withLke(wbkOnTheLine())
        .withInstansi(facts.build());
  }

  private static Instansi.Builder pesawaran2024() {
    return Instansi.builder().name("Pemerintah Kabupaten Pesawaran").kind(InstansiKind.PEMDA)
        .putBpkOpinion(2024, io.github.zi4j.instansi.BpkOpinion.WTP)
        .putAkip(2024, Grade.B).putIndeksRb(2024, Grade.CC);
  }

  @Nested
  @DisplayName("the 2025 round asks for SPIP maturity level 3")
  class Spip {

    @ParameterizedTest(name = "level {0}: {1}")
    @CsvSource({"2, FAIL", "3, PASS", "5, PASS"})
    @DisplayName("level 2 fails by one level, level 3 meets it")
    void level(int level, Status status) {
      // when
      Decision decision = engine.decide(in2025(pesawaran2024().putSpip(2024, level)));
      Finding finding = only(decision, RuleId.SPIP_LEVEL);

      // then
      assertThat(finding.status()).isEqualTo(status);
      assertThat(finding.required()).contains(term(3));
      assertThat(finding.actual()).contains(term(level));
      assertThat(finding.context()).contains(term(2024));
      assertThat(finding.basis().confidence())
          .isEqualTo(io.github.zi4j.regulation.Confidence.LIKELY);
    }

    @Test
    @DisplayName("without the level the round asks for, the rule is UNKNOWN and names the year")
    void missing() {
      // when
      Finding finding = only(engine.decide(in2025(pesawaran2024())), RuleId.SPIP_LEVEL);

      // then
      assertThat(finding.status()).isEqualTo(Status.UNKNOWN);
      assertThat(finding.variant()).contains("no-data");
      assertThat(finding.message(EN)).startsWith("The SPIP maturity of 2024 is missing from the "
          + "instansi data; the minimum level for WBK is 3");
    }

    @Test
    @DisplayName("a round that asks for no SPIP and knows no other source of it gives no finding")
    void notAsked() {
      // given: the 2024 round without PortalRB's SPIP check beside its criteria
      io.github.zi4j.round.ProposalRound round = io.github.zi4j.round.ProposalRounds.bundled()
          .forYear(2024).orElseThrow();
      io.github.zi4j.round.ProposalRound bare = round.withCriteria(java.util.Map.of(Predikat.WBK,
          round.criteriaFor(Predikat.WBK).orElseThrow().withSpipNotAnnounced(
              java.util.OptionalInt.empty())));

      // when
      Decision decision = engine.decide(PESAWARAN_WBK_2024.withLke(wbkOnTheLine()).withRound(bare));

      // then
      assertThat(decision.findings(RuleId.SPIP_LEVEL)).isEmpty();
    }
  }

  @Nested
  @DisplayName("in the 2024 round SPIP is a choice the notes leave: not in the announcement, checked "
      + "by PortalRB's code")
  class SpipIn2024 {

    private Decision decideWithSpip(int level) {
      return engine.decide(PESAWARAN_WBK_2024.withLke(wbkOnTheLine()).withInstansi(
          PESAWARAN_WBK_2024.instansi().withSpip(java.util.Map.of(2023, level))));
    }

    @Test
    @DisplayName("the decision says it follows the announcement and why, and a level below PortalRB's "
        + "3 does not change the verdict")
    void saysTheReadingTaken() {
      // when: SPIP level 2 in 2023, below the 3 PortalRB's code checks
      Decision decision = decideWithSpip(2);
      Finding finding = only(decision, RuleId.SPIP_LEVEL);

      // then
      assertThat(decision.eligibility()).isEqualTo(Eligibility.ELIGIBLE);
      assertThat(finding.status()).isEqualTo(Status.PASS);
      assertThat(finding.variant()).contains("not-announced-below");
      assertThat(finding.required()).contains(term(3));
      assertThat(finding.actual()).contains(term(2));
      assertThat(finding.basis().confidence())
          .isEqualTo(io.github.zi4j.regulation.Confidence.LIKELY);
      assertThat(finding.message(EN)).contains("zi4j follows the announcement, so SPIP does not "
          + "decide the verdict").contains("level 2, below that level 3");
    }

    @Test
    @DisplayName("the JSON carries the reading taken: the finding's variant and its sentence")
    void inTheJson() {
      // when
      com.fasterxml.jackson.databind.JsonNode json = DecisionJson.toTree(decideWithSpip(3), EN);

      // then
      com.fasterxml.jackson.databind.JsonNode spip = null;
      for (com.fasterxml.jackson.databind.JsonNode finding : json.get("findings")) {
        if ("spip-level".equals(finding.get("rule").asText())) {
          spip = finding;
        }
      }
      assertThat(spip).isNotNull();
      assertThat(spip.get("variant").asText()).isEqualTo("not-announced");
      assertThat(spip.get("confidence").asText()).isEqualTo("LIKELY");
      assertThat(spip.get("message").asText()).contains("zi4j follows the announcement");
    }
  }

  @Nested
  @DisplayName("a grade derived from a score rests on the SAKIP scale, which is likely: never SURE")
  class ScoreConfidence {

    @Test
    @DisplayName("Indeks RB 50.0 for a pemda is C, below CC: the FAIL is likely and cites the scale "
        + "beside the announcement")
    void indeksRbScore() {
      // when
      Finding finding = only(engine.decide(PESAWARAN_WBK_2024.withInstansi(
          PESAWARAN_WBK_2024.instansi().withIndeksRb(java.util.Map.of(2023,
              Rating.score(new BigDecimal("50.0")))))), RuleId.INDEKS_RB);

      // then
      assertThat(finding.status()).isEqualTo(Status.FAIL);
      assertThat(finding.actual()).contains(new Measure.Rated(new BigDecimal("50.0"), "C"));
      assertThat(finding.basis().confidence())
          .isEqualTo(io.github.zi4j.regulation.Confidence.LIKELY);
      assertThat(finding.basis().citation()).startsWith("Periode pengusulan 2024: Siaran pers "
          + "KemenPANRB 16 Juli 2024; Skala predikat SAKIP");
      assertThat(finding.message(EN)).endsWith("[likely]");
    }

    @Test
    @DisplayName("AKIP 70.0 for WBBM is B, below BB: the FAIL is likely, not sure")
    void akipScoreForWbbm() {
      // when
      Finding finding = only(engine.decide(PESAWARAN_WBK_2024.withTarget(Predikat.WBBM)
          .withInstansi(PESAWARAN_WBK_2024.instansi().withAkip(java.util.Map.of(2023,
              Rating.score(new BigDecimal("70.0")))))), RuleId.AKIP_GRADE);

      // then
      assertThat(finding.status()).isEqualTo(Status.FAIL);
      assertThat(finding.basis().confidence())
          .isEqualTo(io.github.zi4j.regulation.Confidence.LIKELY);
      assertThat(finding.basis().citation()).contains("Skala predikat SAKIP");
    }

    @Test
    @DisplayName("a grade given as a grade rests on the announcement alone: sure in 2024")
    void gradeAsGiven() {
      // when
      Finding finding = only(engine.decide(PESAWARAN_WBK_2024), RuleId.AKIP_GRADE);

      // then
      assertThat(finding.basis().confidence())
          .isEqualTo(io.github.zi4j.regulation.Confidence.SURE);
      assertThat(finding.basis().citation()).doesNotContain("SAKIP");
    }

    @Test
    @DisplayName("a caller who has the scale from a surer source may say so, and the finding follows")
    void scaleOverridden() {
      // given
      DecisionEngine sure = DecisionEngine.of(RegulationFigures.bundled().withScoreScale(
          io.github.zi4j.regulation.LegalBasis.of("uji: skala resmi",
              io.github.zi4j.regulation.Confidence.SURE)), engine.rounds());

      // when
      Finding finding = only(sure.decide(PESAWARAN_WBK_2024.withInstansi(
          PESAWARAN_WBK_2024.instansi().withAkip(java.util.Map.of(2023,
              Rating.score(new BigDecimal("65.2")))))), RuleId.AKIP_GRADE);

      // then
      assertThat(finding.basis().confidence())
          .isEqualTo(io.github.zi4j.regulation.Confidence.SURE);
      assertThat(finding.basis().citation()).endsWith("; uji: skala resmi");
    }
  }

  @Nested
  @DisplayName("a score instead of a grade is judged by the grade it maps to, strictly")
  class Scores {

    @ParameterizedTest(name = "AKIP {0}: {1} ({2})")
    @CsvSource({"60, FAIL, CC", "60.01, PASS, B", "70.5, PASS, BB"})
    @DisplayName("an AKIP score of exactly 60 is CC, below B; 60.01 is B")
    void akipScore(BigDecimal score, Status status, String grade) {
      // when
      Decision decision = engine.decide(PESAWARAN_WBK_2024.withInstansi(
          PESAWARAN_WBK_2024.instansi().withAkip(java.util.Map.of(2023, Rating.score(score)))));
      Finding finding = only(decision, RuleId.AKIP_GRADE);

      // then
      assertThat(finding.status()).isEqualTo(status);
      assertThat(finding.actual()).contains(new Measure.Rated(score, grade));
      assertThat(finding.required()).contains(term(Grade.B));
    }

    @Test
    @DisplayName("the finding shows the score and its grade: 60 as \"60 (CC)\", one step short")
    void showsScoreAndGrade() {
      // when
      Finding finding = only(engine.decide(PESAWARAN_WBK_2024.withInstansi(
          PESAWARAN_WBK_2024.instansi().withAkip(java.util.Map.of(2023,
              Rating.score(new BigDecimal("60")))))), RuleId.AKIP_GRADE);

      // then
      assertThat(finding.shortfall()).contains(new Measure.Steps(1));
      assertThat(finding.message(ID)).startsWith(
          "Hasil evaluasi AKIP tahun 2023: 60 (CC), di bawah predikat minimal B untuk WBK");
    }

    @ParameterizedTest(name = "{0} Indeks RB {1}: {2}")
    @CsvSource({
        // a pemda needs CC for WBK (score above 50), a K/L needs B (above 60)
        "PEMDA, 50.5, PASS",
        "PEMDA, 50,   FAIL",
        "KL,    60.5, PASS",
        "KL,    55,   FAIL",
    })
    @DisplayName("an Indeks RB score meets a pemda's CC above 50, a K/L's B above 60")
    void indeksRbScore(InstansiKind kind, BigDecimal score, Status status) {
      // given
      Proposal proposal = kind == InstansiKind.PEMDA ? PESAWARAN_WBK_2024 : KANTOR_CONTOH_WBK_2024;

      // when
      Finding finding = only(engine.decide(proposal.withInstansi(proposal.instansi()
          .withIndeksRb(java.util.Map.of(2023, Rating.score(score))))), RuleId.INDEKS_RB);

      // then
      assertThat(finding.status()).isEqualTo(status);
    }
  }

  @Nested
  @DisplayName("an afirmasi unit of an instansi with AKIP C")
  class Afirmasi {

    private final Proposal wbk = PESAWARAN_WBK_2024.withLke(wbkOnTheLine())
        .withInstansi(PESAWARAN_WBK_2024.instansi().withAkip(java.util.Map.of(2023, Grade.C)))
        .withUnit(PESAWARAN_WBK_2024.unit().withAfirmasi(true));

    @Test
    @DisplayName("is eligible for WBK: the instansi criteria do not apply, and none fails")
    void eligibleForWbk() {
      // when
      Decision decision = engine.decide(wbk);

      // then
      assertThat(decision.eligibility()).isEqualTo(Eligibility.ELIGIBLE);
      for (RuleId rule : List.of(RuleId.BPK_OPINION, RuleId.AKIP_GRADE, RuleId.INDEKS_RB)) {
        Finding finding = only(decision, rule);
        assertThat(finding.status()).as("%s", rule).isEqualTo(Status.PASS);
        assertThat(finding.variant()).as("%s", rule).contains("afirmasi");
      }
      assertThat(only(decision, RuleId.AKIP_GRADE).message(EN)).startsWith(
          "Afirmasi unit: the instansi's AKIP grade is not a condition of a WBK proposal");
      assertThat(decision.findings(RuleId.AFIRMASI)).isEmpty();
    }

    @Test
    @DisplayName("the same instansi's ordinary unit is not eligible: AKIP C is below B")
    void ordinaryUnitIsNot() {
      // when
      Decision decision = engine.decide(wbk.withUnit(wbk.unit().withAfirmasi(false)));

      // then
      assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
      assertThat(only(decision, RuleId.AKIP_GRADE).status()).isEqualTo(Status.FAIL);
    }

    @Test
    @DisplayName("is not eligible for WBBM: an afirmasi unit is proposed for WBK only")
    void notForWbbm() {
      // when
      Decision decision = engine.decide(wbk.withTarget(Predikat.WBBM));

      // then
      Finding afirmasi = only(decision, RuleId.AFIRMASI);
      assertThat(afirmasi.status()).isEqualTo(Status.FAIL);
      assertThat(afirmasi.required()).contains(term(Predikat.WBK));
      assertThat(afirmasi.actual()).contains(term(Predikat.WBBM));
      assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
      // for WBBM the instansi criteria apply again
      assertThat(only(decision, RuleId.AKIP_GRADE).status()).isEqualTo(Status.FAIL);
    }

    @Test
    @DisplayName("of a K/L is judged by the instansi criteria: afirmasi is a pemda's arrangement")
    void klUnitIsJudged() {
      // given: the fictional ministry with AKIP D, its unit marked afirmasi
      Proposal kl = KANTOR_CONTOH_WBK_2024.withLke(wbkOnTheLine())
          .withInstansi(KANTOR_CONTOH_WBK_2024.instansi()
              .withAkip(java.util.Map.of(2023, Grade.D)))
          .withUnit(KANTOR_CONTOH_WBK_2024.unit().withAfirmasi(true));

      // when
      Decision decision = engine.decide(kl);

      // then
      assertThat(only(decision, RuleId.AKIP_GRADE).status()).isEqualTo(Status.FAIL);
      assertThat(decision.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
      Finding afirmasi = only(decision, RuleId.AFIRMASI);
      assertThat(afirmasi.status()).isEqualTo(Status.PASS);
      assertThat(afirmasi.variant()).contains("not-pemda");
      assertThat(afirmasi.message(EN)).startsWith("The unit is marked afirmasi, but afirmasi is a"
          + " pemda's arrangement: this K/L unit is judged as any K/L unit for WBK, by the instansi"
          + " criteria, and proposed as WBK, not afirmasi");
    }

    @Test
    @DisplayName("of a K/L may be proposed for WBBM as any K/L unit: the mark does not apply, so it"
        + " does not fail the afirmasi rule")
    void klUnitForWbbm() {
      // given: the fictional ministry (WTP, AKIP BB, Indeks RB BB: the K/L WBBM minimums), its unit
      // WBK since 20 December 2021, marked afirmasi, with an LKE on the WBBM line
      Proposal kl = KANTOR_CONTOH_WBK_2024.withTarget(Predikat.WBBM).withLke(
              io.github.zi4j.rules.Fixtures.wbbmOnTheLine())
          .withUnit(KANTOR_CONTOH_WBK_2024.unit().withAfirmasi(true).withHistory(List.of(
              io.github.zi4j.unit.PredikatEvent.awarded(Predikat.WBK, LocalDate.of(2021, 12, 20)))));

      // when
      Decision decision = engine.decide(kl);

      // then
      Finding afirmasi = only(decision, RuleId.AFIRMASI);
      assertThat(afirmasi.status()).isEqualTo(Status.PASS);
      assertThat(afirmasi.message(EN)).contains("judged as any K/L unit for WBBM")
          .contains("proposed as WBBM, not afirmasi");
      assertThat(decision.eligibility()).isEqualTo(Eligibility.ELIGIBLE);
    }
  }
}
