package io.github.zi4j.workbook;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of one XML part, watched as they pass to the XML parser, so that no single token can
 * make the parser buffer more than {@value #MAX_TOKEN} characters: a comment, a processing
 * instruction, a CDATA section, a tag with its attributes (so an attribute's value too), each at
 * most {@value #MAX_TOKEN} characters, a tag of at most {@value #MAX_ATTRIBUTES} attributes, and a
 * name of at most {@value #MAX_NAME}; a text is counted by the walk, which the parser tells in parts. A
 * declaration ({@code <!DOCTYPE}, {@code <!ENTITY}) is refused on sight: a workbook has no DTD.
 *
 * <p>The parser builds a comment or an attribute whole before it reports it, so a check on what it
 * reports comes too late (a 65 MiB comment fills the memory first); this watch comes before. It reads
 * UTF-8, ASCII and ISO-8859-1 byte by byte (a character of UTF-8 beyond ASCII counts as its bytes,
 * so a limit is met sooner, never later) and UTF-16 two bytes at a time; other encodings are refused.
 * Its state follows XML's rules for where each token ends ({@code -->}, {@code ?>}, {@code ]]>}, a
 * {@code >} outside quotes), so it agrees with the parser on every well-formed prefix; past the first
 * error the parser stops anyway.
 */
final class XmlGuard extends InputStream {

  /** The most characters of one token: comment, processing instruction, tag, CDATA section. */
  static final int MAX_TOKEN = 1 << 20;

  /** The most characters of an element's or an attribute's name. */
  static final int MAX_NAME = 1_000;

  /** The most attributes of one element (the JDK's parser stops at 10 000, in words of its own). */
  static final int MAX_ATTRIBUTES = 1_000;

  /** How the bytes make characters. */
  enum Encoding {
    /** UTF-8, ASCII or ISO-8859-1: one byte a unit. */
    BYTES,
    /** UTF-16, big-endian. */
    UTF16BE,
    /** UTF-16, little-endian. */
    UTF16LE
  }

  private enum State { TEXT, LT, BANG, COMMENT, PI, CDATA, TAG }

  /** A problem found, with the words that name it; the caller turns it into its refusal. */
  static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refusal(String problem) {
      super(problem, null, false, false);
    }
  }

  private final InputStream in;
  private final byte[] head = new byte[4];
  private int headLength;
  private Encoding encoding;
  private int firstByte = -1;

  private State state = State.TEXT;
  private int length;
  private int name;
  private int quote;
  private int attributes;
  private int previous;
  private int beforePrevious;
  private final StringBuilder bang = new StringBuilder();
  private Refusal refusal;

  XmlGuard(InputStream in) {
    this.in = in;
  }

  /** The encoding the part's first bytes show; {@link Encoding#BYTES} until four bytes are read. */
  Encoding encoding() {
    return encoding == null ? Encoding.BYTES : encoding;
  }

  /** The first problem found, if any: the parser may have wrapped it in an exception of its own. */
  Refusal refusal() {
    return refusal;
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      feed(b);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int count) throws IOException {
    int n = in.read(buffer, offset, count);
    for (int i = 0; i < n; i++) {
      feed(buffer[offset + i] & 0xFF);
    }
    return n;
  }

  /** Leaves the part open: the caller drains and closes it. */
  @Override
  public void close() {
    // the caller closes the entry
  }

  private void feed(int b) {
    if (encoding == null) {
      head[headLength++] = (byte) b;
      if (headLength == head.length) {
        encoding = sniff();
        for (byte h : head) {
          bytes(h & 0xFF);
        }
      }
      return;
    }
    bytes(b);
  }

  private void bytes(int b) {
    switch (encoding) {
      case BYTES -> unit(b);
      case UTF16BE, UTF16LE -> {
        if (firstByte < 0) {
          firstByte = b;
        } else {
          unit(encoding == Encoding.UTF16BE ? firstByte << 8 | b : b << 8 | firstByte);
          firstByte = -1;
        }
      }
      default -> throw new IllegalStateException("encoding " + encoding);
    }
  }

  /** The encoding of XML's appendix F, from the first four bytes; UTF-32 and EBCDIC are refused. */
  private Encoding sniff() {
    int b0 = head[0] & 0xFF;
    int b1 = head[1] & 0xFF;
    int b2 = head[2] & 0xFF;
    int b3 = head[3] & 0xFF;
    boolean utf32 = b0 == 0 && b1 == 0 || b2 == 0 && b3 == 0 && (b0 == '<' || b0 == 0xFF);
    if (utf32 || b0 == 0x4C && b1 == 0x6F && b2 == 0xA7 && b3 == 0x94) {
      throw refuse("the part is encoded neither in UTF-8 nor in UTF-16, the encodings of a workbook");
    }
    if (b0 == 0xFE && b1 == 0xFF || b0 == 0 && b1 == '<') {
      return Encoding.UTF16BE;
    }
    if (b0 == 0xFF && b1 == 0xFE || b0 == '<' && b1 == 0) {
      return Encoding.UTF16LE;
    }
    return Encoding.BYTES;
  }

  private void unit(int u) {
    switch (state) {
      case TEXT -> {
        if (u == '<') {
          state = State.LT;
          length = 1;
        }
      }
      case LT -> {
        previous = 0;
        beforePrevious = 0;
        if (u == '!' || u == '?') {
          length++;
          state = u == '!' ? State.BANG : State.PI;
          bang.setLength(0);
        } else {
          state = State.TAG;
          name = 0;
          quote = 0;
          attributes = 0;
          tag(u);
        }
      }
      case BANG -> {
        length++;
        bang.append((char) u);
        String opened = bang.toString();
        if (opened.equals("--")) {
          state = State.COMMENT;
        } else if (opened.equals("[CDATA[")) {
          state = State.CDATA;
        } else if (!"--".startsWith(opened) && !"[CDATA[".startsWith(opened)) {
          throw refuse("the XML has a DTD (<!DOCTYPE ...>) or a declaration (<!"
              + printable(opened) + "...); a workbook has none");
        }
      }
      case COMMENT -> ends(u, '-', '-', "a comment");
      case PI -> ends(u, 0, '?', "a processing instruction");
      case CDATA -> ends(u, ']', ']', "a CDATA section");
      case TAG -> tag(u);
      default -> throw new IllegalStateException("state " + state);
    }
  }

  /** One unit of a token that ends with {@code >} after {@code first} and {@code second}. */
  private void ends(int u, int first, int second, String what) {
    count(what);
    if (u == '>' && previous == second && (first == 0 || beforePrevious == first)) {
      state = State.TEXT;
      length = 0;
    }
    beforePrevious = previous;
    previous = u;
  }

  private void tag(int u) {
    count(quote != 0 ? "an attribute's value" : "a tag with its attributes");
    if (quote != 0) {
      if (u == quote) {
        quote = 0;
      }
    } else if (u == '"' || u == '\'') {
      quote = u;
      name = 0;
    } else if (u == '>') {
      state = State.TEXT;
      length = 0;
    } else if (u == '=') {
      name = 0;
      if (++attributes > MAX_ATTRIBUTES) {
        throw refuse("a tag has more than " + MAX_ATTRIBUTES + " attributes");
      }
    } else if (u == ' ' || u == '\t' || u == '\r' || u == '\n' || u == '/') {
      name = 0;
    } else if (++name > MAX_NAME) {
      throw refuse("a name is longer than " + MAX_NAME + " characters");
    }
  }

  private void count(String what) {
    if (++length > MAX_TOKEN) {
      throw refuse(what + " is longer than " + MAX_TOKEN + " characters (1 MiB), the most zi4j"
          + " reads");
    }
  }

  private Refusal refuse(String problem) {
    refusal = new Refusal(problem);
    return refusal;
  }

  private static String printable(String text) {
    return text.replaceAll("[^\\x20-\\x7E]", "?");
  }
}
