package io.github.zi4j.cli;

import io.github.zi4j.Language;
import io.github.zi4j.ZiParseException;
import io.github.zi4j.planning.Planner;
import io.github.zi4j.portfolio.Funnel;
import io.github.zi4j.portfolio.InvalidRowsException;
import io.github.zi4j.portfolio.Portfolio;
import io.github.zi4j.portfolio.PortfolioCases;
import io.github.zi4j.portfolio.PortfolioCsv;
import io.github.zi4j.portfolio.PortfolioHtml;
import io.github.zi4j.portfolio.PortfolioJson;
import io.github.zi4j.portfolio.PortfolioUnit;
import io.github.zi4j.portfolio.UnitStanding;
import io.github.zi4j.portfolio.UnitStatus;
import io.github.zi4j.rules.Eligibility;
import io.github.zi4j.rules.Measure;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * {@code zi4j portfolio DIR|UNITS.csv}: where every unit of a folder of case files or a units' CSV
 * stands for a round ({@link Portfolio}): a short summary (counts per status, each round's funnel, the
 * units proposable), or the whole portfolio as JSON ({@code --json F}), CSV ({@code --csv F}) and
 * a self-contained HTML report ({@code --html F}).
 * Bad input exits 2 with one line per problem, each naming the file, the row and the column.
 */
@Command(name = "portfolio",
    description = {"Assesses every unit of a folder of cases or a units' CSV for a round.",
        "Reads every *.json case file of DIR (in file-name order), or the units' CSV UNITS.csv"
            + " (one row per unit: instansi, kind, unit_id, name, pencanangan, and optional"
            + " awards, revocations, stages, instansi facts and area-level LKE; see the README),"
            + " and assesses each unit for the round of YEAR (default: the coming round) on"
            + " DAY (default: today): its status, the stage of its proposal, its earliest round"
            + " for its next predicate, the decision for it and its LKE gap. Without --json,"
            + " --csv or --html, prints a summary: the count of each status, each round's funnel and the"
            + " units proposable in the round. A bad CSV is checked whole: every refused value is"
            + " printed, one line each with its row and column, and the exit status is 2."})
final class PortfolioCommand implements Callable<Integer> {

  @ParentCommand
  private Zi4jCommand zi4j;

  @Mixin
  private LanguageOption lang;

  @Option(names = "--round", paramLabel = "YEAR",
      description = "The round's year, not before the day's; without it, the coming round: the"
          + " day's year, or the next when that year's round is known to have closed.")
  private Optional<String> round = Optional.empty();

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "The day the units are assessed on; without it, today.")
  private Optional<String> asOf = Optional.empty();

  @Option(names = "--json", paramLabel = "F",
      description = "Writes the portfolio as JSON to the file F (- for standard output).")
  private Optional<String> json = Optional.empty();

  @Option(names = "--csv", paramLabel = "F",
      description = "Writes one row per unit as CSV to the file F (- for standard output).")
  private Optional<String> csv = Optional.empty();

  @Option(names = "--html", paramLabel = "F",
      description = "Writes the portfolio as one self-contained HTML report to the file F (- for"
          + " standard output): charts, a sortable table, each unit's next steps.")
  private Optional<String> html = Optional.empty();

  @Parameters(paramLabel = "DIR|UNITS.csv",
      description = "A folder of case files, or a units' CSV.")
  private String input;

  @Override
  public Integer call() {
    Language language = lang.language(zi4j.userLocale);
    Locale locale = language.locale();
    LocalDate day = day();
    int year = year(day);
    List<String> files = new java.util.ArrayList<>();
    json.ifPresent(files::add);
    csv.ifPresent(files::add);
    html.ifPresent(files::add);
    List<Path> targets = files.stream().filter(f -> !"-".equals(f))
        .map(f -> Inputs.path(f).toAbsolutePath().normalize()).toList();
    if (targets.stream().distinct().count() < targets.size()
        || files.stream().filter("-"::equals).count() > 1) {
      throw new UsageException("--json, --csv and --html must name different files, but were "
          + String.join(", ", files.stream().map(Texts::quote).toList()));
    }
    if (targets.contains(Inputs.path(input).toAbsolutePath().normalize())) {
      throw new UsageException("an output must not overwrite the input " + Texts.quote(input));
    }
    List<PortfolioUnit> units;
    try {
      units = units();
    } catch (InvalidRowsException e) {
      for (ZiParseException problem : e.problems()) {
        zi4j.err.println("zi4j: " + Texts.oneLine(problem.getMessage()));
      }
      if (e.truncated()) {
        zi4j.err.println("zi4j: " + e.source() + ": the check stopped after "
            + e.problems().size() + " problems; later rows were not checked");
      }
      return Zi4jCommand.BAD_INPUT;
    }
    Portfolio portfolio = Portfolio.assess(Planner.standard(), units, year, day);
    if (files.isEmpty()) {
      zi4j.out.print(summary(portfolio, language));
      return Zi4jCommand.OK;
    }
    if (json.isPresent()) {
      write(json.get(), out -> PortfolioJson.write(portfolio, locale, out));
    }
    if (csv.isPresent()) {
      write(csv.get(), out -> PortfolioCsv.write(portfolio, locale, out));
    }
    if (html.isPresent()) {
      write(html.get(), out -> PortfolioHtml.write(portfolio, locale, out));
    }
    return Zi4jCommand.OK;
  }

  /** The units of the folder or the CSV. */
  private List<PortfolioUnit> units() {
    Path path = Inputs.path(input);
    if (Files.isDirectory(path)) {
      return PortfolioCases.read(path);
    }
    if (!input.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      throw new UsageException("portfolio takes a folder of case files or a units' CSV (*.csv),"
          + " but was " + Texts.quote(input));
    }
    return PortfolioCsv.read(Inputs.readablePath(input));
  }

  /** The day of {@code --as-of}, else today. */
  private LocalDate day() {
    if (asOf.isEmpty()) {
      return LocalDate.now();
    }
    LocalDate day = Inputs.day("--as-of", asOf.get());
    if (day.getYear() < JawabanCommand.FIRST_TAHUN || day.getYear() > JawabanCommand.LAST_TAHUN) {
      throw new UsageException("--as-of takes a day from " + JawabanCommand.FIRST_TAHUN
          + " to " + JawabanCommand.LAST_TAHUN + ", but was " + day);
    }
    return day;
  }

  /** The year of {@code --round}, else the coming round on the day. */
  private int year(LocalDate day) {
    if (round.isEmpty()) {
      // the coming round: this year's, or the next when this year's is known to have closed
      int year = day.getYear();
      return Planner.standard().engine().rounds().forYear(year)
          .filter(known -> known.closedOn(day)).isPresent() ? year + 1 : year;
    }
    if (!round.get().matches("[0-9]{4}")) {
      throw new UsageException("--round takes a year of four digits, but was "
          + Texts.quote(round.get()));
    }
    int year = Integer.parseInt(round.get());
    if (year < JawabanCommand.FIRST_TAHUN || year > JawabanCommand.LAST_TAHUN) {
      throw new UsageException("--round takes a year from " + JawabanCommand.FIRST_TAHUN + " to "
          + JawabanCommand.LAST_TAHUN + ", but was " + year);
    }
    return year;
  }

  private interface Output {
    void write(Writer out) throws IOException;
  }

  /** Writes to the file {@code name}, or to standard output for {@code -}. */
  private void write(String name, Output output) {
    if ("-".equals(name)) {
      Writer out = new OutputStreamWriter(zi4j.out, StandardCharsets.UTF_8);
      try {
        output.write(out);
        out.flush();
      } catch (IOException e) {
        throw new OutputException(e.getMessage(), e);
      }
      return;
    }
    Path path = Inputs.path(name);
    try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      output.write(out);
    } catch (IOException e) {
      throw new OutputException(name + ": " + e.getMessage(), e);
    }
  }

  /** The short summary: counts per status, funnels, units proposable in the round. */
  static String summary(Portfolio portfolio, Language language) {
    Locale locale = language.locale();
    StringBuilder out = new StringBuilder();
    String day = new Measure.Day(portfolio.asOf()).format(locale);
    out.append(language.pick("Portofolio " + portfolio.units().size() + " unit per " + day
        + ", periode pengusulan " + portfolio.round(), "Portfolio of " + portfolio.units().size()
        + " units on " + day + ", for the " + portfolio.round() + " round")).append('\n');
    out.append(language.pick("Status:", "Status:")).append('\n');
    int width = 0;
    for (UnitStatus status : UnitStatus.values()) {
      width = Math.max(width, status.label(locale).length());
    }
    for (Map.Entry<UnitStatus, Integer> count : portfolio.counts().entrySet()) {
      out.append("  ").append(pad(count.getKey().label(locale), width))
          .append(String.format(Locale.ROOT, "%7d", count.getValue())).append('\n');
    }
    if (!portfolio.funnels().isEmpty()) {
      out.append(language.pick("Corong usulan (diusulkan → lulus seleksi administrasi → evaluasi"
          + " desk → evaluasi lapangan → ditetapkan):", "Funnels (proposed → passed the"
          + " administrative selection → desk evaluation → field evaluation → awarded):"))
          .append('\n');
      for (Funnel funnel : portfolio.funnels()) {
        out.append("  ").append(funnel.round()).append(' ').append(funnel.predikat()).append(": ")
            .append(funnel.proposed()).append(" → ").append(funnel.passedAdministration())
            .append(" → ").append(funnel.deskEvaluated()).append(" → ")
            .append(funnel.fieldEvaluated()).append(" → ").append(funnel.awarded()).append('\n');
      }
    }
    List<UnitStanding> proposable = portfolio.units(UnitStatus.PROPOSABLE);
    out.append(language.pick("Dapat diusulkan pada periode " + portfolio.round() + ": "
        + proposable.size() + " unit", "Proposable in the " + portfolio.round() + " round: "
        + proposable.size() + (proposable.size() == 1 ? " unit" : " units")));
    out.append(proposable.isEmpty() ? "\n" : ":\n");
    for (UnitStanding standing : proposable) {
      out.append("  - ").append(standing.unit().name()).append(" (")
          .append(standing.unit().instansi().name()).append("): ")
          .append(standing.next().map(Enum::name).orElse(""));
      standing.earliest().flatMap(e -> e.firstProposalDay()).ifPresent(first -> out.append(
          language.pick(" sejak ", " from ")).append(new Measure.Day(first).format(locale)));
      standing.decision().ifPresent(decision -> out.append("; ").append(
          eligibility(decision.eligibility(), language)));
      if (!standing.gap().isEmpty()) {
        out.append(language.pick("; kekurangan LKE: " + standing.gap().size(), "; LKE gap: "
            + standing.gap().size() + (standing.gap().size() == 1 ? " threshold" : " thresholds")));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String eligibility(Eligibility eligibility, Language language) {
    switch (eligibility) {
      case ELIGIBLE:
        return language.pick("layak diusulkan", "eligible");
      case NOT_ELIGIBLE:
        return language.pick("tidak layak diusulkan", "not eligible");
      default:
        return language.pick("belum dapat ditentukan", "undetermined");
    }
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
