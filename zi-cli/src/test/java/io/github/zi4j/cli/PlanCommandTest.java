package io.github.zi4j.cli;

import static io.github.zi4j.cli.Zi4jCommandTest.json;
import static io.github.zi4j.cli.Zi4jCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zi4j.ZiJson;
import io.github.zi4j.cli.Zi4jCommandTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zi4j plan}. Figures by hand from the domain notes: capaian kinerja is graded A-E, scored 1,
 * 3/4, 1/2, 1/4, 0 of 5 points; WBBM needs capaian kinerja of at least 3.75 and birokrasi bersih dan
 * akuntabel of at least 19.50; a survey index s gives s / 4 x 17.5. The bundled 90/2021 worksheet
 * (the TPI's answers decide) has IPAK 3.71 (16.23125) and capaian C (2.50): bersih dan akuntabel
 * 18.73125, total 91.84.
 */
@DisplayName("zi4j plan: the earliest round and the smallest set of answers that reach a target")
class PlanCommandTest {

  static final String BALANGAN = "../zi-examples/cases/balangan-dpmptsp-wbbm-2026.json";
  static final String PESAWARAN = Zi4jCommandTest.PESAWARAN_2024;
  static final String CONTOH_CASE = "../zi-examples/cases/contoh-mpp-worksheet-2024.json";
  static final String CONTOH_90 = "../zi-examples/worksheets/contoh-90-2021.json";
  static final String CONTOH_52 = "../zi-examples/worksheets/contoh-52-2014.json";

  @Test
  @DisplayName("Balangan's DPMPTSP, WBK on 10 December 2024, can be proposed for WBBM in the 2026"
      + " round: two round years of WBK allow it from 1 January 2026")
  void balanganWbbmIn2026() {
    Run run = run("plan", BALANGAN, "--as-of", "2025-01-06", "--lang", "en");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("DPMPTSP Kabupaten Balangan: a WBBM proposal in the 2026 round"
            + " at the earliest, from 1 January 2026\n")
        .contains("  - [binds] WBK held since 10 December 2024; the WBK holding period before a"
            + " WBBM proposal: from 1 January 2026")
        .contains("After it: the 2027 round")
        // the case gives its LKE per area: no gap without the answers, and the output says so
        .contains("The smallest gap needs the LKE's answers, and this case gives its LKE per"
            + " area: give its worksheet with --lke");
  }

  @Test
  @DisplayName("planned on the case's own day (15 July 2026), Balangan's DPMPTSP still enters the"
      + " 2026 round, from that day: no proposal is made in the past")
  void balanganOnTheCaseDay() {
    Run run = run("plan", BALANGAN, "--lang", "en");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("DPMPTSP Kabupaten Balangan: a WBBM proposal in the 2026 round"
        + " at the earliest, from 15 July 2026\n")
        .contains("  - [binds] Planning day 15 July 2026");
  }

  @Test
  @DisplayName("Pesawaran's DPMPTSP (pencanangan 10 November 2022) can be proposed for WBK in the"
      + " 2024 round, from its opening on 18 July 2024: the 2023 round had closed before the"
      + " building year ended")
  void pesawaranWbkIn2024() {
    Run run = run("plan", PESAWARAN, "--as-of", "2023-12-01", "--lang", "en");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("DPMPTSP Kabupaten Pesawaran: a WBK proposal in the 2024 round"
            + " at the earliest, from 18 July 2024\n")
        .contains("window 18 July 2024 to 31 July 2024")
        .contains("  - [binds] The proposal round's window opens on 18 July 2024")
        .contains("One year of building since pencanangan on 10 November 2022: a proposal from 10"
            + " November 2023");
  }

  @Test
  @DisplayName("the earliest round comes in Bahasa Indonesia for an Indonesian user")
  void indonesian() {
    Run run = run("plan", PESAWARAN, "--as-of", "2023-12-01");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("2024").contains("18 Juli 2024").doesNotContain("July");
  }

  @Test
  @DisplayName("a WBBM unit proposed again for WBK cannot reach it by waiting: the plan says so and"
      + " exits 1")
  void alreadyHeld() {
    Run run = run("plan", BALANGAN, "--target", "WBK", "--lang", "en");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).startsWith("DPMPTSP Kabupaten Balangan: no WBK proposal round can be"
        + " reached by waiting alone\n");
  }

  @Test
  @DisplayName("a worksheet that meets WBK needs no change, and lists its biggest levers: capaian"
      + " kinerja from C to A adds 2.50 points, more than any other single change")
  void metAlreadyWithLevers() {
    Run run = run("plan", CONTOH_90, "--target", "wbk", "--allow-surveys", "--levers", "3",
        "--lang", "en");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("The WBK target is met already (total 91.84); nothing needs"
        + " to change\n")
        .contains("Biggest levers: the 3 single changes that add most to the total:\n"
            + "  - Soal 126 (Capaian kinerja")
        .contains("C → A (2 steps), +2.50 total points");
    assertThat(run.out().lines().filter(line -> line.startsWith("  - "))).hasSize(3);
  }

  @Test
  @DisplayName("WBBM is out of reach while the surveys and capaian kinerja are facts: the plan names"
      + " each threshold with its best (bersih dan akuntabel 18.73, short by 0.77; capaian 2.50,"
      + " short by 1.25) and exits 1")
  void unreachable() {
    Run run = run("plan", CONTOH_90, "--target", "WBBM", "--lang", "en");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("The WBBM target cannot be reached with the answer changes"
            + " allowed (total now 91.84):\n")
        .contains("clean and accountable bureaucracy ≥ 19.50 cannot be met: at best 18.73, short"
            + " by 0.77")
        .contains("capaian kinerja ≥ 3.75 cannot be met: at best 2.50, short by 1.25")
        .contains("--allow-surveys lets the plan change them");
  }

  @Test
  @DisplayName("with the surveys allowed, WBBM takes one step: capaian kinerja from C to B (+1.25),"
      + " which serves both bersih dan akuntabel (19.98) and capaian kinerja (3.75)")
  void reachableWithSurveys() {
    Run run = run("plan", CONTOH_90, "--target", "wbbm", "--allow-surveys", "--levers", "0",
        "--lang", "en");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Smallest plan for WBBM: 1 answer changed, 1 step; total"
            + " 91.84 → 93.09\n")
        .contains("  - Soal 126 (Capaian kinerja")
        .contains("C → B (1 step), 1.25 points alone; serves: clean and accountable"
            + " bureaucracy, capaian kinerja")
        .doesNotContain("Biggest levers");
  }

  @Test
  @DisplayName("--json writes the earliest round, the gap and the levers as typed data")
  void json() throws IOException {
    Run run = run("plan", BALANGAN, "--lke", CONTOH_90, "--allow-surveys", "--levers", "2",
        "--json");

    assertThat(run.status()).isZero();
    JsonNode plan = Zi4jCommandTest.json(run.out());
    assertThat(plan.path("earliestRound").path("target").asText()).isEqualTo("WBBM");
    assertThat(plan.path("earliestRound").path("first").path("year").asInt()).isEqualTo(2026);
    assertThat(plan.path("gap").path("reachable").asBoolean()).isTrue();
    assertThat(plan.path("gap").path("steps")).hasSize(1);
    JsonNode step = plan.path("gap").path("steps").get(0);
    assertThat(step.path("soalId").asInt()).isEqualTo(126);
    assertThat(step.path("from").asText()).isEqualTo("C");
    assertThat(step.path("to").asText()).isEqualTo("B");
    assertThat(step.path("points").decimalValue()).isEqualByComparingTo("1.25");
    assertThat(plan.path("levers")).hasSize(2);
  }

  @Test
  @DisplayName("a unit without WBK has no WBBM round to wait for: the plan exits 1 even when its"
      + " answers could reach WBBM, and the JSON has no first round")
  void noRoundExitsOne() throws IOException {
    Run run = run("plan", CONTOH_CASE, "--target", "wbbm", "--allow-surveys", "--json");

    assertThat(run.status()).isEqualTo(1);
    JsonNode plan = Zi4jCommandTest.json(run.out());
    assertThat(plan.path("earliestRound").has("first")).isFalse();
    assertThat(plan.path("gap").path("reachable").asBoolean()).isTrue();
  }

  @Test
  @DisplayName("a cost per soal (a CSV soal_id,cost) is the plan's cost: capaian kinerja at 5 makes"
      + " the one-step WBBM plan cost 5")
  void customCost(@TempDir Path dir) throws IOException {
    Path costs = dir.resolve("costs.csv");
    Files.writeString(costs, "soal_id,cost\n126,5\nS18,2\n", StandardCharsets.UTF_8);

    Run run = run("plan", CONTOH_90, "--target", "wbbm", "--allow-surveys", "--costs",
        costs.toString(), "--json");

    assertThat(run.status()).isZero();
    JsonNode gap = Zi4jCommandTest.json(run.out()).path("gap");
    assertThat(gap.path("cost").decimalValue()).isEqualByComparingTo("5");
    assertThat(gap.path("steps").get(0).path("questionId").asText()).isEqualTo("S126");
  }

  @Test
  @DisplayName("a worksheet with a WBK gap gets the smallest set of steps, each naming its soal,"
      + " from and to, its points and the thresholds it serves; applying them meets WBK")
  void gapToWbk(@TempDir Path dir) throws IOException {
    // capaian kinerja E (0 of 5) misses WBK's 2.50: one step, E to C, is the least
    Path sheet = worksheet(dir, "S126", "E");

    Run run = run("plan", sheet.toString(), "--target", "wbk", "--allow-surveys", "--levers", "0",
        "--lang", "en");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Smallest plan for WBK: 1 answer changed, 2 steps; total"
            + " 89.34 → 91.84\n")
        .contains("unmet now: ").contains("capaian kinerja ≥ 2.50")
        .contains("  - Soal 126 (Capaian kinerja").contains("E → C (2 steps), 2.50 points alone;"
            + " serves: ");
    Run after = run("whatif", sheet.toString(), "--set", "S126=C", "--lang", "en");
    assertThat(after.out()).startsWith("If the answers change: total 89.34 → 91.84; meets none"
        + " → WBK\n");
  }

  @Test
  @DisplayName("a worksheet needs --target: it names no target of its own")
  void worksheetNeedsTarget() {
    Run run = run("plan", CONTOH_90);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("zi4j: a worksheet names no target: give --target wbk or wbbm"
        + " (see: zi4j help plan)\n");
  }

  @Test
  @DisplayName("a target other than WBK or WBBM is refused, quoting it")
  void badTarget() {
    Run run = run("plan", BALANGAN, "--target", "WBX");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("zi4j: --target takes wbk or wbbm, but was WBX (see: zi4j help"
        + " plan)\n");
  }

  @Test
  @DisplayName("a bad row of the costs is refused naming the file, the line and the value")
  void badCostRow(@TempDir Path dir) throws IOException {
    Path costs = dir.resolve("costs.csv");
    Files.writeString(costs, "soal_id,cost\n126,5\n18,mahal\n", StandardCharsets.UTF_8);

    Run run = run("plan", CONTOH_90, "--target", "wbk", "--costs", costs.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("zi4j: ").contains("line 3").contains("mahal")
        .contains("costs.csv").endsWith("\n");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  @DisplayName("a soal of the costs that the LKE does not have is refused naming its line")
  void unknownCostSoal(@TempDir Path dir) throws IOException {
    Path costs = dir.resolve("costs.csv");
    Files.writeString(costs, "soal_id,cost\n126,5\n\nS999,2\n", StandardCharsets.UTF_8);

    Run run = run("plan", CONTOH_90, "--target", "wbk", "--costs", costs.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("zi4j: " + costs + ": line 4: soal \"S999\" is not a soal of"
        + " PERMENPANRB_90_2021 (PortalRB's soal number, 116, or the template's question id,"
        + " S116)\n");
  }

  @Test
  @DisplayName("a 52/2014 worksheet cannot be planned: the refusal names its edition")
  void oldEdition() {
    Run run = run("plan", CONTOH_52, "--target", "wbk");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("zi4j: " + CONTOH_52 + ": $.edition: planning reads the LKE"
        + " of PermenPANRB 90/2021").contains("PERMENPANRB_52_2014");
  }

  @Test
  @DisplayName("an incomplete worksheet is refused naming the questions left unanswered")
  void incomplete(@TempDir Path dir) throws IOException {
    ObjectNode sheet = (ObjectNode) ZiJson.mapper().readTree(Path.of(CONTOH_90).toFile());
    ((ObjectNode) sheet.path("answers").path("TPI")).remove("S12");
    Path file = dir.resolve("kurang.json");
    Files.writeString(file, sheet.toString(), StandardCharsets.UTF_8);

    Run run = run("plan", file.toString(), "--target", "wbk");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("zi4j: " + file + ": $.answers.TPI: a plan starts from a"
        + " complete worksheet, but 1 question(s) are unanswered: S12\n");
  }

  @Test
  @DisplayName("an answer a soal cannot take is refused at its place in the case file")
  void badAnswerInCase(@TempDir Path dir) throws IOException {
    ObjectNode proposal = (ObjectNode) ZiJson.mapper().readTree(Path.of(CONTOH_CASE).toFile());
    ((ObjectNode) proposal.path("lke").path("answers").path("TPI")).put("S12", "Z");
    Path file = dir.resolve("kasus.json");
    Files.writeString(file, proposal.toString(), StandardCharsets.UTF_8);

    Run run = run("plan", file.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("zi4j: " + file + ": $.lke.answers.TPI.S12: ")
        .contains("Z");
  }

  @Test
  @DisplayName("--lke gives a case given per area the worksheet to plan from")
  void lkeOption() {
    Run run = run("plan", BALANGAN, "--lke", CONTOH_90, "--allow-surveys", "--levers", "0",
        "--lang", "en");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("DPMPTSP Kabupaten Balangan: a WBBM proposal in the 2026"
        + " round").contains("\nSmallest plan for WBBM: 1 answer changed");
  }

  /** The bundled 90/2021 worksheet with the TPI's answer to {@code question} replaced. */
  static Path worksheet(Path dir, String question, String answer) throws IOException {
    ObjectNode sheet = (ObjectNode) ZiJson.mapper().readTree(Path.of(CONTOH_90).toFile());
    ((ObjectNode) sheet.path("answers").path("TPI")).put(question, answer);
    Path file = dir.resolve("lembar-" + question + ".json");
    Files.writeString(file, sheet.toString(), StandardCharsets.UTF_8);
    return file;
  }
}
