package io.github.zi4j;

import java.util.Locale;
import java.util.Objects;

/**
 * The language of every text zi4j writes (<i>bahasa</i>): Bahasa Indonesia or English, chosen from a
 * {@link Locale} by one policy, in this one place.
 *
 * <p>The policy: a locale whose language is Indonesian ({@code id}, or {@code in}, the code older Java
 * used) is {@link #INDONESIAN}; any other locale is {@link #ENGLISH}. Messages, area names, score
 * breakdowns, explanations, the JSON's rendered texts and the command line all follow it; a method
 * that writes text without being given a locale uses {@link #DEFAULT}, Bahasa Indonesia, the
 * language of the regulation. The command line takes {@code --lang}, else the user's locale.
 *
 * <p>Numbers in a text follow the language too: {@code 3,60} in Bahasa Indonesia, {@code 3.60} in
 * English.
 *
 * @since 0.1
 */
public enum Language {

  /** Bahasa Indonesia, the language of the regulation and of PortalRB. */
  INDONESIAN(Locale.forLanguageTag("id")),

  /** English. */
  ENGLISH(Locale.ENGLISH);

  /** The language of a text asked for without a locale: Bahasa Indonesia. */
  public static final Language DEFAULT = INDONESIAN;

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /**
   * The language zi4j writes for {@code locale}: Bahasa Indonesia for {@code id} (or {@code in}),
   * English for anything else.
   *
   * @param locale the reader's locale
   * @return the language
   */
  public static Language of(Locale locale) {
    String language = Objects.requireNonNull(locale, "locale").getLanguage();
    return "id".equals(language) || "in".equals(language) ? INDONESIAN : ENGLISH;
  }

  /**
   * This language's locale, for formatting: {@code id} or {@code en}.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * One of two texts, by language.
   *
   * @param indonesian the text in Bahasa Indonesia
   * @param english the text in English
   * @return {@code indonesian} for {@link #INDONESIAN}, {@code english} for {@link #ENGLISH}
   */
  public String pick(String indonesian, String english) {
    return this == INDONESIAN ? indonesian : english;
  }
}
