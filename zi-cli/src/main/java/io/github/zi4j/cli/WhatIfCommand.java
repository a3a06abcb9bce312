package io.github.zi4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zi4j.Language;
import io.github.zi4j.ZiException;
import io.github.zi4j.ZiJson;
import io.github.zi4j.ZiParseException;
import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.InvalidAnswersException;
import io.github.zi4j.lke.LkeScorer;
import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.LkeTemplates;
import io.github.zi4j.lke.Question;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.planning.NodeChange;
import io.github.zi4j.planning.PlanJson;
import io.github.zi4j.planning.Planner;
import io.github.zi4j.planning.WhatIf;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.rules.Decision;
import io.github.zi4j.rules.Measure;
import io.github.zi4j.rules.explain.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code zi4j whatif CASE.json|WORKSHEET.json|LKE.xlsx --set S12=A --set 40=B}, or {@code
 * --changes CHANGES.json}: what a change of
 * answers would do ({@link io.github.zi4j.planning.Scenario#whatIf}): the new total, the predicate
 * the LKE meets before and after, for a case the decision before and after, and the difference of every
 * node that changed.
 */
@Command(name = "whatif",
    description = {"Shows what changing some answers does to the score and the decision.",
        "Applies each --set SOAL=ANSWER (and each change of --changes) to the worksheet (the case's own, --lke, or the file"
            + " itself, read as score reads it) of its deciding role (the TPI's when it answered)"
            + " and prints the total before and after, the predicate the LKE meets before and"
            + " after, for a case the decision before and after, and every node whose points"
            + " changed with the difference. SOAL is PortalRB's soal number (12) or the question id"
            + " (S12); ANSWER is YA, TIDAK, a letter (A), a number (3, 3.71) or a JSON object"
            + " ({\"done\":8,\"required\":10})."})
final class WhatIfCommand implements Callable<Integer> {

  @ParentCommand
  private Zi4jCommand zi4j;

  @Mixin
  private LanguageOption lang;

  @Mixin
  private WorkbookOptions workbook;

  @Option(names = "--set", paramLabel = "SOAL=ANSWER",
      description = "A new answer: S12=A, 12=A, S1=TIDAK, S88=25; repeat for more.")
  private Map<String, String> changes = new LinkedHashMap<>();

  @Option(names = "--changes", paramLabel = "CHANGES.json",
      description = "New answers as a JSON object of soal to answer, {\"S12\": \"A\", \"126\":"
          + " \"B\"}; a --set of the same soal wins.")
  private Optional<String> changesFile = Optional.empty();

  @Option(names = "--lke", paramLabel = "WORKSHEET.json|LKE.xlsx",
      description = "The worksheet to change, for a case whose LKE is given per area.")
  private Optional<String> lke = Optional.empty();

  @Option(names = "--json", description = "Prints the what-if as JSON.")
  private boolean json;

  @Option(names = "--text", description = "Prints the what-if as text (the default).")
  private boolean text;

  @Parameters(paramLabel = "CASE.json|WORKSHEET.json|LKE.xlsx|-",
      description = "The case file, the worksheet, answers or workbook, or - for standard input.")
  private String file;

  @Override
  public Integer call() {
    Language language = lang.language(zi4j.userLocale);
    if (json && text) {
      throw new UsageException("--json and --text exclude each other");
    }
    PlanInputs.Subject subject = PlanInputs.read(zi4j.inputs, file, lke, workbook);
    PlanInputs.Sheet sheet = subject.sheet().orElseThrow(() -> new ZiParseException(file, "$.lke",
        "a what-if changes answers, and this case gives its LKE per area: give its worksheet"
            + " with --lke WORKSHEET.json|LKE.xlsx", null));
    sheet.checkPlannable();
    Worksheet worksheet = sheet.worksheet();
    Role role = worksheet.decidingRole();
    LkeTemplate template = LkeTemplates.bundled(worksheet.edition());
    Map<String, Answer> answers = new LinkedHashMap<>();
    Map<String, Change> given = new LinkedHashMap<>();
    Worksheet changed = worksheet;
    for (Change change : changes()) {
      Question question = question(template, change);
      answers.put(question.id(), change.answer());
      given.put(question.id(), change);
      changed = changed.withAnswer(role, question.id(), change.answer());
    }
    try {
      LkeScorer.bundled(worksheet.edition()).check(changed, role);
    } catch (InvalidAnswersException e) {
      String id = e.problems().keySet().stream().filter(given::containsKey).findFirst()
          .orElseThrow(() -> sheet.placed(e));
      throw given.get(id).refused("soal " + id + " ("
          + Texts.quote(template.question(id).orElseThrow().text()) + "): "
          + e.problems().get(id), e);
    }
    WhatIf whatIf;
    try {
      whatIf = Planner.standard().whatIf(worksheet, answers);
    } catch (ZiException e) {
      // a refusal of a changed answer (one the planner cannot compute exactly) names its change
      if (given.containsKey(e.path())) {
        throw given.get(e.path()).refused(e.getMessage(), e);
      }
      throw sheet.placed(e);
    }
    Optional<Decision> before = subject.proposal().map(p -> DecideCommand.decide(file,
        p.withLke(worksheet)));
    Worksheet next = changed;
    Optional<Decision> after = subject.proposal().map(p -> DecideCommand.decide(file,
        p.withLke(next)));
    zi4j.out.print(json ? json(whatIf, before, after) : text(language.locale(), whatIf, before,
        after));
    return Zi4jCommand.OK;
  }

  private static String json(WhatIf whatIf, Optional<Decision> before, Optional<Decision> after) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("whatIf", whatIf);
    before.ifPresent(d -> out.put("eligibilityBefore", d.eligibility()));
    after.ifPresent(d -> out.put("eligibilityAfter", d.eligibility()));
    return PlanJson.write(out) + "\n";
  }

  private static String text(Locale locale, WhatIf whatIf, Optional<Decision> before,
      Optional<Decision> after) {
    String none = Messages.term("none", locale);
    StringBuilder out = new StringBuilder(Messages.text(locale, "plan.whatif.title",
        points(whatIf.totalBefore(), locale), points(whatIf.totalAfter(), locale),
        whatIf.meetsBefore().map(Enum::name).orElse(none),
        whatIf.meetsAfter().map(Enum::name).orElse(none))).append('\n');
    if (before.isPresent() && after.isPresent()) {
      out.append("  ").append(Language.of(locale).pick("Keputusan", "Decision"))
          .append(": ").append(Messages.text(locale, "decision." + before.get().eligibility()))
          .append(" \u2192 ").append(Messages.text(locale, "decision." + after.get().eligibility()))
          .append('\n');
    }
    for (NodeChange change : whatIf.changes()) {
      out.append("  - ").append(change.id()).append(' ').append(change.name()).append(": ")
          .append(change.before().map(p -> points(p, locale)).orElse("?")).append(" \u2192 ")
          .append(change.after().map(p -> points(p, locale)).orElse("?"));
      change.difference().ifPresent(d -> out.append(" (").append(d.signum() >= 0 ? "+" : "")
          .append(points(d, locale)).append(')'));
      out.append('\n');
    }
    if (whatIf.changes().isEmpty()) {
      out.append("  ").append(Language.of(locale)
          .pick("Tidak ada nilai yang berubah.", "No points change.")).append('\n');
    }
    return out.toString();
  }

  private static String points(BigDecimal points, Locale locale) {
    return new Measure.Points(points).format(locale);
  }

  /**
   * One change of answer and where it was given: {@code --set KEY}, or {@code $.KEY} of {@code
   * --changes}.
   */
  private record Change(String key, Answer answer, String source, String path) {

    ZiParseException refused(String problem, Throwable cause) {
      return new ZiParseException(source, path, problem, cause);
    }
  }

  /** The changes of {@code --changes}, then of {@code --set}: at least one. */
  private List<Change> changes() {
    List<Change> all = new ArrayList<>();
    if (changesFile.isPresent()) {
      String source = changesFile.get();
      JsonNode tree = zi4j.inputs.read(source, JsonNode.class);
      if (!tree.isObject()) {
        throw new ZiParseException(source, "$", "the changes must be a JSON object of soal to"
            + " answer, such as {\"S12\": \"A\"}", null);
      }
      for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>)
          tree::fields) {
        String path = "$." + Texts.quote(field.getKey());
        Answer answer;
        try {
          answer = ZiJson.read(field.getValue().toString(), source, Answer.class);
        } catch (ZiParseException e) {
          throw new ZiParseException(source, path, e.problem(), e);
        }
        all.add(new Change(field.getKey(), answer, source, path));
      }
    }
    for (Map.Entry<String, String> set : changes.entrySet()) {
      all.add(new Change(set.getKey(), answer(set.getKey(), set.getValue()), "--set",
          Texts.quote(set.getKey())));
    }
    if (all.isEmpty()) {
      throw new UsageException("whatif needs a change: --set SOAL=ANSWER or --changes"
          + " CHANGES.json");
    }
    return all;
  }

  /**
   * The question {@code key} names: its id ({@code S12}) or PortalRB's soal number ({@code 12}).
   */
  private static Question question(LkeTemplate template, Change change) {
    String id = change.key().strip();
    return template.question(id).or(() -> template.questions().stream()
        .filter(q -> q.soalId().isPresent() && Integer.toString(q.soalId().getAsInt()).equals(id))
        .findFirst())
        .orElseThrow(() -> change.refused("not a soal of " + template.id() + " (PortalRB's soal"
            + " number, 12, or the question id, S12)", null));
  }

  /** The answer {@code value} of {@code --set key=value}, as JSON reads it. */
  private static Answer answer(String key, String value) {
    String v = value.strip();
    String json;
    if (v.matches("-?[0-9]+(\\.[0-9]+)?") || v.startsWith("{")) {
      json = v;
    } else if (v.matches("[A-Za-z]+")) {
      json = "\"" + v.toUpperCase(Locale.ROOT) + "\"";
    } else {
      throw new ZiParseException("--set", Texts.quote(key), "the answer must be YA, TIDAK, a"
          + " letter, a number or a JSON object, but was \"" + Texts.quote(value) + "\"", null);
    }
    try {
      return ZiJson.read(json, "--set " + key, Answer.class);
    } catch (ZiParseException e) {
      throw new ZiParseException("--set", Texts.quote(key), e.problem(), e);
    }
  }
}
