package io.github.zi4j.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zi4j.Language;
import io.github.zi4j.ZiJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;


/**
 * Writes a {@link Decision} in the JSON form other applications rely on (<i>keputusan sebagai
 * JSON</i>), as {@link ZiModule} writes it, indented; the schema is published as {@code
 * decision.schema.json} in zi-examples.
 *
 * <pre>{@code
 * {"target": "WBK", "asOf": "2024-07-20", "edition": "PERMENPANRB_90_2021",
 *  "eligibility": "ELIGIBLE", "earliestProposalDate": "2024-07-18",
 *  "earliestProposalRound": {"year": 2024, "opens": "2024-07-18", "closes": "2024-07-31",
 *                            "closedBy": null},
 *  "lke": {"total": 81.23125, "pengungkit": 45.10, "hasil": 36.13125, "meets": "WBK",
 *          "text": "81.23"},
 *  "findings": [{"rule": "lke-total", "status": "PASS", "target": "WBK",
 *                "required": {"kind": "points", "value": 75, "text": "75.00", ...},
 *                "actual": {...}, "shortfall": null, "basis": "...", "confidence": "SURE",
 *                "message": "..."}]}
 * }</pre>
 *
 * <p>Numbers are exact; each measure carries its text as shown (2 decimals, more for a failing value
 * near its minimum); absent values are {@code null}; the message is in the language asked for.
 * Thread-safe.
 *
 * @since 0.1
 */
public final class DecisionJson {

  /** A mapper with the module, per language of the messages: made once each, shared. */
  private static final Map<Language, ObjectMapper> MAPPERS = new ConcurrentHashMap<>();

  private DecisionJson() {}

  private static ObjectMapper mapper(Locale locale) {
    return MAPPERS.computeIfAbsent(Language.of(locale),
        language -> ZiJson.mapper().registerModule(new ZiModule(language.locale())));
  }

  /**
   * The decision as a JSON tree, its messages in Bahasa Indonesia, {@link Language#DEFAULT}.
   *
   * @param decision the decision
   * @return the tree
   */
  public static ObjectNode toTree(Decision decision) {
    return toTree(decision, Language.DEFAULT.locale());
  }

  /**
   * The decision as indented JSON text, its messages in Bahasa Indonesia, {@link Language#DEFAULT}.
   *
   * @param decision the decision
   * @return the text
   */
  public static String write(Decision decision) {
    return write(decision, Language.DEFAULT.locale());
  }

  /**
   * The decision as a JSON tree.
   *
   * @param decision the decision
   * @param locale the reader's locale: Bahasa Indonesia for {@code id}, English for any other, as
   *     {@link Language#of(Locale)} says
   * @return the tree
   */
  public static ObjectNode toTree(Decision decision, Locale locale) {
    return mapper(locale).valueToTree(decision);
  }

  /**
   * The decision as indented JSON text, as {@link ZiModule} writes it.
   *
   * @param decision the decision
   * @param locale the reader's locale: Bahasa Indonesia for {@code id}, English for any other, as
   *     {@link Language#of(Locale)} says
   * @return the text
   */
  public static String write(Decision decision, Locale locale) {
    // the text made at once, laid out as the module's mapper lays it out (DecisionLayout), without
    // a generator in between: about 900 characters a finding
    JsonSink.Text text = new JsonSink.Text(1024 + 900 * decision.findings().size());
    try {
      DecisionLayout.decision(decision, Language.of(locale).locale(), text);
    } catch (IOException e) {
      // a number Jackson would not write either (a scale beyond 9999, given through the API)
      throw new UncheckedIOException("cannot write a decision as JSON", e);
    }
    return text.text();
  }
}
