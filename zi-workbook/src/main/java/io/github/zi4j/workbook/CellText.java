package io.github.zi4j.workbook;

import io.github.zi4j.ZiParseException;
import io.github.zi4j.internal.Limits;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.dhatim.fastexcel.reader.Cell;

/**
 * A cell as the string PortalRB's {@code /lke/jawaban-unit} would carry: a text as it is (a blank one
 * is no answer), a number at Excel's 15 significant digits and without trailing zeros ({@code 12},
 * {@code 3.71}), a formula by the result the workbook saved. A TRUE/FALSE value, an error value and a
 * formula without a saved result are refused, naming the cell.
 */
final class CellText {

  /** Excel shows and computes numbers at 15 significant digits; a double's tail beyond is noise. */
  private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

  private CellText() {}

  /**
   * The text of {@code cell} at {@code ref}.
   *
   * @param cell the cell, or null when the row has none there
   * @throws ZiParseException naming {@code ref} when the cell holds what no answer or note can be
   */
  static Optional<String> of(Cell cell, String source, String ref) {
    if (cell == null) {
      return Optional.empty();
    }
    Object value = cell.getValue();
    switch (cell.getType()) {
      case EMPTY:
        return Optional.empty();
      case STRING:
        return text(value == null ? "" : value.toString(), source, ref);
      case NUMBER:
        return Optional.of(number((BigDecimal) value, source, ref));
      case FORMULA:
        if (value instanceof BigDecimal) {
          return Optional.of(number((BigDecimal) value, source, ref));
        }
        if (value instanceof String) {
          return text((String) value, source, ref);
        }
        throw refused(source, ref, value == null
            ? "a formula whose result the workbook did not save (open and save it in Excel, or"
                + " write the value itself)"
            : "a formula whose result is TRUE or FALSE; write Ya or Tidak");
      case BOOLEAN:
        throw refused(source, ref, "a TRUE or FALSE value; write Ya or Tidak");
      default:
        throw refused(source, ref, "the error value " + Limits.quote(String.valueOf(
            cell.getRawValue())) + " instead of an answer");
    }
  }

  private static Optional<String> text(String text, String source, String ref) {
    if (text.length() > PackageLimits.MAX_TEXT) {
      throw refused(source, ref, "a text of " + text.length() + " characters, more than the "
          + PackageLimits.MAX_TEXT + " a cell of Excel holds");
    }
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  private static String number(BigDecimal number, String source, String ref) {
    Limits.number(number).ifPresent(problem -> {
      throw refused(source, ref, problem);
    });
    return excel(number).toPlainString();
  }

  /** {@code number} as Excel shows it: at 15 significant digits, without trailing zeros. */
  static BigDecimal excel(BigDecimal number) {
    BigDecimal shown = number.round(EXCEL_DIGITS).stripTrailingZeros();
    return shown.scale() < 0 ? shown.setScale(0) : shown;
  }

  private static ZiParseException refused(String source, String ref, String problem) {
    return new ZiParseException(source, ref, problem, null);
  }
}
