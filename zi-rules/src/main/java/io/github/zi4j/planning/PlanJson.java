package io.github.zi4j.planning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zi4j.ZiJson;
import io.github.zi4j.rules.ZiModule;
import io.github.zi4j.rules.explain.Messages;
import java.io.UncheckedIOException;

/** Writes planning results as JSON with zi4j's mapper. Not API. */
final class PlanJson {

  private static final ObjectMapper MAPPER =
      ZiJson.mapper().registerModule(new ZiModule(Messages.DEFAULT));

  private PlanJson() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write a plan as JSON", e);
    }
  }
}
