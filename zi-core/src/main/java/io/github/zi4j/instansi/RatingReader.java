package io.github.zi4j.instansi;

import io.github.zi4j.ZiException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.zi4j.internal.BoundedReaders;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;

/** Reads a {@link Rating}: a string as a {@link Grade}, a number as a {@link Rating.Score}. */
final class RatingReader extends StdDeserializer<Rating> {
  private static final long serialVersionUID = 1L;

  RatingReader() {
    super(Rating.class);
  }

  @Override
  public Rating deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      String text = p.getText();
      try {
        return Grade.valueOf(text);
      } catch (IllegalArgumentException e) {
        throw ctxt.weirdStringException(text, Grade.class,
            "not one of " + Arrays.toString(Grade.values()));
      }
    }
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal value = BoundedReaders.decimal(p);
      try {
        return Rating.score(value);
      } catch (ZiException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }
    throw JsonMappingException.from(p, "a rating must be a grade such as \"B\" or a score from 0 "
        + "to 100, but was " + (token == null ? "nothing" : token.asString() == null
        ? token.name() : token.asString()));
  }
}
