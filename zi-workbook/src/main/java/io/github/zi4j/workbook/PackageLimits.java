package io.github.zi4j.workbook;

import io.github.zi4j.ZiParseException;
import io.github.zi4j.internal.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * small file cannot fill the memory or keep the reader busy, and the structure it must have, so that a
 * damaged file is never read as blank answers.
 *
 * <p>The zip may have at most {@value #MAX_ENTRIES} entries, their names differing in more than case
 * (as the package format requires), and every entry is inflated once and counted before the reader
 * sees it. Every part the reader may read is walked as XML with the JDK's StAX parser behind an
 * {@link XmlGuard} (no DTD, no token longer than 1 MiB), whatever its name: the parts the content
 * types name (the workbook, its shared strings and styles), the workbook's relationships, the part of
 * every sheet the relationships name, and every other part named {@code *.xml} or {@code *.rels}. The
 * parts are found as fastexcel finds them: part names ignore case, a relationship's target is joined
 * to the workbook's folder as written. What is checked is what the reader would otherwise build: every
 * cell's column and row, the cells of a row, the shared strings, the length of a text, the nesting.
 *
 * <p>A worksheet's rows and cells must come in order, each cell in its row, and a cell of a shared
 * string must name one the workbook has; the sheets must have names of their own; a sheet the reader
 * reads must be stored as a worksheet.
 */
final class PackageLimits {

  /** The most bytes all entries may inflate to. */
  static final long MAX_INFLATED = 64L * 1024 * 1024;

  /** The most characters one text of the workbook may have: Excel's own limit for a cell. */
  static final int MAX_TEXT = 32_767;

  /** The most shared strings a workbook may have. */
  static final int MAX_SHARED_STRINGS = 1_000_000;

  /** The most entries the zip may have; so also the most sheets and relationships. */
  static final int MAX_ENTRIES = 10_000;

  /** The deepest elements may nest, as for JSON. */
  static final int MAX_DEPTH = 64;

  private static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final Set<String> WORKSHEET = Set.of(RELATIONSHIPS + "/worksheet",
      "http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet");
  private static final Set<String> WORKBOOK_TYPES = Set.of(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  private static final String SHARED_STRINGS_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
  private static final String STYLES_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
  private static final Set<String> BYTE_ENCODINGS = Set.of("UTF-8", "US-ASCII", "ISO-8859-1");
  private static final Set<String> UTF16_ENCODINGS = Set.of("UTF-16", "UTF-16LE", "UTF-16BE");

  /** How fastexcel names a part's relationships: {@code xl/workbook.xml} has {@code xl/_rels/...}. */
  private static final Pattern RELS_NAME = Pattern.compile("^(.*/)([^/]+)$");

  private static final XMLInputFactory XML = xmlInputFactory();

  /** A qualified exception class name and its colon, as a wrapped exception's message starts. */
  private static final Pattern CLASS_NAME =
      Pattern.compile("(?:[a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)(?::\\s*)?");

  private PackageLimits() {}

  /**
   * Checks the workbook {@code bytes}.
   *
   * @param sheetsRead the names of the sheets the reader will read
   * @throws ZiParseException naming the entry and the limit when one is passed, the entry or the
   *     sheet when the structure is damaged, or the entry when the zip or its XML cannot be read
   */
  static void check(byte[] bytes, String source, Collection<String> sheetsRead) {
    if (signatures(bytes) > MAX_ENTRIES) {
      throw tooManyEntries(source);
    }
    Check check = new Check(source);
    try (ZipFile zip = ZipFile.builder()
        .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      check.run(zip, sheetsRead);
    } catch (IOException e) {
      throw refused(source, check.entry, "not a readable .xlsx workbook: " + message(e));
    } catch (XMLStreamException e) {
      throw refused(source, check.entry, "not a readable .xlsx workbook, its XML is broken: "
          + message(e));
    } catch (RuntimeException e) {
      if (e instanceof ZiParseException) {
        throw e;
      }
      throw refused(source, check.entry, "not a readable .xlsx workbook: " + message(e));
    }
  }

  /**
   * Whether an OLE2 (compound) file holds an encrypted {@code .xlsx}, as Excel saves a workbook with
   * a password: its directory has the streams {@code EncryptionInfo} and {@code EncryptedPackage}.
   * Each directory entry is 128 bytes at a multiple of 128, its name in UTF-16LE with its length at
   * byte 64, its type (2, a stream) at byte 66.
   */
  static boolean encrypted(byte[] bytes) {
    return hasStream(bytes, "EncryptionInfo") && hasStream(bytes, "EncryptedPackage");
  }

  private static boolean hasStream(byte[] bytes, String name) {
    byte[] utf16 = name.getBytes(StandardCharsets.UTF_16LE);
    for (int at = 512; at + 128 <= bytes.length; at += 128) {
      int length = (bytes[at + 64] & 0xFF) | (bytes[at + 65] & 0xFF) << 8;
      if (length == utf16.length + 2 && bytes[at + 66] == 2
          && java.util.Arrays.equals(bytes, at, at + utf16.length, utf16, 0, utf16.length)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many central-directory headers ({@code PK\1\2}) the bytes hold: at least as many as the
   * entries a zip reader finds, counted before it builds one object for each.
   */
  private static int signatures(byte[] bytes) {
    int count = 0;
    for (int i = 0; i + 3 < bytes.length; i++) {
      if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
        count++;
      }
    }
    return count;
  }

  private static ZiParseException tooManyEntries(String source) {
    return new ZiParseException(source, "$", "the workbook has more than " + MAX_ENTRIES
        + " zip entries, the most zi4j reads", null);
  }

  /** A {@code <sheet>} of the workbook part: its name and its relationship's id (may be null). */
  private record SheetEntry(String name, String id) {}

  /** A {@code <Relationship>} of the workbook: its type ("" when it has none) and its target. */
  private record Relationship(String type, String target) {}

  /** What a walk found in a part. */
  private static final class Facts {
    String root = "";
    final Map<String, String> partsByType = new HashMap<>();
    final List<SheetEntry> sheets = new ArrayList<>();
    final Map<String, String> sheetNames = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    final Map<String, Relationship> relationships = new HashMap<>();
    int sharedStrings;
  }

  /** The roles a part may have, as the walk reads it. */
  private enum Role { CONTENT_TYPES, WORKBOOK, RELATIONSHIPS, SHARED_STRINGS, SHEET, OTHER }

  /** One check of one workbook: its entries, those walked, the bytes inflated so far. */
  private static final class Check {
    private final String source;
    private final Map<ZipArchiveEntry, Facts> walked = new IdentityHashMap<>();
    private final Map<String, ZipArchiveEntry> byName =
        new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private ZipFile zip;
    private long inflated;
    /** The structure of the sheet part walked now. */
    private SheetStructure structure;
    String entry = "$";

    Check(String source) {
      this.source = source;
    }

    void run(ZipFile zip, Collection<String> sheetsRead) throws IOException, XMLStreamException {
      this.zip = zip;
      List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
      for (ZipArchiveEntry e : entries) {
        entry = e.getName();
        if (byName.putIfAbsent(entry, e) != null) {
          throw refused(source, entry, "two entries have this name (in upper or lower case);"
              + " a workbook's part names differ in more than case");
        }
      }
      entry = "$";
      Facts contentTypes = walk("[Content_Types].xml", Role.CONTENT_TYPES);
      Map<String, String> parts = contentTypes == null ? Map.of() : contentTypes.partsByType;
      String workbookName = parts.getOrDefault("workbook", "/xl/workbook.xml");
      Facts workbook = walk(workbookName, Role.WORKBOOK);
      String relsName = RELS_NAME.matcher(workbookName).replaceFirst("$1_rels/$2.rels");
      Facts rels = walk(relsName, Role.RELATIONSHIPS);
      Facts sst = parts.containsKey("sharedStrings")
          ? walk(parts.get("sharedStrings"), Role.SHARED_STRINGS) : null;
      walk(parts.get("styles"), Role.OTHER);
      int folderEnd = relsName.indexOf("_rel");
      Map<String, String> sheetParts = new HashMap<>();
      if (workbook != null && rels != null && folderEnd >= 0) {
        String folder = relsName.substring(0, folderEnd);
        SheetStructure.SharedStrings strings = sst == null
            ? SheetStructure.SharedStrings.NONE
            : new SheetStructure.SharedStrings(name(parts.get("sharedStrings")), sst.sharedStrings);
        for (SheetEntry sheet : workbook.sheets) {
          Relationship rel = rels.relationships.get(sheet.id());
          if (rel != null) {
            String target = rel.target().startsWith("/") ? rel.target() : folder + rel.target();
            sheetParts.put(sheet.id(), target);
            structure = new SheetStructure(sheet.name(), strings);
            walk(target, Role.SHEET);
          }
        }
      }
      for (ZipArchiveEntry e : entries) {
        String lower = e.getName().toLowerCase(Locale.ROOT);
        boolean xml = lower.endsWith(".xml") || lower.endsWith(".rels");
        walk(e, xml ? Role.OTHER : null);
      }
      entry = "$";
      if (workbook != null) {
        for (String name : sheetsRead) {
          workbook.sheets.stream().filter(sheet -> sheet.name().equals(name)).findFirst()
              .ifPresent(sheet -> worksheet(name, sheet.id(), rels, relsName,
                  sheetParts.get(sheet.id())));
        }
      }
    }

    /** Checks that the sheet {@code name}, which the reader reads, is stored as a worksheet. */
    private void worksheet(String name, String id, Facts rels, String relsName, String target) {
      String sheet = SoalCells.sheet(name);
      Relationship rel = rels == null ? null : rels.relationships.get(id);
      if (rel == null) {
        throw new ZiParseException(source, sheet, "the workbook names no part for this sheet (its"
            + " relationship " + quoted(String.valueOf(id)) + " is not in " + quoted(relsName)
            + ")", null);
      }
      if (!WORKSHEET.contains(rel.type())) {
        throw new ZiParseException(source, sheet, "the sheet is not a worksheet: its relationship"
            + " is of the type " + quoted(rel.type()), null);
      }
      if (target == null) {
        return; // no folder for the relationships: fastexcel cannot open the workbook either
      }
      ZipArchiveEntry part = byName.get(name(target));
      if (part == null) {
        throw new ZiParseException(source, sheet, "the sheet's part " + quoted(target)
            + " is not in the workbook", null);
      }
      String root = walked.get(part).root;
      if (!root.equals("worksheet")) {
        throw new ZiParseException(source, sheet, "the sheet's part " + quoted(part.getName())
            + " is not a worksheet: it holds <" + quoted(root) + ">", null);
      }
    }

    /** Walks the part named {@code name} (as fastexcel looks it up), once; null when it is absent. */
    private Facts walk(String name, Role role) throws IOException, XMLStreamException {
      if (name == null) {
        return null;
      }
      ZipArchiveEntry found = byName.get(name(name));
      return found == null ? null : walk(found, role);
    }

    /** Inflates an entry once, counting it, and walks it as XML in {@code role} (null: not XML). */
    private Facts walk(ZipArchiveEntry e, Role role) throws IOException, XMLStreamException {
      Facts done = walked.get(e);
      if (done != null || e.isDirectory()) {
        return done;
      }
      entry = e.getName();
      if (!zip.canReadEntryData(e)) {
        throw refused(source, entry, "the entry is stored in a way the reader cannot read"
            + " (method " + e.getMethod() + ")");
      }
      Facts facts = new Facts();
      try (InputStream raw = zip.getInputStream(e)) {
        CountingStream in = new CountingStream(raw, inflated, source, entry);
        if (role != null) {
          XmlGuard guard = new XmlGuard(in);
          try {
            parse(guard, role, facts);
          } catch (XMLStreamException | RuntimeException problem) {
            if (in.refusal != null) {
              throw in.refusal;
            }
            if (guard.refusal() != null) {
              throw refused(source, entry, guard.refusal().getMessage());
            }
            throw problem;
          }
        }
        in.drain();
        inflated = in.total();
      }
      walked.put(e, facts);
      return facts;
    }

    /** Walks one XML part, checking its cells, rows, shared strings, texts and structure. */
    private void parse(XmlGuard in, Role role, Facts facts) throws XMLStreamException {
      XMLStreamReader xml = XML.createXMLStreamReader(in);
      try {
        String declared = xml.getCharacterEncodingScheme();
        if (declared != null && !(in.encoding() == XmlGuard.Encoding.BYTES ? BYTE_ENCODINGS
            : UTF16_ENCODINGS).contains(declared.toUpperCase(Locale.ROOT))) {
          throw refused(source, entry, "the XML declares the encoding " + quoted(declared)
              + "; a workbook's parts are UTF-8 or UTF-16");
        }
        long text = 0;
        int depth = 0;
        int cellsInRow = 0;
        int sharedStringDepth = 0;
        int sheetsDepth = 0;
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            text = 0;
            if (++depth > MAX_DEPTH) {
              throw refused(source, entry, "elements nest more than " + MAX_DEPTH + " deep");
            }
            String local = xml.getLocalName();
            if (facts.root.isEmpty()) {
              facts.root = local;
            }
            switch (local) {
              case "row" -> {
                cellsInRow = 0;
                String r = xml.getAttributeValue(null, "r");
                if (r != null && !SheetStructure.isRow(r)) {
                  throw refused(source, entry, "row " + quoted(r)
                      + " is not a row of Excel (1 to " + SoalCells.LAST_ROW + ")");
                }
              }
              case "c" -> {
                if (++cellsInRow > SoalCells.LAST_COLUMN) {
                  throw refused(source, entry, "a row has more than " + SoalCells.LAST_COLUMN
                      + " cells, Excel's most");
                }
                String r = xml.getAttributeValue(null, "r");
                if (r != null && SheetStructure.column(r) < 0) {
                  throw refused(source, entry, "cell " + quoted(r) + " is not a cell of Excel"
                      + " (columns A to XFD, rows 1 to " + SoalCells.LAST_ROW + ")");
                }
              }
              case "si" -> {
                if (++facts.sharedStrings > MAX_SHARED_STRINGS) {
                  throw refused(source, entry, "the workbook has more than " + MAX_SHARED_STRINGS
                      + " shared strings");
                }
                if (role == Role.SHARED_STRINGS && sharedStringDepth++ > 0) {
                  throw refused(source, entry, "a shared string (<si>) lies inside another");
                }
              }
              case "sheets" -> sheetsDepth++;
              default -> { }
            }
            switch (role) {
              case CONTENT_TYPES -> override(xml, facts);
              case WORKBOOK -> {
                if (sheetsDepth > 0 && local.equals("sheet")) {
                  sheet(xml, facts);
                }
              }
              case RELATIONSHIPS -> relationship(xml, facts);
              case SHEET -> structure.start(xml, source, entry);
              default -> { }
            }
          } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
              || event == XMLStreamConstants.SPACE) {
            text += xml.getTextLength();
            if (text > MAX_TEXT) {
              throw refused(source, entry, "a text is longer than " + MAX_TEXT
                  + " characters, the most a cell of Excel holds");
            }
            if (role == Role.SHEET) {
              structure.characters(xml);
            }
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            text = 0;
            depth--;
            String local = xml.getLocalName();
            if (local.equals("si") && role == Role.SHARED_STRINGS) {
              sharedStringDepth--;
            } else if (local.equals("sheets")) {
              sheetsDepth--;
            }
            if (role == Role.SHEET) {
              structure.end(xml, source, entry);
            }
          }
        }
      } finally {
        xml.close();
      }
    }

    /** An {@code <Override>} of the content types: the workbook, its shared strings, its styles. */
    private void override(XMLStreamReader xml, Facts facts) {
      if (!xml.getLocalName().equals("Override")) {
        return;
      }
      String type = xml.getAttributeValue(null, "ContentType");
      String part = xml.getAttributeValue(null, "PartName");
      if (type == null) {
        throw refused(source, entry, "an <Override> has no ContentType");
      }
      String role = WORKBOOK_TYPES.contains(type) ? "workbook"
          : type.equals(SHARED_STRINGS_TYPE) ? "sharedStrings"
          : type.equals(STYLES_TYPE) ? "styles" : null;
      if (role == null) {
        return;
      }
      if (part == null) {
        throw refused(source, entry, "the <Override> of " + quoted(type) + " has no PartName");
      }
      String before = facts.partsByType.putIfAbsent(role, bounded(part, "a PartName"));
      if (before != null) {
        throw refused(source, entry, "two parts have the type " + quoted(type) + ": "
            + quoted(before) + " and " + quoted(part));
      }
    }

    /** A {@code <sheet>} of the workbook: its name, of its own, and its relationship's id. */
    private void sheet(XMLStreamReader xml, Facts facts) {
      String name = xml.getAttributeValue(null, "name");
      String id = xml.getAttributeValue(RELATIONSHIPS, "id");
      if (name == null) {
        throw refused(source, entry, "a sheet has no name");
      }
      if (facts.sheets.size() >= MAX_ENTRIES) {
        throw refused(source, entry, "the workbook has more than " + MAX_ENTRIES + " sheets");
      }
      bounded(name, "a sheet's name");
      String other = facts.sheetNames.putIfAbsent(name, name);
      if (other != null) {
        throw refused(source, entry, "two sheets are named " + quoted(other)
            + (other.equals(name) ? "" : " and " + quoted(name))
            + "; Excel tells sheets apart by name, in upper or lower case alike");
      }
      facts.sheets.add(new SheetEntry(name, id == null ? null : bounded(id, "a sheet's r:id")));
    }

    /** A {@code <Relationship>}: its id, of its own, its type and its target. */
    private void relationship(XMLStreamReader xml, Facts facts) {
      if (!xml.getLocalName().equals("Relationship")) {
        return;
      }
      String id = xml.getAttributeValue(null, "Id");
      String target = xml.getAttributeValue(null, "Target");
      String type = xml.getAttributeValue(null, "Type");
      if (target == null) {
        throw refused(source, entry, "the relationship " + quoted(String.valueOf(id))
            + " has no Target");
      }
      if (facts.relationships.size() >= MAX_ENTRIES) {
        throw refused(source, entry, "the workbook has more than " + MAX_ENTRIES
            + " relationships");
      }
      Relationship before = facts.relationships.put(id == null ? null : bounded(id, "an Id"),
          new Relationship(type == null ? "" : bounded(type, "a Type"), bounded(target,
              "a Target")));
      if (before != null) {
        throw refused(source, entry, "two relationships have the Id " + quoted(id));
      }
    }

    private String bounded(String value, String what) {
      if (value.length() > XmlGuard.MAX_NAME) {
        throw refused(source, entry, what + " is longer than " + XmlGuard.MAX_NAME
            + " characters");
      }
      return value;
    }
  }

  /** A part's name as fastexcel looks it up: without one leading {@code /}. */
  private static String name(String partName) {
    return partName.startsWith("/") ? partName.substring(1) : partName;
  }

  /** A value for a message: cut as the README says, on one line. */
  static String quoted(String value) {
    return Limits.quote(value.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", "?"));
  }

  private static ZiParseException refused(String source, String entry, String problem) {
    return new ZiParseException(source, quoted(entry), problem, null);
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
    ZiParseException refusal;

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
        refusal = refused(source, entry, "the workbook inflates to more than " + MAX_INFLATED
            / (1024 * 1024) + " MiB, the most zi4j reads (a zip bomb?)");
        throw refusal;
      }
    }

    /** Leaves the entry open: the XML parser closes what it reads, and the entry is drained after. */
    @Override
    public void close() {
      // the caller closes the entry
    }
  }
}
