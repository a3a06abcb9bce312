package io.github.zi4j;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.zi4j.internal.BoundedReaders;
import io.github.zi4j.internal.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and writes zi4j values as JSON (<i>berkas kasus</i>): ISO dates, exact decimals, unknown
 * properties rejected, and every error turned into a {@link ZiParseException} that names the JSON path
 * and the problem in one line.
 *
 * <pre>{@code
 * Proposal proposal = ZiJson.read(Path.of("pesawaran-2024.json"), Proposal.class);
 * String json = ZiJson.write(proposal);
 * }</pre>
 *
 * <p>Thread-safe: the mapper inside is configured once and never changed.
 *
 * @since 0.1
 */
public final class ZiJson {

  /** The most characters a document read may have: 16 MB. */
  public static final long MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;

  /** The deepest nesting of objects and arrays read. */
  public static final int MAX_NESTING = 64;

  /** The most characters of one number read. */
  public static final int MAX_NUMBER_LENGTH = 64;

  /**
   * The most tokens (names, values, brackets) a document read may have: enough for a hundred
   * thousand history events, few enough that no document of {@link #MAX_DOCUMENT_LENGTH} fills 256
   * MB of memory with what it makes.
   */
  public static final long MAX_TOKENS = 1_000_000;

  /** The most characters of one string read. */
  public static final int MAX_STRING_LENGTH = 100_000;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(JsonFactory.builder()
              .streamReadConstraints(StreamReadConstraints.builder()
                  .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                  .maxNestingDepth(MAX_NESTING)
                  .maxNumberLength(MAX_NUMBER_LENGTH)
                  .maxStringLength(MAX_STRING_LENGTH)
                  .maxTokenCount(MAX_TOKENS)
                  .build())
              .build())
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .addModule(BoundedReaders.module())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .defaultLeniency(false)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .serializationInclusion(JsonInclude.Include.NON_ABSENT)
          .build();

  private static final Pattern NOT_SET =
      Pattern.compile("some of required attributes are not set \\[(.*)]");

  private ZiJson() {}

  /**
   * A copy of the mapper zi4j uses, for a caller who wants to read or write zi4j values inside their own
   * JSON; changing the copy does not change zi4j.
   *
   * @return a new mapper configured as zi4j's
   */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  /**
   * Reads a {@code type} from the file at {@code path}.
   *
   * @param <T> the type read
   * @param path the file
   * @param type the type read, for example {@code Proposal.class}
   * @return the value
   * @throws ZiParseException when the file cannot be read or is not a valid {@code type}
   */
  public static <T> T read(Path path, Class<T> type) {
    String source = path.toString();
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, source, type);
    } catch (IOException e) {
      throw new ZiParseException(source, "$", "cannot read the file: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a {@code type} from {@code json}.
   *
   * @param <T> the type read
   * @param json the JSON text
   * @param source a name for the text in messages, for example {@code "-"} for standard input
   * @param type the type read
   * @return the value
   * @throws ZiParseException when the text is not a valid {@code type}
   */
  public static <T> T read(String json, String source, Class<T> type) {
    return read(source, MAPPER.constructType(type), () -> MAPPER.createParser(json));
  }

  /**
   * Reads a {@code type} from {@code in}, which is not closed.
   *
   * @param <T> the type read
   * @param in the JSON bytes, UTF-8
   * @param source a name for the stream in messages
   * @param type the type read
   * @return the value
   * @throws ZiParseException when the stream cannot be read or is not a valid {@code type}
   */
  public static <T> T read(InputStream in, String source, Class<T> type) {
    return read(source, MAPPER.constructType(type), () -> MAPPER.createParser(in));
  }

  /**
   * Reads a generic {@code type}, such as a list, from {@code in}, which is not closed.
   *
   * @param <T> the type read
   * @param in the JSON bytes, UTF-8
   * @param source a name for the stream in messages
   * @param type the type read, for example {@code new TypeReference<List<ProposalRound>>() {}}
   * @return the value
   * @throws ZiParseException when the stream cannot be read or is not a valid {@code type}
   */
  public static <T> T read(InputStream in, String source, TypeReference<T> type) {
    return read(source, MAPPER.constructType(type), () -> MAPPER.createParser(in));
  }

  /**
   * Reads a {@code type} from {@code json}, the bytes of a document read once with {@link
   * #readBytes(InputStream, String)}, for a caller that looks at one input in two ways.
   *
   * @param <T> the type read
   * @param json the JSON bytes, UTF-8, UTF-16 or UTF-32 as JSON detects them (a byte order mark
   *     allowed)
   * @param source a name for the bytes in messages
   * @param type the type read
   * @return the value
   * @throws ZiParseException when the bytes are not a valid {@code type}
   */
  public static <T> T read(byte[] json, String source, Class<T> type) {
    return read(source, MAPPER.constructType(type), () -> MAPPER.createParser(json));
  }

  /**
   * Reads a {@code type} from {@code document}, a JSON document parsed once into tokens with {@code
   * read(bytes, source, TokenBuffer.class)}: for a caller that looks at the document (its top-level
   * names, say) before it chooses the type to read, without parsing the text again. Errors name the
   * JSON path as {@link #read(byte[], String, Class)} does.
   *
   * @param <T> the type read
   * @param document the document's tokens
   * @param source a name for the document in messages
   * @param type the type read
   * @return the value
   * @throws ZiParseException when the document is not a valid {@code type}
   */
  public static <T> T read(TokenBuffer document, String source, Class<T> type) {
    return read(source, MAPPER.constructType(type), () -> document.asParser(MAPPER));
  }

  /**
   * The bytes of {@code in}, which is not closed, counted as they are read and refused once there
   * are more than {@link #MAX_DOCUMENT_LENGTH}: a file, standard input or a device is never held
   * whole before the limit is known to hold.
   *
   * @param in the bytes of one document
   * @param source a name for the stream in messages
   * @return the bytes, at most {@link #MAX_DOCUMENT_LENGTH}
   * @throws ZiParseException when there are more bytes than that, or the stream cannot be read
   */
  public static byte[] readBytes(InputStream in, String source) {
    try {
      byte[] bytes = in.readNBytes((int) MAX_DOCUMENT_LENGTH + 1);
      if (bytes.length > MAX_DOCUMENT_LENGTH) {
        throw new ZiParseException(source, "$", "a document may have at most "
            + MAX_DOCUMENT_LENGTH + " characters, but had " + bytes.length + " or more", null);
      }
      return bytes;
    } catch (IOException e) {
      throw new ZiParseException(source, "$", "cannot read the input: " + e.getMessage(), e);
    }
  }

  /**
   * Writes {@code value} as indented JSON, with ISO dates and plain decimals; empty optional values are
   * left out.
   *
   * @param value a zi4j value, or a collection or map of them
   * @return the JSON text
   */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      // every zi4j value can be written: failing to is a bug, not bad input
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName()
          + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  private interface ParserFactory {
    JsonParser open() throws IOException;
  }

  private static <T> T read(String source, JavaType type, ParserFactory parsers) {
    try (JsonParser parser = parsers.open()) {
      if (parser.nextToken() == null) {
        throw new ZiParseException(source, "$", "the input is empty; expected a JSON object", null);
      }
      T value;
      try {
        value = MAPPER.readValue(parser, type);
      } catch (NumberFormatException e) {
        // a number Java cannot hold at all (an exponent beyond an int), met inside Jackson
        throw new ZiParseException(source, pathOf(parser.getParsingContext()), Limits.OUT_OF_RANGE,
            e);
      }
      if (value == null) {
        throw new ZiParseException(
            source, "$", "expected " + describe(type.getRawClass()) + ", but found null", null);
      }
      return value;
    } catch (JsonMappingException e) {
      rethrowError(e);
      String path = path(e);
      if (e.getCause() instanceof ZiException) {
        ZiException refused = (ZiException) e.getCause();
        path = refused.isAbsolute() || refused.path().isEmpty() ? path
            : path + "." + refused.path();
      }
      throw new ZiParseException(source, path, problem(e), e);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "$" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new ZiParseException(source, where, limitBroken(e).orElseGet(
          () -> "not valid JSON: " + firstLine(withoutStartMarker(e.getOriginalMessage()))), e);
    } catch (IOException e) {
      throw new ZiParseException(source, "$", "cannot read the input: " + e.getMessage(), e);
    }
  }

  /**
   * Throws the {@link Error} (out of memory, stack overflow) inside {@code e}, where Jackson wraps
   * one met while it made a value: an error of the machine is never reported as bad input.
   */
  private static void rethrowError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof Error) {
        throw (Error) t;
      }
      if (t.getCause() == t) {
        return;
      }
    }
  }

  private static String pathOf(JsonStreamContext context) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.getCurrentName() != null) {
        parts.add(0, "." + Limits.quote(c.getCurrentName()));
      } else if (c.inArray()) {
        parts.add(0, "[" + c.getCurrentIndex() + "]");
      }
    }
    return "$" + String.join("", parts);
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      } else if (ref.getFieldName() != null) {
        path.append('.').append(Limits.quote(ref.getFieldName()));
      }
    }
    return path.toString();
  }

  private static final Pattern LIMIT = Pattern.compile(
      "(Number value|String value|Document nesting depth|Document length|Token count)[^(]*\\((\\d+)\\) "
          + "exceeds the maximum allowed \\((\\d+)");

  /** The limit of {@link StreamReadConstraints} that {@code e} reports, said without Jackson's names. */
  private static Optional<String> limitBroken(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StreamConstraintsException) {
        Matcher m = LIMIT.matcher(String.valueOf(t.getMessage()));
        if (!m.find()) {
          return Optional.of("the input breaks a limit of zi4j: " + firstLine(t.getMessage()));
        }
        String found = m.group(2);
        String max = m.group(3);
        switch (m.group(1)) {
          case "Number value":
            return Optional.of("a number may have at most " + max + " digits, but had " + found);
          case "String value":
            return Optional.of("a string may have at most " + max + " characters, but had "
                + found + " or more");
          case "Token count":
            return Optional.of("a document may have at most " + max + " names and values, but had "
                + found + " or more");
          case "Document nesting depth":
            return Optional.of("objects and arrays may nest at most " + max + " deep, but nested "
                + found + " deep");
          default:
            return Optional.of("a document may have at most " + max + " characters, but had "
                + found + " or more");
        }
      }
    }
    return Optional.empty();
  }

  private static String problem(JsonMappingException e) {
    Optional<String> limit = limitBroken(e);
    if (limit.isPresent()) {
      return limit.get();
    }
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      return "unknown property \"" + Limits.quote(u.getPropertyName()) + "\"; allowed: " + names(u.getKnownPropertyIds());
    }
    if (e instanceof InvalidFormatException) {
      InvalidFormatException f = (InvalidFormatException) e;
      Class<?> target = f.getTargetType();
      String value = "\"" + Limits.quote(String.valueOf(f.getValue())) + "\"";
      if (target != null && target.isEnum()) {
        return value + " is not one of " + Arrays.toString(target.getEnumConstants());
      }
      if (target != null && Temporal.class.isAssignableFrom(target)) {
        return value + " is not a date in ISO format yyyy-MM-dd";
      }
      return value + " is not " + describe(target);
    }
    if (e instanceof ValueInstantiationException) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      String message = String.valueOf(cause.getMessage());
      Matcher missing = NOT_SET.matcher(message);
      if (missing.find()) {
        return "missing required property " + missing.group(1);
      }
      if (cause instanceof NullPointerException
          && !message.contains("must not be null") && !message.contains("is required")
          && !message.contains("are required")) {
        // Immutables and Objects.requireNonNull name only the attribute
        return message + " must not be null";
      }
      return message;
    }
    if (e instanceof MismatchedInputException) {
      MismatchedInputException m = (MismatchedInputException) e;
      if (String.valueOf(m.getOriginalMessage()).startsWith("Trailing token")) {
        return "expected the end of the input after the value, but found " + found(m);
      }
      return "expected " + describe(m.getTargetType()) + ", but found " + found(m);
    }
    return firstLine(withoutStartMarker(e.getOriginalMessage()));
  }

  private static String describe(Class<?> target) {
    if (target == null) {
      return "another value";
    }
    if (target.isEnum()) {
      return "one of " + Arrays.toString(target.getEnumConstants());
    }
    if (Temporal.class.isAssignableFrom(target)) {
      return "a date in ISO format yyyy-MM-dd";
    }
    if (target == BigDecimal.class || target == Double.class || target == double.class) {
      return "a number";
    }
    if (target == Integer.class || target == int.class || target == OptionalInt.class) {
      return "a whole number";
    }
    if (target == String.class) {
      return "a string";
    }
    if (Collection.class.isAssignableFrom(target) || target.isArray()) {
      return "a JSON array";
    }
    return "a JSON object";
  }

  private static String found(MismatchedInputException e) {
    JsonToken token = e.getProcessor() instanceof JsonParser
        ? ((JsonParser) e.getProcessor()).currentToken()
        : null;
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_ARRAY:
        return "an array";
      case START_OBJECT:
        return "an object";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : "\"" + token.asString() + "\"";
    }
  }

  private static String names(Collection<Object> ids) {
    List<String> sorted = ids.stream().map(String::valueOf).sorted().collect(Collectors.toList());
    return String.join(", ", sorted);
  }

  /** Cuts Jackson's "(start marker at [Source: ...])", which quotes the input; the path has the place. */
  private static String withoutStartMarker(String text) {
    int marker = text == null ? -1 : text.indexOf(" (start marker at ");
    return marker < 0 ? text : text.substring(0, marker);
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "unreadable input";
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
