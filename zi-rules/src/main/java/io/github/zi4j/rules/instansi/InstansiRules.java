package io.github.zi4j.rules.instansi;

import io.github.zi4j.rules.internal.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules about the instansi (<i>kriteria instansi</i>), in report order: its BPK opinion, AKIP
 * result, Indeks RB result and SPIP maturity level against the proposal round's criteria, and the
 * afirmasi unit's limit to WBK.
 *
 * <p>Not API: the rulebook of every edition reads them from here.
 *
 * @since 0.1
 */
public final class InstansiRules {

  private static final List<Rule> ALL = all(InstansiCriteriaRule.Fact.values());

  private InstansiRules() {}

  private static List<Rule> all(InstansiCriteriaRule.Fact... facts) {
    List<Rule> rules = new ArrayList<>();
    for (InstansiCriteriaRule.Fact fact : facts) {
      rules.add(new InstansiCriteriaRule(fact));
    }
    rules.add(new AfirmasiRule());
    return List.copyOf(rules);
  }

  /**
   * The instansi rules, in report order.
   *
   * @return the rules, stateless and shared
   */
  public static List<Rule> all() {
    return ALL;
  }
}
