package io.github.zi4j.portfolio;

import static io.github.zi4j.portfolio.Portfolios.AUGUST_5_2025;
import static io.github.zi4j.portfolio.Portfolios.BALANGAN;
import static io.github.zi4j.portfolio.Portfolios.EN;
import static io.github.zi4j.portfolio.Portfolios.ID;
import static io.github.zi4j.portfolio.Portfolios.ROUND_2025;
import static io.github.zi4j.portfolio.Portfolios.SCRIPT_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zi4j.planning.Planner;
import io.github.zi4j.rules.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The HTML report of a portfolio")
class PortfolioHtmlTest {

  private static final Portfolio SMALL = Portfolios.small();
  private static final String DATA_OPEN = "<script type=\"application/json\" id=\"zi-data\">";

  @Nested
  @DisplayName("in the reader's language")
  class InTheReadersLanguage {

    @Test
    @DisplayName("an Indonesian reader gets Bahasa Indonesia: lang id, the round, 5 Agustus 2025")
    void indonesian() {
      String html = PortfolioHtml.write(SMALL, ID);

      assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"id\">")
          .contains("Periode pengusulan 2025", "per 5 Agustus 2025", "Dapat diusulkan",
              "Belum pencanangan", "Periode tercepat", "Semua status")
          .doesNotContain("Earliest round", "August");
    }

    @Test
    @DisplayName("any other reader gets English: lang en, the round, 5 August 2025")
    void english() {
      String html = PortfolioHtml.write(SMALL, Locale.GERMANY);

      assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
          .contains("2025 proposal round", "as of 5 August 2025", "Proposable", "Not yet declared",
              "Earliest round", "All statuses")
          .doesNotContain("Periode tercepat", "Agustus");
    }

    @Test
    @DisplayName("numbers are grouped as the reader writes them: 1.200 in Bahasa Indonesia, 1,200 in English")
    void numbers() {
      Portfolio portfolio = Portfolios.generated(1200);

      assertThat(PortfolioHtml.write(portfolio, ID)).contains("1.200 dari 1.200 unit ditampilkan");
      assertThat(PortfolioHtml.write(portfolio, EN)).contains("1,200 of 1,200 units shown");
    }
  }

  @Nested
  @DisplayName("the table")
  class Table {

    @Test
    @DisplayName("has one row per unit, in the portfolio's order, each unit's name as its button")
    void oneRowPerUnit() {
      String html = PortfolioHtml.write(SMALL, EN);

      List<String> names = new ArrayList<>();
      Matcher button = Pattern.compile("<button type=\"button\" class=\"u\" aria-expanded=\"false\">"
          + "([^<]*)</button>").matcher(html);
      while (button.find()) {
        names.add(unescape(button.group(1)));
      }
      assertThat(names).containsExactlyElementsOf(
          Portfolios.smallUnits().stream().map(PortfolioUnit::name).toList());
    }

    @Test
    @DisplayName("shows a unit proposed in the round with the stage its proposal reached")
    void proposedWithStage() {
      String html = PortfolioHtml.write(SMALL, EN);

      Matcher row = Pattern.compile(">Dinas Kesehatan Pesawaran</button>.*?</tr>").matcher(html);
      assertThat(row.find()).isTrue();
      assertThat(row.group()).contains(">Proposed \u00b7 desk evaluation</td>");
    }

    @Test
    @DisplayName("names the LKE thresholds a unit misses, with the shortfall, in the gap column")
    void gapColumn() {
      String html = PortfolioHtml.write(SMALL, ID);

      // RSUD Pesawaran's LKE: every part at 60 % (pengungkit 36.00 of the 40.00 WBK needs)
      Matcher row = Pattern.compile(">RSUD Pesawaran</button>.*?</tr>").matcher(html);
      assertThat(row.find()).isTrue();
      assertThat(row.group()).contains("Tidak layak", "pengungkit \u22124,00");
    }
  }

  @Nested
  @DisplayName("the charts")
  class Charts {

    @Test
    @DisplayName("count the units of each status: 2 not declared, 1 building, 2 proposable, 1 proposed,"
        + " 1 WBK, 1 WBBM, 1 revoked")
    void statusChart() {
      String html = PortfolioHtml.write(SMALL, EN);
      String chart = html.substring(html.indexOf("<section id=\"status\">"),
          html.indexOf("</section>"));

      assertThat(bars(chart)).containsExactly(
          Map.entry("Not yet declared", "2"), Map.entry("Building", "1"),
          Map.entry("Proposable", "2"), Map.entry("Proposed", "1"), Map.entry("WBK", "1"),
          Map.entry("WBBM", "1"), Map.entry("Revoked", "1"));
    }

    @Test
    @DisplayName("draw the 2024 WBK funnel: 2 proposed, 1 past the selection, on the desk, in the field"
        + " and awarded")
    void funnel2024() {
      String html = PortfolioHtml.write(SMALL, EN);
      int start = html.indexOf("<figcaption>2024 round \u00b7 WBK</figcaption>");
      assertThat(start).isPositive();
      String figure = html.substring(start, html.indexOf("</figure>", start));

      assertThat(bars(figure).values()).containsExactly("2", "1", "1", "1", "1");
      assertThat(bars(figure).keySet()).containsExactly("Proposed",
          "Passed the administrative selection", "Desk evaluation", "Field evaluation (interview)",
          "Awarded");
    }

    /** Each bar's label and the count written after it. */
    private Map<String, String> bars(String svg) {
      Map<String, String> bars = new LinkedHashMap<>();
      Matcher bar = Pattern.compile("<g><text[^>]*>([^<]*)</text><rect[^>]*/><text[^>]*>([^<]*)"
          + "</text></g>").matcher(svg);
      while (bar.find()) {
        bars.put(bar.group(1), bar.group(2));
      }
      return bars;
    }
  }

  @Nested
  @DisplayName("is safe and self-contained")
  class Safety {

    @Test
    @DisplayName("a unit named <script> shows as text, and no script but the page's own is in it")
    void escapesNames() throws IOException {
      String html = PortfolioHtml.write(SMALL, ID);

      assertThat(html).contains(
          "Unit &lt;script&gt;alert(&#39;zi&#39;)&lt;/script&gt; &amp; &quot;Co&quot;")
          .doesNotContain("<script>alert");
      assertThat(Pattern.compile("<script").matcher(html).results().count()).isEqualTo(2);
      List<String> lines = new ArrayList<>();
      data(html).get("t").forEach(line -> lines.add(line.asText()));
      assertThat(lines).anyMatch(line -> line.contains(SCRIPT_NAME));
    }

    @Test
    @DisplayName("the data block cannot be ended or changed by a name: no '<' and no line separators in"
        + " it, and it reads back")
    void dataBlock() throws IOException {
      String name = "Unit </script><!-- \u2028 \u2029 Baru";
      Portfolio portfolio = Portfolio.assess(Planner.standard(),
          List.of(PortfolioUnit.notDeclared(BALANGAN, "unit-baru", name)), ROUND_2025, AUGUST_5_2025);

      String html = PortfolioHtml.write(portfolio, EN);
      String block = block(html);

      assertThat(block).doesNotContain("<", "\u2028", "\u2029");
      List<String> lines = new ArrayList<>();
      data(html).get("t").forEach(line -> lines.add(line.asText()));
      assertThat(lines).anyMatch(line -> line.startsWith(name + " (" + BALANGAN.name() + ")"));
    }

    @Test
    @DisplayName("asks for nothing over a network: no link, source, URL or import, and a policy that"
        + " forbids any request")
    void offline() {
      String html = PortfolioHtml.write(SMALL, EN);

      assertThat(html).doesNotContain("http:", "https:", "src=", "href=", "url(", "@import", "<link",
          "<img", "<iframe", "//cdn");
      assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" "
          + "content=\"default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'\">");
    }

    @Test
    @DisplayName("written to a Writer, it is the same page")
    void writer() throws IOException {
      StringWriter out = new StringWriter();

      PortfolioHtml.write(SMALL, ID, out);

      assertThat(out.toString()).isEqualTo(PortfolioHtml.write(SMALL, ID));
    }
  }

  @Nested
  @DisplayName("each unit's details")
  class Details {

    @Test
    @DisplayName("carry its whole explanation, line by line, in the reader's language")
    void explanation() throws IOException {
      for (Locale locale : List.of(ID, EN)) {
        JsonNode data = data(PortfolioHtml.write(SMALL, locale));

        for (int i = 0; i < SMALL.units().size(); i++) {
          String explanation = SMALL.units().get(i).explain(locale);
          assertThat(lines(data, i, 1)).as("unit %d in %s", i, locale)
              .isEqualTo(explanation.substring(0, explanation.length() - 1));
        }
      }
    }

    @Test
    @DisplayName("give as next steps the earliest round and each unmet LKE threshold")
    void nextSteps() throws IOException {
      JsonNode data = data(PortfolioHtml.write(SMALL, ID));
      UnitStanding rsud = SMALL.units().get(1);

      String steps = lines(data, 1, 0);

      assertThat(rsud.gap()).isNotEmpty();
      assertThat(steps).startsWith("RSUD Pesawaran: usulan WBK paling cepat pada periode");
      for (Finding finding : rsud.gap()) {
        assertThat(steps).contains(finding.message(ID));
      }
    }

    @Test
    @DisplayName("tell a unit not yet declared to declare its Zona Integritas first")
    void notDeclared() throws IOException {
      JsonNode data = data(PortfolioHtml.write(SMALL, EN));

      assertThat(lines(data, 4, 0)).startsWith("Declare the Zona Integritas (pencanangan)");
    }

    private String lines(JsonNode data, int unit, int part) {
      List<String> lines = new ArrayList<>();
      data.get("u").get(unit).get(part).forEach(id -> lines.add(data.get("t").get(id.asInt())
          .asText()));
      return String.join("\n", lines);
    }
  }

  private static String block(String html) {
    int start = html.indexOf(DATA_OPEN) + DATA_OPEN.length();
    return html.substring(start, html.indexOf("</script>", start));
  }

  private static JsonNode data(String html) throws IOException {
    return new ObjectMapper().readTree(block(html));
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }
}
