package io.github.zi4j.cli;

import io.github.zi4j.Language;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --lang id|en}: the language of the texts, else the user's locale's. */
final class LanguageOption {

  @Option(names = "--lang", paramLabel = "id|en",
      description = "Bahasa Indonesia (id) or English (en); without it, the language of the"
          + " user's locale (Bahasa Indonesia for an Indonesian locale, English for any other).")
  private Optional<String> lang = Optional.empty();

  /** The language of {@code --lang}, else of {@code userLocale}, as {@link Language#of} says. */
  Language language(Locale userLocale) {
    if (lang.isEmpty()) {
      return Language.of(userLocale);
    }
    switch (lang.get().toLowerCase(Locale.ROOT)) {
      case "id":
        return Language.INDONESIAN;
      case "en":
        return Language.ENGLISH;
      default:
        throw new UsageException("--lang takes id or en, but was " + Texts.quote(lang.get()));
    }
  }
}
