package io.github.zi4j.cli;

import io.github.zi4j.Language;
import io.github.zi4j.ZiException;
import io.github.zi4j.ZiParseException;
import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.LkeTemplates;
import io.github.zi4j.planning.EarliestRound;
import io.github.zi4j.planning.GapOptions;
import io.github.zi4j.planning.GapPlan;
import io.github.zi4j.planning.Lever;
import io.github.zi4j.planning.PlanJson;
import io.github.zi4j.planning.Planner;
import io.github.zi4j.planning.SoalCosts;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.unit.Predikat;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
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
 * {@code zi4j plan CASE.json|WORKSHEET.json|LKE.xlsx}: the earliest round the case's unit can enter
 * for the target, and, from a worksheet, the smallest set of answer changes that meets every
 * threshold of the target and the biggest levers ({@link Planner}). Text, or JSON with {@code
 * --json}; exit 1 when the target cannot be reached (no round, or no set of allowed answers).
 */
@Command(name = "plan",
    description = {
        "Plans the earliest round and the least answer changes that reach a target.",
        "From a case file: the first round its unit can enter for the target (--target, else the"
            + " case's), every limit and which one binds, and the rounds after it; planned as of"
            + " the case's asOf (or --as-of). From a worksheet (the case's own, --lke, or the file"
            + " itself: zi4j's worksheet, PortalRB's /lke/jawaban-unit response or an LKE workbook,"
            + " read as score reads it): the smallest set of answer changes that meets every"
            + " threshold of the target, each step with its soal, from and to, the points it gains"
            + " and the thresholds it serves; or the thresholds no change can meet and their best;"
            + " then the biggest single changes (levers). Exit 1 when the target cannot be"
            + " reached."})
final class PlanCommand implements Callable<Integer> {

  @ParentCommand
  private Zi4jCommand zi4j;

  @Mixin
  private LanguageOption lang;

  @Mixin
  private WorkbookOptions workbook;

  @Option(names = "--target", paramLabel = "wbk|wbbm",
      description = "The predicate aimed at; without it, the case's target (a worksheet alone needs"
          + " it).")
  private Optional<String> target = Optional.empty();

  @Option(names = "--costs", paramLabel = "COSTS.csv",
      description = "What changing each soal costs: a CSV with the header soal_id,cost (soal 116"
          + " or S116); a soal not named costs 1.")
  private Optional<String> costs = Optional.empty();

  @Option(names = "--allow-surveys",
      description = "Lets the plan change the surveys (IPAK, IPKP) and capaian kinerja, naming the"
          + " index needed; by default they are facts of the unit.")
  private boolean allowSurveys;

  @Option(names = "--lke", paramLabel = "WORKSHEET.json|LKE.xlsx",
      description = "The worksheet to plan from, for a case whose LKE is given per area (or to"
          + " plan from other answers than the case's).")
  private Optional<String> lke = Optional.empty();

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "The planning day; without it, the case's asOf.")
  private Optional<String> asOf = Optional.empty();

  @Option(names = "--levers", paramLabel = "N", defaultValue = "10",
      description = "How many of the biggest levers to list (default ${DEFAULT-VALUE}; 0 for"
          + " none).")
  private int levers;

  @Option(names = "--json", description = "Prints the plan as JSON.")
  private boolean json;

  @Option(names = "--text", description = "Prints the plan as text (the default).")
  private boolean text;

  @Parameters(paramLabel = "CASE.json|WORKSHEET.json|LKE.xlsx|-",
      description = "The case file, the worksheet, answers or workbook, or - for standard input.")
  private String file;

  @Override
  public Integer call() {
    Language language = lang.language(zi4j.userLocale);
    Locale locale = language.locale();
    if (json && text) {
      throw new UsageException("--json and --text exclude each other");
    }
    if (levers < 0) {
      throw new UsageException("--levers takes a count from 0, but was " + levers);
    }
    SoalCosts soalCosts = costs.map(this::readCosts).orElse(SoalCosts.UNIFORM);
    PlanInputs.Subject subject = PlanInputs.read(zi4j.inputs, file, lke, workbook);
    Predikat aim = target(subject.proposal());
    Planner planner = Planner.standard();
    Optional<EarliestRound> earliest = subject.proposal().map(proposal -> planner.earliestRound(
        proposal.unit(), aim, day(proposal)));
    Optional<GapPlan> gap = Optional.empty();
    List<Lever> biggest = List.of();
    if (subject.sheet().isPresent()) {
      PlanInputs.Sheet sheet = subject.sheet().get();
      sheet.checkPlannable();
      checkSoals(soalCosts, costs.orElse(""), LkeTemplates.bundled(sheet.worksheet().edition()));
      GapOptions options = GapOptions.of(aim).withHasil(allowSurveys).withCosts(soalCosts);
      try {
        gap = Optional.of(planner.smallestGap(sheet.worksheet(), options));
        biggest = levers == 0 ? List.of() : planner.levers(sheet.worksheet(), options).stream()
            .filter(lever -> lever.points().signum() > 0).limit(levers).toList();
      } catch (ZiException e) {
        throw sheet.placed(e);
      }
    }
    zi4j.out.print(json ? json(earliest, gap, biggest)
        : text(language, earliest, gap, biggest, subject));
    boolean reached = earliest.map(e -> e.first().isPresent()).orElse(true)
        && gap.map(GapPlan::reachable).orElse(true);
    return reached ? Zi4jCommand.OK : Zi4jCommand.PROBLEMS;
  }

  private static String json(Optional<EarliestRound> earliest, Optional<GapPlan> gap,
      List<Lever> biggest) {
    Map<String, Object> plan = new LinkedHashMap<>();
    earliest.ifPresent(e -> plan.put("earliestRound", e));
    gap.ifPresent(g -> plan.put("gap", g));
    if (gap.isPresent()) {
      plan.put("levers", biggest);
    }
    return PlanJson.write(plan) + "\n";
  }

  private String text(Language language, Optional<EarliestRound> earliest, Optional<GapPlan> gap,
      List<Lever> biggest, PlanInputs.Subject subject) {
    Locale locale = language.locale();
    StringBuilder out = new StringBuilder();
    earliest.ifPresent(e -> out.append(e.explain(locale)));
    if (gap.isEmpty()) {
      out.append(language.pick("Rencana perbaikan terkecil memerlukan jawaban LKE per soal, dan LKE"
          + " kasus ini diberikan per area: berikan lembar kerjanya dengan --lke"
          + " WORKSHEET.json|LKE.xlsx.", "The smallest gap needs the LKE's answers, and this case"
          + " gives its LKE per area: give its worksheet with --lke WORKSHEET.json|LKE.xlsx."))
          .append('\n');
      return out.toString();
    }
    if (earliest.isPresent()) {
      out.append('\n');
    }
    out.append(gap.get().explain(locale));
    if (!gap.get().reachable() && !allowSurveys) {
      out.append(language.pick("  (survei IPAK dan IPKP serta capaian kinerja dianggap fakta; "
          + "--allow-surveys mengizinkan rencana mengubahnya)", "  (the surveys IPAK and IPKP and"
          + " capaian kinerja are taken as facts; --allow-surveys lets the plan change them)"))
          .append('\n');
    }
    if (!biggest.isEmpty()) {
      out.append('\n').append(language.pick("Daya ungkit: " + biggest.size() + " perubahan tunggal"
          + " yang paling menambah nilai total", "Biggest levers: the " + biggest.size()
          + " single changes that add most to the total")).append(":\n");
      for (Lever lever : biggest) {
        out.append("  - ").append(lever.explain(locale)).append('\n');
      }
    }
    return out.toString();
  }

  /** The target of {@code --target}, else the case's; a worksheet alone needs {@code --target}. */
  private Predikat target(Optional<Proposal> proposal) {
    if (target.isPresent()) {
      try {
        return Predikat.valueOf(target.get().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--target takes wbk or wbbm, but was "
            + Texts.quote(target.get()));
      }
    }
    return proposal.map(Proposal::target).orElseThrow(() -> new UsageException(
        "a worksheet names no target: give --target wbk or wbbm"));
  }

  /** The planning day: {@code --as-of}, else the case's {@code asOf}. */
  private LocalDate day(Proposal proposal) {
    if (asOf.isEmpty()) {
      return proposal.asOf();
    }
    return Inputs.day("--as-of", asOf.get());
  }

  /** The costs in {@code csv}, refused naming the file and the line. */
  private SoalCosts readCosts(String csv) {
    try (Reader reader = Files.newBufferedReader(Inputs.readablePath(csv),
        StandardCharsets.UTF_8)) {
      return SoalCosts.parse(reader, csv);
    } catch (IOException e) {
      throw new ZiParseException(csv, "$", "cannot read the file: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      // SoalCosts names the file, the line and the value in its message
      throw e instanceof ZiException ? ZiParseException.of(csv, (ZiException) e)
          : new ZiException("", e.getMessage(), e);
    }
  }

  /** Refuses a soal of the costs that is not one of {@code template}'s, naming its line. */
  private static void checkSoals(SoalCosts costs, String csv, LkeTemplate template) {
    for (String soal : costs.costs().keySet()) {
      boolean known = template.question(soal).isPresent() || template.questions().stream()
          .anyMatch(q -> q.soalId().isPresent()
              && Integer.toString(q.soalId().getAsInt()).equals(soal));
      if (!known) {
        throw new ZiParseException(csv, "line " + line(csv, soal), "soal \"" + Texts.quote(soal)
            + "\" is not a soal of " + template.id() + " (PortalRB's soal number, 116, or the"
            + " template's question id, S116)", null);
      }
    }
  }

  /** The line of {@code csv} that names {@code soal}. */
  private static int line(String csv, String soal) {
    try {
      List<String> lines = Files.readAllLines(Inputs.readablePath(csv), StandardCharsets.UTF_8);
      for (int i = 1; i < lines.size(); i++) {
        if (lines.get(i).split(",", -1)[0].strip().equals(soal)) {
          return i + 1;
        }
      }
    } catch (IOException e) {
      throw new ZiParseException(csv, "$", "cannot read the file: " + e.getMessage(), e);
    }
    throw new IllegalStateException("soal " + soal + " was read from " + csv + " but is not in it");
  }
}
