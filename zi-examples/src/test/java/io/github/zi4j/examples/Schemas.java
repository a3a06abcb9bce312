package io.github.zi4j.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

/** The published JSON Schemas, loaded from the class path, and a check that returns every violation. */
public final class Schemas {

  /** The schema of a case file. */
  public static final JsonSchema CASE = load("/schema/case.schema.json");

  /** The schema of a decision. */
  public static final JsonSchema DECISION = load("/schema/decision.schema.json");

  /** The schema of a worksheet. */
  public static final JsonSchema WORKSHEET = load("/schema/worksheet.schema.json");

  private Schemas() {}

  private static JsonSchema load(String resource) {
    try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
      // the schemas refer to each other by their published address; read them from the class path
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
              builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(
                  "https://zi4j.github.io/schema/", "classpath:schema/")))
          .getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every violation of {@code schema} by {@code json}, one per line; empty when valid. */
  public static Set<String> violations(JsonSchema schema, JsonNode json) {
    Set<ValidationMessage> messages = schema.validate(json);
    return messages.stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
  }
}
