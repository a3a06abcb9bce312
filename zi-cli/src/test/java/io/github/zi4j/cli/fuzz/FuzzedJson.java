package io.github.zi4j.cli.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A JSON document of the project (a case, a worksheet, a template) with fields replaced by values a
 * {@link FuzzedDataProvider} builds: numbers written as fuzzed literals (long digit strings, huge and
 * tiny exponents), dates as fuzzed strings, nulls, values of the wrong type, deep arrays, removed and
 * unknown fields, and values moved from elsewhere in the document. The provider chooses which nodes
 * change and how, so the fuzzer explores the document's structure rather than its syntax.
 */
final class FuzzedJson {

  /** Writes documents nested deeper than the readers allow (Jackson's writer stops at 1000). */
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(100_000).build())
      .build());
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** At most this many fields change in one input. */
  private static final int MAX_CHANGES = 6;

  /** No further change once the document has this many nodes (copies of copies grow fast). */
  private static final int MAX_NODES = 100_000;

  private final JsonNode base;
  /** Every field name and text value of the document: plausible words for the fuzzer to try. */
  private final List<String> words;

  private FuzzedJson(JsonNode base) {
    this.base = base;
    TreeSet<String> found = new TreeSet<>();
    collectWords(base, found);
    this.words = List.copyOf(found);
  }

  /** The document at {@code path}, relative to the zi-examples module. */
  static FuzzedJson of(Path path) {
    try {
      return new FuzzedJson(MAPPER.readTree(path.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document unchanged, as JSON. */
  String text() {
    try {
      return MAPPER.writeValueAsString(base);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document with the changes {@code data} chooses, as JSON text. */
  String mutate(FuzzedDataProvider data) {
    JsonNode doc = base.deepCopy();
    int changes = data.consumeInt(0, MAX_CHANGES);
    for (int i = 0; i < changes; i++) {
      List<Slot> slots = new ArrayList<>();
      collectSlots(doc, slots);
      if (slots.isEmpty() || slots.size() > MAX_NODES) {
        break;
      }
      change(slots.get(data.consumeInt(0, slots.size() - 1)), doc, data);
    }
    try {
      return MAPPER.writeValueAsString(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where a node sits: a field of an object, or an element of an array. */
  private record Slot(ContainerNode<?> parent, String field, int index) {

    void set(JsonNode value) {
      if (parent instanceof ObjectNode object) {
        object.set(field, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }

    JsonNode get() {
      return parent instanceof ObjectNode object ? object.get(field) : parent.get(index);
    }

    void remove() {
      if (parent instanceof ObjectNode object) {
        object.remove(field);
      } else {
        ((ArrayNode) parent).remove(index);
      }
    }
  }

  private void change(Slot slot, JsonNode doc, FuzzedDataProvider data) {
    switch (data.consumeInt(0, 14)) {
      case 0, 1 -> slot.set(raw(number(data)));
      case 2 -> slot.set(NODES.textNode(number(data)));
      case 3, 4 -> slot.set(NODES.textNode(date(data)));
      case 5 -> slot.set(NODES.nullNode());
      case 6 -> slot.set(NODES.booleanNode(data.consumeBoolean()));
      case 7 -> slot.set(NODES.textNode(words.isEmpty() ? "" : data.pickValue(words)));
      case 8 -> slot.set(NODES.textNode(text(data.consumeString(200))));
      case 9 -> slot.set(deep(slot.get(), data));
      case 10 -> slot.remove();
      case 11 -> {
        List<Slot> all = new ArrayList<>();
        collectSlots(doc, all);
        slot.set(all.get(data.consumeInt(0, all.size() - 1)).get().deepCopy());
      }
      case 12 -> {
        ArrayNode many = NODES.arrayNode();
        JsonNode element = slot.get();
        int count = data.consumeInt(0, element.isContainerNode() ? 20 : 2_000);
        for (int i = 0; i < count; i++) {
          many.add(element.deepCopy());
        }
        slot.set(many);
      }
      case 13 -> {
        JsonNode target = slot.get();
        if (target instanceof ObjectNode object && object.size() > 0) {
          List<String> names = new ArrayList<>();
          object.fieldNames().forEachRemaining(names::add);
          String name = data.pickValue(names);
          object.set(lookalike(name, data), object.get(name).deepCopy());
        } else {
          slot.set(raw(zero(data)));
        }
      }
      default -> {
        JsonNode target = slot.get();
        if (target instanceof ObjectNode object) {
          String name = data.consumeBoolean() && !words.isEmpty() ? data.pickValue(words)
              : text(data.consumeString(40));
          object.set(name, raw(number(data)));
        } else {
          slot.set(NODES.objectNode());
        }
      }
    }
  }

  /**
   * A number literal as a fuzzed string: a sign, digits (a few chosen, then possibly a long run of
   * one), a fraction, and an exponent of any size; sometimes not a valid JSON number at all; one in
   * eight a zero with an exponent ({@link #zero}).
   */
  private static String number(FuzzedDataProvider data) {
    if (data.consumeInt(0, 7) == 0) {
      return zero(data);
    }
    StringBuilder text = new StringBuilder();
    if (data.consumeBoolean()) {
      text.append('-');
    }
    digits(text, data);
    if (data.consumeBoolean()) {
      text.append('.');
      digits(text, data);
    }
    if (data.consumeBoolean()) {
      text.append(data.pickValue(new String[] {"e", "E", "e+", "e-", "E-"}));
      long exponent = data.consumeLong();
      text.append(data.consumeBoolean() ? Long.toString(Math.abs(exponent % 1_000_000_000_000L))
          : Long.toString(Math.abs(exponent % 1_000)));
    }
    return text.toString();
  }

  /**
   * A zero with an exponent, {@code 0e-99999999} or {@code -0.000E+12}: once read with a scale of
   * its exponent, which made every sum with it as long.
   */
  private static String zero(FuzzedDataProvider data) {
    StringBuilder text = new StringBuilder(data.consumeBoolean() ? "-0" : "0");
    if (data.consumeBoolean()) {
      text.append('.').append("0".repeat(data.consumeInt(0, 40)));
    }
    text.append(data.pickValue(new String[] {"e-", "E-", "e+", "e", "E+"}));
    long exponent = Math.abs(data.consumeLong() % 2_000_000_000L);
    return text.append(data.consumeBoolean() ? exponent : exponent % 100_000).toString();
  }

  /**
   * A key that a lax reader would take for {@code name}: with a leading zero or sign, spaces around
   * it, or its digits written in another script (full-width, Arabic-Indic); two such keys once meant
   * one year, the last silently winning.
   */
  private static String lookalike(String name, FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 4)) {
      case 0 -> "0" + name;
      case 1 -> "+" + name;
      case 2 -> data.consumeBoolean() ? " " + name : name + " ";
      case 3 -> digitsFrom(name, '\uff10');
      default -> digitsFrom(name, '\u0660');
    };
  }

  private static String digitsFrom(String name, char zero) {
    StringBuilder other = new StringBuilder();
    for (char c : name.toCharArray()) {
      other.append(c >= '0' && c <= '9' ? (char) (zero + (c - '0')) : c);
    }
    return other.toString();
  }

  private static void digits(StringBuilder text, FuzzedDataProvider data) {
    int chosen = data.consumeInt(0, 12);
    for (int i = 0; i < chosen; i++) {
      text.append((char) ('0' + data.consumeInt(0, 9)));
    }
    if (data.consumeInt(0, 7) == 0) {
      text.append(String.valueOf((char) ('0' + data.consumeInt(0, 9)))
          .repeat(data.consumeInt(0, 5_000)));
    }
  }

  /** A date as a fuzzed string: any year, a plausible one, another layout, or any text. */
  private static String date(FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 3)) {
      case 0 -> {
        int year = data.consumeInt();
        yield (year > 9999 ? "+" : "") + year + "-" + two(data.consumeInt(0, 99)) + "-"
            + two(data.consumeInt(0, 99));
      }
      case 1 -> String.format("%04d-%s-%s", data.consumeInt(1850, 2250),
          two(data.consumeInt(0, 13)), two(data.consumeInt(0, 32)));
      case 2 -> two(data.consumeInt(0, 32)) + data.pickValue(new String[] {"/", ".", " "})
          + two(data.consumeInt(0, 13)) + "/" + data.consumeInt(0, 99_999);
      default -> text(data.consumeString(30));
    };
  }

  private static String two(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }

  /** {@code node} inside arrays or objects nested up to 300 deep (the readers allow 64). */
  private static JsonNode deep(JsonNode node, FuzzedDataProvider data) {
    int depth = data.consumeInt(1, 300);
    boolean objects = data.consumeBoolean();
    JsonNode result = node == null ? NODES.nullNode() : node;
    for (int i = 0; i < depth; i++) {
      result = objects ? NODES.objectNode().set("x", result) : NODES.arrayNode().add(result);
    }
    return result;
  }

  /**
   * A fuzzed text, without the words the property looks for in standard error ("Exception", a tab
   * before "at "), which an error message may rightly quote from the input.
   */
  private static String text(String fuzzed) {
    return fuzzed.replace("Exception", "Exc").replace('\t', ' ');
  }

  private static JsonNode raw(String literal) {
    return NODES.rawValueNode(new RawValue(literal));
  }

  private static void collectSlots(JsonNode node, List<Slot> slots) {
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        slots.add(new Slot(object, field.getKey(), -1));
        collectSlots(field.getValue(), slots);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        slots.add(new Slot(array, null, i));
        collectSlots(array.get(i), slots);
      }
    }
  }

  private static void collectWords(JsonNode node, TreeSet<String> words) {
    if (node.isTextual() && node.asText().length() <= 40) {
      words.add(node.asText());
    }
    node.fieldNames().forEachRemaining(words::add);
    node.elements().forEachRemaining(child -> collectWords(child, words));
  }
}
