package io.github.zi4j.planning;

import io.github.zi4j.ZiException;
import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.ComputedItem;
import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.Question;
import io.github.zi4j.lke.TemplateNode;
import io.github.zi4j.rules.RegulationFigures;
import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scored worksheet ready for what-ifs (<i>skenario</i>): every node's exact points kept, so that a
 * change of answers recomputes only the indicators it touches and the nodes above them, with the
 * scorer's arithmetic (exact scaled integers, 14 decimals within an indicator, 10 on a node), and
 * judges the thresholds of WBK and WBBM as a decision does.
 *
 * <pre>{@code
 * Scenario scenario = Planner.standard().scenario(worksheet);
 * WhatIf whatIf = scenario.whatIf(Map.of("S112", Answer.number(3)));
 * whatIf.flips();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Scenario {

  private final LkeTemplate template;
  private final Map<String, Answer> answers;
  private final Map<String, TemplateNode> indicatorOf = new HashMap<>();
  private final Map<String, List<TemplateNode>> ancestorsOf = new HashMap<>();
  private final Map<String, Long> precise = new HashMap<>();
  private final Map<String, GapModel.Indicator> arithmetic = new HashMap<>();
  private final List<TemplateNode> order = new ArrayList<>();
  private final GapModel wbk;
  private final GapModel wbbm;
  private final Optional<Predikat> meets;

  Scenario(LkeTemplate template, RegulationFigures figures, Map<String, Answer> answers) {
    this.template = template;
    this.answers = Map.copyOf(answers);
    this.wbk = new GapModel(template, figures, answers, GapOptions.of(Predikat.WBK));
    this.wbbm = new GapModel(template, figures, answers, GapOptions.of(Predikat.WBBM));
    index(template.root(), new ArrayList<>());
    this.meets = meets(Map.of());
  }

  private long index(TemplateNode node, List<TemplateNode> path) {
    order.add(node);
    path.add(node);
    long points = 0;
    if (node.isIndicator()) {
      for (Question question : node.questions()) {
        indicatorOf.put(question.id(), node);
      }
      ancestorsOf.put(node.id(), List.copyOf(path));
      arithmetic.put(node.id(), new GapModel.Indicator(node, 0, List.of()));
      points = points(node, Map.of());
    } else {
      for (TemplateNode child : node.children()) {
        points += index(child, path);
      }
    }
    path.remove(path.size() - 1);
    precise.put(node.id(), points);
    return points;
  }

  /** The scorer's points (10^-16) of an indicator with {@code changes} over the answers. */
  private long points(TemplateNode indicator, Map<String, Answer> changes) {
    long sum = 0;
    Map<String, BigDecimal> counts = new HashMap<>();
    for (Question question : indicator.questions()) {
      Answer answer = changes.getOrDefault(question.id(), answers.get(question.id()));
      BigDecimal value;
      try {
        value = question.answer().value(answer);
      } catch (ZiException e) {
        throw new InvalidFieldException(question.id(),
            "answer of " + question.id() + ": " + e.getMessage(), e);
      }
      if (question.answer().scored()) {
        sum += GapModel.e14(value, question.id());
      } else {
        counts.put(question.id(), value);
      }
    }
    for (ComputedItem item : indicator.computed()) {
      sum += GapModel.e14(item.value(counts), item.id());
    }
    return arithmetic.get(indicator.id()).points(sum);
  }

  /**
   * What {@code changes} would do: the new total, the predicate met before and after, and every node
   * whose points changed, in template order.
   *
   * @param changes the new answers by question id
   * @return the what-if
   * @throws InvalidFieldException at the question's id, when a change names a question the template
   *     lacks, or gives an answer its question does not take, naming the question and the answer
   */
  public WhatIf whatIf(Map<String, Answer> changes) {
    Map<String, Long> after = new LinkedHashMap<>();
    Map<TemplateNode, Boolean> touched = new LinkedHashMap<>();
    for (String id : changes.keySet()) {
      TemplateNode indicator = indicatorOf.get(id);
      if (indicator == null) {
        throw new InvalidFieldException(id, "a what-if changes questions of template "
            + template.id() + ", but " + quote(id) + " is not one");
      }
      touched.put(indicator, Boolean.TRUE);
    }
    for (TemplateNode indicator : touched.keySet()) {
      long delta = points(indicator, changes) - precise.get(indicator.id());
      if (delta == 0) {
        continue;
      }
      for (TemplateNode node : ancestorsOf.get(indicator.id())) {
        after.merge(node.id(), delta, Long::sum);
      }
    }
    List<NodeChange> nodes = new ArrayList<>();
    Map<String, Long> rounded = new HashMap<>();
    for (TemplateNode node : order) {
      Long delta = after.get(node.id());
      if (delta == null) {
        continue;
      }
      long before = GapModel.round10(precise.get(node.id()));
      long now = GapModel.round10(precise.get(node.id()) + delta);
      rounded.put(node.id(), now);
      if (before != now) {
        nodes.add(new NodeChange(node.id(), node.name(), Optional.of(GapModel.points10(before)),
            Optional.of(GapModel.points10(now))));
      }
    }
    String root = template.root().id();
    return new WhatIf(GapModel.points10(GapModel.round10(precise.get(root))),
        GapModel.points10(rounded.getOrDefault(root, GapModel.round10(precise.get(root)))),
        meets, meets(rounded), nodes);
  }

  private static String quote(String text) {
    return "\"" + (text.length() > 40 ? text.substring(0, 40) + "\u2026" : text) + "\"";
  }

  private Optional<Predikat> meets(Map<String, Long> rounded) {
    if (!meets(wbk.root, rounded)) {
      return Optional.empty();
    }
    return meets(wbbm.root, rounded) ? Optional.of(Predikat.WBBM) : Optional.of(Predikat.WBK);
  }

  private boolean meets(GapModel.Group group, Map<String, Long> rounded) {
    return sum(group, rounded) != Long.MIN_VALUE;
  }

  /** The group's points (10^-10), or MIN_VALUE when it or a group below misses its minimum. */
  private long sum(GapModel.Group group, Map<String, Long> rounded) {
    long p = 0;
    if (group.leaf) {
      Long changed = rounded.get(group.nodeId);
      p = changed != null ? changed : GapModel.round10(precise.get(group.nodeId));
    } else {
      for (GapModel.Group child : group.children) {
        long c = sum(child, rounded);
        if (c == Long.MIN_VALUE) {
          return c;
        }
        p += c;
      }
    }
    return p < group.minimum ? Long.MIN_VALUE : p;
  }
}
