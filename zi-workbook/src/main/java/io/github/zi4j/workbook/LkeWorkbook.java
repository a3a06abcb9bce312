package io.github.zi4j.workbook;

import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.ZiException;
import io.github.zi4j.ZiParseException;
import io.github.zi4j.internal.Limits;
import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.LkeTemplates;
import io.github.zi4j.portalrb.InvalidJawabanException;
import io.github.zi4j.portalrb.JawabanSoal;
import io.github.zi4j.portalrb.JawabanUnit;
import io.github.zi4j.portalrb.MasterSoal;
import io.github.zi4j.portalrb.Soal;
import io.github.zi4j.regulation.Edition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The LKE workbook (<i>lembar kerja evaluasi</i>, an {@code .xlsx}) read at the cells PortalRB's master
 * soal names: for every soal its {@code excel_sheet} and {@code excel_baris}, and the columns of the
 * unit's answer ({@code excel_kolom_jawaban_unit}, required), the TPI's answer, the unit's note and
 * evidence, and the TPI's note (each read when the master soal names it); or, for the 90/2021 workbook
 * with the sheet {@value #LKE_ZI_SHEET}, at the cells of zi4j's bundled layout ({@link #ofLkeZi(int)}).
 * {@link #read(Path, String, String)} reads nothing else of the workbook: not its labels, not its own
 * scores, not its formulas' text; {@link #check(Path, String, String)} also reads the scores an {@code
 * LKE ZI} workbook saved, to compare them with the rule.
 *
 * <p>{@link #read(Path, String, String)} gives the unit's answers as PortalRB's {@code
 * /lke/jawaban-unit} response, one answer per soal in the master soal's order, already checked against
 * the template: {@code toWorksheet(template)} on it succeeds. A cell is read as PortalRB carries it, a
 * string: a text as it is (a blank cell, or one of spaces, is no answer); a number at Excel's 15
 * significant digits without trailing zeros ({@code 12}, {@code 3.71}, though the file holds {@code
 * 3.7100000000000004}); a formula by the result the workbook saved. A TRUE/FALSE cell, an error value,
 * a formula without a saved result, or an answer its soal does not take is bad input: a {@link
 * ZiParseException} whose {@code path()} is the cell ({@code 'LKE'!F12}) and whose problem names the
 * soal_id. Only a cell's value is read: a hyperlink attached to an evidence cell, rather than written
 * in it, is not seen.
 *
 * <p>Before a cell is read the file is held to limits, so that no workbook can fill the memory or keep
 * the reader busy: at most {@value #MAX_FILE_SIZE} bytes (16 MiB) on disk and {@value
 * #MAX_INFLATED_SIZE} bytes (64 MiB) inflated, in at most 10 000 zip entries; cells within Excel's
 * A1:XFD1048576, at most 16 384 to a row; texts of at most 32 767 characters (Excel's own limit for a
 * cell); at most 1 000 000 shared strings; comments, processing instructions and tags (with their
 * attributes) of at most 1 MiB, names of at most 1 000 characters, at most 1 000 attributes to an
 * element, elements nested at most 64 deep; no DTD at all. These hold for every part the reader may
 * read, whatever its name. A damaged workbook is refused rather than read as blank answers: rows or
 * cells out of order, a shared string the workbook lacks, two sheets of one name, a sheet stored as
 * something other than a worksheet. An Excel 97–2003 {@code .xls} file is refused with a word to save
 * it as {@code .xlsx}, a password-protected one with a word to remove the password. The cells are read
 * with {@code org.dhatim:fastexcel-reader}.
 *
 * <p>Immutable and thread-safe: one {@code LkeWorkbook} may read many workbooks at once.
 *
 * @since 0.1
 */
public final class LkeWorkbook {

  /** The largest workbook file read, in bytes: 16 MiB. */
  public static final long MAX_FILE_SIZE = 16L * 1024 * 1024;

  /** The most bytes a workbook's entries may inflate to, together: 64 MiB. */
  public static final long MAX_INFLATED_SIZE = PackageLimits.MAX_INFLATED;

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  /** The sheet of the 90/2021 LKE workbook that holds the answers: {@value}. */
  public static final String LKE_ZI_SHEET = LkeZiLayout.SHEET;

  private final int tahun;
  private final LkeTemplate template;
  private final List<SoalCells> cells;
  private final List<SavedCell> saved;
  private final String layout;

  private LkeWorkbook(int tahun, LkeTemplate template, List<SoalCells> cells,
      List<SavedCell> saved, String layout) {
    this.tahun = tahun;
    this.template = template;
    this.cells = cells;
    this.saved = saved;
    this.layout = layout;
  }

  /**
   * The 90/2021 LKE workbook that instansi and inspectorates have used since 2021 (sheets {@code
   * Utama}, {@code Ctt Eval} and {@value #LKE_ZI_SHEET}), laid out as zi4j bundles it: each soal's
   * answer in column K of sheet {@value #LKE_ZI_SHEET} at its row (soal 1 at K8, soal 127 at K205),
   * read against the bundled 90/2021 template. The sheet has no TPI columns, so the answers read are
   * the unit's own; its columns L and M hold the workbook's own formulas and are never read as notes
   * or evidence, and no total is read as an answer. {@link #check(Path, String, String)} compares the
   * scores the workbook saved in column L with the rule.
   *
   * <p>Source of the cells: {@code shared/domain/portalrb.md} §2, read from a filled 2026 copy (sure
   * for that copy; likely for the workbook KemenPANRB distributed with the regulation).
   *
   * @param tahun the evaluation year the answers are for ({@code tahun} of the answers read), from
   *     1900 to 2200: the workbook does not say it
   * @return the workbook reader
   * @throws InvalidFieldException at {@code tahun} when it is outside 1900 to 2200
   * @since 0.1
   */
  public static LkeWorkbook ofLkeZi(int tahun) {
    if (tahun < Limits.FIRST_YEAR || tahun > Limits.LAST_YEAR) {
      throw new InvalidFieldException("tahun", "tahun must be a year from " + Limits.FIRST_YEAR + " to "
          + Limits.LAST_YEAR + ", but was " + tahun);
    }
    return new LkeWorkbook(tahun, LkeZi.TEMPLATE, LkeZi.SOALS, LkeZi.SAVED,
        "the bundled " + LKE_ZI_SHEET + " layout");
  }

  /** The bundled LKE ZI layout, read once. */
  private static final class LkeZi {
    static final LkeTemplate TEMPLATE = LkeTemplates.bundled(Edition.PERMENPANRB_90_2021);
    static final List<SoalCells> SOALS = LkeZiLayout.soals(TEMPLATE);
    static final List<SavedCell> SAVED = LkeZiLayout.saved(TEMPLATE, SOALS);
  }

  /**
   * The workbook laid out as {@code masterSoal} says, its answers checked against the bundled 90/2021
   * template.
   *
   * @param masterSoal a master soal with a workbook position for every soal
   * @return the workbook reader
   * @throws io.github.zi4j.ZiException naming the soal, the field and the value when a soal has no
   *     position, a position is not a cell of Excel, or two fields share one cell
   */
  public static LkeWorkbook of(MasterSoal masterSoal) {
    return of(masterSoal, LkeTemplates.bundled(Edition.PERMENPANRB_90_2021));
  }

  /**
   * The workbook laid out as {@code masterSoal} says, its answers checked against {@code template}.
   *
   * @param masterSoal a master soal with a workbook position for every soal
   * @param template a template numbered with PortalRB's soal ids
   * @return the workbook reader
   * @throws io.github.zi4j.ZiException naming the soal, the field and the value when a soal has no
   *     position, a position is not a cell of Excel, or two fields share one cell
   */
  public static LkeWorkbook of(MasterSoal masterSoal, LkeTemplate template) {
    Objects.requireNonNull(masterSoal, "masterSoal");
    Objects.requireNonNull(template, "template");
    Map<Integer, Soal> soals = masterSoal.soals();
    if (soals.isEmpty()) {
      throw new ZiException("", "the master soal of " + masterSoal.tahun()
          + " must have soals to read a workbook with, but has none", null);
    }
    List<SoalCells> cells = new ArrayList<>();
    Map<String, String> taken = new HashMap<>();
    for (Soal soal : soals.values()) {
      SoalCells at = SoalCells.of(soal);
      for (AnswerField field : at.columns().keySet()) {
        String ref = at.ref(field);
        String what = "soal " + soal.id() + " " + field.jawaban();
        String before = taken.putIfAbsent(ref, what);
        if (before != null) {
          throw new ZiException("", "each answer and note must have a cell of its own,"
              + " but " + before + " and " + what + " are both at " + ref, null);
        }
      }
      cells.add(at);
    }
    return new LkeWorkbook(masterSoal.tahun(), template, List.copyOf(cells), List.of(),
        "the master soal of " + masterSoal.tahun());
  }

  /**
   * The template this layout reads answers for and checks them against: the bundled 90/2021 one for
   * {@link #ofLkeZi(int)}, the master soal's for {@link #of(MasterSoal)}, or the one given.
   *
   * @return the template
   */
  public LkeTemplate template() {
    return template;
  }

  /**
   * Reads a unit's answers from the workbook at {@code path}.
   *
   * @param path the {@code .xlsx} file
   * @param unitId the unit's id for PortalRB ({@code unit_id}), not blank
   * @param namaUnit the unit's name ({@code nama_unit})
   * @return the answers, {@code tahun} the master soal's, checked against the template
   * @throws ZiParseException naming the file, and the cell or the zip entry at fault, when the file
   *     cannot be read, passes a limit, or holds an answer its soal does not take
   * @throws InvalidFieldException at {@code unit_id} when {@code unitId} is blank
   */
  public JawabanUnit read(Path path, String unitId, String namaUnit) {
    return readAnswers(path, unitId, namaUnit).jawaban();
  }

  /**
   * Reads a unit's answers from the workbook at {@code path}, as PortalRB carries them and as the
   * worksheet of this layout's template they were checked against.
   *
   * @param path the {@code .xlsx} file
   * @param unitId the unit's id for PortalRB ({@code unit_id}), not blank
   * @param namaUnit the unit's name ({@code nama_unit})
   * @return the answers and their worksheet
   * @throws ZiParseException as {@link #read(Path, String, String)}
   * @throws IllegalArgumentException when {@code unitId} is blank
   */
  public WorkbookAnswers readAnswers(Path path, String unitId, String namaUnit) {
    requireUnit(unitId, namaUnit);
    String source = path.toString();
    return answers(load(path, source), source, unitId, namaUnit);
  }

  /** The bytes of the file at {@code path}, refused when it is larger than {@link #MAX_FILE_SIZE}. */
  private static byte[] load(Path path, String source) {
    try {
      long size = Files.size(path);
      if (size > MAX_FILE_SIZE) {
        throw new ZiParseException(source, "$", "the file has " + size + " bytes, more than the "
            + MAX_FILE_SIZE + " (16 MiB) zi4j reads", null);
      }
    } catch (IOException e) {
      throw cannotRead(source, e);
    }
    try (InputStream in = Files.newInputStream(path)) {
      return bytes(in, source);
    } catch (IOException e) {
      throw cannotRead(source, e);
    }
  }

  /**
   * Reads a unit's answers from a workbook's bytes; {@code in} is read to its end and not closed.
   *
   * @param in the {@code .xlsx} bytes
   * @param source a name for the workbook in messages, for example its file name
   * @param unitId the unit's id for PortalRB ({@code unit_id}), not blank
   * @param namaUnit the unit's name ({@code nama_unit})
   * @return the answers, {@code tahun} the master soal's, checked against the template
   * @throws ZiParseException naming {@code source}, and the cell or the zip entry at fault, when the
   *     bytes cannot be read, pass a limit, or hold an answer its soal does not take
   * @throws InvalidFieldException at {@code unit_id} when {@code unitId} is blank
   */
  public JawabanUnit read(InputStream in, String source, String unitId, String namaUnit) {
    return readAnswers(in, source, unitId, namaUnit).jawaban();
  }

  /**
   * Reads a unit's answers from a workbook's bytes, as PortalRB carries them and as the worksheet of
   * this layout's template they were checked against; {@code in} is read to its end and not closed.
   *
   * @param in the {@code .xlsx} bytes
   * @param source a name for the workbook in messages, for example its file name
   * @param unitId the unit's id for PortalRB ({@code unit_id}), not blank
   * @param namaUnit the unit's name ({@code nama_unit})
   * @return the answers and their worksheet
   * @throws ZiParseException as {@link #read(InputStream, String, String, String)}
   * @throws IllegalArgumentException when {@code unitId} is blank
   */
  public WorkbookAnswers readAnswers(InputStream in, String source, String unitId,
      String namaUnit) {
    Objects.requireNonNull(source, "source");
    requireUnit(unitId, namaUnit);
    return answers(bytes(in, source), source, unitId, namaUnit);
  }

  /**
   * Checks a workbook's own arithmetic: reads the unit's answers as {@link #read(Path, String,
   * String)} does, scores them with the rule (the template's, by {@code LkeScorer}), and compares each
   * score the workbook saved with the rule's: the value of each answer, the points of each indicator,
   * the pengungkit, hasil and total. Only a layout that knows where the workbook saves its scores can
   * check: {@link #ofLkeZi(int)}'s.
   *
   * @param path the {@code .xlsx} file
   * @param unitId the unit's id for PortalRB ({@code unit_id}), not blank
   * @param namaUnit the unit's name ({@code nama_unit})
   * @return the answers, their score and every place where the workbook and the rule disagree
   * @throws ZiParseException naming the file and the cell as {@link #read(Path, String, String)}
   *     does, and when a cell the check needs holds no number
   * @throws IllegalStateException when this layout does not know where the workbook saves its
   *     scores (a master soal's)
   * @throws InvalidFieldException at {@code unit_id} when {@code unitId} is blank
   */
  public WorkbookCheck check(Path path, String unitId, String namaUnit) {
    requireUnit(unitId, namaUnit);
    requireSaved();
    String source = path.toString();
    return check(load(path, source), source, unitId, namaUnit);
  }

  /**
   * Checks a workbook's own arithmetic from its bytes, as {@link #check(Path, String, String)} does;
   * {@code in} is read to its end and not closed.
   *
   * @param in the {@code .xlsx} bytes
   * @param source a name for the workbook in messages, for example its file name
   * @param unitId the unit's id for PortalRB ({@code unit_id}), not blank
   * @param namaUnit the unit's name ({@code nama_unit})
   * @return the answers, their score and every place where the workbook and the rule disagree
   * @throws ZiParseException naming {@code source} and the cell as {@link #read(InputStream, String,
   *     String, String)} does, and when a cell the check needs holds no number
   * @throws IllegalStateException when this layout does not know where the workbook saves its scores
   * @throws InvalidFieldException at {@code unit_id} when {@code unitId} is blank
   */
  public WorkbookCheck check(InputStream in, String source, String unitId, String namaUnit) {
    Objects.requireNonNull(source, "source");
    requireUnit(unitId, namaUnit);
    requireSaved();
    return check(bytes(in, source), source, unitId, namaUnit);
  }

  private WorkbookCheck check(byte[] bytes, String source, String unitId, String namaUnit) {
    WorkbookAnswers answers = answers(bytes, source, unitId, namaUnit);
    return WorkbookCheck.of(source, answers, template, saved,
        SavedScores.read(bytes, source, saved));
  }

  private void requireSaved() {
    if (saved.isEmpty()) {
      throw new IllegalStateException("only a layout that knows where the workbook saves its own"
          + " scores can check them (LkeWorkbook.ofLkeZi), but this is " + layout);
    }
  }

  /**
   * The names of the sheets of the workbook at {@code path}, in the workbook's order, read under the
   * same limits as its answers: to tell its layout ({@value #LKE_ZI_SHEET}: {@link #ofLkeZi(int)};
   * {@code Jawaban}: PortalRB's own template, read at its master soal's cells).
   *
   * @param path the {@code .xlsx} file
   * @return the sheet names
   * @throws ZiParseException naming the file when it cannot be read or passes a limit
   */
  public static List<String> sheetNames(Path path) {
    String source = path.toString();
    byte[] bytes = checked(load(path, source), source, List.of());
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
      return workbook.getSheets().map(Sheet::getName).toList();
    } catch (IOException | RuntimeException e) {
      throw new ZiParseException(source, "$", "not a readable .xlsx workbook: " + message(e), e);
    }
  }

  /** The unit's answers in the workbook {@code bytes}, checked against the template. */
  private WorkbookAnswers answers(byte[] bytes, String source, String unitId, String namaUnit) {
    checked(bytes, source, cells.stream().map(SoalCells::sheet).distinct().toList());
    Map<SoalCells, Map<AnswerField, Optional<String>>> values = values(bytes, source);
    List<JawabanSoal> answers = new ArrayList<>();
    for (SoalCells at : cells) {
      Map<AnswerField, Optional<String>> read = values.getOrDefault(at, Map.of());
      answers.add(new JawabanSoal(at.soalId(), value(read, AnswerField.JAWABAN_UNIT),
          value(read, AnswerField.JAWABAN_TPI), value(read, AnswerField.CATATAN_UNIT),
          value(read, AnswerField.BUKTI_DUKUNG_UNIT), value(read, AnswerField.CATATAN_TPI)));
    }
    JawabanUnit jawaban = new JawabanUnit(unitId, namaUnit, tahun, answers);
    try {
      return new WorkbookAnswers(jawaban, jawaban.toWorksheet(template));
    } catch (InvalidJawabanException e) {
      SoalCells at = cells.get(e.index());
      throw new ZiParseException(source, at.ref(AnswerField.ofJawaban(e.field())),
          e.getMessage(), e);
    }
  }

  /**
   * {@code bytes}, once they are known to be an {@code .xlsx} within the limits: not an {@code .xls}
   * nor an encrypted workbook, a zip, every entry within {@link PackageLimits}, and each of {@code
   * sheetsRead} a sound worksheet.
   */
  private static byte[] checked(byte[] bytes, String source, Collection<String> sheetsRead) {
    if (startsWith(bytes, OLE2)) {
      throw new ZiParseException(source, "$", PackageLimits.encrypted(bytes)
          ? "a password-protected (encrypted) workbook; open it in Excel, remove the password"
              + " (File > Info > Protect Workbook > Encrypt with Password) and save it, to read it"
          : "an Excel 97-2003 (.xls) workbook; save it as .xlsx (Excel Workbook) to read it", null);
    }
    if (!startsWith(bytes, ZIP)) {
      throw new ZiParseException(source, "$", "not an .xlsx workbook (an .xlsx is a zip file, and"
          + " this one does not start as one)", null);
    }
    PackageLimits.check(bytes, source, sheetsRead);
    return bytes;
  }

  /** The cells of every soal, read sheet by sheet, each sheet up to its last row wanted. */
  private Map<SoalCells, Map<AnswerField, Optional<String>>> values(byte[] bytes, String source) {
    Map<String, Map<Integer, List<SoalCells>>> bySheet = new LinkedHashMap<>();
    for (SoalCells at : cells) {
      bySheet.computeIfAbsent(at.sheet(), s -> new HashMap<>())
          .computeIfAbsent(at.row(), r -> new ArrayList<>()).add(at);
    }
    Map<SoalCells, Map<AnswerField, Optional<String>>> values = new HashMap<>();
    String where = "$";
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
      for (Map.Entry<String, Map<Integer, List<SoalCells>>> sheet : bySheet.entrySet()) {
        where = SoalCells.sheet(sheet.getKey());
        Sheet found = workbook.findSheet(sheet.getKey()).orElseThrow(() -> noSheet(workbook,
            sheet.getKey(), source));
        read(found, sheet.getValue(), values, source);
      }
    } catch (IOException e) {
      throw new ZiParseException(source, where, "not a readable .xlsx workbook: " + message(e), e);
    } catch (ZiParseException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ZiParseException(source, where, "not a readable .xlsx workbook: " + message(e), e);
    }
    return values;
  }

  private static void read(Sheet sheet, Map<Integer, List<SoalCells>> byRow,
      Map<SoalCells, Map<AnswerField, Optional<String>>> values, String source) throws IOException {
    eachWantedRow(sheet, byRow.keySet(), row -> {
      for (SoalCells at : byRow.getOrDefault(row.getRowNum(), List.of())) {
        Map<AnswerField, Optional<String>> read = new EnumMap<>(AnswerField.class);
        at.columns().forEach((field, column) -> read.put(field, CellText.of(
            row.getOptionalCell(column).orElse(null), source, at.ref(field))));
        values.put(at, read);
      }
    });
  }

  /**
   * Gives {@code visit} each row of {@code sheet} in order, up to the last of {@code wanted}, and
   * reads no further: the rows after it are never parsed.
   */
  static void eachWantedRow(Sheet sheet, Collection<Integer> wanted, Consumer<Row> visit)
      throws IOException {
    int last = wanted.stream().mapToInt(Integer::intValue).max().orElse(0);
    try (Stream<Row> rows = sheet.openStream()) {
      Iterator<Row> iterator = rows.iterator();
      while (iterator.hasNext()) {
        Row row = iterator.next();
        if (row.getRowNum() > last) {
          break;
        }
        visit.accept(row);
      }
    }
  }

  private static Optional<String> value(Map<AnswerField, Optional<String>> read, AnswerField field) {
    return read.getOrDefault(field, Optional.empty());
  }

  private static ZiParseException noSheet(ReadableWorkbook workbook, String name, String source) {
    List<String> names = workbook.getSheets().map(Sheet::getName).limit(10).toList();
    long count = workbook.getSheets().count();
    return new ZiParseException(source, SoalCells.sheet(name),
        "the master soal names the sheet \"" + Limits.quote(name) + "\", which the workbook lacks;"
        + " it has " + names.stream().map(Limits::quote).toList()
        + (count > names.size() ? " and " + (count - names.size()) + " more" : ""), null);
  }

  private static byte[] bytes(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    try {
      byte[] bytes = in.readNBytes((int) MAX_FILE_SIZE + 1);
      if (bytes.length > MAX_FILE_SIZE) {
        throw new ZiParseException(source, "$", "the workbook has more than " + MAX_FILE_SIZE
            + " bytes (16 MiB), the most zi4j reads", null);
      }
      return bytes;
    } catch (IOException e) {
      throw cannotRead(source, e);
    }
  }

  private static void requireUnit(String unitId, String namaUnit) {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(namaUnit, "namaUnit");
    if (unitId.isBlank()) {
      throw new InvalidFieldException("unit_id", "unit_id must not be blank, but was \"" + unitId + "\"");
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static ZiParseException cannotRead(String source, IOException e) {
    return new ZiParseException(source, "$", "cannot read the file: " + message(e), e);
  }

  private static String message(Exception e) {
    return PackageLimits.message(e);
  }

  @Override
  public String toString() {
    return "LkeWorkbook[" + layout + ", tahun=" + tahun + ", soals=" + cells.size() + ", template="
        + template.id() + "]";
  }
}
