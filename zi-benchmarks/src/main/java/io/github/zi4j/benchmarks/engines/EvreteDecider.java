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
import org.evrete.KnowledgeService;
import org.evrete.api.Knowledge;
import org.evrete.api.Type;
import org.evrete.api.ValuesPredicate;
import org.evrete.api.builders.RuleSetBuilder;

/**
 * The same 90/2021 decision with Evrete 4.0 (a RETE engine), fluent rules: one rule per zi4j rule over
 * one fact type, {@link Case}. Conditions are lambdas ({@code where(ValuesPredicate, "$c.field")}) on
 * fields declared on the type (so Evrete compiles no source at run time); actions add the finding from
 * {@link Rules90}. Salience gives zi4j's report order. The knowledge is built once; each decision runs
 * in a new stateless session.
 */
public final class EvreteDecider {

  /**
   * The one fact a session holds: the case's facts and the findings its rules add.
   *
   * @param facts the case's facts
   * @param out the findings
   */
  public record Case(CaseFacts facts, List<Check> out) {}

  // Each condition is its own lambda (and so its own object): Evrete 4.0.3 takes two conditions with
  // the same predicate object for one, even on different fields; a shared 'field is true' predicate
  // made 'lke-total' fire on '$c.wbbm' (found by the correctness gate).
  /** For a WBBM proposal. */
  private static final ValuesPredicate WBBM = v -> v.<Boolean>get(0);
  /** For a WBBM proposal of a unit that holds WBK. */
  private static final ValuesPredicate WBBM_HOLDING_WBK = v -> v.<Boolean>get(0) && v.<Boolean>get(1);
  /** For a round whose criteria for the target ask for an SPIP level. */
  private static final ValuesPredicate SPIP = v -> v.<Boolean>get(0);
  /** For an afirmasi unit proposed for WBBM. */
  private static final ValuesPredicate WBBM_AFIRMASI = v -> v.<Boolean>get(0) && v.<Boolean>get(1);
  /** With an LKE. */
  private static final ValuesPredicate LKE = v -> v.<Boolean>get(0);
  /** Without an LKE. */
  private static final ValuesPredicate NO_LKE = v -> !v.<Boolean>get(0);

  private final KnowledgeService service;
  private final Knowledge knowledge;

  /** Builds the knowledge (the rules). */
  public EvreteDecider() {
    service = new KnowledgeService();
    knowledge = service.newKnowledge();
    knowledge.configureTypes(types -> {
      Type<Case> type = types.getOrDeclare(Case.class);
      type.declareBooleanField("wbbm", c -> c.facts().target() == Predikat.WBBM);
      type.declareBooleanField("holdsWbk", c -> c.facts().wbkSince() != null);
      type.declareBooleanField("lke", c -> c.facts().lke());
      type.declareBooleanField("spip", c -> c.facts().spipAsked());
      type.declareBooleanField("afirmasi", c -> c.facts().afirmasi());
    });
    RuleSetBuilder<Knowledge> rules = knowledge.builder();
    int salience = 100;
    always(rules, "round-window", salience--, Rules90::roundWindow);
    always(rules, "building-period", salience--, Rules90::buildingPeriod);
    always(rules, "not-yet-held", salience--, Rules90::notYetHeld);
    rules.newRule("wbk-prerequisite").salience(salience--)
        .forEach("$c", Case.class)
        .where(WBBM, "$c.wbbm")
        .execute(ctx -> add(ctx.get("$c"), Rules90::wbkPrerequisite));
    rules.newRule("wbk-holding-period").salience(salience--)
        .forEach("$c", Case.class)
        .where(WBBM_HOLDING_WBK, "$c.wbbm", "$c.holdsWbk")
        .execute(ctx -> add(ctx.get("$c"), Rules90::wbkHoldingPeriod));
    always(rules, "revocation-cooldown", salience--, Rules90::revocationCooldown);
    always(rules, "bpk-opinion", salience--, Rules90::bpkOpinion);
    always(rules, "akip-grade", salience--, Rules90::akipGrade);
    always(rules, "indeks-rb", salience--, Rules90::indeksRb);
    rules.newRule("spip-level").salience(salience--)
        .forEach("$c", Case.class)
        .where(SPIP, "$c.spip")
        .execute(ctx -> add(ctx.get("$c"), Rules90::spipLevel));
    rules.newRule("afirmasi").salience(salience--)
        .forEach("$c", Case.class)
        .where(WBBM_AFIRMASI, "$c.wbbm", "$c.afirmasi")
        .execute(ctx -> add(ctx.get("$c"), Rules90::afirmasi));
    rules.newRule("lke-missing").salience(salience--)
        .forEach("$c", Case.class)
        .where(NO_LKE, "$c.lke")
        .execute(ctx -> {
          Case c = ctx.get("$c");
          Rules90.lkeMissing(c.facts(), c.out());
        });
    withLke(rules, "lke-total", salience--, Rules90::total);
    withLke(rules, "lke-pengungkit", salience--, Rules90::pengungkit);
    rules.newRule("lke-area").salience(salience--)
        .forEach("$c", Case.class)
        .where(LKE, "$c.lke")
        .execute(ctx -> {
          Case c = ctx.get("$c");
          Rules90.areas(c.facts(), c.out());
        });
    withLke(rules, "lke-bersih-akuntabel", salience--, Rules90::bersihAkuntabel);
    withLke(rules, "lke-ipak", salience--, Rules90::ipak);
    withLke(rules, "lke-capaian-kinerja", salience--, Rules90::capaianKinerja);
    withLke(rules, "lke-ipkp", salience, Rules90::ipkp);
    rules.build();
  }

  private static void add(Case c, Function<CaseFacts, Check> finding) {
    c.out().add(finding.apply(c.facts()));
  }

  private static void always(RuleSetBuilder<Knowledge> rules, String name, int salience,
      Function<CaseFacts, Check> finding) {
    rules.newRule(name).salience(salience)
        .forEach("$c", Case.class)
        .execute(ctx -> add(ctx.get("$c"), finding));
  }

  private static void withLke(RuleSetBuilder<Knowledge> rules, String name, int salience,
      Function<CaseFacts, Check> finding) {
    rules.newRule(name).salience(salience)
        .forEach("$c", Case.class)
        .where(LKE, "$c.lke")
        .execute(ctx -> add(ctx.get("$c"), finding));
  }

  /**
   * Decides on {@code proposal}.
   *
   * @param proposal a 90/2021 proposal with no LKE or an area-level one
   * @return the verdict and every finding
   */
  public BaselineDecision decide(Proposal proposal) {
    Case c = new Case(CaseFacts.of(proposal), new ArrayList<>(24));
    knowledge.newStatelessSession().insertAndFire(c);
    return BaselineDecision.of(c.out());
  }

  /** Stops the service's thread pool. */
  public void shutdown() {
    service.shutdown();
  }
}
