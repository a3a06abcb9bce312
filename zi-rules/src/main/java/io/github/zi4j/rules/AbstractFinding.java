package io.github.zi4j.rules;

import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.Language;
import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.rules.explain.Messages;
import io.github.zi4j.unit.Predikat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one rule found for one proposal (<i>temuan</i>): its status, what was required, what was found,
 * by how much it fell short, and the legal basis; it renders as one sentence in Bahasa Indonesia or
 * English.
 *
 * <pre>{@code
 * finding.rule();      // LKE_TOTAL
 * finding.status();    // FAIL
 * finding.required();  // Optional[Points[value=75.00]]
 * finding.message(Locale.forLanguageTag("id"));
 * // "Nilai total 73,40 di bawah minimal 75,00 untuk WBK (kurang 1,60) — PermenPANRB 90/2021 (LKE)"
 * }</pre>
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 */
@Value.Immutable
abstract class AbstractFinding {

  /**
   * The rule that found this.
   *
   * @return the rule
   */
  public abstract RuleId rule();

  /**
   * Whether the rule holds, fails, or cannot be decided.
   *
   * @return the status
   */
  public abstract Status status();

  /**
   * The predicate the proposal is for.
   *
   * @return the target
   */
  public abstract Predikat target();

  /**
   * The area of change this finding is about, for the per-area rules.
   *
   * @return the area, when the rule is per area
   */
  public abstract Optional<AreaPerubahan> area();

  /**
   * The id of the LKE template node this finding is about, for the rule that checks a template's
   * minimums ({@link RuleId#LKE_MINIMUM}).
   *
   * @return the node's id, when the rule is per node
   */
  public abstract Optional<String> node();

  /**
   * What the rule required, for example the minimum points or the earliest date.
   *
   * @return the requirement, when it is known
   */
  public abstract Optional<Measure> required();

  /**
   * What was found, for example the points earned or the date judged on.
   *
   * @return the actual value, when it is known
   */
  public abstract Optional<Measure> actual();

  /**
   * By how much the actual value fell short of the requirement; present on a FAIL with a measurable
   * gap.
   *
   * @return the shortfall
   */
  public abstract Optional<Measure> shortfall();

  /**
   * A further value the sentence names: the pencanangan date, the survey index behind points, the year
   * whose data is missing.
   *
   * @return the value, when the sentence has one
   */
  public abstract Optional<Measure> context();

  /**
   * Which sentence of the rule and status applies, when a rule has several (for example {@code
   * "no-lke"} for an UNKNOWN without an LKE result).
   *
   * @return the variant; the rule, status and variant must name a sentence of the message bundles
   */
  public abstract Optional<String> variant();

  /** The key of this finding's sentence in the message bundles. */
  String messageKey() {
    return SENTENCES.get(rule()).get(status()).get(variant().orElse(""));
  }

  /**
   * Per rule and status, the key of the sentence of each variant the bundles have ({@code ""} for
   * none): read once from the keys, so that checking a finding, or finding its sentence, is a lookup,
   * not a key built and searched.
   */
  private static final Map<RuleId, Map<Status, Map<String, String>>> SENTENCES = sentences();

  private static Map<RuleId, Map<Status, Map<String, String>>> sentences() {
    Map<RuleId, Map<Status, Map<String, String>>> sentences = new EnumMap<>(RuleId.class);
    for (RuleId rule : RuleId.values()) {
      Map<Status, Map<String, String>> byStatus = new EnumMap<>(Status.class);
      for (Status status : Status.values()) {
        String prefix = rule.code() + "." + status;
        Map<String, String> variants = new HashMap<>();
        for (String key : Messages.keys()) {
          if (key.equals(prefix)) {
            variants.put("", key);
          } else if (key.startsWith(prefix + ".")) {
            variants.put(key.substring(prefix.length() + 1), key);
          }
        }
        byStatus.put(status, Map.copyOf(variants));
      }
      sentences.put(rule, byStatus);
    }
    return sentences;
  }

  @Value.Check
  void check() {
    if (!SENTENCES.get(rule()).get(status()).containsKey(variant().orElse(""))) {
      // a finding read back from JSON may name any variant: the value, not zi4j, is at fault
      throw new InvalidFieldException("variant", "a finding must have a sentence in the message"
          + " bundles, but "
          + rule().code() + "." + status() + variant().map(v -> "." + v).orElse("")
          + " has none (check its rule, status and variant)");
    }
  }

  /**
   * Where the rule is written, and how sure zi4j is of it.
   *
   * @return the legal basis
   */
  public abstract LegalBasis basis();

  /**
   * The finding as one sentence, with its legal basis, in {@code locale}'s language as {@link
   * Language#of(Locale)} decides it: Bahasa Indonesia for {@code id} (or {@code in}), English for any
   * other locale.
   *
   * @param locale the reader's locale
   * @return the sentence
   */
  public String message(Locale locale) {
    StringBuilder text = new StringBuilder(320);
    Messages.render(text, locale, messageKey(), index -> {
      switch (index) {
        case 0:
          return format(required(), locale);
        case 1:
          return format(actual(), locale);
        case 2:
          return format(shortfall(), locale);
        case 3:
          return target().name();
        case 4:
          return format(context(), locale);
        case 5:
          return area().map(a -> a.displayName(locale)).orElse("");
        default:
          return "{" + index + "}";
      }
    });
    // a revocation policy is cited as the caller chose it: the rule's own explanation does not apply
    String explanation =
        variant().filter("revoked-higher"::equals).isPresent() ? null : rule().explanation();
    text.append(" \u2014 ");
    Messages.appendBasis(text, basis(), explanation, locale);
    return text.toString();
  }

  private static String format(Optional<Measure> measure, Locale locale) {
    return measure.isPresent() ? measure.get().format(locale) : "";
  }

  /**
   * The finding as one sentence in Bahasa Indonesia, {@link Language#DEFAULT}.
   *
   * @return the sentence
   */
  public String message() {
    return message(Messages.DEFAULT);
  }
}
