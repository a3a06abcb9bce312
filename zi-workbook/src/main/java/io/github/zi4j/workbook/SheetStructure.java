package io.github.zi4j.workbook;

import io.github.zi4j.ZiParseException;
import java.util.Locale;
import javax.xml.stream.XMLStreamReader;

/**
 * The structure one worksheet part must have for the reader to read it right, checked as its XML is
 * walked: in its first {@code <sheetData>}, rows in increasing order (the reader stops at the first
 * row past the last it wants, so a stray {@code <row r="500">} before the others would hide them),
 * each cell in its own row and the cells of a row in increasing columns, no row or cell inside
 * another, and every cell of a shared string ({@code t="s"}) naming one of the workbook's shared
 * strings. A row or a cell without its {@code r} is placed as fastexcel places it: by its position
 * among the rows, or among the row's cells.
 */
final class SheetStructure {

  /** The shared strings a workbook has: its part and how many; {@link #NONE} when it has none. */
  record SharedStrings(String part, int count) {
    static final SharedStrings NONE = new SharedStrings("", -1);
  }

  /** The most characters of a shared string's index kept: more is not an index anyway. */
  private static final int INDEX_DIGITS = 12;

  private final String sheet;
  private final SharedStrings strings;

  /** 0 before the first {@code <sheetData>}, 1 in it, 2 after it. */
  private int sheetData;
  private boolean inRow;
  private int rowsSeen;
  private int row;
  private int lastRow;
  private String lastRowName = "";
  private boolean inCell;
  private int cellsSeen;
  private int lastColumn;
  private String lastCell = "";
  private String cell = "";
  private boolean sharedString;
  /** 0 before the cell's first {@code <v>}, 1 in it, 2 after it. */
  private int value;
  private int valueDepth;
  private final StringBuilder index = new StringBuilder();

  SheetStructure(String sheet, SharedStrings strings) {
    this.sheet = sheet;
    this.strings = strings;
  }

  /** Whether {@code r} is a row of Excel: 1 to 1 048 576, written without sign or leading zero. */
  static boolean isRow(String r) {
    return r.matches("[1-9][0-9]{0,6}") && Integer.parseInt(r) <= SoalCells.LAST_ROW;
  }

  /**
   * The column, from 1, of a cell reference such as {@code F12} or {@code $F$12} within Excel's
   * A1:XFD1048576, its letters in any case; -1 when it is none.
   */
  static int column(String ref) {
    String plain = ref.replace("$", "");
    int digits = 0;
    while (digits < plain.length() && !Character.isDigit(plain.charAt(digits))) {
      digits++;
    }
    String letters = plain.substring(0, digits).toUpperCase(Locale.ROOT);
    if (!letters.matches("[A-Z]{1,3}") || !isRow(plain.substring(digits))) {
      return -1;
    }
    int column = 0;
    for (char c : letters.toCharArray()) {
      column = column * 26 + (c - 'A' + 1);
    }
    return column <= SoalCells.LAST_COLUMN ? column : -1;
  }

  /** The row of a cell reference that {@link #column} accepts. */
  private static int rowOf(String ref) {
    String plain = ref.replace("$", "");
    int digits = 0;
    while (!Character.isDigit(plain.charAt(digits))) {
      digits++;
    }
    return Integer.parseInt(plain.substring(digits));
  }

  void start(XMLStreamReader xml, String source, String entry) {
    String local = xml.getLocalName();
    if (sheetData != 1) {
      if (sheetData == 0 && local.equals("sheetData")) {
        sheetData = 1;
      }
      return;
    }
    if (value == 1) {
      valueDepth++;
      return;
    }
    switch (local) {
      case "row" -> row(xml, source, entry);
      case "c" -> {
        if (inRow) {
          cell(xml, source, entry);
        }
      }
      case "v" -> {
        if (inCell && sharedString && value == 0) {
          value = 1;
          valueDepth = 0;
          index.setLength(0);
        }
      }
      default -> { }
    }
  }

  void characters(XMLStreamReader xml) {
    if (value == 1 && index.length() <= INDEX_DIGITS) {
      index.append(xml.getTextCharacters(), xml.getTextStart(),
          Math.min(xml.getTextLength(), INDEX_DIGITS + 1));
    }
  }

  void end(XMLStreamReader xml, String source, String entry) {
    if (sheetData != 1) {
      return;
    }
    if (value == 1) {
      if (valueDepth-- == 0) {
        value = 2;
        sharedString(source, entry);
      }
      return;
    }
    switch (xml.getLocalName()) {
      case "c" -> inCell = false;
      case "row" -> inRow = false;
      case "sheetData" -> sheetData = 2;
      default -> { }
    }
  }

  private void row(XMLStreamReader xml, String source, String entry) {
    if (inRow) {
      throw refused(source, entry, "a row lies inside row " + row + " of sheet "
          + PackageLimits.quoted(sheet));
    }
    rowsSeen++;
    String r = xml.getAttributeValue(null, "r");
    row = r == null ? rowsSeen : Integer.parseInt(r);
    String name = r == null ? "row " + row + " (the " + ordinal(rowsSeen) + ", without r)"
        : "row " + row;
    if (row <= lastRow) {
      throw refused(source, entry, name + " of sheet " + PackageLimits.quoted(sheet)
          + " comes after " + lastRowName + "; the rows of a worksheet must be in order");
    }
    lastRow = row;
    lastRowName = name;
    inRow = true;
    cellsSeen = 0;
    lastColumn = 0;
    lastCell = "";
  }

  private void cell(XMLStreamReader xml, String source, String entry) {
    if (inCell) {
      throw refused(source, entry, "a cell lies inside cell " + cell + " of sheet "
          + PackageLimits.quoted(sheet));
    }
    cellsSeen++;
    String r = xml.getAttributeValue(null, "r");
    int column = r == null ? cellsSeen : column(r);
    cell = r == null ? SoalCells.letters(column - 1) + row : r.toUpperCase(Locale.ROOT);
    if (r != null && rowOf(r) != row) {
      throw refused(source, entry, "cell " + PackageLimits.quoted(cell) + " of sheet "
          + PackageLimits.quoted(sheet) + " lies in row " + row);
    }
    if (column <= lastColumn) {
      throw refused(source, entry, "cell " + PackageLimits.quoted(cell) + " of sheet "
          + PackageLimits.quoted(sheet) + " comes after " + lastCell
          + "; the cells of a row must be in order");
    }
    lastColumn = column;
    lastCell = cell;
    inCell = true;
    sharedString = "s".equals(xml.getAttributeValue(null, "t"));
    value = 0;
  }

  /** Checks the index of a shared string, which fastexcel would otherwise read as a blank. */
  private void sharedString(String source, String entry) {
    String text = index.toString();
    if (text.isEmpty()) {
      return;
    }
    String where = "cell " + PackageLimits.quoted(cell) + " of sheet "
        + PackageLimits.quoted(sheet);
    if (!text.matches("[0-9]{1," + (INDEX_DIGITS - 2) + "}")) {
      throw refused(source, entry, where + " names the shared string " + PackageLimits.quoted(text)
          + ", which is not a number");
    }
    long at = Long.parseLong(text);
    if (strings.count() < 0) {
      throw refused(source, entry, where + " names the shared string " + at
          + ", but the workbook has no shared strings part");
    }
    if (at >= strings.count()) {
      throw refused(source, entry, where + " names the shared string " + at + ", but "
          + PackageLimits.quoted(strings.part()) + " has " + strings.count()
          + (strings.count() == 0 ? "" : " (0 to " + (strings.count() - 1) + ")"));
    }
  }

  private static String ordinal(int n) {
    return n + (n % 100 / 10 == 1 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    });
  }

  private static ZiParseException refused(String source, String entry, String problem) {
    return new ZiParseException(source, PackageLimits.quoted(entry), problem, null);
  }
}
