package io.github.zi4j.workbook;

import io.github.zi4j.ZiParseException;
import io.github.zi4j.internal.Limits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the values a workbook saved in the cells of its own scores ({@link SavedCell}): a typed number
 * as it is, a formula by the result the workbook saved, anything else as no number, said in words.
 */
final class SavedScores {

  /**
   * What one cell holds.
   *
   * @param value the number, when the cell holds one (typed, or a formula's saved result)
   * @param typed whether the number was typed rather than computed by a formula
   * @param what what the cell holds when it holds no number, for messages
   */
  record Saved(Optional<BigDecimal> value, boolean typed, String what) {}

  private SavedScores() {}

  /**
   * The value of each of {@code cells} in the workbook {@code bytes}, already held to the package
   * limits.
   *
   * @throws ZiParseException naming the sheet when the workbook lacks one or cannot be read
   */
  static Map<SavedCell, Saved> read(byte[] bytes, String source, List<SavedCell> cells) {
    Map<String, Map<Integer, List<SavedCell>>> bySheet = new LinkedHashMap<>();
    for (SavedCell cell : cells) {
      bySheet.computeIfAbsent(cell.sheet(), s -> new HashMap<>())
          .computeIfAbsent(cell.row(), r -> new ArrayList<>()).add(cell);
    }
    Map<SavedCell, Saved> values = new HashMap<>();
    String where = "$";
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
      for (Map.Entry<String, Map<Integer, List<SavedCell>>> sheet : bySheet.entrySet()) {
        where = SoalCells.sheet(sheet.getKey());
        Optional<Sheet> found = workbook.findSheet(sheet.getKey());
        if (found.isEmpty()) {
          throw new ZiParseException(source, where, "the workbook lacks the sheet \""
              + Limits.quote(sheet.getKey()) + "\" where it saves its own scores", null);
        }
        read(found.get(), sheet.getValue(), values, source);
      }
    } catch (IOException e) {
      throw new ZiParseException(source, where, "not a readable .xlsx workbook: "
          + PackageLimits.message(e), e);
    } catch (ZiParseException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ZiParseException(source, where, "not a readable .xlsx workbook: "
          + PackageLimits.message(e), e);
    }
    return values;
  }

  private static void read(Sheet sheet, Map<Integer, List<SavedCell>> byRow,
      Map<SavedCell, Saved> values, String source) throws IOException {
    LkeWorkbook.eachWantedRow(sheet, byRow.keySet(), row -> {
      for (SavedCell cell : byRow.getOrDefault(row.getRowNum(), List.of())) {
        values.put(cell, saved(row.getOptionalCell(cell.column()).orElse(null), source,
            cell.ref()));
      }
    });
  }

  private static Saved saved(Cell cell, String source, String ref) {
    if (cell == null) {
      return none("is empty");
    }
    Object value = cell.getValue();
    switch (cell.getType()) {
      case NUMBER:
        return new Saved(Optional.of(number((BigDecimal) value, source, ref)), true, "");
      case FORMULA:
        if (value instanceof BigDecimal) {
          return new Saved(Optional.of(number((BigDecimal) value, source, ref)), false, "");
        }
        return none(value == null ? "holds a formula whose result the workbook did not save"
            + " (open and save it in Excel)" : "holds a formula whose result is \""
            + Limits.quote(String.valueOf(value)) + "\", not a number");
      case EMPTY:
        return none("is empty");
      case STRING:
        return none("holds the text \"" + Limits.quote(String.valueOf(value)) + "\", not a number");
      default:
        return none("holds \"" + Limits.quote(String.valueOf(cell.getRawValue()))
            + "\", not a number");
    }
  }

  private static BigDecimal number(BigDecimal number, String source, String ref) {
    Limits.number(number).ifPresent(problem -> {
      throw new ZiParseException(source, ref, problem, null);
    });
    return CellText.excel(number);
  }

  private static Saved none(String what) {
    return new Saved(Optional.empty(), false, what);
  }
}
