package io.github.zi4j.portfolio;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.zi4j.Language;
import io.github.zi4j.ZiJson;
import io.github.zi4j.ZiParseException;
import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.rules.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A portfolio's units as CSV (<i>daftar unit dalam CSV</i>), read with a header row and one row per
 * unit, and a portfolio's standings written one row per unit; both with Jackson's CSV module.
 *
 * <h2>Reading</h2>
 *
 * <p>The first row names the columns, in any order; the columns marked "yes" are required, the others
 * may be left out of the header or left empty in a row. A value has spaces around it removed; lines
 * that begin with {@code #} are comments; empty rows are skipped. Text is UTF-8 (a byte order mark, as
 * Excel's "CSV UTF-8" writes it, is allowed), values are separated by commas, and a value with a
 * comma is quoted ({@code "Dinas Arsip, Perpustakaan"}). Lists in a cell are separated by {@code ;}.
 *
 * <table>
 *   <caption>The columns</caption>
 *   <tr><th>column</th><th>required</th><th>what</th><th>example</th></tr>
 *   <tr><td>{@code instansi}</td><td>yes</td><td>the instansi's name; its rows are one
 *       instansi</td><td>{@code Pemerintah Kabupaten Balangan}</td></tr>
 *   <tr><td>{@code kind}</td><td>yes</td><td>{@code KL} or {@code PEMDA}, the same on every row of
 *       the instansi</td><td>{@code PEMDA}</td></tr>
 *   <tr><td>{@code unit_id}</td><td>yes (the column)</td><td>the unit's id, PortalRB's; empty: the
 *       slug of its name</td><td>{@code dpmptsp-balangan}</td></tr>
 *   <tr><td>{@code name}</td><td>yes</td><td>the unit's name</td><td>{@code DPMPTSP Kabupaten
 *       Balangan}</td></tr>
 *   <tr><td>{@code pencanangan}</td><td>yes (the column)</td><td>the day its ZI was declared; empty:
 *       not yet declared</td><td>{@code 2021-03-01}</td></tr>
 *   <tr><td>{@code awards}</td><td>no</td><td>predicates awarded, each a predicate and a day</td>
 *       <td>{@code WBK 2024-12-10; WBBM 2026-12-15}</td></tr>
 *   <tr><td>{@code revocations}</td><td>no</td><td>predicates revoked, in the same form</td>
 *       <td>{@code WBK 2022-02-03}</td></tr>
 *   <tr><td>{@code stages}</td><td>no</td><td>each proposal: the round's year, the predicate and the
 *       {@link io.github.zi4j.unit.ProposalStage stages} reached, joined by {@code >}, each with an
 *       optional {@code @day}</td><td>{@code 2024 WBK PROPOSED>ADMINISTRATION_PASSED@2024-09-02;
 *       2025 WBK PROPOSED}</td></tr>
 *   <tr><td>{@code afirmasi}</td><td>no</td><td>{@code true} for a pemda's afirmasi unit</td>
 *       <td>{@code true}</td></tr>
 *   <tr><td>{@code bpk_opinion}</td><td>no</td><td>the instansi's BPK opinions by the year issued
 *       </td><td>{@code 2024 WTP; 2025 WTP}</td></tr>
 *   <tr><td>{@code akip}, {@code indeks_rb}</td><td>no</td><td>its AKIP and Indeks RB results by
 *       year: a grade or a score</td><td>{@code 2024 B}, {@code 2024 61.5}</td></tr>
 *   <tr><td>{@code spip}</td><td>no</td><td>its SPIP maturity levels by year</td><td>{@code 2024
 *       3}</td></tr>
 *   <tr><td>{@code perubahan_pemenuhan}, {@code perubahan_reform}, {@code tatalaksana_...}, {@code
 *       sdm_...}, {@code akuntabilitas_...}, {@code pengawasan_...}, {@code pelayanan_...}</td>
 *       <td>no, but all or none</td><td>an area-level LKE ({@link io.github.zi4j.lke.LkeResult},
 *       PermenPANRB 90/2021): each area's pemenuhan and reform points</td><td>{@code 3.6}</td></tr>
 *   <tr><td>{@code ipak}, {@code capaian_kinerja}, {@code ipkp}</td><td>no, but all or none with the
 *       areas</td><td>the LKE's results: the two survey indices (1 to 4) and the grade A to E</td>
 *       <td>{@code 3.71}, {@code B}, {@code 3.52}</td></tr>
 * </table>
 *
 * <p>An instansi's facts (kind, {@code bpk_opinion}, {@code akip}, {@code indeks_rb}, {@code spip})
 * may be given on any of its rows: rows that give them give the same. A unit not yet declared has no
 * awards, revocations, stages, afirmasi or LKE. Numbers are written with a point ({@code 3.6}, never
 * {@code 3,6}), dates as {@code yyyy-MM-dd}, names of values in capitals ({@code WBK}, {@code
 * PROPOSED}).
 *
 * <p><b>Errors.</b> The whole file is checked before any unit is returned: every refused value is a
 * {@link ZiParseException} at {@code row N, column C}, where N is the row's line in the file (the
 * header is row 1, comments count, so it is the row a spreadsheet shows while no value spans lines),
 * naming the value and what is allowed; the problems of the file, up to {@link #MAX_PROBLEMS}, come
 * together in one {@link InvalidRowsException}. A unit that contradicts itself (an award before its
 * pencanangan, a stage that cannot follow the one before) is refused with the column that gave the
 * offending value: {@code row 12, column stages: "2024 WBK PROPOSED>DESK_EVALUATED": proposals[1]:
 * DESK_EVALUATED must not follow PROPOSED ...}. A file or header that cannot be read at all is one
 * {@link ZiParseException}.
 *
 * <p><b>Limits</b>, those of zi4j's JSON readers: a file of at most {@link
 * ZiJson#MAX_DOCUMENT_LENGTH} bytes, values of at most {@link ZiJson#MAX_STRING_LENGTH} characters,
 * numbers within &plusmn;10<sup>9</sup> with at most 20 decimal places, dates in the years 1900 to 2200.
 *
 * <h2>Writing</h2>
 *
 * <p>{@link #write(Portfolio, Locale, Writer)} writes one row per unit, unit by unit, with the header
 * {@link #OUTPUT_COLUMNS}: the instansi, the unit's id and name, its {@link UnitStatus status}, the
 * {@link io.github.zi4j.unit.ProposalStage stage} of its proposal in the round, the next predicate,
 * the year and first day of its earliest round, the decision's eligibility (all as codes, to filter
 * on) and its gap, each unmet LKE threshold's sentence in the reader's language, separated by {@code
 * " | "}. An absent value is an empty cell.
 *
 * <p>Thread-safe: no state.
 *
 * @since 0.1
 */
public final class PortfolioCsv {

  /** The most problems one read reports; the check stops there. */
  public static final int MAX_PROBLEMS = 100;

  static final String INSTANSI = "instansi";
  static final String KIND = "kind";
  static final String UNIT_ID = "unit_id";
  static final String NAME = "name";
  static final String PENCANANGAN = "pencanangan";
  static final String AWARDS = "awards";
  static final String REVOCATIONS = "revocations";
  static final String STAGES = "stages";
  static final String AFIRMASI = "afirmasi";
  static final String BPK_OPINION = "bpk_opinion";
  static final String AKIP = "akip";
  static final String INDEKS_RB = "indeks_rb";
  static final String SPIP = "spip";
  static final String IPAK = "ipak";
  static final String CAPAIAN_KINERJA = "capaian_kinerja";
  static final String IPKP = "ipkp";

  /** The columns every units' CSV has in its header. */
  public static final List<String> REQUIRED = List.of(INSTANSI, KIND, UNIT_ID, NAME, PENCANANGAN);

  /** The columns of the instansi's facts. */
  static final List<String> FACT_COLUMNS = List.of(BPK_OPINION, AKIP, INDEKS_RB, SPIP);

  /** The columns of an area-level LKE: each area's pemenuhan and reform, then the hasil. */
  public static final List<String> LKE_COLUMNS = lkeColumns();

  /** Every column a units' CSV may have, in the order of the table above. */
  public static final List<String> COLUMNS = columns();

  /** Each column's index in {@link #COLUMNS}. */
  static final Map<String, Integer> INDEX = index();

  /** Each area's pemenuhan and reform columns. */
  private static final Map<AreaPerubahan, String> PEMENUHAN = areaColumns("pemenuhan");
  private static final Map<AreaPerubahan, String> REFORM = areaColumns("reform");

  /** The columns only a declared unit may fill. */
  static final List<String> DECLARED_ONLY = declaredOnly();

  /** The columns {@link #write(Portfolio, Locale, Writer)} writes, in order. */
  public static final List<String> OUTPUT_COLUMNS = List.of(INSTANSI, UNIT_ID, NAME, "status",
      "stage", "next", "earliest_round", "earliest_day", "eligibility", "gap");

  /** Quotes only a value that needs it (a comma, a quote, a line break, spaces at an end). */
  private static final CsvFactory FACTORY = CsvFactory.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();

  private static final CsvSchema OUTPUT_SCHEMA = outputSchema();

  private PortfolioCsv() {}

  private static List<String> lkeColumns() {
    List<String> columns = new ArrayList<>();
    for (AreaPerubahan area : AreaPerubahan.values()) {
      columns.add(column(area, "pemenuhan"));
      columns.add(column(area, "reform"));
    }
    columns.add(IPAK);
    columns.add(CAPAIAN_KINERJA);
    columns.add(IPKP);
    return List.copyOf(columns);
  }

  private static Map<String, Integer> index() {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < COLUMNS.size(); i++) {
      index.put(COLUMNS.get(i), i);
    }
    return Map.copyOf(index);
  }

  private static Map<AreaPerubahan, String> areaColumns(String part) {
    Map<AreaPerubahan, String> columns = new EnumMap<>(AreaPerubahan.class);
    for (AreaPerubahan area : AreaPerubahan.values()) {
      columns.put(area, prefix(area) + "_" + part);
    }
    return columns;
  }

  private static List<String> columns() {
    List<String> columns = new ArrayList<>(REQUIRED);
    columns.addAll(List.of(AWARDS, REVOCATIONS, STAGES, AFIRMASI));
    columns.addAll(FACT_COLUMNS);
    columns.addAll(LKE_COLUMNS);
    return List.copyOf(columns);
  }

  private static List<String> declaredOnly() {
    List<String> columns = new ArrayList<>(List.of(AWARDS, REVOCATIONS, STAGES, AFIRMASI));
    columns.addAll(LKE_COLUMNS);
    return List.copyOf(columns);
  }

  private static CsvSchema outputSchema() {
    CsvSchema.Builder schema = CsvSchema.builder();
    OUTPUT_COLUMNS.forEach(schema::addColumn);
    return schema.setUseHeader(true).build();
  }

  /** The column of {@code area}'s {@code part} (pemenuhan or reform). */
  static String column(AreaPerubahan area, String part) {
    if (PEMENUHAN == null) {
      // while the constants are made
      return prefix(area) + "_" + part;
    }
    return "pemenuhan".equals(part) ? PEMENUHAN.get(area) : REFORM.get(area);
  }

  private static String prefix(AreaPerubahan area) {
    String prefix;
    switch (area) {
      case MANAJEMEN_PERUBAHAN:
        prefix = "perubahan";
        break;
      case PENATAAN_TATALAKSANA:
        prefix = "tatalaksana";
        break;
      case PENATAAN_SISTEM_MANAJEMEN_SDM:
        prefix = "sdm";
        break;
      case PENGUATAN_AKUNTABILITAS_KINERJA:
        prefix = "akuntabilitas";
        break;
      case PENGUATAN_PENGAWASAN:
        prefix = "pengawasan";
        break;
      default:
        prefix = "pelayanan";
        break;
    }
    return prefix;
  }

  /**
   * Reads the units of the CSV file at {@code path}.
   *
   * @param path the file
   * @return the units, in the file's order
   * @throws InvalidRowsException when rows have values zi4j refuses: every one, with its row and
   *     column
   * @throws ZiParseException when the file cannot be read, is not a regular file, is larger than
   *     {@link ZiJson#MAX_DOCUMENT_LENGTH} bytes, or its header is wrong
   */
  public static List<PortfolioUnit> read(Path path) {
    Objects.requireNonNull(path, "path");
    String source = path.toString();
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      throw new ZiParseException(source, "row 1", "is not a regular file (a folder, a device or a"
          + " pipe)", null);
    }
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, source);
    } catch (IOException e) {
      throw new ZiParseException(source, "row 1", "cannot read the file: " + e.getMessage(), e);
    }
  }

  /**
   * Reads the units of the CSV in {@code in}, which is not closed.
   *
   * @param in the CSV's bytes, UTF-8
   * @param source a name for the stream in messages, for example the file's name
   * @return the units, in the stream's order
   * @throws InvalidRowsException when rows have values zi4j refuses: every one, with its row and
   *     column
   * @throws ZiParseException when the stream cannot be read, has more than {@link
   *     ZiJson#MAX_DOCUMENT_LENGTH} bytes, or its header is wrong
   */
  public static List<PortfolioUnit> read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    return CsvUnitReader.read(in, source);
  }

  /**
   * Writes {@code portfolio}'s units to {@code out}, one row each under the header {@link
   * #OUTPUT_COLUMNS}, unit by unit; {@code out} is flushed, not closed. An instansi's or a unit's name
   * that begins with {@code = + - @}, a tab or a carriage return is written after a {@code '}, so that
   * a spreadsheet shows it as text rather than running it as a formula.
   *
   * @param portfolio the portfolio
   * @param locale the reader's locale, for the gap's sentences ({@link Language#of(Locale)})
   * @param out where the CSV goes
   * @throws IOException when {@code out} cannot be written
   */
  public static void write(Portfolio portfolio, Locale locale, Writer out) throws IOException {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(out, "out");
    try (CsvGenerator csv = FACTORY.createGenerator(out)) {
      csv.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      csv.setSchema(OUTPUT_SCHEMA);
      for (UnitStanding standing : portfolio.units()) {
        csv.writeStartArray();
        csv.writeString(cell(standing.unit().instansi().name()));
        csv.writeString(standing.unit().id());
        csv.writeString(cell(standing.unit().name()));
        csv.writeString(standing.status().name());
        csv.writeString(standing.stage().map(Enum::name).orElse(""));
        csv.writeString(standing.next().map(Enum::name).orElse(""));
        csv.writeString(standing.earliestRound().map(String::valueOf).orElse(""));
        csv.writeString(standing.earliest().flatMap(e -> e.firstProposalDay())
            .map(Object::toString).orElse(""));
        csv.writeString(standing.decision().map(d -> d.eligibility().name()).orElse(""));
        csv.writeString(gapSummary(standing, locale));
        csv.writeEndArray();
      }
      csv.flush();
    }
  }

  /**
   * A name from the user's file as a cell a spreadsheet shows as text: one that begins with
   * {@code = + - @}, a tab or a carriage return (which Excel and LibreOffice would run as a formula)
   * gets a leading {@code '}.
   */
  static String cell(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  /** The gap's sentences, separated by {@code " | "}; empty without a gap. */
  static String gapSummary(UnitStanding standing, Locale locale) {
    List<Finding> gap = standing.gap();
    if (gap.isEmpty()) {
      return "";
    }
    return gap.stream().map(f -> f.message(locale)).collect(Collectors.joining(" | "));
  }
}
