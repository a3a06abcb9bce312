package io.github.zi4j.rules.score;

import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.lke.LkeInput;
import io.github.zi4j.lke.LkeResult;
import io.github.zi4j.lke.LkeScore;
import io.github.zi4j.lke.LkeScorer;
import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.LkeTemplates;
import io.github.zi4j.lke.LkeWeights;
import io.github.zi4j.lke.NodeRole;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.TemplateNode;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.rules.AreaCheck;
import io.github.zi4j.rules.Criterion;
import io.github.zi4j.rules.Figure;
import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.LkeSummary;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.RegulationFigures;
import io.github.zi4j.rules.RuleId;
import io.github.zi4j.rules.Status;
import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The score minimums of one edition (<i>profil nilai minimal</i>), read from its LKE template and the
 * figures: every node with a minimum, in template order, and, where the template gives a share per
 * area, the area check after the pengungkit component. A node whose template names a {@link Criterion}
 * is reported by that criterion's rule ({@code lke-total}, {@code lke-ipak}, &hellip;), with the figure
 * from {@link RegulationFigures} (so a caller can override it); any other node by the generic {@link
 * RuleId#LKE_MINIMUM}, with the figure on its node. Adding an edition is adding its template: no code
 * here knows a node's id.
 *
 * <p>An edition whose template has the area-level form ({@link LkeWeights#hasAreaLevelForm}) is judged
 * on the score of an area-level result ({@link LkeResult#score()}) or, part by part, on a worksheet's:
 * a minimum whose part of the worksheet is answered is judged even when others are not. Every LKE is
 * judged as one type, {@link LkeScore}. Any other edition is judged on a complete worksheet of
 * its own; without one, a single {@link RuleId#LKE_EDITION} finding says what is missing.
 *
 * <p>Not API. Immutable and thread-safe: an engine builds one per edition and shares it.
 *
 * @since 0.1
 */
public final class ScoreProfile {

  private final Edition edition;
  private final LkeTemplate template;
  private final Optional<LkeWeights> weights;
  private final AreaCheck areaCheck;
  private final List<Check> checks;
  private final List<RuleId> ruleIds;
  /** The areas (or their parts) the per-area check judges, with their minimums. */
  private final List<Check.Part> parts;

  private ScoreProfile(Edition edition, RegulationFigures figures) {
    this.edition = edition;
    this.template = LkeTemplates.bundled(edition);
    this.weights = LkeWeights.hasAreaLevelForm(edition)
        ? Optional.of(LkeWeights.of(edition))
        : Optional.empty();
    this.areaCheck = figures.areaCheck();
    List<Check> list = new ArrayList<>();
    collect(template.root(), figures, list);
    this.checks = List.copyOf(list);
    this.parts = parts(checks.stream().filter(Check::perArea).findFirst());
    Set<RuleId> ids = new LinkedHashSet<>();
    checks.forEach(check -> ids.add(check.rule()));
    this.ruleIds = List.copyOf(ids);
  }

  /**
   * The profile of {@code edition}'s bundled template, with the minimums of {@code figures}.
   *
   * @param edition the edition
   * @param figures the figures, for the minimums a caller may override and the way areas are checked
   * @return the profile
   * @throws IllegalStateException when the template names a criterion zi-rules does not know, or a
   *     node with a minimum lacks the role its area-level result would be read by
   */
  public static ScoreProfile of(Edition edition, RegulationFigures figures) {
    return new ScoreProfile(edition, figures);
  }

  private void collect(TemplateNode node, RegulationFigures figures, List<Check> into) {
    if (!node.minimum().isEmpty()) {
      into.add(check(node, figures));
    }
    if (node.role().equals(Optional.of(NodeRole.PENGUNGKIT))) {
      Map<Predikat, Figure<BigDecimal>> shares = new EnumMap<>(Predikat.class);
      for (Predikat predikat : Predikat.values()) {
        figures.threshold(edition, predikat, Criterion.AREA_SHARE)
            .ifPresent(figure -> shares.put(predikat, figure));
      }
      if (!shares.isEmpty() && weights.isPresent()) {
        into.add(new Check(RuleId.LKE_AREA, Optional.empty(), Optional.empty(), false,
            Measure.Term.of(edition.citation()), Optional.empty(), shares, criterionUnknown()));
      }
    }
    for (TemplateNode child : node.children()) {
      collect(child, figures, into);
    }
  }

  private Check check(TemplateNode node, RegulationFigures figures) {
    if (node.role().isEmpty() && weights.isPresent()) {
      throw new IllegalStateException("node " + node.id() + " of template " + template.id()
          + " has a minimum but no role, so an area-level result cannot give its points");
    }
    Map<Predikat, Figure<BigDecimal>> minimums = new EnumMap<>(Predikat.class);
    if (node.criterion().isPresent()) {
      Criterion criterion = TemplateFigures.criterion(template, node);
      for (Predikat predikat : Predikat.values()) {
        figures.threshold(edition, predikat, criterion)
            .ifPresent(figure -> minimums.put(predikat, figure));
      }
      return new Check(criterion.rule(), Optional.of(node.id()), node.role(), false,
          Measure.Term.of(edition.citation()), contextRole(node), minimums, criterionUnknown());
    }
    node.minimum().forEach((predikat, minimum) -> minimums.put(predikat,
        new Figure<>(minimum.value(), TemplateFigures.basisOf(template, minimum))));
    return new Check(RuleId.LKE_MINIMUM, Optional.of(node.id()), node.role(), true,
        new Measure.Term(node.name()), Optional.empty(), minimums, unknownBasis());
  }

  /** What a criterion's rule cites when the edition's figure is not known. */
  private LegalBasis criterionUnknown() {
    return LegalBasis.of(edition.citation() + " (LKE)", Confidence.UNVERIFIED);
  }

  private LegalBasis unknownBasis() {
    return LegalBasis.of(template.citation(), Confidence.UNVERIFIED);
  }

  /** The areas, or each part of them, with the share of their weight each predicate needs. */
  private List<Check.Part> parts(Optional<Check> areaCheck) {
    if (areaCheck.isEmpty()) {
      return List.of();
    }
    LkeWeights w = weights.orElseThrow();
    List<Check.Part> list = new ArrayList<>(12);
    for (AreaPerubahan area : AreaPerubahan.values()) {
      if (this.areaCheck == AreaCheck.WHOLE_AREA) {
        list.add(part(areaCheck.get(), area, Optional.empty(), w.area(area)));
      } else {
        list.add(part(areaCheck.get(), area, Optional.of("pemenuhan"), w.pemenuhan(area)));
        list.add(part(areaCheck.get(), area, Optional.of("reform"), w.reform(area)));
      }
    }
    return List.copyOf(list);
  }

  private static Check.Part part(Check check, AreaPerubahan area, Optional<String> part,
      BigDecimal weight) {
    Map<Predikat, BigDecimal> minimums = new EnumMap<>(Predikat.class);
    check.minimums().forEach((predikat, share) -> minimums.put(predikat,
        share.value().multiply(weight)));
    return new Check.Part(area, part, minimums);
  }

  /** The indicator whose answer a sentence names: the node itself, or its only child. */
  private static Optional<NodeRole> contextRole(TemplateNode node) {
    TemplateNode indicator = node.children().size() == 1 ? node.children().get(0) : node;
    return indicator.role().filter(role -> role == NodeRole.IPAK || role == NodeRole.IPKP
        || role == NodeRole.CAPAIAN_KINERJA);
  }

  /**
   * The edition judged.
   *
   * @return the edition
   */
  public Edition edition() {
    return edition;
  }

  /**
   * The rules this profile reports with, in report order.
   *
   * @return the rule ids
   */
  public List<RuleId> ruleIds() {
    return ruleIds;
  }

  /**
   * Judges the LKE of a proposal for {@code target}: a worksheet is scored with the edition's bundled
   * template, for its deciding role (the other role's answers are checked, not scored).
   *
   * @param lke the proposal's LKE, when it has one
   * @param target the predicate proposed for
   * @return the findings for the target, the predicate the scores meet, and the summary
   * @throws io.github.zi4j.ZiException relative to the worksheet or result: at {@code edition}
   *     when the worksheet was answered for another edition, at the answer when it has answers its
   *     questions do not take
   */
  public ScoreJudgement judge(Optional<LkeInput> lke, Predikat target) {
    LkeScore score = scoreOf(lke);
    List<Finding> findings = new ArrayList<>(checks.size() + 6);
    Judge judge = new Judge(target, score, findings);
    Optional<Predikat> meets = judge.judge(resultGiven(lke));
    return new ScoreJudgement(Collections.unmodifiableList(findings), meets, judge.summary(meets));
  }

  /**
   * Judges the LKE of a proposal for {@code target} as {@link #judge(Optional, Predikat)} does, adding
   * the findings to {@code into}: what a decision asks, with no list of its own.
   *
   * @param lke the proposal's LKE, when it has one
   * @param target the predicate proposed for
   * @param into the decision's findings, in report order
   * @return total, pengungkit and hasil with the predicate the scores meet, when the LKE is complete
   * @throws io.github.zi4j.ZiException as {@link #judge(Optional, Predikat)}
   */
  public Optional<LkeSummary> judge(Optional<LkeInput> lke, Predikat target, List<Finding> into) {
    Judge judge = new Judge(target, scoreOf(lke), into);
    return judge.summary(judge.judge(resultGiven(lke)));
  }

  /** Whether {@code lke} is an area-level result. */
  private static boolean resultGiven(Optional<LkeInput> lke) {
    return lke.isPresent() && lke.get() instanceof LkeResult;
  }

  /**
   * The score judged: a worksheet's for its deciding role, an area-level result's under an edition
   * with that form; null for none (under any other edition, or without an LKE).
   */
  private LkeScore scoreOf(Optional<LkeInput> lke) {
    if (lke.isEmpty()) {
      return null;
    }
    if (lke.get() instanceof LkeResult) {
      // an area-level result is judged as its score; under an edition without that form, not at all
      return weights.isPresent() ? ((LkeResult) lke.get()).score() : null;
    }
    return score((Worksheet) lke.get());
  }

  /**
   * The predicate a scored LKE meets under this profile (WBBM, WBK or none), without the findings
   * that explain it: what a comparison of answers asks many times.
   *
   * @param score the score, of this profile's edition: a scored worksheet, complete or part by part,
   *     or an area-level result's score
   * @return the predicate every minimum of which the score meets, or empty
   */
  public Optional<Predikat> meets(LkeScore score) {
    Objects.requireNonNull(score, "score");
    if (weights.isEmpty() && !score.complete()) {
      return Optional.empty();
    }
    return new Judge(Predikat.WBK, score, null).meets();
  }

  /**
   * Judges one criterion's minimum as this profile would, whether or not the edition's template names
   * it: where it does not, its figure is not known, and the finding says so.
   *
   * @param criterion the criterion
   * @param lke the proposal's LKE, when it has one
   * @param target the predicate proposed for
   * @return the criterion's findings
   */
  public List<Finding> judge(Criterion criterion, Optional<LkeInput> lke, Predikat target) {
    List<Check> own = checks.stream().filter(check -> check.rule() == criterion.rule())
        .collect(java.util.stream.Collectors.toList());
    if (!own.isEmpty()) {
      return judge(lke, target).findings().stream()
          .filter(finding -> finding.rule() == criterion.rule())
          .collect(java.util.stream.Collectors.toUnmodifiableList());
    }
    List<Finding> findings = new ArrayList<>();
    new Findings(target, findings).noFigure(new Check(criterion.rule(), Optional.empty(),
        Optional.empty(), false, Measure.Term.of(edition.citation()), Optional.empty(), Map.of(),
        criterionUnknown()), null);
    return List.copyOf(findings);
  }

  private LkeScore score(Worksheet worksheet) {
    if (worksheet.edition() != edition) {
      throw new InvalidFieldException("edition", "the LKE worksheet must be answered for the"
          + " edition the proposal is judged under, but was answered for " + worksheet.edition()
          + " and the proposal is judged under " + edition + " (name the edition in the case)");
    }
    LkeScorer scorer = LkeScorer.bundled(edition);
    Role deciding = worksheet.decidingRole();
    LkeScore score = scorer.score(worksheet, deciding);
    for (Role role : worksheet.answers().keySet()) {
      if (role != deciding) {
        scorer.check(worksheet, role); // not scored, but its answers must be ones the questions take
      }
    }
    return score;
  }

  private static final Optional<Predikat> MEETS_WBK = Optional.of(Predikat.WBK);
  private static final Optional<Predikat> MEETS_WBBM = Optional.of(Predikat.WBBM);

  /** The bit of {@code predikat} in a set of predicates not met. */
  private static int bit(Predikat predikat) {
    return 1 << predikat.ordinal();
  }

  /**
   * The judging of one LKE for one target, which reports its own findings (one object per judging: the
   * planner asks thousands).
   */
  private final class Judge extends Findings {
    /** The score judged; null when there is none. */
    private final LkeScore score;

    /**
     * A judging of {@code score} for {@code target}.
     *
     * @param into where the findings go; null when only the predicate met is wanted
     */
    Judge(Predikat target, LkeScore score, List<Finding> into) {
      super(target, into);
      this.score = score;
    }

    /**
     * Judges for the decision: the findings for the target, or, under an edition without the
     * area-level form whose LKE is not complete, the one finding that says so.
     *
     * @return the predicate the score meets
     */
    Optional<Predikat> judge(boolean resultGiven) {
      if (weights.isEmpty() && (score == null || !score.complete())) {
        add(editionUnknown(resultGiven));
        return Optional.empty();
      }
      return meets();
    }

    /**
     * Every check judged: the predicate the score meets, and, when {@linkplain #reporting()
     * reporting}, the findings for the target.
     */
    Optional<Predikat> meets() {
      int unmet = 0;
      Findings out = reporting() ? this : null;
      for (Check check : checks) {
        unmet |= check(check, out);
      }
      return (unmet & (bit(Predikat.WBBM) | bit(Predikat.WBK))) == 0 ? MEETS_WBBM
          : (unmet & bit(Predikat.WBK)) == 0 ? MEETS_WBK : Optional.empty();
    }

    boolean complete() {
      return score != null && score.complete();
    }

    Optional<LkeSummary> summary(Optional<Predikat> meets) {
      if (!complete()) {
        return Optional.empty();
      }
      LkeScore s = score;
      return Optional.of(LkeSummary.of(s.points(NodeRole.TOTAL).orElseThrow(),
          s.points(NodeRole.PENGUNGKIT).orElseThrow(), s.points(NodeRole.HASIL).orElseThrow(),
          meets));
    }

    Finding editionUnknown(boolean resultGiven) {
      LegalBasis basis = LegalBasis.of(edition.citation() + " (LKE)", Confidence.SURE);
      if (score != null) {
        return Finding.builder().rule(RuleId.LKE_EDITION)
            .status(Status.UNKNOWN).target(target).variant("incomplete")
            .context(Measure.Term.of(score.unanswered().size())).basis(basis).build();
      }
      Finding.Builder unknown = Finding.builder()
          .rule(RuleId.LKE_EDITION).status(Status.UNKNOWN).target(target)
          .context(Measure.Term.of(edition.citation())).basis(basis);
      if (resultGiven) {
        unknown.variant("area-level");
      }
      return unknown.build();
    }

    /**
     * Judges one check, and reports into {@code out}.
     *
     * @return the predicates it is not met for, one {@link #bit} each
     */
    private int check(Check check, Findings out) {
      if (score == null) {
        if (out != null) {
          out.noLke(check, check.minimum(target));
        }
        return bit(Predikat.WBK) | bit(Predikat.WBBM);
      }
      if (check.perArea()) {
        int unmet = 0;
        for (Check.Part part : parts) {
          unmet |= judge(check, part, actual(part), out);
        }
        return unmet;
      }
      return judge(check, null, score.points(check.node().orElseThrow()).orElse(null), out);
    }

    /**
     * Judges one check, or one area (part) of the per-area check; {@code actual} null when unknown.
     *
     * @return the predicates it is not met for, one {@link #bit} each
     */
    private int judge(Check check, Check.Part part, BigDecimal actual, Findings out) {
      Minimums minimums = part == null ? check.values() : part.values();
      int unmet = minimums.unmet(actual);
      if (out == null) {
        return unmet; // only the predicate is wanted
      }
      Figure<BigDecimal> figure = check.figures()[target.ordinal()];
      BigDecimal minimum = minimums.get(target);
      if (figure == null) {
        Optional<Predikat> prerequisite = target.prerequisite();
        BigDecimal floor =
            prerequisite.isPresent() ? minimums.get(prerequisite.get()) : null;
        if (floor != null && actual != null && (unmet & bit(prerequisite.get())) != 0) {
          out.belowFloor(check, part, actual, floor,
              check.figures()[prerequisite.get().ordinal()]);
        } else {
          out.noFigure(check, part);
        }
      } else if (actual == null) {
        out.incomplete(check, part, minimum, figure, score.unanswered().size());
      } else {
        out.compare(check, part, actual, minimum, (unmet & bit(target)) == 0, // compared above
            (part == null ? check.shown() : part.shown())[target.ordinal()], figure,
            check.contextRole().isPresent() ? context(check.contextRole().get()) : null);
      }
      return unmet;
    }

    /** The points of an area, or of one part of it; null when not known. */
    private BigDecimal actual(Check.Part part) {
      if (part.part().isEmpty()) {
        Optional<BigDecimal> total = score.areaPoints(part.area()); // added once per score
        if (total.isPresent()) {
          return total.get();
        }
        Optional<BigDecimal> pemenuhan = score.areaPoints(NodeRole.PEMENUHAN, part.area());
        Optional<BigDecimal> reform = score.areaPoints(NodeRole.REFORM, part.area());
        return pemenuhan.isPresent() && reform.isPresent()
            ? pemenuhan.get().add(reform.get()) : null;
      }
      return score.areaPoints(
          part.part().get().equals("pemenuhan") ? NodeRole.PEMENUHAN : NodeRole.REFORM,
          part.area()).orElse(null);
    }

    /**
     * What a sentence names beside the points: the survey index, or the capaian kinerja grade; null
     * when not answered.
     */
    private Measure context(NodeRole role) {
      Optional<Answer> answer = score.answer(role);
      if (answer.isEmpty()) {
        return null;
      }
      return answer.get() instanceof Answer.Number
          ? new Measure.Index(((Answer.Number) answer.get()).value())
          : Measure.Term.of(answer.get());
    }
  }
}
