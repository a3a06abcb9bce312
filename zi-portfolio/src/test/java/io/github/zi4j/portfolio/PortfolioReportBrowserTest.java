package io.github.zi4j.portfolio;

import static io.github.zi4j.portfolio.Portfolios.ID;
import static io.github.zi4j.portfolio.Portfolios.SCRIPT_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zi4j.rules.Finding;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The HTML report in a real browser: Debian's Chromium, headless, driven over the DevTools protocol.
 * Tagged {@code browser}: it runs in the profile {@code chromium} of zi-portfolio's pom, active where
 * {@code /usr/bin/chromium} is installed.
 */
@Tag("browser")
@DisplayName("The HTML report, opened in headless Chromium")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortfolioReportBrowserTest {

  private static final Path TARGET = Path.of("target");
  private static final Path SCREENSHOT = TARGET.resolve("portfolio-report.png");
  private static final String ROWS = "Array.from(document.querySelectorAll('#units tbody tr:not(.d)'))";
  private static final String VISIBLE_ROWS = ROWS + ".filter(r => !r.hidden)";

  private Chromium chromium;

  @BeforeAll
  void start() {
    chromium = Chromium.start(TARGET);
  }

  @AfterAll
  void stop() {
    chromium.close();
  }

  private static Collator collator() {
    Collator collator = Collator.getInstance(ID);
    collator.setStrength(Collator.PRIMARY);
    return collator;
  }

  @Nested
  @DisplayName("a portfolio of nine units of two regencies and a court")
  class Small {

    private final List<PortfolioUnit> units = Portfolios.smallUnits();
    private final Portfolio portfolio = Portfolios.small();

    @BeforeEach
    void open() throws IOException {
      Path page = TARGET.resolve("portfolio-report.html");
      Files.writeString(page, PortfolioHtml.write(portfolio, ID), StandardCharsets.UTF_8);
      chromium.open(page);
    }

    private List<String> column(int column) {
      List<String> cells = new ArrayList<>();
      chromium.evaluate(ROWS + ".map(r => r.cells[" + column + "].textContent)")
          .forEach(cell -> cells.add(cell.asText()));
      return cells;
    }

    private void clickHeader(int column) {
      chromium.evaluate("document.querySelector('#units thead button[data-c=\"" + column
          + "\"]').click()");
    }

    private int visibleRows(String filter, String status) {
      chromium.evaluate("(() => { const f = document.getElementById('filter'); f.value = "
          + quoted(filter) + "; f.dispatchEvent(new Event('input'));"
          + " const s = document.getElementById('status-filter'); s.value = " + quoted(status)
          + "; s.dispatchEvent(new Event('change')); })()");
      return chromium.evaluate(VISIBLE_ROWS + ".length").asInt();
    }

    @Test
    @DisplayName("shows one row per unit, in the portfolio's order")
    void oneRowPerUnit() {
      assertThat(chromium.evaluate(ROWS + ".length").asInt()).isEqualTo(units.size());
      assertThat(column(1)).containsExactlyElementsOf(
          units.stream().map(PortfolioUnit::name).toList());
    }

    @Test
    @DisplayName("sorts by unit name on a click on its header, then the other way on a second click")
    void sortsOnAClick() {
      List<String> names = units.stream().map(PortfolioUnit::name).toList();
      List<String> ascending = names.stream().sorted(collator()).toList();
      assertThat(column(1).get(0)).isEqualTo("DPMPTSP Kabupaten Pesawaran");

      clickHeader(1);
      List<String> once = column(1);
      clickHeader(1);
      List<String> twice = column(1);

      assertThat(once.get(0)).isEqualTo("Dinas Kesehatan Pesawaran");
      assertThat(once).containsExactlyElementsOf(ascending);
      assertThat(twice.get(0)).isEqualTo(SCRIPT_NAME);
      List<String> descending = new ArrayList<>(ascending);
      Collections.reverse(descending);
      assertThat(twice).containsExactlyElementsOf(descending);
      assertThat(chromium.evaluate("document.querySelectorAll('#units thead th')[1]"
          + ".getAttribute('aria-sort')").asText()).isEqualTo("descending");
    }

    @Test
    @DisplayName("sorts by instansi keeping each instansi's units in their order")
    void sortsStably() {
      clickHeader(0);

      List<String> instansi = column(0);
      assertThat(instansi).isSortedAccordingTo(collator());
      assertThat(instansi.get(0)).isEqualTo("Mahkamah Agung");
      List<String> pesawaran = new ArrayList<>();
      List<String> unitNames = column(1);
      for (int i = 0; i < instansi.size(); i++) {
        if (instansi.get(i).equals(Portfolios.PESAWARAN.name())) {
          pesawaran.add(unitNames.get(i));
        }
      }
      assertThat(pesawaran).containsExactlyElementsOf(units.stream()
          .filter(u -> u.instansi().equals(Portfolios.PESAWARAN)).map(PortfolioUnit::name).toList());
    }

    @Test
    @DisplayName("filters by text and by status, and says how many units it shows")
    void filters() {
      long inPesawaran = units.stream().filter(u -> (u.instansi().name() + " " + u.name())
          .toLowerCase(Locale.ROOT).contains("pesawaran")).count();
      long notDeclared = units.stream().filter(u -> !u.isDeclared()).count();

      assertThat(visibleRows("pesawaran", "")).isEqualTo(inPesawaran);
      assertThat(visibleRows("", Integer.toString(UnitStatus.NOT_DECLARED.ordinal())))
          .isEqualTo(notDeclared);
      assertThat(chromium.evaluate("document.getElementById('shown').textContent").asText())
          .isEqualTo(notDeclared + " dari " + units.size() + " unit ditampilkan");
      assertThat(visibleRows("balangan", Integer.toString(UnitStatus.NOT_DECLARED.ordinal())))
          .isEqualTo(1);
      assertThat(visibleRows("", "")).isEqualTo(units.size());
    }

    @Test
    @DisplayName("opens a unit's next steps and explanation on a click: RSUD Pesawaran's unmet LKE"
        + " thresholds")
    void details() {
      UnitStanding rsud = portfolio.units().stream()
          .filter(s -> s.unit().name().equals("RSUD Pesawaran")).findFirst().orElseThrow();

      chromium.evaluate(ROWS + ".find(r => r.cells[1].textContent === 'RSUD Pesawaran')"
          + ".cells[1].firstChild.click()");
      JsonNode details = chromium.evaluate("(() => { const row = " + ROWS
          + ".find(r => r.cells[1].textContent === 'RSUD Pesawaran');"
          + " const next = row.nextElementSibling;"
          + " return {open: next.classList.contains('d'), text: next.textContent,"
          + " expanded: row.cells[1].firstChild.getAttribute('aria-expanded')}; })()");

      assertThat(details.get("open").asBoolean()).isTrue();
      assertThat(details.get("expanded").asText()).isEqualTo("true");
      String text = details.get("text").asText();
      assertThat(text).contains("Langkah berikutnya", "Penjelasan",
          "RSUD Pesawaran: usulan WBK paling cepat pada periode");
      assertThat(rsud.gap()).isNotEmpty();
      for (Finding finding : rsud.gap()) {
        assertThat(text).contains(finding.message(ID));
      }
      chromium.screenshot(SCREENSHOT);
    }

    @Test
    @DisplayName("draws the charts: a bar for each status and each round's funnel, with a size")
    void charts() {
      JsonNode charts = chromium.evaluate("(() => {"
          + " const size = e => { const b = e.getBoundingClientRect(); return b.width > 0 && b.height > 0; };"
          + " return {svgs: Array.from(document.querySelectorAll('svg.chart')).filter(size).length,"
          + " statusBars: Array.from(document.querySelectorAll('#status svg rect')).filter(size).length,"
          + " funnels: Array.from(document.querySelectorAll('#funnels figure svg')).filter(size).length};"
          + " })()");

      // every status has a unit in this portfolio; funnels: 2024 and 2025, WBK only
      assertThat(charts.get("statusBars").asInt()).isEqualTo(UnitStatus.values().length);
      assertThat(charts.get("funnels").asInt()).isEqualTo(2);
      assertThat(charts.get("svgs").asInt()).isEqualTo(3);
    }

    @Test
    @DisplayName("shows a unit named <script> as text and runs no script of it")
    void namesStayText() {
      assertThat(chromium.evaluate("document.querySelectorAll('script').length").asInt())
          .isEqualTo(2);
      assertThat(chromium.evaluate(ROWS + ".filter(r => r.cells[1].textContent === "
          + quoted(SCRIPT_NAME) + ").length").asInt()).isEqualTo(1);
    }

    @Test
    @DisplayName("writes no error and no exception to the console, and leaves a screenshot")
    void noConsoleErrors() throws IOException {
      chromium.screenshot(TARGET.resolve("portfolio-report-top.png"));

      assertThat(chromium.errors()).isEmpty();
      assertThat(Files.readAllBytes(TARGET.resolve("portfolio-report-top.png")))
          .startsWith(0x89, 'P', 'N', 'G');
    }
  }

  @Test
  @DisplayName("10 000 units open and sort by unit in under 3 seconds")
  void tenThousandUnits() throws IOException {
    int count = 10_000;
    long assessing = System.nanoTime();
    Portfolio portfolio = Portfolios.generated(count);
    long writing = System.nanoTime();
    Path page = TARGET.resolve("portfolio-report-10000.html");
    try (Writer out = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
      PortfolioHtml.write(portfolio, ID, out);
    }
    long written = System.nanoTime();
    long bytes = Files.size(page);

    long wall = System.nanoTime();
    chromium.open(page);
    // each time is taken once a frame is drawn after it: a requestAnimationFrame, then a task
    String frame = "new Promise(r => requestAnimationFrame(() => setTimeout(() => r(performance.now()))))";
    JsonNode opened = chromium.evaluate("(async () => { const nav ="
        + " performance.getEntriesByType('navigation')[0]; const shown = await " + frame + ";"
        + " return {dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, shown: shown}; })()");
    JsonNode sorted = chromium.evaluate("(async () => { const t = performance.now();"
        + " document.querySelector('#units thead button[data-c=\"1\"]').click();"
        + " const sorted = await " + frame + "; return {sort: sorted - t,"
        + " first: document.querySelector('#units tbody tr').cells[1].textContent}; })()");
    double wallMs = (System.nanoTime() - wall) / 1e6;

    double shown = opened.get("shown").asDouble();
    double sort = sorted.get("sort").asDouble();
    double inPage = shown + sort;
    System.out.printf(Locale.ROOT, "HTML report of %,d units: %,d bytes (%,d a unit); assessed in"
        + " %,d ms, written in %,d ms; in Chromium: DOMContentLoaded at %,.0f ms, loaded at %,.0f ms,"
        + " drawn at %,.0f ms, sorted by unit and drawn in %,.0f ms: open and sort %,.0f ms in the"
        + " page, %,.0f ms wall%n", count, bytes, bytes / count, (writing - assessing) / 1_000_000,
        (written - writing) / 1_000_000, opened.get("dcl").asDouble(), opened.get("load").asDouble(),
        shown, sort, inPage, wallMs);

    assertThat(chromium.evaluate(ROWS + ".length").asInt()).isEqualTo(count);
    String first = portfolio.units().stream().map(s -> s.unit().name())
        .min(Comparator.comparing(name -> name, collator())).orElseThrow();
    assertThat(sorted.get("first").asText()).isEqualTo(first);
    assertThat(bytes).isLessThan(30_000_000L);
    assertThat(inPage).isLessThan(3000.0);
    assertThat(wallMs).isLessThan(3000.0);
    assertThat(chromium.errors()).isEmpty();
  }

  /** {@code text} as a JavaScript string literal. */
  private static String quoted(String text) {
    StringBuilder literal = new StringBuilder("'");
    for (char c : text.toCharArray()) {
      if (c == '\'' || c == '\\') {
        literal.append('\\');
      }
      literal.append(c);
    }
    return literal.append('\'').toString();
  }
}
