package io.github.zi4j.lke;

import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an LKE template (<i>pemeriksa templat</i>) and returns every mistake at once, each naming its
 * path. A template is scored only when it has none.
 *
 * <p>It checks that: the root weighs 100; every weight is positive; the weights of a node's children add
 * up to its own; every node has either children or questions, and an indicator at least one scored item
 * (a graded question or a computed item: an indicator of counts alone can never earn its weight, so
 * every weight is reachable from an answer); ids are unique across nodes, questions and computed items;
 * a PortalRB {@code soal_id} is used at most once; a computed item reads only counts of its own
 * indicator; a minimum lies between 0 and its node's weight, and a WBBM minimum is not below the WBK
 * minimum (a real published LKE has exactly that mistake); an option question has at least two
 * distinct letters, and its explicit values, if any, give every letter a value in [0, 1].
 *
 * <pre>{@code
 * List<TemplateProblem> problems = TemplateValidator.validate(LkeTemplates.read(path));
 * problems.forEach(System.out::println);
 * // LKE/PENGUNGKIT/PEMENUHAN: the children's weights add up to 29.5, but the node weighs 30
 * }</pre>
 *
 * @since 0.1
 */
public final class TemplateValidator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private TemplateValidator() {}

  /**
   * Every mistake in {@code template}.
   *
   * @param template the template
   * @return the problems, in template order; empty when the template is valid
   */
  public static List<TemplateProblem> validate(LkeTemplate template) {
    List<TemplateProblem> problems = new ArrayList<>();
    TemplateNode root = template.root();
    if (root.weight().compareTo(HUNDRED) != 0) {
      problems.add(new TemplateProblem(root.id(),
          "the root must weigh 100, but weighs " + root.weight().toPlainString()));
    }
    check(root, root.id(), new HashSet<>(), new HashSet<>(), new HashMap<>(), problems);
    checkShares(template.areaMinimum(), problems);
    return List.copyOf(problems);
  }

  private static void check(TemplateNode node, String path, Set<String> ids, Set<Object> roles,
      Map<Integer, String> soalIds, List<TemplateProblem> problems) {
    if (!ids.add(node.id())) {
      problems.add(new TemplateProblem(path, "id " + node.id() + " is used more than once"));
    }
    node.role().filter(role -> !roles.add(role)).ifPresent(role -> problems.add(
        new TemplateProblem(path, "role " + role + " is given to more than one node")));
    node.criterion().filter(criterion -> !roles.add(criterion)).ifPresent(criterion -> problems.add(
        new TemplateProblem(path, "criterion " + criterion + " is given to more than one node")));
    if (node.criterion().isPresent() && node.minimum().isEmpty()) {
      problems.add(new TemplateProblem(path, "criterion " + node.criterion().get()
          + " reports the node's minimum, but the node has none"));
    }
    if (node.weight().signum() <= 0) {
      problems.add(new TemplateProblem(path,
          "the weight must be positive, but was " + node.weight().toPlainString()));
    }
    boolean hasChildren = !node.children().isEmpty();
    boolean hasQuestions = node.isIndicator();
    if (hasChildren && hasQuestions) {
      problems.add(new TemplateProblem(path,
          "a node has either children or questions, but this one has both"));
    } else if (!hasChildren && !hasQuestions) {
      problems.add(new TemplateProblem(path,
          "a node without children must have questions, or its weight "
              + node.weight().toPlainString() + " can never be earned"));
    } else if (hasQuestions && node.scoredItems() == 0) {
      problems.add(new TemplateProblem(path, "an indicator must have a graded question or a "
          + "computed item, or its weight " + node.weight().toPlainString()
          + " can never be earned: counts alone are not scored"));
    }
    if (hasChildren) {
      BigDecimal sum = node.children().stream()
          .map(TemplateNode::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sum.compareTo(node.weight()) != 0) {
        problems.add(new TemplateProblem(path, "the children's weights add up to "
            + sum.toPlainString() + ", but the node weighs " + node.weight().toPlainString()));
      }
    }
    checkMinimums(node, path, problems);
    for (Question question : node.questions()) {
      String questionPath = path + "/" + question.id();
      if (!ids.add(question.id())) {
        problems.add(new TemplateProblem(questionPath,
            "id " + question.id() + " is used more than once"));
      }
      if (question.soalId().isPresent()) {
        String first = soalIds.putIfAbsent(question.soalId().getAsInt(), question.id());
        if (first != null) {
          problems.add(new TemplateProblem(questionPath, "soal id " + question.soalId().getAsInt()
              + " is used more than once, by " + first + " and " + question.id()));
        }
      }
      if (question.answer() instanceof AnswerType.Options) {
        checkOptions((AnswerType.Options) question.answer(), questionPath, problems);
      }
    }
    checkComputed(node, path, ids, problems);
    for (TemplateNode child : node.children()) {
      check(child, path + "/" + child.id(), ids, roles, soalIds, problems);
    }
  }

  /** Each computed item has a unique id and reads only counts of its own indicator. */
  private static void checkComputed(TemplateNode node, String path, Set<String> ids,
      List<TemplateProblem> problems) {
    Set<String> counts = new HashSet<>();
    for (Question question : node.questions()) {
      if (question.answer() instanceof AnswerType.Count) {
        counts.add(question.id());
      }
    }
    for (ComputedItem item : node.computed()) {
      String itemPath = path + "/" + item.id();
      if (!ids.add(item.id())) {
        problems.add(new TemplateProblem(itemPath, "id " + item.id() + " is used more than once"));
      }
      for (String count : item.counts()) {
        if (!counts.contains(count)) {
          problems.add(new TemplateProblem(itemPath, "a computed item reads only counts of its own "
              + "indicator " + node.id() + ", but " + count + " is not one"));
        }
      }
    }
  }

  private static void checkMinimums(TemplateNode node, String path,
      List<TemplateProblem> problems) {
    checkMinimums(node.minimum(), node.weight(), path, "", problems);
  }

  private static void checkShares(Map<Predikat, Minimum> shares, List<TemplateProblem> problems) {
    checkMinimums(shares, BigDecimal.ONE, "areaMinimum", " share", problems);
  }

  /** Each minimum between 0 and {@code max}, and WBBM's not below WBK's. */
  private static void checkMinimums(Map<Predikat, Minimum> minimums, BigDecimal max, String path,
      String what, List<TemplateProblem> problems) {
    for (Map.Entry<Predikat, Minimum> entry : minimums.entrySet()) {
      BigDecimal value = entry.getValue().value();
      if (value.signum() < 0 || value.compareTo(max) > 0) {
        problems.add(new TemplateProblem(path, "the " + entry.getKey() + " minimum" + what
            + " must be between 0 and " + max.toPlainString() + ", but was "
            + value.toPlainString()));
      }
    }
    Minimum wbk = minimums.get(Predikat.WBK);
    Minimum wbbm = minimums.get(Predikat.WBBM);
    if (wbk != null && wbbm != null && wbbm.value().compareTo(wbk.value()) < 0) {
      problems.add(new TemplateProblem(path, "the WBBM minimum must not be below the WBK minimum, "
          + "but was " + wbbm.value().toPlainString() + " < " + wbk.value().toPlainString()));
    }
  }

  private static void checkOptions(AnswerType.Options options, String path,
      List<TemplateProblem> problems) {
    Set<String> letters = new HashSet<>(options.options());
    if (letters.size() < 2 || letters.size() != options.options().size()) {
      problems.add(new TemplateProblem(path,
          "options must be at least two distinct letters, but were " + options.options()));
    }
    if (options.values().isEmpty()) {
      return;
    }
    if (!options.values().keySet().equals(letters)) {
      problems.add(new TemplateProblem(path, "values must give exactly the options " + letters
          + ", but gave " + new java.util.TreeSet<>(options.values().keySet())));
    }
    options.values().forEach((letter, value) -> {
      if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
        problems.add(new TemplateProblem(path, "the value of option " + letter
            + " must be between 0 and 1, but was " + value.toPlainString()));
      }
    });
  }
}
