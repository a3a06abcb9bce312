package io.github.zi4j.rules;

import static io.github.zi4j.rules.Fixtures.BALANGAN;
import static io.github.zi4j.rules.Fixtures.BALANGAN_WBBM_2026;
import static io.github.zi4j.rules.Fixtures.EN;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_AS_OF;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_PENCANANGAN;
import static io.github.zi4j.rules.Fixtures.PESAWARAN_WBK_2024;
import static io.github.zi4j.rules.Fixtures.lke;
import static io.github.zi4j.rules.Fixtures.wbbmOnTheLine;
import static io.github.zi4j.rules.Fixtures.wbkOnTheLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zi4j.ZiJson;
import io.github.zi4j.instansi.Grade;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.rules.portalrb.Alasan;
import io.github.zi4j.rules.portalrb.Catatan;
import io.github.zi4j.rules.portalrb.DaftarUnit;
import io.github.zi4j.rules.portalrb.ErrorResponse;
import io.github.zi4j.rules.portalrb.Kandidat;
import io.github.zi4j.rules.portalrb.Kategori;
import io.github.zi4j.rules.portalrb.Pengusulan;
import io.github.zi4j.rules.portalrb.UnitUsulan;
import io.github.zi4j.unit.UnitKerja;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("What PortalRB pulls: the /pengusulan responses built from the units' decisions")
class PengusulanTest {

  private static final DecisionEngine ENGINE = DecisionEngine.standard();

  /** DPMPTSP Pesawaran in the 2024 round with an LKE exactly on every WBK line: ELIGIBLE. */
  private static final Proposal PESAWARAN_ON_THE_LINE = PESAWARAN_WBK_2024.withLke(wbkOnTheLine());

  /** An afirmasi unit (illustrative) of the same pemda, same round, same LKE. */
  private static final Proposal PUSKESMAS_AFIRMASI = PESAWARAN_ON_THE_LINE.withUnit(
      UnitKerja.builder().name("Puskesmas Gedong Tataan").pencanangan(PESAWARAN_PENCANANGAN)
          .afirmasi(true).build());

  /** A unit of the same pemda whose every part is at 50 %: the total is far below 75. */
  private static final Proposal DINAS_LEMAH = PESAWARAN_WBK_2024
      .withUnit(UnitKerja.builder().name("Dinas Contoh Lemah").pencanangan(PESAWARAN_PENCANANGAN)
          .build())
      .withLke(lke().allPartsAt("0.50").build());

  /** DPMPTSP Pesawaran without an LKE result: the LKE rules cannot be decided. */
  private static final Proposal TANPA_LKE = PESAWARAN_WBK_2024;

  private static Kandidat kandidat(Proposal proposal) {
    return Kandidat.of(proposal, ENGINE.decide(proposal));
  }

  @Nested
  @DisplayName("the WBK list")
  class Wbk {

    @Test
    @DisplayName("lists an ELIGIBLE unit with kategori WBK, afirmasi false; the report says only"
        + " that its id was made from its name")
    void eligibleUnitIsListed() {
      // given
      Kandidat pesawaran = kandidat(PESAWARAN_ON_THE_LINE);
      assertThat(pesawaran.decision().eligibility()).isEqualTo(Eligibility.ELIGIBLE);

      // when
      Pengusulan pengusulan = Pengusulan.of(2024, List.of(pesawaran));

      // then
      assertThat(pengusulan.unitWbk()).isEqualTo(new DaftarUnit(2024, List.of(new UnitUsulan(
          "dpmptsp-kabupaten-pesawaran", "DPMPTSP Kabupaten Pesawaran", Kategori.WBK, false))));
      assertThat(pengusulan.unitWbbm().units()).isEmpty();
      assertThat(pengusulan.catatan()).extracting(Catatan::alasan)
          .containsExactly(Alasan.ID_FROM_NAME);
    }

    @Test
    @DisplayName("lists an afirmasi unit as WBK-AFIRMASI with afirmasi true")
    void afirmasiUnitIsWbkAfirmasi() {
      // when
      Pengusulan pengusulan = Pengusulan.of(2024, List.of(kandidat(PUSKESMAS_AFIRMASI)));

      // then
      assertThat(pengusulan.unitWbk().units()).containsExactly(new UnitUsulan(
          "puskesmas-gedong-tataan", "Puskesmas Gedong Tataan", Kategori.WBK_AFIRMASI, true));
    }

    @Test
    @DisplayName("leaves a NOT_ELIGIBLE unit out, and the report gives its failing LKE total")
    void notEligibleIsLeftOutWithReason() {
      // when
      Pengusulan pengusulan = Pengusulan.of(2024, List.of(kandidat(DINAS_LEMAH)));

      // then: every part at 50 % gives a total well below the WBK minimum of 75
      assertThat(pengusulan.unitWbk().units()).isEmpty();
      Catatan catatan = pengusulan.catatan().get(0);
      assertThat(catatan.id()).isEqualTo("dinas-contoh-lemah");
      assertThat(catatan.alasan()).isEqualTo(Alasan.NOT_ELIGIBLE);
      assertThat(catatan.alasan().leftOut()).isTrue();
      assertThat(catatan.findings()).extracting(Finding::rule).contains(RuleId.LKE_TOTAL);
      assertThat(catatan.findings()).extracting(Finding::status).containsOnly(Status.FAIL);
      assertThat(pengusulan.laporan(EN)).contains(
          "dinas-contoh-lemah (Dinas Contoh Lemah, WBK): left out, not eligible; [lke-total] ");
    }
  }

  @Nested
  @DisplayName("an UNDETERMINED unit (no LKE result)")
  class Undetermined {

    @Test
    @DisplayName("is left out by default, and the report gives what could not be decided")
    void leftOutByDefault() {
      // when
      Pengusulan pengusulan = Pengusulan.of(2024, List.of(kandidat(TANPA_LKE)));

      // then
      assertThat(pengusulan.unitWbk().units()).isEmpty();
      Catatan catatan = pengusulan.catatan().get(0);
      assertThat(catatan.alasan()).isEqualTo(Alasan.UNDETERMINED);
      assertThat(catatan.findings()).isNotEmpty()
          .extracting(Finding::status).containsOnly(Status.UNKNOWN);
    }

    @Test
    @DisplayName("is listed when asked, and only the report marks it")
    void listedWhenAskedAndMarkedInTheReport() {
      // when
      Pengusulan pengusulan = Pengusulan.of(2024, List.of(kandidat(TANPA_LKE)), true);

      // then: the payload is the plain shape; the mark is in the report
      assertThat(pengusulan.unitWbk().units()).containsExactly(new UnitUsulan(
          "dpmptsp-kabupaten-pesawaran", "DPMPTSP Kabupaten Pesawaran", Kategori.WBK, false));
      Catatan catatan = pengusulan.catatan().get(0);
      assertThat(catatan.alasan()).isEqualTo(Alasan.UNDETERMINED_LISTED);
      assertThat(catatan.alasan().leftOut()).isFalse();
      assertThat(pengusulan.laporan(EN))
          .contains("dpmptsp-kabupaten-pesawaran (DPMPTSP Kabupaten Pesawaran, WBK): listed as "
              + "asked, though undetermined");
    }
  }

  @Nested
  @DisplayName("the WBBM list")
  class Wbbm {

    @Test
    @DisplayName("lists an ELIGIBLE WBBM unit of an instansi that meets the round's WBBM criteria")
    void eligibleWbbmIsListed() {
      // given: Balangan's 2025 facts sit exactly on the WBBM minimums, the LKE on the WBBM line
      Kandidat balangan = kandidat(BALANGAN_WBBM_2026.withLke(wbbmOnTheLine()));
      assertThat(balangan.decision().eligibility()).isEqualTo(Eligibility.ELIGIBLE);

      // when
      Pengusulan pengusulan = Pengusulan.of(2026, List.of(balangan));

      // then
      assertThat(pengusulan.unitWbbm()).isEqualTo(new DaftarUnit(2026, List.of(new UnitUsulan(
          "dpmptsp-kabupaten-balangan", "DPMPTSP Kabupaten Balangan", Kategori.WBBM, false))));
      assertThat(pengusulan.unitWbk().units()).isEmpty();
    }

    @Test
    @DisplayName("is empty when the instansi misses the round's WBBM criteria, and the report says "
        + "which criterion")
    void emptyWhenInstansiCriteriaNotMet() {
      // given: AKIP C in 2025, below the round's WBBM minimum BB (two steps)
      Proposal akipC = BALANGAN_WBBM_2026.withLke(wbbmOnTheLine())
          .withInstansi(BALANGAN.withAkip(java.util.Map.of(2025, Grade.C)));

      // when
      Pengusulan pengusulan = Pengusulan.of(2026, List.of(kandidat(akipC)));

      // then
      assertThat(pengusulan.unitWbbm().units()).isEmpty();
      Catatan catatan = pengusulan.catatan().get(0);
      assertThat(catatan.alasan()).isEqualTo(Alasan.INSTANSI_CRITERIA);
      assertThat(catatan.findings()).singleElement().satisfies(finding -> {
        assertThat(finding.rule()).isEqualTo(RuleId.AKIP_GRADE);
        assertThat(finding.status()).isEqualTo(Status.FAIL);
      });
      assertThat(pengusulan.laporan(EN)).contains("left out, the instansi does not meet the "
          + "round's WBBM criteria; [akip-grade] ");
    }
  }

  @Nested
  @DisplayName("ids and rounds")
  class IdsAndRounds {

    @Test
    @DisplayName("a unit's id is its name in lower case with dashes, the same on every call")
    void idsAreStable() {
      // when
      Pengusulan first = Pengusulan.of(2024, List.of(kandidat(PESAWARAN_ON_THE_LINE),
          kandidat(PUSKESMAS_AFIRMASI)));
      Pengusulan second = Pengusulan.of(2024, List.of(kandidat(PESAWARAN_ON_THE_LINE),
          kandidat(PUSKESMAS_AFIRMASI)));

      // then
      assertThat(second.unitWbk()).isEqualTo(first.unitWbk());
      assertThat(first.unitWbk().units()).extracting(UnitUsulan::id)
          .containsExactly("dpmptsp-kabupaten-pesawaran", "puskesmas-gedong-tataan");
      assertThat(Kandidat.slug("  Dinas Pariwisata (Bañyuwangi) ")).isEqualTo(
          "dinas-pariwisata-banyuwangi");
    }

    @Test
    @DisplayName("a unit of another round's year is left out as another round")
    void otherRoundIsLeftOut() {
      // given: the same unit proposed on the same day a year earlier belongs to the 2023 round
      Proposal in2023 = PESAWARAN_ON_THE_LINE.withAsOf(PESAWARAN_AS_OF.minusYears(1));

      // when
      Pengusulan pengusulan = Pengusulan.of(2024, List.of(kandidat(in2023)));

      // then
      assertThat(pengusulan.unitWbk().units()).isEmpty();
      Catatan catatan = pengusulan.catatan().get(0);
      assertThat(catatan.alasan()).isEqualTo(Alasan.OTHER_ROUND);
      assertThat(catatan.tahun()).isEqualTo(2023);
      assertThat(catatan.message(EN, 2024)).isEqualTo("dpmptsp-kabupaten-pesawaran (DPMPTSP "
          + "Kabupaten Pesawaran, WBK): left out, another round (2023, not 2024)");
    }

    @Test
    @DisplayName("two units of one round with the same id are refused, naming the id")
    void duplicateIdsAreRefused() {
      // given
      Kandidat pesawaran = kandidat(PESAWARAN_ON_THE_LINE);

      // then
      assertThatThrownBy(() -> Pengusulan.of(2024, List.of(pesawaran, pesawaran)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("\"dpmptsp-kabupaten-pesawaran\"");
    }
  }

  @Nested
  @DisplayName("a unit's own id (unit.id)")
  class OwnId {

    /** DPMPTSP Pesawaran with an id of its own. */
    private final Proposal withId = PESAWARAN_ON_THE_LINE.withUnit(
        PESAWARAN_ON_THE_LINE.unit().withId("lampung-psw-dpmptsp"));

    @Test
    @DisplayName("is the id it is listed by, and no report line speaks of it")
    void isUsed() {
      // when
      Pengusulan pengusulan = Pengusulan.of(2024, List.of(kandidat(withId)));

      // then
      assertThat(pengusulan.unitWbk().units()).containsExactly(new UnitUsulan(
          "lampung-psw-dpmptsp", "DPMPTSP Kabupaten Pesawaran", Kategori.WBK, false));
      assertThat(pengusulan.catatan()).isEmpty();
    }

    @Test
    @DisplayName("stays when the unit is renamed, where a slug of the name would change")
    void survivesARename() {
      // given
      Proposal renamed = withId.withUnit(withId.unit()
          .withName("Dinas Penanaman Modal dan PTSP Kabupaten Pesawaran"));

      // when
      Pengusulan pengusulan = Pengusulan.of(2024, List.of(kandidat(renamed)));

      // then
      assertThat(pengusulan.unitWbk().units()).extracting(UnitUsulan::id)
          .containsExactly("lampung-psw-dpmptsp");
    }

    @Test
    @DisplayName("missing, the id is a slug of the name and the report names the unit and says so")
    void slugIsReported() {
      // when
      Pengusulan pengusulan = Pengusulan.of(2024, List.of(kandidat(withId),
          kandidat(PUSKESMAS_AFIRMASI)));

      // then
      assertThat(pengusulan.catatan()).singleElement().satisfies(catatan -> {
        assertThat(catatan.id()).isEqualTo("puskesmas-gedong-tataan");
        assertThat(catatan.alasan()).isEqualTo(Alasan.ID_FROM_NAME);
        assertThat(catatan.alasan().leftOut()).isFalse();
      });
      assertThat(pengusulan.laporan(EN)).contains("- puskesmas-gedong-tataan (Puskesmas Gedong"
          + " Tataan, WBK): listed with an id made from its name, the unit having no id (unit.id):"
          + " a new name will be a new unit at PortalRB\n");
    }

    @Test
    @DisplayName("a candidate given another id than the unit's own is refused, naming both")
    void otherIdRefused() {
      Decision decision = ENGINE.decide(withId);

      assertThatThrownBy(() -> new Kandidat("dpmptsp-kabupaten-pesawaran", withId, decision))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("id must be the unit's own id \"lampung-psw-dpmptsp\", but was"
              + " \"dpmptsp-kabupaten-pesawaran\" for \"DPMPTSP Kabupaten Pesawaran\"");
    }

    @Test
    @DisplayName("two units of one round whose ids differ only in case are refused: one id")
    void caseInsensitive() {
      Proposal puskesmas = PUSKESMAS_AFIRMASI.withUnit(PUSKESMAS_AFIRMASI.unit()
          .withId("LAMPUNG-PSW-DPMPTSP"));

      assertThatThrownBy(() -> Pengusulan.of(2024, List.of(kandidat(withId), kandidat(puskesmas))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("must be unique in the round of 2024 (whatever its case)")
          .hasMessageContaining("\"DPMPTSP Kabupaten Pesawaran\" and \"Puskesmas Gedong Tataan\"");
    }
  }

  @Nested
  @DisplayName("a K/L's unit marked afirmasi (afirmasi is a pemda's arrangement)")
  class AfirmasiOfAKl {

    /** Kantor Pelayanan Contoh of the fictional ministry, marked afirmasi, on the WBK line. */
    private final Proposal kl = Fixtures.KANTOR_CONTOH_WBK_2024.withLke(wbkOnTheLine())
        .withUnit(Fixtures.KANTOR_CONTOH_WBK_2024.unit().withAfirmasi(true).withId("kpc-01"));

    @Test
    @DisplayName("is judged as any K/L unit and listed as WBK with afirmasi false; the report says"
        + " why, in the decision's words")
    void listedAsWbk() throws Exception {
      // when
      Kandidat kandidat = kandidat(kl);
      Pengusulan pengusulan = Pengusulan.of(2024, List.of(kandidat));

      // then
      assertThat(kandidat.decision().eligibility()).isEqualTo(Eligibility.ELIGIBLE);
      assertThat(pengusulan.unitWbk().units()).containsExactly(new UnitUsulan(
          "kpc-01", "Kantor Pelayanan Contoh", Kategori.WBK, false));
      JsonNode unit = ZiJson.mapper().readTree(ZiJson.write(pengusulan.unitWbk()))
          .get("units").get(0);
      assertThat(unit.get("kategori").textValue()).isEqualTo("WBK");
      assertThat(unit.get("afirmasi").booleanValue()).isFalse();
      assertThat(pengusulan.catatan()).singleElement().satisfies(catatan -> {
        assertThat(catatan.alasan()).isEqualTo(Alasan.AFIRMASI_NOT_PEMDA);
        assertThat(catatan.findings()).extracting(Finding::rule)
            .containsExactly(RuleId.AFIRMASI);
      });
      assertThat(pengusulan.laporan(EN)).contains("- kpc-01 (Kantor Pelayanan Contoh, WBK): listed"
          + " as WBK, afirmasi false, though marked afirmasi; [afirmasi] The unit is marked"
          + " afirmasi, but afirmasi is a pemda's arrangement: this K/L unit is judged as any K/L"
          + " unit for WBK, by the instansi criteria, and proposed as WBK, not afirmasi");
    }

    @Test
    @DisplayName("is left out as any K/L unit when its instansi misses the criteria")
    void judgedByTheCriteria() {
      // given: AKIP D, below the K/L WBK minimum B
      Proposal akipD = kl.withInstansi(kl.instansi().withAkip(java.util.Map.of(2023, Grade.D)));

      // when
      Pengusulan pengusulan = Pengusulan.of(2024, List.of(kandidat(akipD)));

      // then
      assertThat(pengusulan.unitWbk().units()).isEmpty();
      assertThat(pengusulan.catatan()).extracting(Catatan::alasan)
          .containsExactly(Alasan.NOT_ELIGIBLE);
    }
  }

  @Nested
  @DisplayName("the JSON and its values")
  class Json {

    private List<String> fields(JsonNode node) {
      return StreamSupport.stream(
          java.util.Spliterators.spliteratorUnknownSize(node.fieldNames(), 0), false)
          .collect(Collectors.toList());
    }

    @Test
    @DisplayName("a /pengusulan response has PortalRB's field names: tahun, units; id, nama, "
        + "kategori, afirmasi")
    void responseFieldNames() throws Exception {
      // given
      Pengusulan pengusulan = Pengusulan.of(2024, List.of(kandidat(PUSKESMAS_AFIRMASI)));

      // when
      JsonNode json = ZiJson.mapper().readTree(ZiJson.write(pengusulan.unitWbk()));

      // then
      assertThat(fields(json)).containsExactly("tahun", "units");
      assertThat(json.get("tahun").intValue()).isEqualTo(2024);
      JsonNode unit = json.get("units").get(0);
      assertThat(fields(unit)).containsExactly("id", "nama", "kategori", "afirmasi");
      assertThat(unit.get("kategori").textValue()).isEqualTo("WBK-AFIRMASI");
      assertThat(unit.get("afirmasi").booleanValue()).isTrue();
    }

    @Test
    @DisplayName("the error body is {error: true, code, message}")
    void errorBodyFieldNames() throws Exception {
      // when
      JsonNode json = ZiJson.mapper().readTree(ZiJson.write(
          ErrorResponse.of(ErrorResponse.DATA_NOT_FOUND, "Unit tidak ditemukan")));

      // then
      assertThat(fields(json)).containsExactly("error", "code", "message");
      assertThat(json.get("error").booleanValue()).isTrue();
      assertThat(json.get("code").textValue()).isEqualTo("DATA_NOT_FOUND");
    }

    @Test
    @DisplayName("a WBK unit marked afirmasi, or a code in lower case, is refused naming the field")
    void valuesAreValidated() {
      assertThatThrownBy(() -> new UnitUsulan("a", "A", Kategori.WBK, true))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("kategori must be WBK-AFIRMASI exactly for an afirmasi unit");
      assertThatThrownBy(() -> ErrorResponse.of("not found", "x"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("code must be").hasMessageContaining("\"not found\"");
      assertThatThrownBy(() -> new DaftarUnit(1800, List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("tahun must be from 1900 to 2200, but was 1800");
    }
  }
}
