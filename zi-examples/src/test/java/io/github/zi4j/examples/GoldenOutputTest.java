package io.github.zi4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.ZiJson;
import io.github.zi4j.lke.LkeScorer;
import io.github.zi4j.lke.LkeTemplates;
import io.github.zi4j.lke.MissingAnswers;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.portalrb.JawabanUnit;
import io.github.zi4j.portalrb.MasterSoal;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.rules.Decision;
import io.github.zi4j.rules.DecisionEngine;
import io.github.zi4j.rules.DecisionJson;
import io.github.zi4j.workbook.LkeWorkbook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden outputs: what zi4j prints today for every bundled case, worksheet, PortalRB answer file and
 * workbook, kept under {@code src/test/resources/golden}, so that a change of the code inside (one LKE
 * type, rules that decide once) can be shown to change no decision and no score.
 *
 * <p>The golden files were written once, before the refactor of issue 18, by running this test with
 * {@code -Dgolden.update=true}; a deliberate change of an output is made the same way and reviewed in
 * the diff. They are a record of behaviour, not of the rules: the rules' own tests state each figure
 * from the regulation.
 */
@DisplayName("Golden outputs: what every bundled file decides and scores does not change unnoticed")
class GoldenOutputTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final Locale ID = Locale.forLanguageTag("id");

  @TestFactory
  @DisplayName("Every bundled case decides as recorded, its JSON in both languages and its Bahasa explanation")
  Stream<DynamicTest> cases() throws IOException {
    return files(Path.of("cases")).map(file -> DynamicTest.dynamicTest(name(file), () -> {
      Decision decision = DecisionEngine.standard().decide(ZiJson.read(file, Proposal.class));
      check("decide-" + name(file) + ".id.json", DecisionJson.write(decision, ID));
      check("decide-" + name(file) + ".en.json", DecisionJson.write(decision, Locale.ENGLISH));
      check("decide-" + name(file) + ".id.txt", decision.explain(ID));
    }));
  }

  @TestFactory
  @DisplayName("Every bundled worksheet scores as recorded for the unit and for the TPI")
  Stream<DynamicTest> worksheets() throws IOException {
    return files(Path.of("worksheets")).map(file -> DynamicTest.dynamicTest(name(file), () ->
        scores("score-" + name(file), ZiJson.read(file, Worksheet.class))));
  }

  @TestFactory
  @DisplayName("PortalRB's example answers and the example workbooks score as recorded")
  Stream<DynamicTest> portalRb() {
    Path dir = Path.of("portalrb");
    return Stream.of(
        DynamicTest.dynamicTest("jawaban-unit-contoh", () -> scores("score-jawaban-unit-contoh",
            ZiJson.read(dir.resolve("jawaban-unit-contoh.json"), JawabanUnit.class).toWorksheet())),
        DynamicTest.dynamicTest("lke-contoh.xlsx", () -> scores("score-lke-contoh",
            LkeWorkbook.of(ZiJson.read(dir.resolve("master-soal-contoh.json"), MasterSoal.class))
                .read(dir.resolve("lke-contoh.xlsx"), "contoh", "Contoh").toWorksheet())),
        DynamicTest.dynamicTest("lke-zi-contoh.xlsx", () -> scores("score-lke-zi-contoh",
            LkeWorkbook.ofLkeZi(2026).read(dir.resolve("lke-zi-contoh.xlsx"), "contoh", "Contoh")
                .toWorksheet())),
        DynamicTest.dynamicTest("lke-zi-contoh-lhk.xlsx check", () -> check(
            "check-lke-zi-contoh-lhk.id.txt", LkeWorkbook.ofLkeZi(2026)
                .check(dir.resolve("lke-zi-contoh-lhk.xlsx"), "contoh", "Contoh").explain(ID))));
  }

  private static void scores(String prefix, Worksheet worksheet) throws IOException {
    LkeScorer scorer = LkeScorer.of(LkeTemplates.bundled(worksheet.edition()));
    for (Role role : Role.values()) {
      check(prefix + "." + role + ".json",
          ZiJson.write(scorer.score(worksheet, role, MissingAnswers.SCORE_AS_ZERO)));
    }
    if (!worksheet.answersOf(Role.SELF).isEmpty() && !worksheet.answersOf(Role.TPI).isEmpty()) {
      check(prefix + ".compare.id.txt", DecisionEngine.standard().compare(worksheet).explain(ID));
    }
  }

  private static void check(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (UPDATE) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file %s (regenerate with -Dgolden.update=true after review)", name)
        .exists();
    assertThat(actual).as("output recorded in %s", file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static Stream<Path> files(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      List<Path> json = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      assertThat(json).as("bundled files in %s", dir).isNotEmpty();
      return json.stream();
    }
  }

  private static String name(Path file) {
    return file.getFileName().toString().replaceFirst("\\.json$", "");
  }
}
