package io.github.zi4j.cli;

import static io.github.zi4j.cli.Zi4jCommandTest.json;
import static io.github.zi4j.cli.Zi4jCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zi4j.ZiJson;
import io.github.zi4j.examples.Schemas;
import io.github.zi4j.cli.Zi4jCommandTest.Run;
import io.github.zi4j.portalrb.JawabanUnit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The zi4j command line and a unit's id for PortalRB")
class PortalRbIdsCommandTest {

  /** DPMPTSP Pesawaran in the 2024 round: ELIGIBLE for WBK (a pemda meeting the criteria). */
  static final String PESAWARAN_2024 = "../zi-examples/cases/pesawaran-dpmptsp-2024.json";
  static final String MASTER = "../zi-examples/portalrb/master-soal-contoh.json";
  static final String LKE = "../zi-examples/portalrb/lke-contoh.xlsx";

  @TempDir
  Path dir;

  /** The Pesawaran 2024 case, changed by {@code change}, written to {@code dir/name}. */
  Path caseFile(String name, Consumer<ObjectNode> change) throws IOException {
    ObjectNode root = (ObjectNode) json(Files.readString(Path.of(PESAWARAN_2024)));
    change.accept(root);
    Path file = dir.resolve("cases").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, ZiJson.mapper().writeValueAsString(root), StandardCharsets.UTF_8);
    return file;
  }

  static Consumer<ObjectNode> unit(String field, String value) {
    return root -> ((ObjectNode) root.get("unit")).put(field, value);
  }

  Run portalrb() {
    return run("portalrb", dir.resolve("cases").toString(), "--out", dir.resolve("out").toString(),
        "--lang", "en");
  }

  JsonNode wbk() throws IOException {
    return json(Files.readString(dir.resolve("out").resolve("pengusulan-unit-wbk.json")));
  }

  @Nested
  @DisplayName("portalrb")
  class PortalRb {

    @Test
    @DisplayName("lists a unit by its unit.id, valid against the case schema, and a unit without"
        + " one by a slug of its name, which the report names")
    void ownIdOrSlug() throws IOException {
      // given: the same case twice in one round, once with an id, once renamed without one
      Path withId = caseFile("a.json", unit("id", "lampung-psw-dpmptsp"));
      caseFile("b.json", unit("name", "Puskesmas Gedong Tataan"));
      assertThat(Schemas.violations(Schemas.CASE, json(Files.readString(withId)))).isEmpty();

      // when
      Run run = portalrb();

      // then
      assertThat(run.status()).isZero();
      assertThat(wbk().at("/units/0/id").asText()).isEqualTo("lampung-psw-dpmptsp");
      assertThat(wbk().at("/units/1/id").asText()).isEqualTo("puskesmas-gedong-tataan");
      assertThat(run.out().lines().filter(l -> l.contains("made from its name")))
          .containsExactly("- puskesmas-gedong-tataan (Puskesmas Gedong Tataan, WBK): listed"
              + " with an id made from its name, the unit having no id (unit.id): a new name will"
              + " be a new unit at PortalRB");
    }

    @Test
    @DisplayName("two case files of one round whose units have one id are bad input naming both"
        + " files: exit 2")
    void duplicateIdNamesBothFiles() throws IOException {
      // given
      Path first = caseFile("a.json", unit("id", "psw-01"));
      Path second = caseFile("b.json", root -> {
        ((ObjectNode) root.get("unit")).put("id", "PSW-01");
        ((ObjectNode) root.get("unit")).put("name", "Puskesmas Gedong Tataan");
      });

      // when
      Run run = portalrb();

      // then
      assertThat(run.status()).isEqualTo(Zi4jCommand.BAD_INPUT);
      assertThat(run.err()).isEqualTo("zi4j: " + second + ": $.unit.id: the unit's id \"PSW-01\""
          + " is also the id of the unit of " + first + " (\"DPMPTSP Kabupaten Pesawaran\"); the"
          + " units of one round need distinct ids\n");
      assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    @DisplayName("an id that cannot go in PortalRB's URL path is bad input at $.unit.id: exit 2")
    void badIdForm() throws IOException {
      // given
      Path file = caseFile("a.json", unit("id", "psw/01"));
      assertThat(Schemas.violations(Schemas.CASE, json(Files.readString(file)))).isNotEmpty();

      // when
      Run run = portalrb();

      // then
      assertThat(run.status()).isEqualTo(Zi4jCommand.BAD_INPUT);
      assertThat(run.err()).startsWith("zi4j: " + file + ": $.unit")
          .contains("id of unit kerja must be 1 to 100 characters of A-Z, a-z, 0-9, '-', '_' and"
              + " '.', beginning and ending with a letter or digit (PortalRB puts it in a URL"
              + " path), but was \"psw/01\"");
    }

    @Test
    @DisplayName("a K/L's unit marked afirmasi is listed as WBK with afirmasi false, and the report"
        + " says why: afirmasi is a pemda's arrangement")
    void klAfirmasi() throws IOException {
      // given: a fictional ministry meeting the K/L WBK criteria (WTP, AKIP B, Indeks RB B)
      caseFile("kl.json", root -> {
        ObjectNode instansi = (ObjectNode) root.get("instansi");
        instansi.put("name", "Kementerian Contoh");
        instansi.put("kind", "KL");
        ((ObjectNode) instansi.get("indeksRb")).put("2023", "B");
        ObjectNode unit = (ObjectNode) root.get("unit");
        unit.put("id", "kpc-01");
        unit.put("name", "Kantor Pelayanan Contoh");
        unit.put("afirmasi", true);
      });

      // when
      Run run = portalrb();

      // then
      assertThat(run.status()).isZero();
      JsonNode listed = wbk().at("/units/0");
      assertThat(listed.get("id").asText()).isEqualTo("kpc-01");
      assertThat(listed.get("kategori").asText()).isEqualTo("WBK");
      assertThat(listed.get("afirmasi").booleanValue()).isFalse();
      assertThat(run.out()).contains("- kpc-01 (Kantor Pelayanan Contoh, WBK): listed as WBK,"
          + " afirmasi false, though marked afirmasi; [afirmasi] The unit is marked afirmasi, but"
          + " afirmasi is a pemda's arrangement: this K/L unit is judged as any K/L unit for WBK, by"
          + " the instansi criteria, and proposed as WBK, not afirmasi");
    }
  }

  @Nested
  @DisplayName("jawaban")
  class Jawaban {

    @Test
    @DisplayName("--case writes the answers under the unit.id portalrb lists the unit by")
    void caseWithId() throws IOException {
      // given
      Path file = caseFile("a.json", unit("id", "lampung-psw-dpmptsp"));

      // when
      Run run = run("jawaban", LKE, "--master-soal", MASTER, "--case", file.toString());

      // then
      assertThat(run.status()).isZero();
      JawabanUnit jawaban = ZiJson.read(run.out(), "out", JawabanUnit.class);
      assertThat(jawaban.unitId()).isEqualTo("lampung-psw-dpmptsp");
      assertThat(jawaban.namaUnit()).isEqualTo("DPMPTSP Kabupaten Pesawaran");
    }

    @Test
    @DisplayName("--case of a unit without an id writes the slug of its name, as portalrb does")
    void caseWithoutId() {
      // when
      Run run = run("jawaban", LKE, "--master-soal", MASTER, "--case", PESAWARAN_2024);

      // then
      assertThat(run.status()).isZero();
      assertThat(ZiJson.read(run.out(), "out", JawabanUnit.class).unitId())
          .isEqualTo("dpmptsp-kabupaten-pesawaran");
    }

    @Test
    @DisplayName("an --unit-id that cannot go in PortalRB's URL path is bad usage naming the rule")
    void badUnitId() {
      // when
      Run run = run("jawaban", LKE, "--master-soal", MASTER, "--unit-id", "dpmptsp pesawaran",
          "--nama", "DPMPTSP Kabupaten Pesawaran");

      // then
      assertThat(run.status()).isEqualTo(Zi4jCommand.BAD_INPUT);
      assertThat(run.err()).startsWith("zi4j: --unit-id must be 1 to 100 characters of A-Z, a-z,"
          + " 0-9, '-', '_' and '.', beginning and ending with a letter or digit (PortalRB puts it"
          + " in a URL path), but was \"dpmptsp pesawaran\" (see: zi4j help jawaban)\n");
    }

    @Test
    @DisplayName("--case with --unit-id is bad usage: the case gives the id")
    void caseAndUnitId() {
      Run run = run("jawaban", LKE, "--master-soal", MASTER, "--case", PESAWARAN_2024,
          "--unit-id", "x");

      assertThat(run.status()).isEqualTo(Zi4jCommand.BAD_INPUT);
      assertThat(run.err()).startsWith("zi4j: --case gives the unit's id and name: leave out"
          + " --unit-id and --nama");
    }
  }
}
