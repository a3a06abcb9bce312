package io.github.zi4j.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook written part by part with the JDK's {@link ZipOutputStream}, as an attacker or a
 * damaged copy would have it: the smallest whole workbook in the example layout (sheets Pengungkit and
 * Hasil, Pengungkit!F8 holding soal 1's answer "Ya" as shared string 0), whose parts a test replaces,
 * renames or removes. fastexcel's writer cannot write such files, which is the point.
 */
final class HandBuiltWorkbook {

  static final String CONTENT_TYPES = "[Content_Types].xml";
  static final String WORKBOOK = "xl/workbook.xml";
  static final String RELS = "xl/_rels/workbook.xml.rels";
  static final String SHARED_STRINGS = "xl/sharedStrings.xml";
  static final String STYLES = "xl/styles.xml";
  static final String PENGUNGKIT = "xl/worksheets/sheet1.xml";
  static final String HASIL = "xl/worksheets/sheet2.xml";

  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** The example answer: soal 1 (Ya/Tidak) answered "Ya" in Pengungkit!F8, shared string 0. */
  static final String ROW_8 = "<row r=\"8\"><c r=\"F8\" t=\"s\"><v>0</v></c></row>";

  private final Map<String, String> parts = new LinkedHashMap<>();

  private HandBuiltWorkbook() {
    parts.put(CONTENT_TYPES, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://"
        + "schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\""
        + " ContentType=\"application/xml\"/><Default Extension=\"rels\" ContentType=\"application/"
        + "vnd.openxmlformats-package.relationships+xml\"/>"
        + override(WORKBOOK, "spreadsheetml.sheet.main+xml")
        + override(SHARED_STRINGS, "spreadsheetml.sharedStrings+xml")
        + override(STYLES, "spreadsheetml.styles+xml")
        + override(PENGUNGKIT, "spreadsheetml.worksheet+xml")
        + override(HASIL, "spreadsheetml.worksheet+xml") + "</Types>");
    parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
        + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\""
        + " Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    parts.put(WORKBOOK, workbook("<sheet name=\"Pengungkit\" sheetId=\"1\" r:id=\"rId3\"/>"
        + "<sheet name=\"Hasil\" sheetId=\"2\" r:id=\"rId4\"/>"));
    parts.put(RELS, rels(relationship("rId1", "sharedStrings", "sharedStrings.xml")
        + relationship("rId2", "styles", "styles.xml")
        + relationship("rId3", "worksheet", "worksheets/sheet1.xml")
        + relationship("rId4", "worksheet", "worksheets/sheet2.xml")));
    parts.put(SHARED_STRINGS, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN
        + "\" count=\"2\" uniqueCount=\"2\"><si><t>Ya</t></si><si><t>Tidak</t></si></sst>");
    parts.put(STYLES, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + MAIN
        + "\"><cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>");
    parts.put(PENGUNGKIT, sheet(ROW_8));
    parts.put(HASIL, sheet(""));
  }

  /** The whole workbook, which reads as soal 1 answered "Ya". */
  static HandBuiltWorkbook of() {
    return new HandBuiltWorkbook();
  }

  /** A worksheet of {@code rows}. */
  static String sheet(String rows) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\" xmlns:r=\""
        + REL + "\"><sheetData>" + rows + "</sheetData></worksheet>";
  }

  /** A workbook part of {@code sheets}. */
  static String workbook(String sheets) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\""
        + REL + "\"><sheets>" + sheets + "</sheets></workbook>";
  }

  /** A relationships part of {@code relationships}. */
  static String rels(String relationships) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
        + "openxmlformats.org/package/2006/relationships\">" + relationships + "</Relationships>";
  }

  /** A relationship of the workbook of {@code type} ({@code worksheet}, {@code styles}). */
  static String relationship(String id, String type, String target) {
    return "<Relationship Id=\"" + id + "\" Type=\"" + REL + "/" + type + "\" Target=\"" + target
        + "\"/>";
  }

  private static String override(String part, String type) {
    return "<Override PartName=\"/" + part + "\" ContentType=\"application/vnd.openxmlformats-"
        + "officedocument." + type + "\"/>";
  }

  /** The workbook with the part {@code name} holding {@code text} (added when it has none). */
  HandBuiltWorkbook with(String name, String text) {
    parts.put(name, text);
    return this;
  }

  /** The workbook without the part {@code name}. */
  HandBuiltWorkbook without(String name) {
    parts.remove(name);
    return this;
  }

  /** The workbook with every mention of {@code text} in its parts replaced. */
  HandBuiltWorkbook replacing(String text, String replacement) {
    parts.replaceAll((name, part) -> part.replace(text, replacement));
    return this;
  }

  /**
   * The workbook with the part {@code name} renamed {@code to}, and the relationships and content
   * types naming it by its new name, as a hostile file may.
   */
  HandBuiltWorkbook renamed(String name, String to) {
    String part = parts.remove(name);
    String from = name.substring(name.indexOf('/') + 1);
    parts.replaceAll((n, p) -> p.replace("\"" + from + "\"", "\"" + to.substring(
        to.indexOf('/') + 1) + "\"").replace("\"/" + name + "\"", "\"/" + to + "\""));
    parts.put(to, part);
    return this;
  }

  /** The part {@code name}'s text. */
  String part(String name) {
    return parts.get(name);
  }

  byte[] bytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  ByteArrayInputStream stream() {
    return new ByteArrayInputStream(bytes());
  }
}
