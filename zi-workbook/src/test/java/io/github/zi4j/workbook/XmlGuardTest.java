package io.github.zi4j.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guard in front of the XML parser, fed bytes directly: the encoding it tells from a part's first
 * four bytes (XML's appendix F), and the tokens it counts in each.
 */
@DisplayName("The XML guard")
class XmlGuardTest {

  private static final String REFUSED_ENCODING =
      "the part is encoded neither in UTF-8 nor in UTF-16, the encodings of a workbook";

  /** Reads {@code bytes} through a guard, one byte at a time or in blocks, to its end. */
  private static XmlGuard drained(byte[] bytes, boolean byteByByte) {
    XmlGuard guard = new XmlGuard(new ByteArrayInputStream(bytes));
    try {
      if (byteByByte) {
        while (guard.read() >= 0) {
          // every byte passes the guard
        }
      } else {
        byte[] block = new byte[7];
        while (guard.read(block, 0, block.length) >= 0) {
          // every block passes the guard
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return guard;
  }

  @ParameterizedTest(name = "{0}, byte by byte: {1}")
  @CsvSource({"UTF-8, false, BYTES", "UTF-8, true, BYTES", "ISO-8859-1, false, BYTES",
      "UTF-16BE, false, UTF16BE", "UTF-16LE, true, UTF16LE", "UTF-16, false, UTF16BE"})
  @DisplayName("a part in UTF-8, ISO-8859-1 or UTF-16 (with or without a byte order mark) is read,"
      + " in the encoding its first bytes show")
  void encodings(String charset, boolean byteByByte, XmlGuard.Encoding expected) {
    byte[] bytes = "<worksheet a=\"1\"><!-- c --><?pi x?></worksheet>".getBytes(
        Charset.forName(charset));

    XmlGuard guard = drained(bytes, byteByByte);

    assertThat(guard.encoding()).isEqualTo(expected);
    assertThat(guard.refusal()).isNull();
  }

  @Test
  @DisplayName("a part in UTF-16 little-endian with its byte order mark is read as UTF-16LE")
  void utf16LittleEndianWithMark() {
    byte[] bytes = "\uFEFF<worksheet/>".getBytes(StandardCharsets.UTF_16LE);

    assertThat(drained(bytes, false).encoding()).isEqualTo(XmlGuard.Encoding.UTF16LE);
  }

  @Test
  @DisplayName("until four bytes are read, a part counts as bytes")
  void beforeFourBytes() {
    assertThat(drained("<a".getBytes(StandardCharsets.US_ASCII), true).encoding())
        .isEqualTo(XmlGuard.Encoding.BYTES);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"UTF-32BE", "UTF-32LE", "UTF-32"})
  @DisplayName("a part in UTF-32 is refused, in the words that name both encodings a workbook has")
  void utf32(String charset) {
    byte[] bytes = "<worksheet/>".getBytes(Charset.forName(charset));

    assertThatThrownBy(() -> drained(bytes, false)).isInstanceOf(XmlGuard.Refusal.class)
        .hasMessage(REFUSED_ENCODING);
  }

  @Test
  @DisplayName("a part in EBCDIC ('<?xm' as 4C 6F A7 94) is refused")
  void ebcdic() {
    byte[] bytes = {0x4C, 0x6F, (byte) 0xA7, (byte) 0x94, 0x40, 0x40};

    assertThatThrownBy(() -> drained(bytes, true)).isInstanceOf(XmlGuard.Refusal.class)
        .hasMessage(REFUSED_ENCODING);
  }

  @Test
  @DisplayName("the refusal is kept for the caller, since the parser may wrap it in its own error")
  void refusalKept() {
    byte[] bytes = "<worksheet/>".getBytes(Charset.forName("UTF-32BE"));
    XmlGuard guard = new XmlGuard(new ByteArrayInputStream(bytes));

    assertThatThrownBy(() -> guard.read(new byte[16], 0, 16)).isInstanceOf(XmlGuard.Refusal.class);
    assertThat(guard.refusal()).hasMessage(REFUSED_ENCODING);
  }

  @Test
  @DisplayName("an element of exactly 1 000 attributes in UTF-16 passes; one more is refused")
  void attributesInUtf16() {
    StringBuilder tag = new StringBuilder("<row");
    for (int i = 0; i < XmlGuard.MAX_ATTRIBUTES; i++) {
      tag.append(" a").append(i).append("=\"\"");
    }
    String within = tag + "/>";
    String beyond = tag + " b=\"\"/>";

    assertThat(drained(within.getBytes(StandardCharsets.UTF_16LE), false).refusal()).isNull();
    assertThatThrownBy(() -> drained(beyond.getBytes(StandardCharsets.UTF_16BE), false))
        .isInstanceOf(XmlGuard.Refusal.class)
        .hasMessageContaining("more than " + XmlGuard.MAX_ATTRIBUTES + " attributes");
  }
}
