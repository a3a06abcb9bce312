package io.github.zi4j.portfolio;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.zi4j.Language;
import io.github.zi4j.ZiJson;
import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.ZiModule;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A portfolio as a JSON document (<i>portofolio dalam JSON</i>), written unit by unit:
 *
 * <pre>{@code
 * {
 *   "asOf": "2025-09-15", "round": 2025, "language": "en", "total": 253,
 *   "counts": {"NOT_DECLARED": 228, "BUILDING": 6, ...},
 *   "countsByInstansi": {"Pemerintah Kabupaten Balangan": {"NOT_DECLARED": 40, ...}, ...},
 *   "countsByEarliestRound": {"2025": 9, "2026": 7},
 *   "funnels": [{"round": 2024, "predikat": "WBK", "proposed": 3, "passedAdministration": 2,
 *                "deskEvaluated": 1, "fieldEvaluated": 1, "awarded": 0}],
 *   "units": [{"instansi": "...", "id": "...", "name": "...", "status": "PROPOSABLE",
 *              "statusLabel": "Proposable", "stage": null, "next": "WBK", "earliestRound": 2025,
 *              "earliestDay": "2025-07-18", "eligibility": "NOT_ELIGIBLE", "lkeUnknown": false,
 *              "gap": [ {finding}, ... ], "explanation": "..."}, ...]
 * }
 * }</pre>
 *
 * <p>Each finding of the gap is written as in a decision's JSON ({@link
 * io.github.zi4j.rules.DecisionJson}): its rule, area, status, required, actual and shortfall (each
 * with its exact value and the text shown), legal basis and message in the reader's language. An
 * absent value is {@code null}. Status, stage, next predicate and eligibility are codes; {@code
 * statusLabel} and {@code explanation} are in the reader's language.
 *
 * <p>Thread-safe: the mappers inside are made once per language and never changed.
 *
 * @since 0.1
 */
public final class PortfolioJson {

  /** A mapper with zi4j's decision module, per language of the messages. */
  private static final Map<Language, ObjectMapper> MAPPERS = new ConcurrentHashMap<>();

  private PortfolioJson() {}

  private static ObjectMapper mapper(Locale locale) {
    return MAPPERS.computeIfAbsent(Language.of(locale), language -> ZiJson.mapper()
        .registerModule(new ZiModule(language.locale()))
        .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE));
  }

  /**
   * The portfolio as indented JSON text.
   *
   * @param portfolio the portfolio
   * @param locale the reader's locale ({@link Language#of(Locale)}): the language of the labels,
   *     messages and explanations
   * @return the text
   */
  public static String write(Portfolio portfolio, Locale locale) {
    StringWriter out = new StringWriter();
    try {
      write(portfolio, locale, out);
    } catch (IOException e) {
      // a StringWriter does not fail
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes the portfolio as indented JSON to {@code out}, unit by unit; {@code out} is flushed, not
   * closed.
   *
   * @param portfolio the portfolio
   * @param locale the reader's locale ({@link Language#of(Locale)})
   * @param out where the JSON goes
   * @throws IOException when {@code out} cannot be written
   */
  public static void write(Portfolio portfolio, Locale locale, Writer out) throws IOException {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(out, "out");
    ObjectMapper mapper = mapper(locale);
    try (JsonGenerator json = mapper.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartObject();
      json.writeStringField("asOf", portfolio.asOf().toString());
      json.writeNumberField("round", portfolio.round());
      json.writeStringField("language", Language.of(locale).locale().getLanguage());
      json.writeNumberField("total", portfolio.units().size());
      json.writeFieldName("counts");
      counts(json, portfolio.counts());
      json.writeObjectFieldStart("countsByInstansi");
      for (Map.Entry<String, Map<UnitStatus, Integer>> entry
          : portfolio.countsByInstansi().entrySet()) {
        json.writeFieldName(entry.getKey());
        counts(json, entry.getValue());
      }
      json.writeEndObject();
      json.writeObjectFieldStart("countsByEarliestRound");
      for (Map.Entry<Integer, Integer> entry : portfolio.countsByEarliestRound().entrySet()) {
        json.writeNumberField(String.valueOf(entry.getKey()), entry.getValue());
      }
      json.writeEndObject();
      json.writeArrayFieldStart("funnels");
      for (Funnel funnel : portfolio.funnels()) {
        json.writeStartObject();
        json.writeNumberField("round", funnel.round());
        json.writeStringField("predikat", funnel.predikat().name());
        json.writeNumberField("proposed", funnel.proposed());
        json.writeNumberField("passedAdministration", funnel.passedAdministration());
        json.writeNumberField("deskEvaluated", funnel.deskEvaluated());
        json.writeNumberField("fieldEvaluated", funnel.fieldEvaluated());
        json.writeNumberField("awarded", funnel.awarded());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("units");
      for (UnitStanding standing : portfolio.units()) {
        unit(json, mapper, standing, locale);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
      json.flush();
    }
  }

  private static void counts(JsonGenerator json, Map<UnitStatus, Integer> counts)
      throws IOException {
    json.writeStartObject();
    for (Map.Entry<UnitStatus, Integer> entry : counts.entrySet()) {
      json.writeNumberField(entry.getKey().name(), entry.getValue());
    }
    json.writeEndObject();
  }

  private static void unit(JsonGenerator json, ObjectMapper mapper, UnitStanding standing,
      Locale locale) throws IOException {
    json.writeStartObject();
    json.writeStringField("instansi", standing.unit().instansi().name());
    json.writeStringField("id", standing.unit().id());
    json.writeStringField("name", standing.unit().name());
    json.writeStringField("status", standing.status().name());
    json.writeStringField("statusLabel", standing.status().label(locale));
    json.writeStringField("stage", standing.stage().map(Enum::name).orElse(null));
    json.writeStringField("next", standing.next().map(Enum::name).orElse(null));
    json.writeFieldName("earliestRound");
    if (standing.earliestRound().isPresent()) {
      json.writeNumber(standing.earliestRound().get());
    } else {
      json.writeNull();
    }
    json.writeStringField("earliestDay", standing.earliest().flatMap(e -> e.firstProposalDay())
        .map(Object::toString).orElse(null));
    json.writeStringField("eligibility", standing.decision().map(d -> d.eligibility().name())
        .orElse(null));
    json.writeBooleanField("lkeUnknown", standing.lkeUnknown());
    json.writeArrayFieldStart("gap");
    List<Finding> gap = standing.gap();
    for (Finding finding : gap) {
      mapper.writeValue(json, finding);
    }
    json.writeEndArray();
    json.writeStringField("explanation", standing.explain(locale));
    json.writeEndObject();
  }
}
