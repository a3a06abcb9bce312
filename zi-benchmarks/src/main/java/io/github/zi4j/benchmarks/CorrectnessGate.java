package io.github.zi4j.benchmarks;

import io.github.zi4j.benchmarks.baseline.BaselineDecision;
import io.github.zi4j.benchmarks.baseline.BigDecimalBaseline;
import io.github.zi4j.benchmarks.baseline.Check;
import io.github.zi4j.benchmarks.baseline.DoubleBaseline;
import io.github.zi4j.benchmarks.baseline.RoundWindow;
import io.github.zi4j.benchmarks.baseline.Scored;
import io.github.zi4j.benchmarks.baseline.DoubleBaseline.DoubleCheck;
import io.github.zi4j.benchmarks.baseline.DoubleBaseline.DoubleDecision;
import io.github.zi4j.benchmarks.engines.DroolsDecider;
import io.github.zi4j.benchmarks.engines.EasyRulesDecider;
import io.github.zi4j.benchmarks.engines.EvreteDecider;
import io.github.zi4j.benchmarks.generator.ProposalGenerator;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.rules.Decision;
import io.github.zi4j.rules.DecisionEngine;
import io.github.zi4j.rules.Eligibility;
import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.RuleId;
import io.github.zi4j.rules.Rulebook;
import io.github.zi4j.rules.Status;
import io.github.zi4j.regulation.Edition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The correctness gate run before any timing: every implementation must reach zi4j's verdict on every
 * generated proposal, with the same findings in the same order (rule and status) and, for those built
 * on {@link Check}, the same required, actual and shortfall values in zi4j's language-neutral form
 * (the places a failing score is shown with included).
 * zi4j is the reference; a disagreement is reported with the case, never silently dropped.
 */
public final class CorrectnessGate {

  /** How many proposals the gate decides. */
  public static final int CASES = 10_000;

  /**
   * One case where an implementation differs from zi4j.
   *
   * @param index the case's number in the generated sequence (from 0)
   * @param implementation the implementation's name
   * @param what what differs
   * @param proposal the case
   */
  public record Disagreement(int index, String implementation, String what, Proposal proposal) {
    @Override
    public String toString() {
      return "case " + index + ", " + implementation + ": " + what;
    }
  }

  /**
   * What the gate found.
   *
   * @param cases how many proposals were decided
   * @param verdicts zi4j's verdicts, counted
   * @param implementations the implementations compared with zi4j
   * @param disagreements every disagreement, in case order
   * @param naiveDoubleDisagreements on how many cases a double baseline without tolerance reaches
   *     another verdict than zi4j (not a failure: it shows why the tolerance is there)
   * @param naiveDoubleFindings how many findings of that naive baseline have another status than
   *     zi4j's
   * @param coverage per rule, how many of zi4j's findings were PASS, FAIL and UNKNOWN: every branch
   *     the gate compares
   * @param features how many cases show each of the situations the rules treat apart (see {@link
   *     #FEATURES}), read from zi4j's findings and the proposal
   */
  public record Report(int cases, Map<String, Integer> verdicts, List<String> implementations,
      List<Disagreement> disagreements, int naiveDoubleDisagreements, int naiveDoubleFindings,
      Map<String, Map<Status, Integer>> coverage, Map<String, Integer> features) {

    /**
     * Whether every implementation agreed with zi4j on every case.
     *
     * @return true when there is no disagreement
     */
    public boolean passed() {
      return disagreements.isEmpty();
    }

    /**
     * A few lines for the console.
     *
     * @return the summary
     */
    public String summary() {
      StringBuilder text = new StringBuilder();
      text.append(String.format("correctness gate: %d generated proposals (seed %d), zi4j's verdicts %s%n",
          cases, ProposalGenerator.SEED, verdicts));
      text.append(String.format("  compared with zi4j: %s%n", String.join(", ", implementations)));
      text.append("  zi4j's findings per rule (PASS/FAIL/UNKNOWN):");
      int n = 0;
      for (Map.Entry<String, Map<Status, Integer>> rule : coverage.entrySet()) {
        text.append(n++ % 4 == 0 ? "\n    " : ", ").append(rule.getKey()).append(' ');
        text.append(rule.getValue().getOrDefault(Status.PASS, 0)).append('/')
            .append(rule.getValue().getOrDefault(Status.FAIL, 0)).append('/')
            .append(rule.getValue().getOrDefault(Status.UNKNOWN, 0));
      }
      text.append("\n  cases with:");
      n = 0;
      for (Map.Entry<String, Integer> feature : features.entrySet()) {
        text.append(n++ % 3 == 0 ? "\n    " : ", ").append(feature.getKey()).append(' ')
            .append(feature.getValue());
      }
      text.append('\n');
      text.append(String.format("  a double baseline without tolerance would reach another verdict "
          + "on %d case%s (%d findings differ)%n", naiveDoubleDisagreements,
          naiveDoubleDisagreements == 1 ? "" : "s", naiveDoubleFindings));
      if (passed()) {
        text.append("  PASSED: every implementation reaches zi4j's verdict, with the same findings, on "
            + "every case\n");
      } else {
        text.append(String.format("  FAILED: %d disagreements; the first:%n", disagreements.size()));
        disagreements.stream().limit(10).forEach(d -> text.append("    ").append(d).append('\n'));
      }
      return text.toString();
    }
  }

  /** The situations the report counts cases of, in its order. */
  public static final List<String> FEATURES = List.of(
      "asOf 2022", "asOf 2023", "asOf 2024", "asOf 2025", "asOf 2026",
      "a round of its own with criteria", "date before pencanangan", "date before the window",
      "date after the window", "WBBM revoked since the WBK (revoked-higher)",
      "afirmasi unit for WBK (criteria waived)", "afirmasi unit for WBBM",
      "AKIP or Indeks RB as a score", "failing points shown with 3 places",
      "failing points shown with 4 places");

  private CorrectnessGate() {}

  /**
   * Runs the gate on {@link #CASES} proposals from {@link ProposalGenerator#SEED}.
   *
   * @return the report
   */
  public static Report run() {
    return run(ProposalGenerator.SEED, CASES);
  }

  /**
   * Runs the gate.
   *
   * @param seed the generator's seed
   * @param cases how many proposals
   * @return the report
   */
  public static Report run(long seed, int cases) {
    DecisionEngine engine = DecisionEngine.standard();
    DoubleBaseline doubles = DoubleBaseline.tolerant();
    DoubleBaseline naive = DoubleBaseline.naive();
    EasyRulesDecider easyRules = new EasyRulesDecider();
    EvreteDecider evrete = new EvreteDecider();
    DroolsDecider drools = new DroolsDecider();
    Map<String, Function<Proposal, BaselineDecision>> checked = new LinkedHashMap<>();
    checked.put("BigDecimal baseline", BigDecimalBaseline::decide);
    checked.put("Easy Rules", easyRules::decide);
    checked.put("Evrete", evrete::decide);
    checked.put("Drools", drools::decide);
    List<String> names = new ArrayList<>(checked.keySet());
    names.add(1, "double baseline");

    Map<String, Integer> verdicts = new LinkedHashMap<>();
    Map<String, Map<Status, Integer>> coverage = new LinkedHashMap<>();
    for (RuleId rule : Rulebook.of(Edition.PERMENPANRB_90_2021).ruleIds()) {
      coverage.put(rule.code(), new EnumMap<>(Status.class));
    }
    Map<String, Integer> features = new LinkedHashMap<>();
    FEATURES.forEach(feature -> features.put(feature, 0));
    List<Disagreement> disagreements = new ArrayList<>();
    int naiveMisses = 0;
    int naiveFindings = 0;
    try {
      ProposalGenerator generator = new ProposalGenerator(seed);
      for (int i = 0; i < cases; i++) {
        Proposal proposal = generator.next();
        Decision reference;
        try {
          reference = engine.decide(proposal);
        } catch (IllegalArgumentException e) {
          // a generator bug: zi4j refuses the case (an impossible history, say)
          disagreements.add(new Disagreement(i, "zi4j", "refused the case: " + e.getMessage(),
              proposal));
          continue;
        }
        String verdict = reference.eligibility().name();
        verdicts.merge(verdict, 1, Integer::sum);
        List<String> statuses = new ArrayList<>();
        for (Finding finding : reference.findings()) {
          statuses.add(finding.rule().code() + " " + finding.status());
          coverage.get(finding.rule().code()).merge(finding.status(), 1, Integer::sum);
        }
        for (String feature : features(proposal, reference)) {
          features.merge(feature, 1, Integer::sum);
        }
        for (Map.Entry<String, Function<Proposal, BaselineDecision>> impl : checked.entrySet()) {
          compare(i, impl.getKey(), proposal, reference, statuses, impl.getValue().apply(proposal))
              .ifPresent(disagreements::add);
        }
        DoubleDecision d = doubles.decide(proposal);
        List<String> doubleStatuses = new ArrayList<>();
        for (DoubleCheck check : d.checks()) {
          doubleStatuses.add(check.rule() + " " + check.status());
        }
        if (!d.verdict().name().equals(verdict)) {
          disagreements.add(new Disagreement(i, "double baseline",
              "verdict " + d.verdict() + ", zi4j " + verdict, proposal));
        } else if (!doubleStatuses.equals(statuses)) {
          disagreements.add(new Disagreement(i, "double baseline",
              "findings " + doubleStatuses + ", zi4j " + statuses, proposal));
        }
        DoubleDecision n = naive.decide(proposal);
        if (!n.verdict().name().equals(verdict)) {
          naiveMisses++;
        }
        for (int k = 0; k < n.checks().size() && k < statuses.size(); k++) {
          if (!statuses.get(k).equals(n.checks().get(k).rule() + " " + n.checks().get(k).status())) {
            naiveFindings++;
          }
        }
      }
    } finally {
      evrete.shutdown();
    }
    Map<String, Integer> ordered = new LinkedHashMap<>();
    for (Eligibility e : Eligibility.values()) {
      ordered.put(e.name(), verdicts.getOrDefault(e.name(), 0));
    }
    return new Report(cases, ordered, names, disagreements, naiveMisses, naiveFindings,
        coverage, features);
  }

  /** The situations of {@link #FEATURES} that one case shows. */
  private static Set<String> features(Proposal proposal, Decision decision) {
    Set<String> found = new LinkedHashSet<>();
    found.add("asOf " + proposal.asOf().getYear());
    if (proposal.round().filter(round -> !round.criteria().isEmpty()).isPresent()) {
      found.add("a round of its own with criteria");
    }
    if (proposal.asOf().isBefore(proposal.unit().pencanangan())) {
      found.add("date before pencanangan");
    }
    for (Finding finding : decision.findings()) {
      String variant = finding.variant().orElse("");
      if (finding.rule() == RuleId.ROUND_WINDOW && !variant.isEmpty()) {
        found.add("date " + variant + " the window");
      } else if (variant.equals("revoked-higher")) {
        found.add("WBBM revoked since the WBK (revoked-higher)");
      } else if (variant.equals("afirmasi")) {
        found.add("afirmasi unit for WBK (criteria waived)");
      } else if (finding.rule() == RuleId.AFIRMASI) {
        found.add("afirmasi unit for WBBM");
      }
      Optional<Measure> actual = finding.actual();
      if (actual.isPresent() && actual.get() instanceof Measure.Rated) {
        found.add("AKIP or Indeks RB as a score");
      }
      if (actual.isPresent() && actual.get() instanceof Measure.Points
          && ((Measure.Points) actual.get()).decimals() > 2) {
        found.add("failing points shown with " + ((Measure.Points) actual.get()).decimals()
            + " places");
      }
    }
    return found;
  }

  private static Optional<Disagreement> compare(int index, String name, Proposal proposal,
      Decision reference, List<String> statuses, BaselineDecision decision) {
    String verdict = reference.eligibility().name();
    if (!decision.verdict().name().equals(verdict)) {
      return Optional.of(new Disagreement(index, name,
          "verdict " + decision.verdict() + ", zi4j " + verdict, proposal));
    }
    List<String> mine = new ArrayList<>();
    for (Check check : decision.checks()) {
      mine.add(check.rule() + " " + check.status());
    }
    if (!mine.equals(statuses)) {
      return Optional.of(new Disagreement(index, name,
          "findings " + mine + ", zi4j " + statuses, proposal));
    }
    List<Finding> findings = reference.findings();
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      Check check = decision.checks().get(i);
      String difference = differs("required", finding.required(), check.required())
          + differs("actual", finding.actual(), check.actual())
          + differs("shortfall", finding.shortfall(), check.shortfall());
      if (!difference.isEmpty()) {
        return Optional.of(new Disagreement(index, name,
            finding.rule().code() + ":" + difference, proposal));
      }
    }
    return Optional.empty();
  }

  private static String differs(String field, Optional<Measure> zi4j, Object mine) {
    String expected = zi4j.map(Measure::neutral).orElse(null);
    String actual = neutral(mine, field.equals("shortfall"));
    return Objects.equals(expected, actual)
        ? ""
        : " " + field + " " + actual + " (zi4j " + expected + ")";
  }

  /**
   * A baseline value in zi4j's language-neutral form.
   *
   * @param value the value, or null
   * @param shortfall whether it is a shortfall: an {@link Integer} is then steps, else a number
   * @return the text, or null
   */
  static String neutral(Object value, boolean shortfall) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString(); // the baselines give points at their shown places
    }
    if (value instanceof LocalDate) {
      return value.toString();
    }
    if (value instanceof Long) {
      return "P" + value + "D";
    }
    if (value instanceof Integer && shortfall) {
      int steps = (Integer) value;
      return steps + (steps == 1 ? " step" : " steps");
    }
    if (value instanceof Enum) {
      return ((Enum<?>) value).name();
    }
    if (value instanceof RoundWindow) {
      RoundWindow window = (RoundWindow) value;
      return window.opens() + "/" + window.closes();
    }
    if (value instanceof Scored) {
      Scored scored = (Scored) value;
      return scored.score().toPlainString() + " (" + scored.grade().name() + ")";
    }
    return value.toString();
  }
}
