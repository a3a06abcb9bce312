package io.github.zi4j.benchmarks.engines;

import io.github.zi4j.benchmarks.baseline.BaselineDecision;
import io.github.zi4j.benchmarks.baseline.CaseFacts;
import io.github.zi4j.benchmarks.baseline.Check;
import io.github.zi4j.benchmarks.baseline.Rules90;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.unit.Predikat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The same 90/2021 decision with Easy Rules 4.1: one rule per zi4j rule, built with {@link
 * RuleBuilder} as lambdas over {@link Facts}; the condition says when the rule applies (WBBM only, with
 * an LKE, when the round's window is known, ...), the action adds its finding from {@link Rules90}. Rules fire in priority order, which is
 * zi4j's report order. The rules and the engine are built once; each decision makes new facts.
 */
public final class EasyRulesDecider {

  private static final String CASE = "case";
  private static final String OUT = "findings";

  private final Rules rules;
  private final RulesEngine engine = new DefaultRulesEngine();

  /** Builds the rules. */
  public EasyRulesDecider() {
    int p = 0;
    rules = new Rules(
        rule("round-window", p++, f -> true, Rules90::roundWindow),
        rule("building-period", p++, f -> true, Rules90::buildingPeriod),
        rule("not-yet-held", p++, f -> true, Rules90::notYetHeld),
        rule("wbk-prerequisite", p++, f -> f.target() == Predikat.WBBM, Rules90::wbkPrerequisite),
        rule("wbk-holding-period", p++,
            f -> f.target() == Predikat.WBBM && f.wbkSince() != null, Rules90::wbkHoldingPeriod),
        rule("revocation-cooldown", p++, f -> true, Rules90::revocationCooldown),
        rule("bpk-opinion", p++, f -> true, Rules90::bpkOpinion),
        rule("akip-grade", p++, f -> true, Rules90::akipGrade),
        rule("indeks-rb", p++, f -> true, Rules90::indeksRb),
        rule("spip-level", p++, CaseFacts::spipAsked, Rules90::spipLevel),
        rule("afirmasi", p++, f -> f.afirmasi() && f.target() == Predikat.WBBM, Rules90::afirmasi),
        new RuleBuilder().name("lke-missing").priority(p++)
            .when(facts -> !facts.<CaseFacts>get(CASE).lke())
            .then(facts -> Rules90.lkeMissing(facts.get(CASE), facts.get(OUT)))
            .build(),
        rule("lke-total", p++, CaseFacts::lke, Rules90::total),
        rule("lke-pengungkit", p++, CaseFacts::lke, Rules90::pengungkit),
        new RuleBuilder().name("lke-area").priority(p++)
            .when(facts -> facts.<CaseFacts>get(CASE).lke())
            .then(facts -> Rules90.areas(facts.get(CASE), facts.get(OUT)))
            .build(),
        rule("lke-bersih-akuntabel", p++, CaseFacts::lke, Rules90::bersihAkuntabel),
        rule("lke-ipak", p++, CaseFacts::lke, Rules90::ipak),
        rule("lke-capaian-kinerja", p++, CaseFacts::lke, Rules90::capaianKinerja),
        rule("lke-ipkp", p, CaseFacts::lke, Rules90::ipkp));
  }

  private static Rule rule(String name, int priority,
      java.util.function.Predicate<CaseFacts> applies, Function<CaseFacts, Check> finding) {
    return new RuleBuilder().name(name).priority(priority)
        .when(facts -> applies.test(facts.get(CASE)))
        .then(facts -> facts.<List<Check>>get(OUT).add(finding.apply(facts.get(CASE))))
        .build();
  }

  /**
   * Decides on {@code proposal}.
   *
   * @param proposal a 90/2021 proposal with no LKE or an area-level one
   * @return the verdict and every finding
   */
  public BaselineDecision decide(Proposal proposal) {
    Facts facts = new Facts();
    facts.put(CASE, CaseFacts.of(proposal));
    List<Check> out = new ArrayList<>(24);
    facts.put(OUT, out);
    engine.fire(rules, facts);
    return BaselineDecision.of(out);
  }
}
