package io.github.zi4j.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zi4j.ZiJson;
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
 * <p>Numbers are rounded half-up to 2 decimals; absent values are {@code null}; the message is in the
 * language asked for. Thread-safe.
 */
public final class DecisionJson {

  private static final ObjectMapper MAPPER = ZiJson.mapper();

  private DecisionJson() {}

  /**
   * The decision as a JSON tree.
   *
   * @param decision the decision
   * @param locale the language of the messages
   * @return the tree
   */
  public static ObjectNode toTree(Decision decision, Locale locale) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("target", decision.target().name());
    root.put("asOf", decision.asOf().toString());
    root.put("edition", decision.edition().name());
    root.put("eligibility", decision.eligibility().name());
    root.put("earliestProposalDate",
        decision.earliestProposalDate().map(Object::toString).orElse(null));
    if (decision.lke().isPresent()) {
      LkeSummary lke = decision.lke().get();
      ObjectNode node = root.putObject("lke");
      node.put("total", round(lke.total()));
      node.put("pengungkit", round(lke.pengungkit()));
      node.put("hasil", round(lke.hasil()));
      node.put("meets", lke.meets().map(Enum::name).orElse(null));
    } else {
      root.putNull("lke");
    }
    ArrayNode findings = root.putArray("findings");
    for (Finding finding : decision.findings()) {
      ObjectNode node = findings.addObject();
      node.put("rule", finding.rule().code());
      node.put("area", finding.area().map(Enum::name).orElse(null));
      node.put("node", finding.node().orElse(null));
      node.put("status", finding.status().name());
      node.put("required", neutral(finding.required()));
      node.put("actual", neutral(finding.actual()));
      node.put("shortfall", neutral(finding.shortfall()));
      node.put("basis", finding.basis().citation());
      node.put("confidence", finding.basis().confidence().name());
      node.put("message", finding.message(locale));
    }
    return root;
  }

  /**
   * The decision as indented JSON text.
   *
   * @param decision the decision
   * @param locale the language of the messages
   * @return the text
   */
  public static String write(Decision decision, Locale locale) {
    return ZiJson.write(toTree(decision, locale));
  }

  private static String neutral(Optional<Measure> measure) {
    return measure.map(Measure::neutral).orElse(null);
  }

  private static BigDecimal round(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }
}
