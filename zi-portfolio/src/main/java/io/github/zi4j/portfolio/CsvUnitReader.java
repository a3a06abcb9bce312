package io.github.zi4j.portfolio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.ZiException;
import io.github.zi4j.ZiJson;
import io.github.zi4j.ZiParseException;
import io.github.zi4j.instansi.BpkOpinion;
import io.github.zi4j.instansi.Grade;
import io.github.zi4j.instansi.Instansi;
import io.github.zi4j.instansi.InstansiKind;
import io.github.zi4j.instansi.Rating;
import io.github.zi4j.internal.Limits;
import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.lke.AreaScore;
import io.github.zi4j.lke.CapaianKinerja;
import io.github.zi4j.lke.Hasil;
import io.github.zi4j.lke.LkeInput;
import io.github.zi4j.lke.LkeResult;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.PredikatEvent;
import io.github.zi4j.unit.ProposalEvent;
import io.github.zi4j.unit.ProposalStage;
import io.github.zi4j.unit.UnitIds;
import io.github.zi4j.unit.UnitKerja;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the units' CSV that {@link PortfolioCsv#read(InputStream, String)} describes: the header, then
 * every row checked, all problems collected, and the units made only when there is none.
 */
final class CsvUnitReader {

  /** Comments ({@code #} at the start of a line) allowed; rows exposed as arrays of text. */
  private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withComments();

  private static final CsvFactory FACTORY = CsvFactory.builder()
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .build();

  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  private final String source;
  private final List<ZiParseException> problems = new ArrayList<>();
  private boolean truncated;

  private CsvUnitReader(String source) {
    this.source = source;
  }

  /**
   * The units of {@code in}, read as UTF-8 (a byte order mark allowed) within {@link
   * ZiJson#MAX_DOCUMENT_LENGTH} bytes.
   */
  static List<PortfolioUnit> read(InputStream in, String source) {
    Reader reader = new InputStreamReader(new BoundedInput(in), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
    return new CsvUnitReader(source).readAll(reader);
  }

  private List<PortfolioUnit> readAll(Reader reader) {
    List<Row> rows = new ArrayList<>();
    Header header = null;
    int line = 1;
    try (CsvParser parser = FACTORY.createParser(reader)) {
      parser.setSchema(SCHEMA);
      for (JsonToken token = parser.nextToken(); token == JsonToken.START_ARRAY;
          token = parser.nextToken()) {
        List<String> values = new ArrayList<>(header == null ? 16 : header.columns.size());
        for (JsonToken value = parser.nextToken(); value != null && value != JsonToken.END_ARRAY;
            value = parser.nextToken()) {
          if (values.isEmpty()) {
            // the row's line: where its first value is (the array's own location is not kept)
            line = parser.currentTokenLocation().getLineNr();
          }
          values.add(parser.getText());
        }
        if (header == null) {
          header = Header.of(values, line, source);
          continue;
        }
        if (values.stream().allMatch(String::isBlank)) {
          continue;
        }
        Row row = row(header, values, line);
        if (row != null) {
          rows.add(row);
        }
        if (problems.size() >= PortfolioCsv.MAX_PROBLEMS) {
          truncated = true;
          break;
        }
      }
    } catch (LimitException e) {
      throw new ZiParseException(source, "row " + line, "a units' CSV may have at most "
          + ZiJson.MAX_DOCUMENT_LENGTH + " bytes, but had more", e);
    } catch (CharacterCodingException e) {
      throw new ZiParseException(source, "row " + line, "the file is not UTF-8 text (save it as"
          + " \"CSV UTF-8\")", e);
    } catch (JsonProcessingException e) {
      int at = e.getLocation() == null ? line : e.getLocation().getLineNr();
      throw new ZiParseException(source, "row " + at, "not valid CSV: "
          + Limits.quote(String.valueOf(e.getOriginalMessage())), e);
    } catch (IOException e) {
      throw new ZiParseException(source, "row " + line, "cannot read the input: " + e.getMessage(),
          e);
    }
    if (header == null) {
      throw new ZiParseException(source, "row 1", "the file is empty; expected a header row with"
          + " at least the columns " + PortfolioCsv.REQUIRED, null);
    }
    List<PortfolioUnit> units = units(rows);
    if (!problems.isEmpty()) {
      throw new InvalidRowsException(source, problems, truncated);
    }
    return units;
  }

  // ---------------------------------------------------------------------------------------------
  // the header

  /** The columns of the file, by position. */
  private static final class Header {
    final List<String> columns;
    /** For each column of the file, its index in {@link PortfolioCsv#COLUMNS}. */
    final int[] positions;
    final boolean lke;

    private Header(List<String> columns) {
      this.columns = columns;
      this.positions = new int[columns.size()];
      for (int i = 0; i < columns.size(); i++) {
        positions[i] = PortfolioCsv.INDEX.get(columns.get(i));
      }
      this.lke = columns.stream().anyMatch(PortfolioCsv.LKE_COLUMNS::contains);
    }

    static Header of(List<String> values, int line, String source) {
      List<String> columns = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        String name = values.get(i).strip();
        if (i == 0 && name.startsWith("\uFEFF")) {
          name = name.substring(1).strip();
        }
        String at = "row " + line + ", column " + (i + 1);
        if (!PortfolioCsv.COLUMNS.contains(name)) {
          throw new ZiParseException(source, at, "unknown column \"" + Limits.quote(name)
              + "\"; allowed: " + PortfolioCsv.COLUMNS, null);
        }
        if (columns.contains(name)) {
          throw new ZiParseException(source, at, "the column " + name + " is given twice", null);
        }
        columns.add(name);
      }
      List<String> missing = PortfolioCsv.REQUIRED.stream().filter(c -> !columns.contains(c))
          .toList();
      if (!missing.isEmpty()) {
        throw new ZiParseException(source, "row " + line, "the header lacks the column"
            + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + "; required: "
            + PortfolioCsv.REQUIRED, null);
      }
      return new Header(columns);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // one row

  /** A row's values, read and checked; {@code unit} and {@code lke} only for a declared unit. */
  private static final class Row {
    final int line;
    final String[] values;
    String instansi;
    InstansiKind kind;
    final Map<String, Map<Integer, Object>> facts = new HashMap<>();
    String id;
    String idColumn;
    String name;
    UnitKerja unit;
    LkeInput lke;

    Row(int line, String[] values) {
      this.line = line;
      this.values = values;
    }

    String text(String column) {
      String value = values[PortfolioCsv.INDEX.get(column)];
      return value == null ? "" : value;
    }
  }

  private void problem(int line, String column, String problem) {
    if (problems.size() < PortfolioCsv.MAX_PROBLEMS) {
      problems.add(new ZiParseException(source, "row " + line + ", column " + column, problem,
          null));
    } else {
      truncated = true;
    }
  }

  private Row row(Header header, List<String> raw, int line) {
    int before = problems.size();
    if (raw.size() > header.columns.size()) {
      problem(line, String.valueOf(header.columns.size() + 1), "the row has " + raw.size()
          + " values, but the header names " + header.columns.size() + " columns");
      return null;
    }
    String[] values = new String[PortfolioCsv.COLUMNS.size()];
    for (int i = 0; i < raw.size(); i++) {
      String value = raw.get(i).strip();
      if (value.length() > ZiJson.MAX_STRING_LENGTH) {
        problem(line, header.columns.get(i), "a value may have at most "
            + ZiJson.MAX_STRING_LENGTH + " characters, but had " + value.length());
        value = "";
      }
      values[header.positions[i]] = value;
    }
    Row row = new Row(line, values);
    row.instansi = required(row, PortfolioCsv.INSTANSI, "the instansi's name");
    String kind = required(row, PortfolioCsv.KIND, "the instansi's kind (KL or PEMDA)");
    if (kind != null) {
      row.kind = enumValue(row, PortfolioCsv.KIND, InstansiKind.class, kind);
    }
    row.name = required(row, PortfolioCsv.NAME, "the unit's name");
    String id = row.text(PortfolioCsv.UNIT_ID);
    if (!id.isEmpty()) {
      if (UnitIds.isValid(id)) {
        row.id = id;
      } else {
        catching(row, PortfolioCsv.UNIT_ID, () -> UnitIds.check("unit_id", id));
      }
      row.idColumn = PortfolioCsv.UNIT_ID;
    } else if (row.name != null) {
      row.id = catching(row, PortfolioCsv.NAME, () -> UnitIds.slug(row.name));
      row.idColumn = PortfolioCsv.NAME;
    }
    facts(row);
    Optional<LocalDate> pencanangan = date(row, PortfolioCsv.PENCANANGAN, row.text(
        PortfolioCsv.PENCANANGAN), "pencanangan must be a date in ISO format yyyy-MM-dd, or empty"
        + " for a unit not yet declared");
    boolean declared = !row.text(PortfolioCsv.PENCANANGAN).isEmpty();
    if (!declared) {
      for (String column : PortfolioCsv.DECLARED_ONLY) {
        if (!row.text(column).isEmpty()) {
          problem(line, column, "a unit not yet declared (pencanangan empty) has no "
              + column.replace('_', ' ') + ", but was \"" + Limits.quote(row.text(column)) + "\"");
        }
      }
      return problems.size() == before ? row : null;
    }
    List<PredikatEvent> history = new ArrayList<>();
    List<String> origin = new ArrayList<>();
    events(row, PortfolioCsv.AWARDS, true, history, origin);
    events(row, PortfolioCsv.REVOCATIONS, false, history, origin);
    List<ProposalEvent> proposals = stages(row);
    Boolean afirmasi = bool(row, PortfolioCsv.AFIRMASI);
    LkeInput lke = header.lke ? lke(row) : null;
    if (problems.size() != before || pencanangan.isEmpty()) {
      return null;
    }
    // awards before revocations of the same day, each kept with the column it came from
    Integer[] order = new Integer[history.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparing((Integer i) -> history.get(i).date())
        .thenComparing(i -> history.get(i).event()));
    List<PredikatEvent> sorted = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    for (Integer i : order) {
      sorted.add(history.get(i));
      columns.add(origin.get(i));
    }
    try {
      UnitKerja.Builder builder = UnitKerja.builder().name(row.name)
          .pencanangan(pencanangan.get()).addAllHistory(sorted).addAllProposals(proposals)
          .afirmasi(afirmasi != null && afirmasi);
      if (PortfolioCsv.UNIT_ID.equals(row.idColumn)) {
        builder.id(row.id);
      }
      row.unit = builder.build();
    } catch (InvalidFieldException e) {
      String column = columnOf(e.field(), columns);
      problem(line, column, "\"" + Limits.quote(row.text(column)) + "\": " + e.getMessage());
      return null;
    }
    row.lke = lke;
    return row;
  }

  /** The CSV column a refusal of the unit at {@code field} (relative to it) came from. */
  private static String columnOf(String field, List<String> historyColumns) {
    Matcher history = Pattern.compile("^history\\[(\\d+)]").matcher(field);
    if (history.find()) {
      int i = Integer.parseInt(history.group(1));
      return i < historyColumns.size() ? historyColumns.get(i) : PortfolioCsv.AWARDS;
    }
    if (field.startsWith("proposals")) {
      return PortfolioCsv.STAGES;
    }
    if (field.startsWith("name")) {
      return PortfolioCsv.NAME;
    }
    if (field.startsWith("id")) {
      return PortfolioCsv.UNIT_ID;
    }
    return PortfolioCsv.PENCANANGAN;
  }

  private String required(Row row, String column, String what) {
    String value = row.text(column);
    if (value.isEmpty()) {
      problem(row.line, column, what + " is required, but the cell is empty");
      return null;
    }
    return value;
  }

  private <T> T catching(Row row, String column, java.util.function.Supplier<T> make) {
    try {
      return make.get();
    } catch (ZiException e) {
      problem(row.line, column, e.getMessage());
      return null;
    }
  }

  private <E extends Enum<E>> E enumValue(Row row, String column, Class<E> type, String text) {
    E value = enumOrNull(type, text);
    if (value == null) {
      problem(row.line, column, "\"" + Limits.quote(text) + "\" is not one of "
          + Arrays.toString(type.getEnumConstants()));
    }
    return value;
  }

  private static <E extends Enum<E>> E enumOrNull(Class<E> type, String text) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    return null;
  }

  private Optional<LocalDate> date(Row row, String column, String text, String rule) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> date = parseDate(text);
    if (date.isEmpty()) {
      problem(row.line, column, rule + ", but was \"" + Limits.quote(text) + "\"");
      return Optional.empty();
    }
    Optional<String> out = Limits.date(date.get());
    if (out.isPresent()) {
      problem(row.line, column, out.get());
      return Optional.empty();
    }
    return date;
  }

  private static Optional<LocalDate> parseDate(String text) {
    if (!DATE.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private Boolean bool(Row row, String column) {
    String text = row.text(column);
    switch (text) {
      case "":
        return null;
      case "true":
        return Boolean.TRUE;
      case "false":
        return Boolean.FALSE;
      default:
        problem(row.line, column, column + " must be true, false or empty, but was \""
            + Limits.quote(text) + "\"");
        return null;
    }
  }

  /** The entries of a list cell: separated by {@code ;}, each stripped, empty ones refused. */
  private List<String> entries(Row row, String column) {
    String text = row.text(column);
    if (text.isEmpty()) {
      return List.of();
    }
    List<String> entries = new ArrayList<>();
    for (String entry : text.split(";", -1)) {
      String stripped = BLANKS.matcher(entry.strip()).replaceAll(" ");
      if (stripped.isEmpty()) {
        problem(row.line, column, "entries are separated by one \";\", but \""
            + Limits.quote(text) + "\" has an empty one");
        return List.of();
      }
      entries.add(stripped);
    }
    return entries;
  }

  /** Awards or revocations: {@code WBK 2024-12-10; WBBM 2026-12-15}. */
  private void events(Row row, String column, boolean awarded, List<PredikatEvent> history,
      List<String> origin) {
    for (String entry : entries(row, column)) {
      String[] parts = entry.split(" ");
      Predikat predikat = parts.length == 2 ? enumOrNull(Predikat.class, parts[0]) : null;
      Optional<LocalDate> date = parts.length == 2 ? parseDate(parts[1]) : Optional.empty();
      if (predikat == null || date.isEmpty()) {
        problem(row.line, column, "each " + (awarded ? "award" : "revocation") + " is a predicate"
            + " and a day, \"WBK 2024-12-10\", separated by \";\", but was \""
            + Limits.quote(entry) + "\"");
        continue;
      }
      Optional<String> out = Limits.date(date.get());
      if (out.isPresent()) {
        problem(row.line, column, "\"" + Limits.quote(entry) + "\": " + out.get());
        continue;
      }
      history.add(awarded ? PredikatEvent.awarded(predikat, date.get())
          : PredikatEvent.revoked(predikat, date.get()));
      origin.add(column);
    }
  }

  /** Stages: {@code 2024 WBK PROPOSED>ADMINISTRATION_PASSED@2024-09-02; 2025 WBK PROPOSED}. */
  private List<ProposalEvent> stages(Row row) {
    List<ProposalEvent> events = new ArrayList<>();
    for (String entry : entries(row, PortfolioCsv.STAGES)) {
      String[] parts = entry.replaceAll(" ?> ?", ">").replaceAll(" ?@ ?", "@").split(" ");
      String rule = "each proposal is a round's year, a predicate and its stages joined by \">\","
          + " \"2024 WBK PROPOSED>ADMINISTRATION_PASSED\", separated by \";\"";
      if (parts.length != 3 || !YEAR.matcher(parts[0]).matches()) {
        problem(row.line, PortfolioCsv.STAGES, rule + ", but was \"" + Limits.quote(entry) + "\"");
        continue;
      }
      int year = Integer.parseInt(parts[0]);
      Predikat predikat = enumOrNull(Predikat.class, parts[1]);
      if (predikat == null) {
        problem(row.line, PortfolioCsv.STAGES, "\"" + Limits.quote(entry) + "\": the predicate \""
            + Limits.quote(parts[1]) + "\" is not one of " + Arrays.toString(Predikat.values()));
        continue;
      }
      for (String step : parts[2].split(">", -1)) {
        String[] stageAndDay = step.split("@", -1);
        ProposalStage stage = enumOrNull(ProposalStage.class, stageAndDay[0]);
        if (stage == null || stageAndDay.length > 2) {
          problem(row.line, PortfolioCsv.STAGES, "\"" + Limits.quote(entry) + "\": the stage \""
              + Limits.quote(step) + "\" is not one of " + Arrays.toString(ProposalStage.values())
              + " (with an optional @yyyy-MM-dd)");
          break;
        }
        Optional<LocalDate> day = stageAndDay.length == 2 ? parseDate(stageAndDay[1])
            : Optional.empty();
        if (stageAndDay.length == 2 && (day.isEmpty() || Limits.date(day.get()).isPresent())) {
          problem(row.line, PortfolioCsv.STAGES, "\"" + Limits.quote(entry) + "\": the day of "
              + stage + " must be a date in ISO format yyyy-MM-dd from 1900 to 2200, but was \""
              + Limits.quote(stageAndDay[1]) + "\"");
          break;
        }
        try {
          events.add(ProposalEvent.builder().round(year).predikat(predikat).stage(stage)
              .date(day).build());
        } catch (InvalidFieldException e) {
          problem(row.line, PortfolioCsv.STAGES, "\"" + Limits.quote(entry) + "\": "
              + e.getMessage());
          break;
        }
      }
    }
    return events;
  }

  /** The instansi's facts: {@code 2023 WTP; 2024 WTP}, {@code 2023 B}, {@code 2023 65.2}, ... */
  private void facts(Row row) {
    row.facts.put(PortfolioCsv.BPK_OPINION, yearly(row, PortfolioCsv.BPK_OPINION, "WTP", text -> {
      BpkOpinion opinion = enumOrNull(BpkOpinion.class, text);
      return opinion == null ? "one of " + Arrays.toString(BpkOpinion.values()) : opinion;
    }));
    Function<String, Object> rating = text -> {
      Grade grade = enumOrNull(Grade.class, text);
      if (grade != null) {
        return grade;
      }
      if (isDecimal(text)) {
        try {
          return Rating.score(new BigDecimal(text));
        } catch (ZiException e) {
          return "a score from 0 to 100";
        }
      }
      return "a grade " + Arrays.toString(Grade.values()) + " or a score from 0 to 100";
    };
    row.facts.put(PortfolioCsv.AKIP, yearly(row, PortfolioCsv.AKIP, "B", rating));
    row.facts.put(PortfolioCsv.INDEKS_RB, yearly(row, PortfolioCsv.INDEKS_RB, "CC", rating));
    row.facts.put(PortfolioCsv.SPIP, yearly(row, PortfolioCsv.SPIP, "3", text ->
        text.matches("[1-5]") ? (Object) Integer.valueOf(text) : "a level from 1 to 5"));
  }

  /**
   * A yearly cell: entries {@code YEAR VALUE} separated by {@code ;}; {@code parse} gives the value,
   * or a String saying what was expected.
   */
  private Map<Integer, Object> yearly(Row row, String column, String example,
      Function<String, Object> parse) {
    List<String> entries = entries(row, column);
    if (entries.isEmpty()) {
      return Map.of();
    }
    Map<Integer, Object> map = new TreeMap<>();
    for (String entry : entries) {
      String[] parts = entry.split(" ");
      if (parts.length != 2 || !YEAR.matcher(parts[0]).matches()) {
        problem(row.line, column, "each entry is a year and a value, \"2023 " + example
            + "\", separated by \";\", but was \"" + Limits.quote(entry) + "\"");
        continue;
      }
      Object value = parse.apply(parts[1]);
      if (value instanceof String) {
        problem(row.line, column, "\"" + Limits.quote(entry) + "\": the value must be " + value
            + ", but was \"" + Limits.quote(parts[1]) + "\"");
        continue;
      }
      int year = Integer.parseInt(parts[0]);
      if (map.put(year, value) != null) {
        problem(row.line, column, "\"" + Limits.quote(row.text(column)) + "\" gives " + year
            + " twice");
      }
    }
    return map;
  }

  /** The area-level LKE of the row: all of its columns, or none. */
  private LkeInput lke(Row row) {
    String firstGiven = null;
    int given = 0;
    for (String column : PortfolioCsv.LKE_COLUMNS) {
      if (!row.text(column).isEmpty()) {
        firstGiven = firstGiven == null ? column : firstGiven;
        given++;
      }
    }
    if (given == 0) {
      return null;
    }
    boolean complete = true;
    for (String column : PortfolioCsv.LKE_COLUMNS) {
      if (row.text(column).isEmpty()) {
        problem(row.line, column, "the row gives an area-level LKE (" + firstGiven + " and "
            + (given - 1) + " more), which needs " + column + " too, but the cell is empty");
        complete = false;
      }
    }
    if (!complete) {
      return null;
    }
    int before = problems.size();
    Map<AreaPerubahan, AreaScore> areas = new EnumMap<>(AreaPerubahan.class);
    for (AreaPerubahan area : AreaPerubahan.values()) {
      String pemenuhanColumn = PortfolioCsv.column(area, "pemenuhan");
      String reformColumn = PortfolioCsv.column(area, "reform");
      BigDecimal pemenuhan = decimal(row, pemenuhanColumn);
      BigDecimal reform = decimal(row, reformColumn);
      if (pemenuhan == null || reform == null) {
        continue;
      }
      try {
        areas.put(area, AreaScore.of(pemenuhan, reform));
      } catch (InvalidFieldException e) {
        String column = e.field().startsWith("reform") ? reformColumn : pemenuhanColumn;
        problem(row.line, column, message(column, e));
      }
    }
    BigDecimal ipak = decimal(row, PortfolioCsv.IPAK);
    BigDecimal ipkp = decimal(row, PortfolioCsv.IPKP);
    CapaianKinerja capaian = enumValue(row, PortfolioCsv.CAPAIAN_KINERJA, CapaianKinerja.class,
        row.text(PortfolioCsv.CAPAIAN_KINERJA));
    if (problems.size() != before) {
      return null;
    }
    Hasil hasil;
    try {
      hasil = Hasil.of(ipak, capaian, ipkp);
    } catch (InvalidFieldException e) {
      String column = e.field().startsWith("ipkp") ? PortfolioCsv.IPKP : PortfolioCsv.IPAK;
      problem(row.line, column, message(column, e));
      return null;
    }
    try {
      return LkeResult.builder().putAllPengungkit(areas).hasil(hasil).build();
    } catch (InvalidFieldException e) {
      // pengungkit.AREA.part: a part above its weight
      String column = PortfolioCsv.IPAK;
      Matcher m = Pattern.compile("pengungkit\\.([A-Z_]+)\\.(pemenuhan|reform)").matcher(e.field());
      if (m.find()) {
        column = PortfolioCsv.column(AreaPerubahan.valueOf(m.group(1)), m.group(2));
      }
      problem(row.line, column, message(column, e));
      return null;
    }
  }

  private static String message(String column, InvalidFieldException e) {
    return column + ": " + e.getMessage();
  }

  /** Whether {@code text} is digits with at most one point between digits ({@code 3.6}). */
  private static boolean isDecimal(String text) {
    int length = text.length();
    if (length == 0 || length > 44) {
      return false;
    }
    boolean point = false;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        if (point || i == 0 || i == length - 1) {
          return false;
        }
        point = true;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private BigDecimal decimal(Row row, String column) {
    String text = row.text(column);
    if (!isDecimal(text)) {
      problem(row.line, column, column + " must be a number such as 3.6 (with a point, not a"
          + " comma), but was \"" + Limits.quote(text) + "\"");
      return null;
    }
    BigDecimal value = new BigDecimal(text);
    Optional<String> out = Limits.number(value);
    if (out.isPresent()) {
      problem(row.line, column, out.get());
      return null;
    }
    return Limits.normalised(value);
  }

  // ---------------------------------------------------------------------------------------------
  // the whole file: one kind and one set of facts per instansi, one id per unit of an instansi

  private List<PortfolioUnit> units(List<Row> rows) {
    Map<String, Row> firstOfInstansi = new LinkedHashMap<>();
    Map<String, Map<String, Row>> factsFrom = new HashMap<>();
    Map<String, Row> ids = new HashMap<>();
    for (Row row : rows) {
      Row first = firstOfInstansi.putIfAbsent(row.instansi, row);
      if (first != null && first.kind != row.kind) {
        problem(row.line, PortfolioCsv.KIND, "\"" + row.kind + "\" differs from \"" + first.kind
            + "\" given for " + Limits.quote(row.instansi) + " on row " + first.line
            + "; an instansi has one kind");
      }
      Map<String, Row> from = factsFrom.computeIfAbsent(row.instansi, name -> new HashMap<>());
      for (String column : PortfolioCsv.FACT_COLUMNS) {
        if (row.facts.get(column).isEmpty()) {
          continue;
        }
        Row earlier = from.putIfAbsent(column, row);
        if (earlier != null && !earlier.facts.get(column).equals(row.facts.get(column))) {
          problem(row.line, column, "\"" + Limits.quote(row.text(column)) + "\" differs from \""
              + Limits.quote(earlier.text(column)) + "\" given for " + Limits.quote(row.instansi)
              + " on row " + earlier.line + "; give an instansi's facts once, or the same on"
              + " each of its rows");
        }
      }
      Row same = ids.putIfAbsent(PortfolioUnit.key(row.instansi, row.id), row);
      if (same != null) {
        problem(row.line, row.idColumn, "the unit's id \"" + Limits.quote(row.id) + "\""
            + (PortfolioCsv.NAME.equals(row.idColumn) ? " (made from its name; give each unit a"
            + " unit_id)" : "") + " is also the id of the unit on row " + same.line + " (\""
            + Limits.quote(same.name) + "\") of " + Limits.quote(row.instansi)
            + "; the units of one instansi need distinct ids");
      }
    }
    if (!problems.isEmpty()) {
      return List.of();
    }
    Map<String, Instansi> instansi = new HashMap<>();
    firstOfInstansi.forEach((name, first) -> {
      Map<String, Row> from = factsFrom.get(name);
      Instansi.Builder builder = Instansi.builder().name(name).kind(first.kind);
      fact(from, PortfolioCsv.BPK_OPINION).forEach((y, v) -> builder.putBpkOpinion(y,
          (BpkOpinion) v));
      fact(from, PortfolioCsv.AKIP).forEach((y, v) -> builder.putAkip(y, (Rating) v));
      fact(from, PortfolioCsv.INDEKS_RB).forEach((y, v) -> builder.putIndeksRb(y, (Rating) v));
      fact(from, PortfolioCsv.SPIP).forEach((y, v) -> builder.putSpip(y, (Integer) v));
      try {
        instansi.put(name, builder.build());
      } catch (InvalidFieldException e) {
        String column = e.field().split("\\.")[0];
        column = column.equals("bpkOpinion") ? PortfolioCsv.BPK_OPINION
            : column.equals("indeksRb") ? PortfolioCsv.INDEKS_RB
            : PortfolioCsv.FACT_COLUMNS.contains(column) ? column : PortfolioCsv.INSTANSI;
        Row at = from.getOrDefault(column, first);
        problem(at.line, column, "\"" + Limits.quote(at.text(column)) + "\": " + e.getMessage());
      }
    });
    if (!problems.isEmpty()) {
      return List.of();
    }
    List<PortfolioUnit> units = new ArrayList<>(rows.size());
    for (Row row : rows) {
      Instansi of = instansi.get(row.instansi);
      try {
        units.add(row.unit == null ? PortfolioUnit.notDeclared(of, row.id, row.name)
            : PortfolioUnit.declared(of, row.unit, Optional.ofNullable(row.lke)));
      } catch (InvalidFieldException e) {
        problem(row.line, row.idColumn, e.getMessage());
      }
    }
    return units;
  }

  private static Map<Integer, Object> fact(Map<String, Row> from, String column) {
    Row row = from.get(column);
    return row == null ? Map.of() : row.facts.get(column);
  }

  // ---------------------------------------------------------------------------------------------
  // the input, bounded

  /** More bytes than {@link ZiJson#MAX_DOCUMENT_LENGTH}. */
  private static final class LimitException extends IOException {
    private static final long serialVersionUID = 1L;

    LimitException() {
      super("the input is longer than " + ZiJson.MAX_DOCUMENT_LENGTH + " bytes");
    }
  }

  /** A stream that counts the bytes read and fails past {@link ZiJson#MAX_DOCUMENT_LENGTH}. */
  private static final class BoundedInput extends java.io.FilterInputStream {
    private long count;

    BoundedInput(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      int n = super.read(bytes, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      counted(skipped);
      return skipped;
    }

    private void counted(long n) throws LimitException {
      count += n;
      if (count > ZiJson.MAX_DOCUMENT_LENGTH) {
        throw new LimitException();
      }
    }
  }
}
