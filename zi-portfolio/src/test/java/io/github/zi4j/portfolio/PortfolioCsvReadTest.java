package io.github.zi4j.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.zi4j.ZiJson;
import io.github.zi4j.ZiParseException;
import io.github.zi4j.instansi.BpkOpinion;
import io.github.zi4j.instansi.Grade;
import io.github.zi4j.instansi.InstansiKind;
import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.lke.LkeResult;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.PredikatEvent;
import io.github.zi4j.unit.ProposalEvent;
import io.github.zi4j.unit.ProposalStage;
import io.github.zi4j.unit.UnitKerja;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Reading a units' CSV. The figures are the Pesawaran 2024 case's (illustrative LKE: 83.08 in all).
 */
@DisplayName("A units' CSV")
class PortfolioCsvReadTest {

  static final String HEADER = "instansi,kind,unit_id,name,pencanangan,awards,revocations,stages";

  static final String LKE_HEADER = "perubahan_pemenuhan,perubahan_reform,tatalaksana_pemenuhan,"
      + "tatalaksana_reform,sdm_pemenuhan,sdm_reform,akuntabilitas_pemenuhan,akuntabilitas_reform,"
      + "pengawasan_pemenuhan,pengawasan_reform,pelayanan_pemenuhan,pelayanan_reform,ipak,"
      + "capaian_kinerja,ipkp";

  /** Pesawaran's DPMPTSP, declared 10 Nov 2022, with its (illustrative) area-level LKE. */
  static final String PESAWARAN_LKE = "3.6,3.2,3.0,2.6,4.2,3.8,4.1,3.9,5.8,5.2,4.3,4.0,3.71,B,3.52";

  static List<PortfolioUnit> read(String csv) {
    return PortfolioCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        "units.csv");
  }

  static InvalidRowsException refused(String csv) {
    return catchThrowableOfType(InvalidRowsException.class, () -> read(csv));
  }

  static List<String> lines(InvalidRowsException e) {
    return e.problems().stream().map(ZiParseException::getMessage).collect(Collectors.toList());
  }

  @Nested
  @DisplayName("with valid rows")
  class Valid {

    @Test
    @DisplayName("a declared unit keeps its instansi, id, name, pencanangan, awards, revocations and"
        + " proposal stages, and a unit with an empty pencanangan is not yet declared")
    void declaredAndNot() {
      List<PortfolioUnit> units = read(HEADER + ",bpk_opinion,akip,indeks_rb,spip\n"
          + "Pemerintah Kabupaten Balangan,PEMDA,dpmptsp-balangan,DPMPTSP Kabupaten Balangan,"
          + "2021-03-01,WBK 2024-12-10,,2024 WBK PROPOSED>ADMINISTRATION_PASSED@2024-09-02"
          + ">DESK_EVALUATED>FIELD_EVALUATED,2025 WTP,2025 B,2025 61.5,2025 3\n"
          + "Pemerintah Kabupaten Balangan,PEMDA,,Dinas Perikanan Kabupaten Balangan,,,,,,,,\n");

      assertThat(units).hasSize(2);
      PortfolioUnit dpmptsp = units.get(0);
      assertThat(dpmptsp.instansi().name()).isEqualTo("Pemerintah Kabupaten Balangan");
      assertThat(dpmptsp.instansi().kind()).isEqualTo(InstansiKind.PEMDA);
      assertThat(dpmptsp.instansi().bpkOpinionIssuedIn(2025)).contains(BpkOpinion.WTP);
      assertThat(dpmptsp.instansi().akipIn(2025)).contains(Grade.B);
      // a score of 61.5 is above 60: grade B
      assertThat(dpmptsp.instansi().indeksRbIn(2025).orElseThrow().grade()).isEqualTo(Grade.B);
      assertThat(dpmptsp.instansi().spipIn(2025)).contains(3);
      assertThat(dpmptsp.id()).isEqualTo("dpmptsp-balangan");
      UnitKerja unit = dpmptsp.unit().orElseThrow();
      assertThat(unit.pencanangan()).isEqualTo(LocalDate.of(2021, 3, 1));
      assertThat(unit.history()).containsExactly(
          PredikatEvent.awarded(Predikat.WBK, LocalDate.of(2024, 12, 10)));
      assertThat(unit.proposals()).extracting(ProposalEvent::stage).containsExactly(
          ProposalStage.PROPOSED, ProposalStage.ADMINISTRATION_PASSED,
          ProposalStage.DESK_EVALUATED, ProposalStage.FIELD_EVALUATED);
      assertThat(unit.proposals().get(1).date()).contains(LocalDate.of(2024, 9, 2));
      assertThat(dpmptsp.lke()).isEmpty();

      PortfolioUnit perikanan = units.get(1);
      assertThat(perikanan.isDeclared()).isFalse();
      // no unit_id: the slug of the name
      assertThat(perikanan.id()).isEqualTo("dinas-perikanan-kabupaten-balangan");
      // one instansi, its facts given once
      assertThat(perikanan.instansi()).isEqualTo(dpmptsp.instansi());
    }

    @Test
    @DisplayName("the fifteen LKE columns give an area-level LKE: Pesawaran's adds up to 83.08")
    void areaLevelLke() {
      List<PortfolioUnit> units = read("instansi,kind,unit_id,name,pencanangan," + LKE_HEADER + "\n"
          + "Pemerintah Kabupaten Pesawaran,PEMDA,,DPMPTSP Kabupaten Pesawaran,2022-11-10,"
          + PESAWARAN_LKE + "\n");

      LkeResult lke = (LkeResult) units.get(0).lke().orElseThrow();
      // pengungkit 6.8 + 5.6 + 8.0 + 8.0 + 11.0 + 8.3 = 47.70; hasil 3.71/4*17.5 + 0.75*5
      // + 3.52/4*17.5 = 35.38125
      assertThat(lke.pengungkitPoints()).isEqualByComparingTo("47.70");
      assertThat(lke.total()).isEqualByComparingTo("83.08125");
      assertThat(lke.areaPoints(AreaPerubahan.PENGUATAN_PENGAWASAN)).isEqualByComparingTo("11.0");
    }

    @Test
    @DisplayName("columns come in any order; comments, empty rows, spaces around values and Excel's"
        + " byte order mark are allowed")
    void lenientLayout() {
      List<PortfolioUnit> units = read("\uFEFFname, pencanangan ,unit_id,kind,instansi\n"
          + "# illustrative: a fictional unit\n"
          + "\n"
          + "  Puskesmas Contoh , 2023-01-02 ,,PEMDA,\"Pemerintah Kota Contoh, Provinsi X\"\n");

      assertThat(units).singleElement().satisfies(unit -> {
        assertThat(unit.name()).isEqualTo("Puskesmas Contoh");
        assertThat(unit.instansi().name()).isEqualTo("Pemerintah Kota Contoh, Provinsi X");
        assertThat(unit.unit().orElseThrow().pencanangan()).isEqualTo(LocalDate.of(2023, 1, 2));
      });
    }

    @Test
    @DisplayName("a revocation and the award before it make one history in date order")
    void revocation() {
      List<PortfolioUnit> units = read(HEADER + "\n"
          + "Pengadilan Negeri Contoh,KL,pn-contoh,PN Contoh,2018-01-01,WBK 2019-12-10,"
          + "WBK 2022-02-03,\n");

      assertThat(units.get(0).unit().orElseThrow().history()).containsExactly(
          PredikatEvent.awarded(Predikat.WBK, LocalDate.of(2019, 12, 10)),
          PredikatEvent.revoked(Predikat.WBK, LocalDate.of(2022, 2, 3)));
    }
  }

  @Nested
  @DisplayName("with refused values")
  class Refused {

    @Test
    @DisplayName("a pencanangan that is not an ISO date is refused naming the file, row, column and"
        + " value")
    void badDate() {
      InvalidRowsException e = refused(HEADER + "\n"
          + "Pemerintah Kota Contoh,PEMDA,a,Unit A,2022-11-10,,,\n"
          + "Pemerintah Kota Contoh,PEMDA,b,Unit B,10/11/2022,,,\n");

      assertThat(e.path()).isEqualTo("row 3, column pencanangan");
      assertThat(lines(e)).containsExactly("units.csv: row 3, column pencanangan: pencanangan must"
          + " be a date in ISO format yyyy-MM-dd, or empty for a unit not yet declared, but was"
          + " \"10/11/2022\"");
    }

    @Test
    @DisplayName("the whole file is checked first: every bad row is reported in one exception")
    void everyProblemAtOnce() {
      InvalidRowsException e = refused(HEADER + "\n"
          + "Pemerintah Kota Contoh,PEMDA,a,Unit A,2022-11-10,WBK 2023,,\n"
          + "Pemerintah Kota Contoh,PEMDA,b,Unit B,2022-11-10,,,\n"
          + "Pemerintah Kota Contoh,pemda,c,Unit C,2022-11-10,,,\n"
          + "Pemerintah Kota Contoh,PEMDA,d,,2022-11-10,,,2024 WBX PROPOSED\n");

      assertThat(e.problems()).extracting(ZiException -> ZiException.path()).containsExactly(
          "row 2, column awards", "row 4, column kind", "row 5, column name",
          "row 5, column stages");
      assertThat(e.getMessage()).startsWith("units.csv: 4 problems: row 2, column awards: each"
          + " award is a predicate and a day, \"WBK 2024-12-10\", separated by \";\", but was"
          + " \"WBK 2023\"; row 4, column kind: \"pemda\" is not one of [KL, PEMDA]");
      assertThat(e.truncated()).isFalse();
    }

    @Test
    @DisplayName("an impossible stage sequence is reported at the stages column with the model's"
        + " reason")
    void impossibleStages() {
      InvalidRowsException e = refused(HEADER + "\n"
          + "Pemerintah Kota Contoh,PEMDA,a,Unit A,2022-11-10,,,2024 WBK PROPOSED>DESK_EVALUATED\n");

      assertThat(e.path()).isEqualTo("row 2, column stages");
      assertThat(e.problems().get(0).problem()).isEqualTo("\"2024 WBK PROPOSED>DESK_EVALUATED\":"
          + " proposals[1]: DESK_EVALUATED must not follow PROPOSED in the 2024 WBK proposal; after"
          + " PROPOSED comes [ADMINISTRATION_PASSED, ADMINISTRATION_FAILED]");
    }

    @Test
    @DisplayName("an award before the pencanangan is reported at the awards column, a revocation"
        + " of a predicate not held at the revocations column")
    void historyAtItsColumn() {
      InvalidRowsException e = refused(HEADER + "\n"
          + "Pemerintah Kota Contoh,PEMDA,a,Unit A,2022-11-10,WBK 2021-12-20,,\n"
          + "Pemerintah Kota Contoh,PEMDA,b,Unit B,2022-11-10,,WBK 2023-05-01,\n");

      assertThat(e.problems()).extracting(ZiParseException::path)
          .containsExactly("row 2, column awards", "row 3, column revocations");
      assertThat(e.problems().get(0).problem()).contains("must not be before pencanangan")
          .contains("2021-12-20 < 2022-11-10");
    }

    @Test
    @DisplayName("a row that gives some LKE columns but not all is refused naming each missing"
        + " column")
    void partialLke() {
      InvalidRowsException e = refused("instansi,kind,unit_id,name,pencanangan," + LKE_HEADER + "\n"
          + "Pemerintah Kota Contoh,PEMDA,a,Unit A,2022-11-10,"
          + PESAWARAN_LKE.replace(",3.71,B,3.52", ",3.71,,") + "\n");

      assertThat(e.problems()).extracting(ZiParseException::path)
          .containsExactly("row 2, column capaian_kinerja", "row 2, column ipkp");
      assertThat(e.problems().get(1).problem()).isEqualTo("the row gives an area-level LKE"
          + " (perubahan_pemenuhan and 12 more), which needs ipkp too, but the cell is empty");
    }

    @Test
    @DisplayName("an area's points above its weight, a survey index above 4 and a decimal comma are"
        + " refused at their columns")
    void lkeValues() {
      // Penguatan Pengawasan weighs 7.5 in pemenuhan under 90/2021
      InvalidRowsException e = refused("instansi,kind,unit_id,name,pencanangan," + LKE_HEADER + "\n"
          + "Pemerintah Kota Contoh,PEMDA,a,Unit A,2022-11-10,"
          + PESAWARAN_LKE.replace("5.8,5.2", "7.6,5.2") + "\n"
          + "Pemerintah Kota Contoh,PEMDA,b,Unit B,2022-11-10,"
          + PESAWARAN_LKE.replace("3.71", "4.7") + "\n"
          + "Pemerintah Kota Contoh,PEMDA,c,Unit C,2022-11-10,"
          + PESAWARAN_LKE.replace("3.6,", "\"3,6\",") + "\n");

      assertThat(e.problems()).extracting(ZiParseException::path).containsExactly(
          "row 2, column pengawasan_pemenuhan", "row 3, column ipak",
          "row 4, column perubahan_pemenuhan");
      assertThat(e.problems().get(0).problem()).contains("7.6").contains("7.5");
      assertThat(e.problems().get(1).problem()).contains("between 1 and 4, but was 4.7");
      assertThat(e.problems().get(2).problem()).isEqualTo("perubahan_pemenuhan must be a number"
          + " such as 3.6 (with a point, not a comma), but was \"3,6\"");
    }

    @Test
    @DisplayName("a unit not yet declared cannot have awards or stages")
    void notDeclaredWithHistory() {
      InvalidRowsException e = refused(HEADER + "\n"
          + "Pemerintah Kota Contoh,PEMDA,a,Unit A,,WBK 2024-12-10,,2024 WBK PROPOSED\n");

      assertThat(e.problems()).extracting(ZiParseException::path)
          .containsExactly("row 2, column awards", "row 2, column stages");
    }

    @Test
    @DisplayName("one instansi has one kind and one set of facts; its units have distinct ids")
    void oneInstansi() {
      InvalidRowsException e = refused(HEADER + ",bpk_opinion\n"
          + "Pemerintah Kota Contoh,PEMDA,a,Unit A,2022-11-10,,,,2024 WTP\n"
          + "Pemerintah Kota Contoh,KL,b,Unit B,2022-11-10,,,,\n"
          + "Pemerintah Kota Contoh,PEMDA,c,Unit C,2022-11-10,,,,2024 WDP\n"
          + "Pemerintah Kota Contoh,PEMDA,A,Unit D,2022-11-10,,,,\n");

      assertThat(e.problems()).extracting(ZiParseException::path).containsExactly(
          "row 3, column kind", "row 4, column bpk_opinion", "row 5, column unit_id");
      assertThat(e.problems().get(2).problem()).isEqualTo("the unit's id \"A\" is also the id of"
          + " the unit on row 2 (\"Unit A\") of Pemerintah Kota Contoh; the units of one instansi"
          + " need distinct ids");
    }

    @Test
    @DisplayName("the check stops at 100 problems and says there may be more")
    void capped() {
      String rows = IntStream.rangeClosed(1, 150)
          .mapToObj(i -> "Pemerintah Kota Contoh,PEMDA,u" + i + ",Unit " + i + ",kemarin,,,\n")
          .collect(Collectors.joining());

      InvalidRowsException e = refused(HEADER + "\n" + rows);

      assertThat(e.problems()).hasSize(PortfolioCsv.MAX_PROBLEMS);
      assertThat(e.truncated()).isTrue();
      assertThat(e.getMessage()).startsWith("units.csv: at least 100 problems: ")
          .endsWith("; and 95 more");
    }
  }

  @Nested
  @DisplayName("that cannot be read at all")
  class Unreadable {

    @Test
    @DisplayName("an unknown column in the header is refused with the allowed ones")
    void unknownColumn() {
      assertThatThrownBy(() -> read("instansi,kind,unit_id,name,pencanangan,predikat\n"))
          .isInstanceOf(ZiParseException.class)
          .hasMessageStartingWith("units.csv: row 1, column 6: unknown column \"predikat\";"
              + " allowed: [instansi, kind, unit_id, name, pencanangan, awards,");
    }

    @Test
    @DisplayName("a header without a required column is refused naming it")
    void missingColumn() {
      assertThatThrownBy(() -> read("instansi,kind,name\nA,PEMDA,B\n"))
          .isInstanceOf(ZiParseException.class)
          .hasMessage("units.csv: row 1: the header lacks the columns unit_id, pencanangan;"
              + " required: [instansi, kind, unit_id, name, pencanangan]");
    }

    @Test
    @DisplayName("an empty file is refused")
    void empty() {
      assertThatThrownBy(() -> read(""))
          .isInstanceOf(ZiParseException.class)
          .hasMessageContaining("the file is empty");
    }

    @Test
    @DisplayName("bytes that are not UTF-8 are refused")
    void notUtf8() {
      byte[] latin1 = (HEADER + "\nPemerintah Kota Contoh,PEMDA,a,Unit Pelayanan Terpadu \u00e9,,,,\n")
          .getBytes(StandardCharsets.ISO_8859_1);

      assertThatThrownBy(() -> PortfolioCsv.read(new ByteArrayInputStream(latin1), "units.csv"))
          .isInstanceOf(ZiParseException.class)
          .hasMessageContaining("not UTF-8");
    }

    @Test
    @DisplayName("a file larger than zi4j's input limit (16 MB) is refused while it is read")
    void tooLarge() {
      byte[] row = ("Pemerintah " + "x".repeat(4000) + ",PEMDA,u,Unit,,,,\n")
          .getBytes(StandardCharsets.UTF_8);
      InputStream endless = new SequenceInputStream(new ByteArrayInputStream(
          (HEADER + "\n").getBytes(StandardCharsets.UTF_8)), new InputStream() {
            private int at;

            @Override
            public int read() {
              int b = row[at];
              at = (at + 1) % row.length;
              return b;
            }
          });

      assertThatThrownBy(() -> PortfolioCsv.read(endless, "units.csv"))
          .isInstanceOf(ZiParseException.class)
          .hasMessageContaining("at most " + ZiJson.MAX_DOCUMENT_LENGTH + " bytes");
    }
  }
}
