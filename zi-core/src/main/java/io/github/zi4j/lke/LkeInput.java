package io.github.zi4j.lke;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * The LKE of a proposal (<i>masukan LKE</i>): either the points per area ({@link LkeResult}) or the
 * filled worksheet they come from ({@link Worksheet}). In a case file both go under {@code "lke"}: a
 * worksheet is recognised by its {@code "answers"}.
 */
@JsonDeserialize(using = LkeInput.Reader.class)
public sealed interface LkeInput permits AbstractLkeResult, Worksheet {

  /** Reads either form from JSON. */
  final class Reader extends StdDeserializer<LkeInput> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(LkeInput.class);
    }

    @Override
    public LkeInput deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode tree = ctxt.readTree(p);
      Class<? extends LkeInput> form = tree.has("answers") ? Worksheet.class : LkeResult.class;
      try (JsonParser sub = tree.traverse(p.getCodec())) {
        sub.nextToken();
        return ctxt.readValue(sub, form);
      }
    }
  }
}
