package io.github.zi4j.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.zi4j.ZiJson;
import io.github.zi4j.ZiParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files a command reads: a path that exists and is a readable file (named in any script, in any
 * locale), or standard input for {@code -}, each read once within {@link ZiJson}'s limits.
 */
final class Inputs {

  /** What {@code -} reads. */
  private final InputStream stdin;

  Inputs(InputStream stdin) {
    this.stdin = stdin;
  }

  /** The {@code type} in {@code file}, or in standard input for {@code -}, streamed as it is read. */
  <T> T read(String file, Class<T> type) {
    if ("-".equals(file)) {
      return ZiJson.read(stdin, "-", type);
    }
    return ZiJson.read(readablePath(file), type);
  }

  /**
   * The JSON document in {@code file}, or in standard input for {@code -}: its bytes read once,
   * refused past {@link ZiJson#MAX_DOCUMENT_LENGTH}, and parsed once, so that a command can look at
   * its top-level names before it chooses what to read it as.
   */
  Document document(String file) {
    byte[] bytes;
    if ("-".equals(file)) {
      bytes = ZiJson.readBytes(stdin, "-");
    } else {
      try (InputStream in = Files.newInputStream(readablePath(file))) {
        bytes = ZiJson.readBytes(in, file);
      } catch (IOException e) {
        throw new ZiParseException(file, "$", "cannot read the file: " + e.getMessage(), e);
      }
    }
    return new Document(file, ZiJson.read(bytes, file, TokenBuffer.class));
  }

  /** A JSON document parsed once, and the name it was read from. */
  static final class Document {

    private final String source;
    private final TokenBuffer tokens;

    Document(String source, TokenBuffer tokens) {
      this.source = source;
      this.tokens = tokens;
    }

    /** The names of the top-level object; empty when the document is not an object. */
    Set<String> fields() {
      Set<String> fields = new HashSet<>();
      try (JsonParser parser = tokens.asParser()) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          return fields;
        }
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME;
            token = parser.nextToken()) {
          fields.add(parser.currentName());
          parser.nextToken();
          parser.skipChildren();
        }
      } catch (IOException e) {
        // the tokens are in memory: reading them cannot fail
        throw new UncheckedIOException(e);
      }
      return fields;
    }

    /** The document read as a {@code type}, refusals naming the JSON path. */
    <T> T as(Class<T> type) {
      return ZiJson.read(tokens, source, type);
    }
  }

  /**
   * The day an option gives as {@code yyyy-MM-dd}.
   *
   * @param option the option, for the message ({@code --as-of})
   * @param text what was given
   * @return the day
   * @throws UsageException naming the option and the text when it is not such a day
   */
  static LocalDate day(String option, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new UsageException(option + " takes a day as yyyy-MM-dd, but was " + Texts.quote(text));
    }
  }

  /**
   * The path of {@code file}; when the locale cannot encode its name ({@code LANG=C} and a name
   * such as {@code kasus-é北.json}), the one entry of each folder whose name reads the same in that
   * locale, so that a file named in any script can be read in any locale.
   */
  static Path path(String file) {
    try {
      return Path.of(file);
    } catch (InvalidPathException e) {
      return pathByListing(file, e);
    }
  }

  private static Path pathByListing(String file, InvalidPathException cause) {
    Path at = file.startsWith("/") ? Path.of("/") : Path.of("");
    for (String part : file.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      Path next;
      try {
        next = at.resolve(part);
      } catch (InvalidPathException e) {
        Path folder = at.toString().isEmpty() ? Path.of(".") : at;
        List<Path> same;
        try (Stream<Path> list = Files.list(folder)) {
          same = list.filter(entry -> entry.getFileName().toString().equals(part))
              .collect(Collectors.toList());
        } catch (IOException | UncheckedIOException listing) {
          same = List.of();
        }
        if (same.size() != 1) {
          throw new ZiParseException(file, "$", (same.isEmpty() ? "no such file" : same.size()
              + " files have this name")
              + " in this locale, whose encoding (" + System.getProperty("sun.jnu.encoding")
              + ") cannot write the name; run with LANG=C.UTF-8", cause);
        }
        next = at.toString().isEmpty() ? same.get(0).getFileName() : same.get(0);
      }
      at = next;
    }
    return at;
  }

  /** The path of {@code file}, refused unless it is a file that exists and can be read. */
  static Path readablePath(String file) {
    Path path = path(file);
    if (Files.isDirectory(path)) {
      throw new ZiParseException(file, "$", "is a directory, not a file", null);
    }
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      throw new ZiParseException(file, "$", "is a special file (a device, a pipe), not a file",
          null);
    }
    if (!Files.exists(path)) {
      throw new ZiParseException(file, "$", "no such file", null);
    }
    if (!Files.isReadable(path)) {
      throw new ZiParseException(file, "$", "cannot be read (permission denied)", null);
    }
    return path;
  }

  /** Whether {@code file} is named as an LKE workbook, {@code .xlsx}. */
  static boolean isWorkbook(String file) {
    return file.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
  }
}
