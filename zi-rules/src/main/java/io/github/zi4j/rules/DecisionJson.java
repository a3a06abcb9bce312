package io.github.zi4j.rules;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.zi4j.ZiJson;
import io.github.zi4j.round.ProposalRound;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a {@link Decision} in the JSON form other applications rely on (<i>keputusan sebagai
 * JSON</i>); the schema is published as {@code decision.schema.json} in zi-examples.
 *
 * <pre>{@code
 * {"target": "WBK", "asOf": "2024-07-20", "edition": "PERMENPANRB_90_2021",
 *  "eligibility": "ELIGIBLE", "earliestProposalDate": "2023-11-10",
 *  "lke": {"total": 81.23, "pengungkit": 45.10, "hasil": 36.13, "meets": "WBK"},
 *  "findings": [{"rule": "lke-total", "status": "PASS", "required": "75.00", "actual": "81.23",
 *                "shortfall": null, "basis": "...", "message": "..."}]}
 * }</pre>
 *
 * <p>Numbers are rounded half-up to 2 decimals (a failing total or pengungkit with the decimals its
 * finding shows); absent values are {@code null}; the message is in the
 * language asked for. Thread-safe.
 */
public final class DecisionJson {

  private static final ObjectMapper MAPPER = ZiJson.mapper();

  /** The indentation of ZiJson's output, made once: each generator takes a fresh copy of it. */
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter();

  private DecisionJson() {}

  /**
   * The decision as a JSON tree.
   *
   * @param decision the decision
   * @param locale the language of the messages
   * @return the tree
   */
  public static ObjectNode toTree(Decision decision, Locale locale) {
    try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
      write(decision, locale, buffer);
      return MAPPER.readTree(buffer.asParser());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the JSON tree of a decision", e);
    }
  }

  /**
   * The decision as indented JSON text, written straight from the decision (no tree is built).
   *
   * @param decision the decision
   * @param locale the language of the messages
   * @return the text
   */
  public static String write(Decision decision, Locale locale) {
    // UTF-8 bytes, then one decoding: cheaper than a char buffer that a dash in the first message
    // turns from Latin-1 into UTF-16 and then doubles as it grows
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + 640 * decision.findings().size());
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
      json.setPrettyPrinter(PRETTY.createInstance());
      write(decision, locale, json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a decision as JSON", e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static void write(Decision decision, Locale locale, JsonGenerator json)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("target", decision.target().name());
    json.writeStringField("asOf", decision.asOf().toString());
    json.writeStringField("edition", decision.edition().name());
    json.writeStringField("eligibility", decision.eligibility().name());
    json.writeStringField("earliestProposalDate",
        decision.earliestProposalDate().map(Object::toString).orElse(null));
    json.writeFieldName("earliestProposalRound");
    if (decision.earliestProposalRound().isPresent()) {
      ProposalRound round = decision.earliestProposalRound().get();
      json.writeStartObject();
      json.writeNumberField("year", round.year());
      json.writeStringField("opens", round.opens().map(Object::toString).orElse(null));
      json.writeStringField("closes", round.closes().map(Object::toString).orElse(null));
      json.writeEndObject();
    } else {
      json.writeNull();
    }
    json.writeFieldName("lke");
    if (decision.lke().isPresent()) {
      LkeSummary lke = decision.lke().get();
      json.writeStartObject();
      json.writeNumberField("total", decision.shown(RuleId.LKE_TOTAL, lke.total()).shown());
      json.writeNumberField("pengungkit",
          decision.shown(RuleId.LKE_PENGUNGKIT, lke.pengungkit()).shown());
      json.writeNumberField("hasil", round(lke.hasil()));
      json.writeStringField("meets", lke.meets().map(Enum::name).orElse(null));
      json.writeEndObject();
    } else {
      json.writeNull();
    }
    json.writeArrayFieldStart("findings");
    for (Finding finding : decision.findings()) {
      json.writeStartObject();
      json.writeStringField("rule", finding.rule().code());
      json.writeStringField("area", finding.area().map(Enum::name).orElse(null));
      json.writeStringField("node", finding.node().orElse(null));
      json.writeStringField("status", finding.status().name());
      json.writeStringField("required", neutral(finding.required()));
      json.writeStringField("actual", neutral(finding.actual()));
      json.writeStringField("shortfall", neutral(finding.shortfall()));
      json.writeStringField("basis", finding.basis().citation());
      json.writeStringField("confidence", finding.basis().confidence().name());
      json.writeStringField("message", finding.message(locale));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static String neutral(Optional<Measure> measure) {
    return measure.map(Measure::neutral).orElse(null);
  }

  private static BigDecimal round(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }
}
