package io.github.zi4j.lke;

import io.github.zi4j.ZiException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.zi4j.internal.BoundedReaders;
import io.github.zi4j.internal.Limits;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads an {@link Answer} from any of its JSON forms. Every mistake is reported as a plain {@link
 * JsonMappingException} whose message states what an answer may be and what was found, so that {@code
 * ZiJson} shows it with the JSON path as it is.
 */
final class AnswerReader extends StdDeserializer<Answer> {
  private static final long serialVersionUID = 1L;

  private static final String FORMS = "\"YA\", \"TIDAK\", one capital letter, a number, "
      + "{\"done\": n, \"required\": n} or {\"lastYear\": n, \"thisYear\": n}";

  AnswerReader() {
    super(Answer.class);
  }

  @Override
  public Answer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      String text = p.getText();
      if ("YA".equals(text) || "TIDAK".equals(text)) {
        return Answer.yesNo("YA".equals(text));
      }
      if (!text.matches("[A-Z]")) {
        throw JsonMappingException.from(p,
            "an answer must be " + FORMS + ", but was \"" + Limits.quote(text) + "\"");
      }
      return new Answer.Option(text);
    }
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return new Answer.Number(BoundedReaders.decimal(p));
    }
    if (token == JsonToken.START_OBJECT) {
      JsonNode node = ctxt.readTree(p);
      Set<String> fields = new TreeSet<>();
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        fields.add(names.next());
      }
      try {
        if (fields.equals(Set.of("done", "required"))) {
          return new Answer.Count(decimal(p, node, "done"), decimal(p, node, "required"));
        }
        if (fields.equals(Set.of("lastYear", "thisYear"))) {
          return new Answer.Change(decimal(p, node, "lastYear"), decimal(p, node, "thisYear"));
        }
      } catch (ZiException e) {
        throw JsonMappingException.from(p, e.getMessage() + " in the answer "
            + Limits.quote(node.toString()));
      }
      throw JsonMappingException.from(p, "an object answer must have either done and required, "
          + "or lastYear and thisYear, but had " + Limits.quote(fields.toString()) + " in "
          + Limits.quote(node.toString()));
    }
    throw JsonMappingException.from(p, "an answer must be " + FORMS + ", but was "
        + (token == JsonToken.START_ARRAY ? "an array" : Limits.quote(String.valueOf(p.getText()))));
  }

  private static BigDecimal decimal(JsonParser p, JsonNode node, String field)
      throws JsonMappingException {
    JsonNode value = node.get(field);
    if (!value.isNumber()) {
      throw JsonMappingException.from(p, field + " must be a number, but was "
          + Limits.quote(value.toString()));
    }
    return BoundedReaders.bounded(p, value.decimalValue());
  }
}
