package io.github.zi4j.workbook;

import io.github.zi4j.ZiParseException;
import io.github.zi4j.internal.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The limits a workbook is held to before its cells are read (<i>batas lembar kerja</i>), so that a
 * small file cannot fill the memory or keep the reader busy: every entry of the zip is inflated once,
 * counted, and its XML walked with the JDK's StAX parser (no DTD, no external entity), before the
 * reader sees it. What is checked is what the reader would otherwise build: every cell's column and
 * row, the cells of a row, the shared strings, and the length of a text.
 */
final class PackageLimits {

  /** The most bytes all entries may inflate to. */
  static final long MAX_INFLATED = 64L * 1024 * 1024;

  /** The most characters one text of the workbook may have: Excel's own limit for a cell. */
  static final int MAX_TEXT = 32_767;

  /** The most shared strings a workbook may have. */
  static final int MAX_SHARED_STRINGS = 1_000_000;

  private static final XMLInputFactory XML = xmlInputFactory();

  /** A qualified exception class name and its colon, as a wrapped exception's message starts. */
  private static final Pattern CLASS_NAME =
      Pattern.compile("(?:[a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)(?::\\s*)?");

  private PackageLimits() {}

  /**
   * Checks the workbook {@code bytes}.
   *
   * @throws ZiParseException naming the entry and the limit when one is passed, or when the zip or
   *     an XML entry cannot be read
   */
  static void check(byte[] bytes, String source) {
    String entryName = "$";
    try (ZipFile zip = ZipFile.builder()
        .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      long inflated = 0;
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        entryName = entry.getName();
        if (entry.isDirectory()) {
          continue;
        }
        if (!zip.canReadEntryData(entry)) {
          throw refused(source, entryName, "the entry is stored in a way the reader cannot read"
              + " (method " + entry.getMethod() + ")");
        }
        try (InputStream raw = zip.getInputStream(entry)) {
          CountingStream in = new CountingStream(raw, inflated, source, entryName);
          String name = entryName.toLowerCase(Locale.ROOT);
          if (name.endsWith(".xml") || name.endsWith(".rels")) {
            walk(in, source, entryName);
          }
          in.drain();
          inflated = in.total();
        }
      }
    } catch (IOException e) {
      throw refused(source, entryName, "not a readable .xlsx workbook: " + message(e));
    } catch (XMLStreamException e) {
      throw refused(source, entryName, "not a readable .xlsx workbook, its XML is broken: "
          + message(e));
    } catch (RuntimeException e) {
      if (e instanceof ZiParseException) {
        throw e;
      }
      throw refused(source, entryName, "not a readable .xlsx workbook: " + message(e));
    }
  }

  /** Walks one XML entry, checking its cells, rows, shared strings and texts. */
  private static void walk(InputStream in, String source, String entry) throws XMLStreamException {
    XMLStreamReader xml = XML.createXMLStreamReader(in);
    try {
      long text = 0;
      int cellsInRow = 0;
      int sharedStrings = 0;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          text = 0;
          switch (xml.getLocalName()) {
            case "row" -> {
              cellsInRow = 0;
              String r = xml.getAttributeValue(null, "r");
              if (r != null
                  && !(r.matches("[0-9]{1,7}") && Integer.parseInt(r) <= SoalCells.LAST_ROW)) {
                throw refused(source, entry, "row " + Limits.quote(r)
                    + " is not a row of Excel (1 to " + SoalCells.LAST_ROW + ")");
              }
            }
            case "c" -> {
              if (++cellsInRow > SoalCells.LAST_COLUMN) {
                throw refused(source, entry, "a row has more than " + SoalCells.LAST_COLUMN
                    + " cells, Excel's most");
              }
              String r = xml.getAttributeValue(null, "r");
              if (r != null) {
                cell(r, source, entry);
              }
            }
            case "si" -> {
              if (++sharedStrings > MAX_SHARED_STRINGS) {
                throw refused(source, entry, "the workbook has more than " + MAX_SHARED_STRINGS
                    + " shared strings");
              }
            }
            default -> { }
          }
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
            || event == XMLStreamConstants.SPACE) {
          text += xml.getTextLength();
          if (text > MAX_TEXT) {
            throw refused(source, entry, "a text is longer than " + MAX_TEXT
                + " characters, the most a cell of Excel holds");
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          text = 0;
        }
      }
    } finally {
      xml.close();
    }
  }

  /** Checks a cell reference such as {@code F12} or {@code $F$12}: a column to XFD, a row of Excel. */
  private static void cell(String ref, String source, String entry) {
    String plain = ref.replace("$", "");
    int digits = 0;
    while (digits < plain.length() && !Character.isDigit(plain.charAt(digits))) {
      digits++;
    }
    String letters = plain.substring(0, digits).toUpperCase(Locale.ROOT);
    String row = plain.substring(digits);
    boolean valid = letters.matches("[A-Z]{1,3}") && row.matches("[1-9][0-9]{0,6}")
        && Integer.parseInt(row) <= SoalCells.LAST_ROW;
    if (valid) {
      int column = 0;
      for (char c : letters.toCharArray()) {
        column = column * 26 + (c - 'A' + 1);
      }
      valid = column <= SoalCells.LAST_COLUMN;
    }
    if (!valid) {
      throw refused(source, entry, "cell " + Limits.quote(ref) + " is not a cell of Excel (columns"
          + " A to XFD, rows 1 to " + SoalCells.LAST_ROW + ")");
    }
  }

  private static ZiParseException refused(String source, String entry, String problem) {
    return new ZiParseException(source, Limits.quote(entry), problem, null);
  }

  /**
   * An exception's message on one line, quoted short, without the Java class names that the zip and
   * XML readers put in their messages ({@code java.util.zip.ZipException: invalid distance}).
   */
  static String message(Exception e) {
    String text = CLASS_NAME.matcher(String.valueOf(e.getMessage()).replace('\n', ' ')
        .replace('\r', ' ')).replaceAll("").trim();
    return text.isEmpty() || text.equals("null") ? "the file is damaged" : Limits.quote(text);
  }

  private static XMLInputFactory xmlInputFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return factory;
  }

  /** An entry's inflated bytes, counted with those before it, refused past {@link #MAX_INFLATED}. */
  private static final class CountingStream extends InputStream {
    private final InputStream in;
    private final String source;
    private final String entry;
    private long total;

    CountingStream(InputStream in, long before, String source, String entry) {
      this.in = in;
      this.total = before;
      this.source = source;
      this.entry = entry;
    }

    long total() {
      return total;
    }

    void drain() throws IOException {
      byte[] buffer = new byte[8192];
      while (read(buffer, 0, buffer.length) >= 0) {
        // counted by read
      }
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      total += n;
      if (total > MAX_INFLATED) {
        throw refused(source, entry, "the workbook inflates to more than " + MAX_INFLATED
            / (1024 * 1024) + " MiB, the most zi4j reads (a zip bomb?)");
      }
    }

    /** Leaves the entry open: the XML parser closes what it reads, and the entry is drained after. */
    @Override
    public void close() {
      // the caller closes the entry
    }
  }
}
