package io.github.zi4j.planning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zi4j.ZiJson;
import io.github.zi4j.rules.ZiModule;
import io.github.zi4j.rules.explain.Messages;
import java.io.UncheckedIOException;

/**
 * Writes planning results as JSON (<i>rencana sebagai JSON</i>) with zi4j's mapper: an {@link
 * EarliestRound}, a {@link GapPlan}, {@link Lever}s, a {@link WhatIf}, or a map of them, as the
 * command line's {@code zi4j plan --json} and the server's {@code POST /plan} write them. Typed data
 * only: the legal basis of a threshold or a limit with its citation and confidence, days in ISO
 * format, points as exact decimals.
 *
 * @since 0.1
 */
public final class PlanJson {

  private static final ObjectMapper MAPPER =
      ZiJson.mapper().registerModule(new ZiModule(Messages.DEFAULT));

  private PlanJson() {}

  /**
   * {@code value} as indented JSON.
   *
   * @param value a planning result, a list or a map of them
   * @return the JSON text
   */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write a plan as JSON", e);
    }
  }
}
