package io.github.zi4j.rules;

import io.github.zi4j.regulation.Edition;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rules of one regulation edition (<i>buku aturan</i>), in the order their findings are reported.
 *
 * <p>Under PermenPANRB 90/2021: the timing rules (building period, not yet held, WBK prerequisite and
 * holding period, revocation cooling-off), the round's instansi criteria (BPK opinion, AKIP grade, Indeks
 * RB), and every score minimum of the LKE. Under 52/2014 and 10/2019 the score minimums are those on
 * the nodes of the edition's LKE template, checked on a worksheet of that edition ({@link
 * RuleId#LKE_MINIMUM}); only a few are known, and the others answer UNKNOWN.
 *
 * <p>Immutable and thread-safe.
 */
public final class Rulebook {

  private static final Map<Edition, Rulebook> BOOKS = new EnumMap<>(Edition.class);

  static {
    for (Edition edition : Edition.values()) {
      BOOKS.put(edition, new Rulebook(edition));
    }
  }

  private final Edition edition;
  private final List<Rule> rules;

  private Rulebook(Edition edition) {
    this.edition = edition;
    List<Rule> list = new ArrayList<>(List.of(
        new BuildingPeriodRule(),
        new NotYetHeldRule(),
        new WbkPrerequisiteRule(),
        new WbkHoldingPeriodRule(),
        new RevocationCooldownRule()));
    for (InstansiCriteriaRule.Fact fact : InstansiCriteriaRule.Fact.values()) {
      list.add(new InstansiCriteriaRule(fact));
    }
    if (edition == Edition.PERMENPANRB_90_2021) {
      for (Criterion criterion : Criterion.values()) {
        list.add(new ScoreThresholdRule(criterion));
      }
    } else {
      list.add(new TemplateMinimumRule());
    }
    this.rules = List.copyOf(list);
  }

  /**
   * The rulebook of {@code edition}.
   *
   * @param edition the edition
   * @return its rulebook
   */
  public static Rulebook of(Edition edition) {
    return BOOKS.get(edition);
  }

  /**
   * The edition these rules belong to.
   *
   * @return the edition
   */
  public Edition edition() {
    return edition;
  }

  /**
   * The rules, in report order.
   *
   * @return the rule ids
   */
  public List<RuleId> ruleIds() {
    return rules.stream().map(Rule::id).collect(Collectors.toUnmodifiableList());
  }

  List<Rule> rules() {
    return rules;
  }

  @Override
  public String toString() {
    return "Rulebook[" + edition + ", " + ruleIds() + "]";
  }
}
