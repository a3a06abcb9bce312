package io.github.zi4j.cli;

import io.github.zi4j.Language;
import io.github.zi4j.ZiException;
import io.github.zi4j.ZiParseException;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.rules.Decision;
import io.github.zi4j.rules.DecisionEngine;
import io.github.zi4j.rules.DecisionJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code zi4j decide CASE.json|- [--text] [--lang id|en]}: reads a case file (a {@link Proposal} in
 * JSON; {@code -} reads standard input) and prints the decision as JSON, or as text with {@code
 * --text}.
 */
@Command(name = "decide",
    description = {"Decides whether the unit of a case file may be proposed.",
        "Prints the decision as JSON, or as text with --text, in the language of --lang or of the"
            + " user's locale. - reads the case from standard input."})
final class DecideCommand implements Callable<Integer> {

  @ParentCommand
  private Zi4jCommand zi4j;

  @Mixin
  private LanguageOption lang;

  @Option(names = "--text", description = "Prints the decision as text, not JSON.")
  private boolean text;

  @Parameters(paramLabel = "CASE.json|-", description = "The case file, or - for standard input.")
  private String file;

  @Override
  public Integer call() {
    Language language = lang.language(zi4j.userLocale);
    Decision decision = decide(file, zi4j.inputs.read(file, Proposal.class));
    zi4j.out.print(text ? decision.explain(language.locale())
        : DecisionJson.write(decision, language.locale()) + "\n");
    return Zi4jCommand.OK;
  }

  /**
   * The standard engine's decision on {@code proposal}, read from {@code file}: a refusal names its
   * place in the file (the engine gives it relative to the proposal: {@code lke.answers.SELF.S2}).
   */
  static Decision decide(String file, Proposal proposal) {
    try {
      return DecisionEngine.standard().decide(proposal);
    } catch (ZiException e) {
      throw ZiParseException.of(file, e);
    }
  }
}
