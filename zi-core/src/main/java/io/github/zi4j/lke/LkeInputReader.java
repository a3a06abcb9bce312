package io.github.zi4j.lke;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Set;

/**
 * Reads either form from JSON. The two forms share no property name ({@code pengungkit}, {@code
 * hasil} against {@code edition}, {@code unit}, {@code answers}), so the first name decides, and the
 * object is then read on from the same parser: no copy of it is made, and every mistake in it is
 * reported with its full JSON path, as when the form is read directly.
 */
final class LkeInputReader extends StdDeserializer<LkeInput> {
  private static final long serialVersionUID = 1L;

  private static final Set<String> WORKSHEET_PROPERTIES = Set.of("edition", "unit", "answers");

  LkeInputReader() {
    super(LkeInput.class);
  }

  @Override
  public LkeInput deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return ctxt.readValue(p, LkeResult.class);
    }
    JsonToken first = p.nextToken();
    Class<? extends LkeInput> form = first == JsonToken.FIELD_NAME
        && WORKSHEET_PROPERTIES.contains(p.currentName()) ? Worksheet.class : LkeResult.class;
    return ctxt.readValue(p, form);
  }
}
