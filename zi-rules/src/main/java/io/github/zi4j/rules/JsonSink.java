package io.github.zi4j.rules;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.zi4j.rules.internal.JsonEscapes;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Where {@link DecisionLayout} writes a decision's JSON (<i>tujuan JSON keputusan</i>): a Jackson
 * generator ({@link Generator}, for {@link ZiModule}), or indented text made at once ({@link Text},
 * for {@link DecisionJson#write(Decision, java.util.Locale)}). The layout is written once; the text
 * is what Jackson's default pretty printer makes of the same calls, character for character.
 *
 * <p>Not thread-safe: one sink per document.
 */
interface JsonSink {

  void startObject() throws IOException;

  void endObject() throws IOException;

  void startArray() throws IOException;

  void endArray() throws IOException;

  /** The name of the next field of the object being written. */
  void field(Name name) throws IOException;

  /**
   * A field and its value at once, for a name made with its value ({@link Name#Name(String, Object)}):
   * a code, an enum constant's name, a small number, or null.
   */
  void constant(Name field) throws IOException;

  /** A string, or {@code null} for a null value. */
  void string(String value) throws IOException;

  /**
   * A string that needs no escape, written as it is: an enum constant's name, an ISO date, a code of
   * zi4j's own.
   */
  void token(String value) throws IOException;

  /**
   * A string held in a builder.
   *
   * @param value the string
   * @param escapeFree whether it is known to have no character JSON escapes: then it is written as
   *     it is, without looking
   */
  void string(StringBuilder value, boolean escapeFree) throws IOException;

  /** A number in plain notation, or {@code null} for a null value. */
  void number(BigDecimal value) throws IOException;

  void number(long value) throws IOException;

  /** A number in plain notation written as a string, the text of a measure. */
  void numberText(BigDecimal value) throws IOException;

  void nullValue() throws IOException;

  /**
   * A finding inside a decision: laid out by {@link DecisionLayout}, or, through Jackson, by the
   * serializer the mapper has for findings (the module's, unless a caller registered another).
   *
   * @param finding the finding
   * @param messages the language of its sentence
   */
  void finding(Finding finding, Locale messages) throws IOException;

  /** A measure inside a finding, as {@link #finding} is written. */
  void measure(Measure measure) throws IOException;

  /**
   * The name of a field (<i>nama kolom</i>), quoted once, and, for a field whose value is known in
   * advance, that value: for a generator, and for {@link Text} the whole line that opens the field
   * (and writes its value) at each of the first indentation levels, so that a field is one copy.
   */
  final class Name {
    /** The indentation levels whose lines are made in advance. */
    static final int LEVELS = 6;

    final SerializedString quoted;
    /** Whether the value is part of the name; then {@link #value} is it. */
    final boolean constant;
    /** The value: a string that needs no escape, an {@code Integer}, or null. */
    final Object value;
    /** Per level: a comma, a line break, the indentation, the quoted name, {@code " : "}, the value. */
    private final char[][] lines = new char[LEVELS][];

    /**
     * The name of a field.
     *
     * @param name the name
     */
    Name(String name) {
      this(name, false, null);
    }

    /**
     * The name of a field with its value.
     *
     * @param name the name
     * @param value a string that needs no escape (a code, an enum constant's name), an {@code
     *     Integer}, or null
     */
    Name(String name, Object value) {
      this(name, true, value);
    }

    private Name(String name, boolean constant, Object value) {
      if (value != null && !(value instanceof Integer) && !(value instanceof String)) {
        throw new IllegalArgumentException("a constant field is a string, an Integer or null, but "
            + name + " was " + value.getClass().getName());
      }
      this.quoted = new SerializedString(name);
      this.constant = constant;
      this.value = value;
      String literal = !constant ? ""
          : value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
      for (int level = 0; level < LEVELS; level++) {
        lines[level] = (",%s%s\"%s\" : %s").formatted(Text.EOL, "  ".repeat(level),
            new String(quoted.asQuotedChars()), literal).toCharArray();
      }
    }

    /** Writes this constant field's value into {@code sink}, after its name. */
    void writeValue(JsonSink sink) throws IOException {
      if (value == null) {
        sink.nullValue();
      } else if (value instanceof Integer number) {
        sink.number(number);
      } else {
        sink.token((String) value);
      }
    }

    /** The line opening this field at {@code level}, a comma first. */
    char[] line(int level) {
      return lines[level];
    }

    @Override
    public String toString() {
      return quoted.getValue();
    }
  }

  /**
   * The sink of a Jackson generator: each call passed on, and a finding or a measure inside another
   * value to the serializer the mapper has for it.
   */
  final class Generator implements JsonSink {
    private final JsonGenerator json;
    private final SerializerProvider provider;

    Generator(JsonGenerator json, SerializerProvider provider) {
      this.json = json;
      this.provider = provider;
    }

    @Override
    public void finding(Finding finding, Locale messages) throws IOException {
      provider.findValueSerializer(Finding.class).serialize(finding, json, provider);
    }

    @Override
    public void measure(Measure measure) throws IOException {
      provider.findValueSerializer(Measure.class).serialize(measure, json, provider);
    }

    @Override
    public void startObject() throws IOException {
      json.writeStartObject();
    }

    @Override
    public void endObject() throws IOException {
      json.writeEndObject();
    }

    @Override
    public void startArray() throws IOException {
      json.writeStartArray();
    }

    @Override
    public void endArray() throws IOException {
      json.writeEndArray();
    }

    @Override
    public void field(Name name) throws IOException {
      json.writeFieldName(name.quoted);
    }

    @Override
    public void constant(Name field) throws IOException {
      json.writeFieldName(field.quoted);
      field.writeValue(this);
    }

    @Override
    public void string(String value) throws IOException {
      json.writeString(value);
    }

    @Override
    public void token(String value) throws IOException {
      json.writeString(value);
    }

    @Override
    public void string(StringBuilder value, boolean escapeFree) throws IOException {
      json.writeString(value.toString());
    }

    @Override
    public void number(BigDecimal value) throws IOException {
      json.writeNumber(value);
    }

    @Override
    public void number(long value) throws IOException {
      json.writeNumber(value);
    }

    @Override
    public void numberText(BigDecimal value) throws IOException {
      json.writeString(Formats.plain(value, '.'));
    }

    @Override
    public void nullValue() throws IOException {
      json.writeNull();
    }
  }

  /**
   * Indented JSON text, as Jackson's {@code DefaultPrettyPrinter} lays it out: each field of an object
   * on its own line, indented two spaces per object; {@code "name" : value}; an array's values on one
   * line, {@code [ a, b ]}; an empty object {@code { }}, an empty array {@code [ ]}; lines ended by the
   * system's line separator; strings escaped as Jackson escapes them (a quote, a backslash, the short
   * forms of newline, tab, return, backspace and form feed, a six-character escape for any other
   * control character; nothing else);
   * numbers in plain notation ({@code WRITE_BIGDECIMAL_AS_PLAIN}).
   */
  final class Text implements JsonSink {
    private static final String EOL = System.lineSeparator();
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final int MAX_DEPTH = 32;
    /** The largest scale, either way, of a number Jackson writes in plain notation. */
    private static final int MAX_SCALE = 9999;

    /** The text so far: characters, not a builder, so that one non-Latin-1 sentence (an em dash)
     * does not make the whole text two bytes a character while it is written. */
    private char[] out;
    private int length;
    /** What this text was lent: its first buffer and the builder of its sentences. */
    private final Kept kept;
    /** Objects open: the indentation level. */
    private int objects;
    /** Containers open, innermost last: whether each is an array, and how many entries it has. */
    private final boolean[] array = new boolean[MAX_DEPTH];
    private final int[] entries = new int[MAX_DEPTH];
    private int depth;

    /**
     * A sink writing into a buffer of {@code capacity} characters, grown when needed.
     *
     * @param capacity the expected length of the text
     */
    Text(int capacity) {
      Kept lent = KEPT.get();
      if (lent != null) {
        KEPT.set(null); // lent to this text until it is done; a text made meanwhile makes its own
      } else {
        lent = new Kept();
      }
      kept = lent;
      out = lent.buffer != null && lent.buffer.length >= capacity ? lent.buffer
          : new char[Math.max(capacity, 16)];
    }

    /**
     * What a thread keeps for its next text, lent to one text at a time and given back when it is
     * done, as Jackson recycles its buffers: writing into memory just written is several times faster
     * than into memory just allocated. A buffer of at most {@link #KEPT_CHARACTERS} characters is
     * kept.
     */
    private static final ThreadLocal<Kept> KEPT = new ThreadLocal<>();
    private static final int KEPT_CHARACTERS = 1 << 16;

    /** A buffer, and the builder every sentence is rendered in, emptied before each. */
    private static final class Kept {
      char[] buffer;
      final StringBuilder sentence = new StringBuilder(1024);
    }

    /** The text written; the sink is done. */
    String text() {
      String text = new String(out, 0, length);
      if (out.length <= KEPT_CHARACTERS) {
        kept.buffer = out;
      }
      if (kept.sentence.capacity() > KEPT_CHARACTERS) {
        kept.sentence.setLength(0);
        kept.sentence.trimToSize();
      }
      KEPT.set(kept);
      out = null;
      return text;
    }

    /** Room for {@code more} characters. */
    private void room(int more) {
      if (length + more > out.length) {
        out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, length + more));
      }
    }

    private void append(char c) {
      room(1);
      out[length++] = c;
    }

    private void append(String text) {
      int n = text.length();
      room(n);
      text.getChars(0, n, out, length);
      length += n;
    }

    @Override
    public void finding(Finding finding, Locale messages) throws IOException {
      DecisionLayout.finding(finding, messages, this, kept.sentence);
    }

    @Override
    public void measure(Measure measure) throws IOException {
      DecisionLayout.measure(measure, this);
    }

    /** Before a value: the separator from the value before, in an array. */
    private void beforeValue() {
      if (depth > 0 && array[depth - 1]) {
        append(entries[depth - 1]++ == 0 ? " " : ", ");
      }
    }

    /** A line break and the indentation of the deepest objects written: copied from, in part. */
    private static final char[] INDENTS = (EOL + " ".repeat(2 * MAX_DEPTH)).toCharArray();

    private void indent() {
      int n = EOL.length() + 2 * objects;
      room(n);
      System.arraycopy(INDENTS, 0, out, length, n);
      length += n;
    }

    private void open(boolean isArray) {
      if (depth == MAX_DEPTH) {
        throw new IllegalStateException("JSON nested deeper than " + MAX_DEPTH);
      }
      array[depth] = isArray;
      entries[depth] = 0;
      depth++;
    }

    @Override
    public void startObject() {
      beforeValue();
      append('{');
      objects++;
      open(false);
    }

    @Override
    public void endObject() {
      objects--;
      if (entries[--depth] > 0) {
        indent();
      } else {
        append(' ');
      }
      append('}');
    }

    @Override
    public void startArray() {
      beforeValue();
      append('[');
      open(true);
    }

    @Override
    public void endArray() {
      depth--;
      append(" ]"); // after the last value, or inside an empty array: "[ ]"
    }

    @Override
    public void field(Name name) {
      assert !name.constant : name + " is written with its value, by constant(Name)";
      line(name);
    }

    @Override
    public void constant(Name field) throws IOException {
      assert field.constant : field + " has no value of its own";
      if (!line(field)) {
        field.writeValue(this);
      }
    }

    /**
     * Opens a field: at the first levels the line made in advance (with a constant field's value),
     * deeper the name alone. Gives whether the value was written.
     */
    private boolean line(Name name) {
      boolean first = entries[depth - 1]++ == 0;
      if (objects < Name.LEVELS) {
        char[] line = name.line(objects);
        int from = first ? 1 : 0;
        int n = line.length - from;
        room(n);
        System.arraycopy(line, from, out, length, n);
        length += n;
        return true;
      }
      if (!first) {
        append(',');
      }
      indent();
      char[] quoted = name.quoted.asQuotedChars();
      room(quoted.length + 5);
      out[length++] = '"';
      System.arraycopy(quoted, 0, out, length, quoted.length);
      length += quoted.length;
      append("\" : ");
      return false;
    }

    @Override
    public void string(String value) {
      if (value == null) {
        nullValue();
        return;
      }
      int n = openString(value.length());
      value.getChars(0, n, out, length);
      escapeCopied(value, n);
    }

    @Override
    public void token(String value) {
      int n = openString(value.length());
      value.getChars(0, n, out, length);
      closeCopied(n);
    }

    @Override
    public void string(StringBuilder value, boolean escapeFree) {
      int n = openString(value.length());
      value.getChars(0, n, out, length);
      if (escapeFree) {
        closeCopied(n);
      } else {
        escapeCopied(value, n);
      }
    }

    /** Ends the string whose {@code n} characters were just copied after the text, as they are. */
    private void closeCopied(int n) {
      length += n;
      out[length++] = '"';
    }

    /** Opens a string of {@code n} characters, with room for them and its quotes; gives {@code n}. */
    private int openString(int n) {
      beforeValue();
      room(n + 2);
      out[length++] = '"';
      return n;
    }

    /**
     * Ends the string whose {@code n} characters were just copied after the text: the usual string
     * needs no escape, and is scanned where it was copied; one that does is written again from its
     * first character to escape, escaped.
     */
    private void escapeCopied(CharSequence value, int n) {
      int start = length;
      int end = start + n;
      int at = start;
      while (at < end && !JsonEscapes.escaped(out[at])) {
        at++;
      }
      length = at;
      if (at < end) {
        escaped(value, at - start);
      }
      append('"');
    }

    /** Appends {@code value} from {@code from} on, escaped. */
    private void escaped(CharSequence value, int from) {
      int n = value.length();
      for (int i = from; i < n; i++) {
        char c = value.charAt(i);
        if (!JsonEscapes.escaped(c)) {
          append(c);
          continue;
        }
        append('\\');
        switch (c) {
          case '"':
          case '\\':
            append(c);
            break;
          case '\b':
            append('b');
            break;
          case '\t':
            append('t');
            break;
          case '\f':
            append('f');
            break;
          case '\n':
            append('n');
            break;
          case '\r':
            append('r');
            break;
          default:
            append("u00");
            append(HEX[c >> 4]);
            append(HEX[c & 0xF]);
        }
      }
    }

    @Override
    public void number(BigDecimal value) throws IOException {
      if (value == null) {
        nullValue();
        return;
      }
      if (Math.abs(value.scale()) > MAX_SCALE) {
        // what Jackson refuses to write in plain notation, refused the same way
        throw new IOException("Attempt to write plain `java.math.BigDecimal` with illegal scale ("
            + value.scale() + "): needs to be between [-" + MAX_SCALE + ", " + MAX_SCALE + "]");
      }
      beforeValue();
      plain(value);
    }

    @Override
    public void numberText(BigDecimal value) {
      beforeValue();
      append('"');
      plain(value);
      append('"');
    }

    /** Appends {@code value} in plain notation. */
    private void plain(BigDecimal value) {
      room(Formats.PLAIN_ROOM);
      int end = Formats.plain(value, '.', out, length);
      if (end >= 0) {
        length = end;
      } else {
        append(value.toPlainString());
      }
    }

    @Override
    public void number(long value) {
      beforeValue();
      if (value >= 0 && value < 10) {
        append((char) ('0' + value));
        return;
      }
      append(Long.toString(value));
    }

    @Override
    public void nullValue() {
      beforeValue();
      append("null");
    }
  }
}
