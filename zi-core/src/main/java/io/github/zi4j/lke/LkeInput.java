package io.github.zi4j.lke;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Set;

/**
 * The LKE of a proposal (<i>masukan LKE</i>): either the points per area ({@link LkeResult}) or the
 * filled worksheet they come from ({@link Worksheet}). In a case file both go under {@code "lke"}: a
 * worksheet is recognised by its first property, one of {@code "edition"}, {@code "unit"} or {@code
 * "answers"}.
 */
@JsonDeserialize(using = LkeInput.Reader.class)
public sealed interface LkeInput permits AbstractLkeResult, Worksheet {

  /**
   * Reads either form from JSON. The two forms share no property name ({@code pengungkit}, {@code
   * hasil} against {@code edition}, {@code unit}, {@code answers}), so the first name decides, and the
   * object is then read on from the same parser: no copy of it is made, and every mistake in it is
   * reported with its full JSON path, as when the form is read directly.
   */
  final class Reader extends StdDeserializer<LkeInput> {
    private static final long serialVersionUID = 1L;

    private static final Set<String> WORKSHEET_PROPERTIES = Set.of("edition", "unit", "answers");

    Reader() {
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
}
