package io.github.zi4j.benchmarks.engines;

import static org.drools.model.DSL.declarationOf;
import static org.drools.model.DSL.on;
import static org.drools.model.PatternDSL.pattern;
import static org.drools.model.PatternDSL.rule;

import io.github.zi4j.benchmarks.baseline.BaselineDecision;
import io.github.zi4j.benchmarks.baseline.CaseFacts;
import io.github.zi4j.benchmarks.baseline.Check;
import io.github.zi4j.benchmarks.baseline.Rules90;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.unit.Predikat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.drools.model.Model;
import org.drools.model.Rule;
import org.drools.model.Variable;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The same 90/2021 decision with Drools 10, executable model written directly with its Java DSL
 * ({@code PatternDSL}: no DRL, nothing compiled at run time): one rule per zi4j rule over one fact type,
 * {@link Case}; constraints are lambdas with an id each, actions add the finding from {@link Rules90}.
 * Salience gives zi4j's report order. The KieBase is built once; each decision runs in a new stateless
 * session.
 */
public final class DroolsDecider {

  /**
   * The one fact a session holds: the case's facts and the findings its rules add.
   *
   * @param facts the case's facts
   * @param out the findings
   */
  public record Case(CaseFacts facts, List<Check> out) {}

  private final KieBase kieBase;

  /** Builds the model and its KieBase. */
  public DroolsDecider() {
    Variable<Case> c = declarationOf(Case.class);
    List<Rule> rules = new ArrayList<>();
    int salience = 100;
    // constraint ids matter: Drools shares alpha nodes by id, so each distinct test has its own
    rules.add(always(c, "round-window", salience--, Rules90::roundWindow));
    rules.add(always(c, "building-period", salience--, Rules90::buildingPeriod));
    rules.add(always(c, "not-yet-held", salience--, Rules90::notYetHeld));
    rules.add(rule("wbk-prerequisite").attribute(Rule.Attribute.SALIENCE, salience--).build(
        pattern(c).expr("wbbm", x -> x.facts().target() == Predikat.WBBM),
        on(c).execute(x -> add(x, Rules90::wbkPrerequisite))));
    rules.add(rule("wbk-holding-period").attribute(Rule.Attribute.SALIENCE, salience--).build(
        pattern(c).expr("wbbm", x -> x.facts().target() == Predikat.WBBM)
            .expr("holdsWbk", x -> x.facts().wbkSince() != null),
        on(c).execute(x -> add(x, Rules90::wbkHoldingPeriod))));
    rules.add(always(c, "revocation-cooldown", salience--, Rules90::revocationCooldown));
    rules.add(always(c, "bpk-opinion", salience--, Rules90::bpkOpinion));
    rules.add(always(c, "akip-grade", salience--, Rules90::akipGrade));
    rules.add(always(c, "indeks-rb", salience--, Rules90::indeksRb));
    rules.add(rule("spip-level").attribute(Rule.Attribute.SALIENCE, salience--).build(
        pattern(c).expr("spipAsked", x -> x.facts().spipAsked()),
        on(c).execute(x -> add(x, Rules90::spipLevel))));
    rules.add(rule("afirmasi").attribute(Rule.Attribute.SALIENCE, salience--).build(
        pattern(c).expr("wbbm", x -> x.facts().target() == Predikat.WBBM)
            .expr("afirmasi", x -> x.facts().afirmasi()),
        on(c).execute(x -> add(x, Rules90::afirmasi))));
    rules.add(rule("lke-missing").attribute(Rule.Attribute.SALIENCE, salience--).build(
        pattern(c).expr("noLke", x -> !x.facts().lke()),
        on(c).execute(x -> Rules90.lkeMissing(x.facts(), x.out()))));
    rules.add(withLke(c, "lke-total", salience--, Rules90::total));
    rules.add(withLke(c, "lke-pengungkit", salience--, Rules90::pengungkit));
    rules.add(rule("lke-area").attribute(Rule.Attribute.SALIENCE, salience--).build(
        pattern(c).expr("lke", x -> x.facts().lke()),
        on(c).execute(x -> Rules90.areas(x.facts(), x.out()))));
    rules.add(withLke(c, "lke-bersih-akuntabel", salience--, Rules90::bersihAkuntabel));
    rules.add(withLke(c, "lke-ipak", salience--, Rules90::ipak));
    rules.add(withLke(c, "lke-capaian-kinerja", salience--, Rules90::capaianKinerja));
    rules.add(withLke(c, "lke-ipkp", salience, Rules90::ipkp));
    Model model = new ModelImpl().withRules(rules);
    kieBase = KieBaseBuilder.createKieBaseFromModel(model);
  }

  private static void add(Case c, Function<CaseFacts, Check> finding) {
    c.out().add(finding.apply(c.facts()));
  }

  private static Rule always(Variable<Case> c, String name, int salience,
      Function<CaseFacts, Check> finding) {
    return rule(name).attribute(Rule.Attribute.SALIENCE, salience)
        .build(pattern(c), on(c).execute(x -> add(x, finding)));
  }

  private static Rule withLke(Variable<Case> c, String name, int salience,
      Function<CaseFacts, Check> finding) {
    return rule(name).attribute(Rule.Attribute.SALIENCE, salience).build(
        pattern(c).expr("lke", x -> x.facts().lke()),
        on(c).execute(x -> add(x, finding)));
  }

  /**
   * Decides on {@code proposal}.
   *
   * @param proposal a 90/2021 proposal with no LKE or an area-level one
   * @return the verdict and every finding
   */
  public BaselineDecision decide(Proposal proposal) {
    Case c = new Case(CaseFacts.of(proposal), new ArrayList<>(24));
    kieBase.newStatelessKieSession().execute(c);
    return BaselineDecision.of(c.out());
  }
}
