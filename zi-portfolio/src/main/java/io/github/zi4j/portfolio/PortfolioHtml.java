package io.github.zi4j.portfolio;

import io.github.zi4j.Language;
import io.github.zi4j.planning.Binding;
import io.github.zi4j.planning.EarliestRound;
import io.github.zi4j.rules.Decision;
import io.github.zi4j.rules.Eligibility;
import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.unit.ProposalStage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A portfolio as one self-contained HTML page (<i>laporan portofolio</i>) that an inspectorate opens in
 * any browser, offline, and passes on as one file: the round and the day; a chart of the units per
 * status and each recorded round's funnel (proposed, past the administrative selection, desk and field
 * evaluation, awarded); a table of every unit (instansi, unit, status and stage, next predicate,
 * earliest round, the decision's verdict, the gap) that sorts on a click on a column's header and
 * filters by text and by status; and, on a click on a unit, its next steps (its earliest round and
 * what binds it, each unmet LKE threshold) and its whole explanation ({@link
 * UnitStanding#explain(Locale)}).
 *
 * <pre>{@code
 * Files.writeString(Path.of("portfolio.html"), PortfolioHtml.write(portfolio, Locale.forLanguageTag("id")));
 * }</pre>
 *
 * <p>The page needs no network: its style and script are inline, the charts are inline SVG drawn here,
 * it uses the reader's own fonts and no image, and its Content-Security-Policy forbids any request.
 * Every text is in the reader's language ({@link Language#of(Locale)}), dates and numbers included
 * ({@code 5 Januari 2026}, {@code 10.000}; {@code 5 January 2026}, {@code 10,000}), and the {@code
 * html} element's {@code lang} says which.
 *
 * <p>Names come from the users' files, so every text is escaped: a unit named {@code <script>} shows
 * as those characters. The details are not laid out for every unit: each distinct line of the
 * explanations is kept once in a JSON block ({@code <script type="application/json">}, in which every
 * {@code <} is written {@code \u003c}, so that neither {@code </script>} nor {@code <!--} can end or
 * change it, and U+2028 and U+2029 are escaped), and the script writes a unit's details when it is
 * opened. A unit costs about 0.5 to 1 KB of the page; 10 000 units about 9 MB (see the README's
 * Portfolio section for the figures measured in Chromium).
 *
 * <p>Thread-safe: static methods without shared state.
 *
 * @since 0.1
 */
public final class PortfolioHtml {

  /** The table's columns, in order; the script sorts columns 2, 4, 5 and 6 by their {@code data-s}. */
  private static final int COLUMNS = 7;

  /**
   * Rows to a {@code tbody}: the browser lays out and styles only the groups on screen
   * ({@code content-visibility: auto}), which keeps 10 000 units quick to open and to sort.
   */
  private static final int CHUNK = 100;

  /** The sort key of a cell without a value: after every real one. */
  private static final int NONE = 99_999;

  private PortfolioHtml() {}

  /**
   * The portfolio as one HTML page in the reader's language.
   *
   * @param portfolio the portfolio
   * @param locale the reader's locale: Bahasa Indonesia for {@code id} (or {@code in}), English for any
   *     other ({@link Language#of(Locale)})
   * @return the whole page, {@code <!DOCTYPE html>} to {@code </html>}
   */
  public static String write(Portfolio portfolio, Locale locale) {
    StringWriter out = new StringWriter(4096 + 1024 * portfolio.units().size());
    try {
      write(portfolio, locale, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail, but did", e);
    }
    return out.toString();
  }

  /**
   * Writes the portfolio as one HTML page in the reader's language to {@code out}, unit by unit: for
   * a large portfolio, straight to a file (through a {@link java.io.BufferedWriter} in UTF-8, the
   * encoding the page declares). {@code out} is neither flushed nor closed.
   *
   * @param portfolio the portfolio
   * @param locale the reader's locale ({@link Language#of(Locale)})
   * @param out where the page goes
   * @throws IOException when {@code out} fails
   */
  public static void write(Portfolio portfolio, Locale locale, Writer out) throws IOException {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(out, "out");
    new Page(portfolio, Language.of(locale), out).write();
  }

  /** One page being written: its language, its number format and the distinct lines of the details. */
  private static final class Page {
    private final Portfolio portfolio;
    private final Language language;
    private final Locale locale;
    private final Writer out;
    private final NumberFormat numbers;
    private final StringBuilder buffer = new StringBuilder(1 << 16);
    private final Map<String, Integer> lineIds = new HashMap<>();
    private final List<String> lines = new ArrayList<>();

    Page(Portfolio portfolio, Language language, Writer out) {
      this.portfolio = portfolio;
      this.language = language;
      this.locale = language.locale();
      this.out = out;
      this.numbers = NumberFormat.getIntegerInstance(locale);
    }

    private String pick(String indonesian, String english) {
      return language.pick(indonesian, english);
    }

    private String number(long n) {
      return numbers.format(n);
    }

    private String units(long n) {
      return number(n) + " " + pick("unit", n == 1 ? "unit" : "units");
    }

    void write() throws IOException {
      String day = new Measure.Day(portfolio.asOf()).format(locale);
      String title = pick("Portofolio Zona Integritas", "Zona Integritas portfolio");
      String round = pick("Periode pengusulan " + portfolio.round(),
          portfolio.round() + " proposal round");
      String asOf = pick("per " + day, "as of " + day);
      int total = portfolio.units().size();
      Set<String> instansi = new TreeSet<>();
      for (UnitStanding standing : portfolio.units()) {
        instansi.add(standing.unit().instansi().name());
      }

      raw("<!DOCTYPE html>\n<html lang=\"").raw(language == Language.INDONESIAN ? "id" : "en")
          .raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
          .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
              + "script-src 'unsafe-inline'; style-src 'unsafe-inline'\">\n")
          .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .raw("<meta name=\"generator\" content=\"zi4j\">\n<title>")
          .text(title + " \u2013 " + round + ", " + asOf).raw("</title>\n<style>").raw(STYLE)
          .raw("</style>\n</head>\n<body>\n<header>\n<h1>").text(title).raw("</h1>\n<p class=\"sub\">")
          .text(round).raw(" \u00b7 ").text(asOf).raw("</p>\n<p>")
          .text(units(total) + pick(" dari ", " of ") + number(instansi.size()) + " instansi")
          .raw("</p>\n</header>\n<main>\n");

      raw("<div class=\"charts\">\n");
      writeStatusChart();
      writeFunnels();
      raw("</div>\n");
      flush();
      writeTable(total);
      writeData();
      raw("<footer>").text(pick("Ditulis oleh zi4j. Berkas ini terbuka tanpa jaringan: gaya, skrip "
          + "dan grafiknya ada di dalamnya.", "Written by zi4j. This file opens without a network: "
          + "its style, script and charts are inside it.")).raw("</footer>\n");
      raw("<script>").raw(SCRIPT).raw("</script>\n</body>\n</html>\n");
      flush();
    }

    // ---- the charts: inline SVG, drawn here

    private void writeStatusChart() {
      raw("<section id=\"status\">\n<h2>").text(pick("Unit per status", "Units per status"))
          .raw("</h2>\n");
      UnitStatus[] statuses = UnitStatus.values();
      int max = 1;
      for (UnitStatus status : statuses) {
        max = Math.max(max, portfolio.count(status));
      }
      List<String> labels = new ArrayList<>();
      List<Integer> counts = new ArrayList<>();
      List<String> classes = new ArrayList<>();
      for (UnitStatus status : statuses) {
        labels.add(status.label(locale));
        counts.add(portfolio.count(status));
        classes.add("s" + status.ordinal());
      }
      bars(pick("Banyaknya unit per status", "Number of units per status"), labels, counts, classes,
          max);
      raw("</section>\n");
    }

    private void writeFunnels() {
      raw("<section id=\"funnels\">\n<h2>").text(pick("Corong usulan per periode",
          "Each round's funnel")).raw("</h2>\n");
      if (portfolio.funnels().isEmpty()) {
        raw("<p>").text(pick("Belum ada usulan yang tercatat pada periode mana pun.",
            "No proposal is recorded in any round.")).raw("</p>\n");
      }
      List<String> labels = List.of(
          capitalized(ProposalStage.PROPOSED.label(locale)),
          capitalized(ProposalStage.ADMINISTRATION_PASSED.label(locale)),
          capitalized(ProposalStage.DESK_EVALUATED.label(locale)),
          capitalized(ProposalStage.FIELD_EVALUATED.label(locale)),
          pick("Ditetapkan", "Awarded"));
      List<String> classes = List.of("f0", "f1", "f2", "f3", "f4");
      for (Funnel funnel : portfolio.funnels()) {
        raw("<figure class=\"funnel\">\n<figcaption>")
            .text(pick("Periode " + funnel.round() + " \u00b7 " + funnel.predikat(),
                funnel.round() + " round \u00b7 " + funnel.predikat()))
            .raw("</figcaption>\n");
        List<Integer> counts = List.of(funnel.proposed(), funnel.passedAdministration(),
            funnel.deskEvaluated(), funnel.fieldEvaluated(), funnel.awarded());
        int max = 1;
        for (int count : counts) {
          max = Math.max(max, count);
        }
        bars(pick("Corong usulan " + funnel.predikat() + " periode " + funnel.round(),
            "Funnel of the " + funnel.round() + " round for " + funnel.predikat()),
            labels, counts, classes, max);
        raw("</figure>\n");
      }
      raw("</section>\n");
    }

    /** A horizontal bar chart: a label, a bar as long as its share of {@code max}, the count. */
    private void bars(String caption, List<String> labels, List<Integer> counts, List<String> classes,
        int max) {
      int labelWidth = 230;
      int barWidth = 250;
      int row = 26;
      int height = row * labels.size() + 4;
      raw("<svg class=\"chart\" role=\"img\" width=\"560\" "
          + "height=\"").raw(Integer.toString(height)).raw("\" viewBox=\"0 0 560 ")
          .raw(Integer.toString(height)).raw("\" aria-label=\"").text(caption).raw("\">\n");
      for (int i = 0; i < labels.size(); i++) {
        int y = i * row + 2;
        int count = counts.get(i);
        int width = count == 0 ? 0 : Math.max(2, (int) Math.round((double) barWidth * count / max));
        raw("<g><text x=\"").raw(Integer.toString(labelWidth - 8)).raw("\" y=\"")
            .raw(Integer.toString(y + 15)).raw("\" text-anchor=\"end\">").text(labels.get(i))
            .raw("</text><rect class=\"").raw(classes.get(i)).raw("\" x=\"")
            .raw(Integer.toString(labelWidth)).raw("\" y=\"").raw(Integer.toString(y))
            .raw("\" width=\"").raw(Integer.toString(width)).raw("\" height=\"20\" rx=\"2\"/>")
            .raw("<text x=\"").raw(Integer.toString(labelWidth + width + 6)).raw("\" y=\"")
            .raw(Integer.toString(y + 15)).raw("\">").text(number(count)).raw("</text></g>\n");
      }
      raw("</svg>\n");
    }

    // ---- the table

    private void writeTable(int total) throws IOException {
      raw("<section id=\"units-section\">\n<h2>").text(pick("Unit kerja", "Units")).raw("</h2>\n")
          .raw("<div class=\"filters\">\n<label>").text(pick("Cari", "Filter"))
          .raw(" <input id=\"filter\" type=\"search\" autocomplete=\"off\" placeholder=\"")
          .text(pick("instansi, unit, status\u2026", "instansi, unit, status\u2026")).raw("\"></label>\n")
          .raw("<label>").text("Status").raw(" <select id=\"status-filter\">\n<option value=\"\">")
          .text(pick("Semua status", "All statuses")).raw("</option>\n");
      for (UnitStatus status : UnitStatus.values()) {
        raw("<option value=\"").raw(Integer.toString(status.ordinal())).raw("\">")
            .text(status.label(locale) + " (" + number(portfolio.count(status)) + ")")
            .raw("</option>\n");
      }
      raw("</select></label>\n<output id=\"shown\" aria-live=\"polite\">")
          .text(shown(total, total)).raw("</output>\n</div>\n")
          .raw("<noscript><p>").text(pick("Mengurutkan, menyaring dan membuka rincian unit memerlukan"
              + " JavaScript.", "Sorting, filtering and opening a unit's details need JavaScript."))
          .raw("</p></noscript>\n")
          .raw("<p class=\"hint\">").text(pick("Klik judul kolom untuk mengurutkan; klik unit untuk "
              + "langkah berikutnya dan penjelasannya.", "Click a column's header to sort; click a unit"
              + " for its next steps and its explanation.")).raw("</p>\n")
          .raw("<table id=\"units\">\n<thead><tr>");
      String[] headers = {
          "Instansi",
          pick("Unit kerja", "Unit"),
          "Status",
          pick("Predikat berikutnya", "Next predicate"),
          pick("Periode tercepat", "Earliest round"),
          pick("Kelayakan", "Decision"),
          pick("Kekurangan LKE", "LKE gap")};
      for (int c = 0; c < COLUMNS; c++) {
        raw("<th scope=\"col\" aria-sort=\"none\"><button type=\"button\" data-c=\"")
            .raw(Integer.toString(c)).raw("\">").text(headers[c]).raw("</button></th>");
      }
      raw("</tr></thead>\n<tbody>\n");
      int i = 0;
      for (UnitStanding standing : portfolio.units()) {
        if (i > 0 && i % CHUNK == 0) {
          raw("</tbody>\n<tbody>\n");
        }
        i++;
        row(standing);
        if (buffer.length() > 1 << 15) {
          flush();
        }
      }
      raw("</tbody>\n</table>\n</section>\n");
    }

    private String shown(int shown, int total) {
      return pick(number(shown) + " dari " + number(total) + " unit ditampilkan",
          number(shown) + " of " + units(total) + " shown");
    }

    /** The details of each unit, as ids of {@link #lines}: next steps, then the explanation. */
    private final List<int[][]> details = new ArrayList<>();

    private void row(UnitStanding standing) {
      PortfolioUnit unit = standing.unit();
      int statusKey = standing.status().ordinal() * 10
          + standing.stage().map(s -> s.ordinal() + 1).orElse(0);
      String status = standing.status().label(locale)
          + standing.stage().map(s -> " \u00b7 " + s.label(locale)).orElse("");
      raw("<tr><td>").text(unit.instansi().name()).raw("</td><td><button type=\"button\" class=\"u\""
          + " aria-expanded=\"false\">").text(unit.name()).raw("</button></td><td data-s=\"")
          .raw(Integer.toString(statusKey)).raw("\" class=\"k")
          .raw(Integer.toString(standing.status().ordinal())).raw("\">").text(status)
          .raw("</td><td>").text(standing.next().map(Enum::name).orElse("\u2014")).raw("</td>");
      Optional<Integer> year = standing.earliestRound();
      raw("<td data-s=\"").raw(Integer.toString(year.orElse(
              standing.earliest().isPresent() ? NONE - 1 : NONE))).raw("\">")
          .text(year.map(String::valueOf).orElse(
              standing.earliest().isPresent() ? pick("tidak ada", "none") : "\u2014"))
          .raw("</td>");
      Optional<Eligibility> verdict = standing.decision().map(Decision::eligibility);
      raw("<td data-s=\"").raw(Integer.toString(verdict.map(PortfolioHtml::verdictKey).orElse(3)))
          .raw("\" class=\"v").raw(Integer.toString(verdict.map(PortfolioHtml::verdictKey).orElse(3)))
          .raw("\">").text(verdict.map(this::verdict).orElse("\u2014")).raw("</td>");
      List<Finding> gap = standing.gap();
      String gapKey = standing.decision().isEmpty() ? "-1"
          : gap.isEmpty() ? (standing.lkeUnknown() ? "0.5" : "0") : Integer.toString(gap.size());
      raw("<td data-s=\"").raw(gapKey).raw("\">").text(gapSummary(standing, gap)).raw("</td></tr>\n");
      details.add(new int[][] {ids(nextSteps(standing, gap)), ids(standing.explain(locale))});
    }

    private static String capitalized(String text) {
      return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private String verdict(Eligibility eligibility) {
      return switch (eligibility) {
        case ELIGIBLE -> pick("Layak diusulkan", "Eligible");
        case NOT_ELIGIBLE -> pick("Tidak layak", "Not eligible");
        case UNDETERMINED -> pick("Belum dapat ditentukan", "Undetermined");
      };
    }

    /** The gap in a few words: each unmet threshold and its shortfall. */
    private String gapSummary(UnitStanding standing, List<Finding> gap) {
      if (standing.decision().isEmpty()) {
        return "\u2014";
      }
      if (gap.isEmpty()) {
        return standing.lkeUnknown() ? pick("LKE belum diketahui", "LKE unknown")
            : pick("tidak ada", "none");
      }
      StringBuilder text = new StringBuilder();
      for (Finding finding : gap) {
        if (text.length() > 0) {
          text.append("; ");
        }
        text.append(criterion(finding));
        finding.shortfall().ifPresent(s -> text.append(" \u2212").append(s.format(locale)));
      }
      return text.toString();
    }

    private String criterion(Finding finding) {
      return switch (finding.rule()) {
        case LKE_TOTAL -> pick("total", "total");
        case LKE_PENGUNGKIT -> pick("pengungkit", "pengungkit (enablers)");
        case LKE_AREA -> finding.area().map(a -> a.displayName(locale)).orElse(pick("area", "area"));
        case LKE_BERSIH_AKUNTABEL -> pick("bersih dan akuntabel", "clean and accountable");
        case LKE_IPAK -> "IPAK";
        case LKE_CAPAIAN_KINERJA -> pick("capaian kinerja", "performance");
        case LKE_IPKP -> "IPKP";
        default -> finding.node().orElse(finding.rule().code());
      };
    }

    /** The next steps: the earliest round and what binds it, then each unmet LKE threshold. */
    private List<String> nextSteps(UnitStanding standing, List<Finding> gap) {
      List<String> steps = new ArrayList<>();
      if (!standing.unit().isDeclared()) {
        steps.add(pick("Mencanangkan Zona Integritas (pencanangan), lalu membangun satu tahun sebelum "
            + "usulan WBK.", "Declare the Zona Integritas (pencanangan), then build for a year before "
            + "a WBK proposal."));
        return steps;
      }
      if (standing.next().isEmpty()) {
        steps.add(pick("Predikat tertinggi (WBBM) sudah dipegang; pemantauan berlanjut.",
            "The highest predicate (WBBM) is held; monitoring goes on."));
        return steps;
      }
      standing.stage().ifPresent(stage -> steps.add(pick(
          "Usulan pada periode " + portfolio.round() + " berjalan: " + stage.label(locale) + ".",
          "The proposal of the " + portfolio.round() + " round is under way: " + stage.label(locale)
              + ".")));
      if (standing.earliest().isPresent()) {
        EarliestRound earliest = standing.earliest().get();
        String text = earliest.explain(locale);
        int end = text.indexOf('\n');
        steps.add(end < 0 ? text : text.substring(0, end));
        for (Binding binding : earliest.binding()) {
          steps.add("  - " + binding.explain(locale));
        }
      }
      for (Finding finding : gap) {
        steps.add(finding.message(locale));
      }
      if (gap.isEmpty() && standing.lkeUnknown()) {
        steps.add(pick("LKE belum dapat dinilai: isikan hasil LKE per area atau lembar kerjanya untuk "
            + "mengukur kekurangannya.", "The LKE cannot be judged yet: give its results per area or"
            + " its worksheet to measure the gap."));
      }
      return steps;
    }

    private int[] ids(String text) {
      String trimmed = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
      return ids(List.of(trimmed.split("\n", -1)));
    }

    private int[] ids(List<String> texts) {
      int[] ids = new int[texts.size()];
      for (int i = 0; i < ids.length; i++) {
        String line = texts.get(i);
        Integer id = lineIds.get(line);
        if (id == null) {
          id = lines.size();
          lineIds.put(line, id);
          lines.add(line);
        }
        ids[i] = id;
      }
      return ids;
    }

    // ---- the data block: labels, the distinct lines, each unit's line ids

    private void writeData() throws IOException {
      raw("<script type=\"application/json\" id=\"zi-data\">{\"l\":{\"next\":");
      json(pick("Langkah berikutnya", "Next steps")).raw(",\"explain\":");
      json(pick("Penjelasan", "Explanation")).raw(",\"shown\":");
      json(pick("{0} dari {1} unit ditampilkan", "{0} of {1} units shown")).raw(",\"shown1\":");
      json(pick("{0} dari {1} unit ditampilkan", "{0} of {1} unit shown")).raw("},\"t\":[");
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0) {
          raw(",");
        }
        json(lines.get(i));
        if (buffer.length() > 1 << 15) {
          flush();
        }
      }
      raw("],\"u\":[");
      for (int i = 0; i < details.size(); i++) {
        if (i > 0) {
          raw(",");
        }
        int[][] unit = details.get(i);
        raw("[");
        array(unit[0]);
        raw(",");
        array(unit[1]);
        raw("]");
        if (buffer.length() > 1 << 15) {
          flush();
        }
      }
      raw("]}</script>\n");
    }

    private void array(int[] ids) {
      buffer.append('[');
      for (int i = 0; i < ids.length; i++) {
        if (i > 0) {
          buffer.append(',');
        }
        buffer.append(ids[i]);
      }
      buffer.append(']');
    }

    // ---- writing

    private Page raw(String html) {
      buffer.append(html);
      return this;
    }

    /** {@code text} escaped for an element's content or an attribute's quoted value. */
    private Page text(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        switch (c) {
          case '&' -> buffer.append("&amp;");
          case '<' -> buffer.append("&lt;");
          case '>' -> buffer.append("&gt;");
          case '"' -> buffer.append("&quot;");
          case '\'' -> buffer.append("&#39;");
          default -> buffer.append(c);
        }
      }
      return this;
    }

    /**
     * {@code text} as a JSON string that a {@code <script>} element keeps whole: every {@code <} as
     * {@code \u003c}, and U+2028 and U+2029 escaped.
     */
    private Page json(String text) {
      buffer.append('"');
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        switch (c) {
          case '"' -> buffer.append("\\\"");
          case '\\' -> buffer.append("\\\\");
          case '\n' -> buffer.append("\\n");
          case '\r' -> buffer.append("\\r");
          case '\t' -> buffer.append("\\t");
          case '<' -> buffer.append("\\u003c");
          case '\u2028' -> buffer.append("\\u2028");
          case '\u2029' -> buffer.append("\\u2029");
          default -> {
            if (c < 0x20) {
              buffer.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
              buffer.append(c);
            }
          }
        }
      }
      buffer.append('"');
      return this;
    }

    private void flush() throws IOException {
      out.append(buffer);
      buffer.setLength(0);
    }
  }

  private static int verdictKey(Eligibility eligibility) {
    return switch (eligibility) {
      case ELIGIBLE -> 0;
      case UNDETERMINED -> 1;
      case NOT_ELIGIBLE -> 2;
    };
  }

  /** The page's style: plain, readable on screen and on paper. */
  private static final String STYLE = """
      :root{--ink:#1d2733;--muted:#5b6776;--line:#d8dee6;--bg:#f6f8fa;--accent:#1f5f99}
      *{box-sizing:border-box}
      body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink);background:#fff}
      header{padding:20px 28px 8px;border-bottom:3px solid var(--accent);background:var(--bg)}
      h1{margin:0 0 4px;font-size:22px}
      h2{font-size:17px;margin:24px 0 8px}
      h3{font-size:13px;margin:10px 0 4px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
      header p{margin:2px 0}
      .sub{font-size:16px;color:var(--accent);font-weight:600}
      main{padding:0 28px 24px}
      section{margin-bottom:12px}
      .charts{display:flex;flex-wrap:wrap;gap:0 48px;align-items:flex-start}
      #funnels{display:flex;flex-wrap:wrap;gap:4px 32px;align-items:flex-start;flex:1 1 560px}
      #funnels h2,#funnels p{flex-basis:100%}
      figure{margin:0}
      figcaption{font-weight:600;margin:4px 0}
      svg.chart{max-width:100%;height:auto;font-size:13px}
      svg.chart text{fill:var(--ink)}
      .s0{fill:#9aa5b1;background:#9aa5b1}.s1{fill:#d9a441;background:#d9a441}
      .s2{fill:#3a8fd6;background:#3a8fd6}.s3{fill:#7b5cc4;background:#7b5cc4}
      .s4{fill:#2e9b57;background:#2e9b57}.s5{fill:#17663a;background:#17663a}
      .s6{fill:#c8413a;background:#c8413a}
      .f0{fill:#3a8fd6}.f1{fill:#4f7fc8}.f2{fill:#6470ba}.f3{fill:#7b5cc4}.f4{fill:#2e9b57}
      .filters{display:flex;flex-wrap:wrap;gap:8px 20px;align-items:center;margin:8px 0}
      input,select{font:inherit;padding:4px 6px;border:1px solid var(--line);border-radius:4px}
      input{width:22em}
      output{color:var(--muted)}
      .hint{color:var(--muted);margin:4px 0 8px}
      #units{display:block;width:100%}
      #units thead{display:block}
      #units tbody{display:block;content-visibility:auto;contain-intrinsic-size:auto 2900px}
      #units tr{display:grid;grid-template-columns:17% 21% 15% 8% 8% 12% 19%;border-bottom:1px solid var(--line)}
      #units th,#units td{display:block;text-align:left;padding:4px 6px;overflow-wrap:anywhere}
      #units thead{position:sticky;top:0;z-index:1;background:var(--bg);border-bottom:2px solid var(--line)}
      th button,button.u{font:inherit;color:inherit;background:none;border:0;padding:0;margin:0;text-align:left;cursor:pointer}
      th button{font-weight:600}
      th button:focus-visible,button.u:focus-visible{outline:2px solid var(--accent)}
      th[aria-sort=ascending] button::after{content:" \\25B2"}
      th[aria-sort=descending] button::after{content:" \\25BC"}
      button.u{color:var(--accent)}
      button.u[aria-expanded=true]{font-weight:600}
      td[class^=k]::before{content:"";display:inline-block;width:9px;height:9px;border-radius:50%;margin-right:6px}
      .k0::before{background:#9aa5b1}.k1::before{background:#d9a441}.k2::before{background:#3a8fd6}
      .k3::before{background:#7b5cc4}.k4::before{background:#2e9b57}.k5::before{background:#17663a}
      .k6::before{background:#c8413a}
      .v0{color:#17663a}.v2{color:#a2322c}
      #units tr.d{display:block;background:var(--bg)}
      #units tr.d td{padding:4px 14px 10px}
      .ex{white-space:pre-wrap;font-size:13px}
      #units tbody tr:hover{background:#eef3f8}
      footer{padding:12px 28px;color:var(--muted);border-top:1px solid var(--line)}
      @media print{thead th{position:static}.filters,.hint{display:none}}
      """;

  /**
   * The page's script: sorting, filtering and the details, on the rows already in the page; the
   * details' lines are read from the JSON block when the first unit is opened.
   */
  private static final String SCRIPT = """
      (function () {
        'use strict';
        var table = document.getElementById('units');
        var bodies = Array.prototype.slice.call(table.tBodies);
        var chunk = Math.max(1, bodies[0].rows.length);
        var rows = Array.prototype.slice.call(table.querySelectorAll('tbody > tr'));
        var n = rows.length;
        var lang = document.documentElement.lang;
        var collator = new Intl.Collator(lang, {numeric: true, sensitivity: 'base'});
        var numbers = new Intl.NumberFormat(lang);
        var byData = [false, false, true, false, true, true, true];
        var keys = [];
        var open = [];
        var texts = null;
        var data = null;
        var sorted = {column: -1, direction: 1};
        var filter = document.getElementById('filter');
        var statusFilter = document.getElementById('status-filter');
        var shown = document.getElementById('shown');
        var position = new Array(n);
        for (var i = 0; i < n; i++) {
          rows[i].zi = i;
          position[i] = i;
        }

        function load() {
          if (data === null) {
            data = JSON.parse(document.getElementById('zi-data').textContent);
          }
          return data;
        }

        function key(column) {
          if (!keys[column]) {
            var k = new Array(n);
            for (var i = 0; i < n; i++) {
              var cell = rows[i].cells[column];
              k[i] = byData[column] ? parseFloat(cell.getAttribute('data-s')) : cell.textContent;
            }
            keys[column] = k;
          }
          return keys[column];
        }

        function sortBy(column) {
          var direction = sorted.column === column ? -sorted.direction : 1;
          var k = key(column);
          var numeric = byData[column];
          var order = new Array(n);
          for (var i = 0; i < n; i++) {
            order[i] = i;
          }
          order.sort(function (a, b) {
            var c = numeric ? k[a] - k[b] : collator.compare(k[a], k[b]);
            return c * direction || a - b;
          });
          // each group of rows gets its share of the order; a row still in an earlier group is
          // moved out when its own group is filled
          for (var b = 0; b < bodies.length; b++) {
            var fragment = document.createDocumentFragment();
            for (var j = b * chunk; j < Math.min(n, (b + 1) * chunk); j++) {
              fragment.appendChild(rows[order[j]]);
              position[order[j]] = j;
              if (open[order[j]]) {
                fragment.appendChild(open[order[j]]);
              }
            }
            bodies[b].appendChild(fragment);
          }
          sorted = {column: column, direction: direction};
          var headers = table.tHead.rows[0].cells;
          for (var h = 0; h < headers.length; h++) {
            headers[h].setAttribute('aria-sort', h === column
                ? (direction > 0 ? 'ascending' : 'descending') : 'none');
          }
        }

        function applyFilter() {
          var query = filter.value.trim().toLocaleLowerCase(lang);
          var status = statusFilter.value;
          if (texts === null && query !== '') {
            texts = new Array(n);
            for (var i = 0; i < n; i++) {
              texts[i] = rows[i].textContent.toLocaleLowerCase(lang);
            }
          }
          var count = 0;
          var inBody = new Array(bodies.length).fill(0);
          for (var j = 0; j < n; j++) {
            var visible = (status === ''
                || Math.floor(parseFloat(rows[j].cells[2].getAttribute('data-s')) / 10) === +status)
                && (query === '' || texts[j].indexOf(query) >= 0);
            rows[j].hidden = !visible;
            if (open[j]) {
              open[j].hidden = !visible;
            }
            if (visible) {
              count++;
              inBody[Math.floor(position[j] / chunk)]++;
            }
          }
          // a group off screen keeps the size it was given: let it be that of its rows shown
          for (var b = 0; b < bodies.length; b++) {
            bodies[b].hidden = inBody[b] === 0;
            bodies[b].style.containIntrinsicSize = inBody[b] === chunk ? '' : inBody[b] * 29 + 'px';
          }
          var labels = load().l;
          shown.textContent = (n === 1 ? labels.shown1 : labels.shown)
              .replace('{0}', numbers.format(count)).replace('{1}', numbers.format(n));
        }

        function section(cell, title, ids) {
          if (ids.length === 0) {
            return;
          }
          var heading = document.createElement('h3');
          heading.textContent = title;
          var text = document.createElement('div');
          text.className = 'ex';
          text.textContent = ids.map(function (id) { return data.t[id]; }).join('\\n');
          cell.appendChild(heading);
          cell.appendChild(text);
        }

        function toggle(i) {
          var row = rows[i];
          var button = row.cells[1].firstChild;
          if (open[i]) {
            open[i].remove();
            open[i] = null;
            button.setAttribute('aria-expanded', 'false');
            return;
          }
          var unit = load().u[i];
          var details = document.createElement('tr');
          details.className = 'd';
          var cell = document.createElement('td');
          cell.colSpan = row.cells.length;
          section(cell, data.l.next, unit[0]);
          section(cell, data.l.explain, unit[1]);
          details.appendChild(cell);
          row.after(details);
          open[i] = details;
          button.setAttribute('aria-expanded', 'true');
        }

        table.tHead.addEventListener('click', function (event) {
          var button = event.target.closest('button[data-c]');
          if (button) {
            sortBy(+button.getAttribute('data-c'));
          }
        });
        table.addEventListener('click', function (event) {
          var row = event.target.closest('tr');
          if (row && row.zi !== undefined && !(window.getSelection().toString())) {
            toggle(row.zi);
          }
        });
        filter.addEventListener('input', applyFilter);
        statusFilter.addEventListener('change', applyFilter);
      })();
      """;
}
