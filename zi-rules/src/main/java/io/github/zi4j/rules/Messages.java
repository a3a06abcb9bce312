package io.github.zi4j.rules;

import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.LegalBasis;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The message bundles of the rules: {@code messages.properties} in Bahasa Indonesia (the default) and
 * {@code messages_en.properties} in English.
 */
final class Messages {

  /** Bahasa Indonesia, the default language of findings. */
  static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private static final String BUNDLE = "io.github.zi4j.rules.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  static boolean isIndonesian(Locale locale) {
    return !"en".equals(locale.getLanguage());
  }

  /**
   * The locale to format dates, numbers and names with for {@code locale}: itself when English, else
   * Bahasa Indonesia, so that a sentence never mixes languages (a French or root locale gets
   * "10 November 2023" and "73,40", not "10 novembre 2023" or "10 Nov 2023" and "73.40").
   */
  static Locale language(Locale locale) {
    return isIndonesian(locale) ? INDONESIAN : locale;
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, isIndonesian(locale) ? Locale.ROOT : Locale.ENGLISH,
        NO_FALLBACK);
  }

  /** The text of {@code key}, formatted with {@code args}; a missing key is a bug in zi4j. */
  static String text(Locale locale, String key, Object... args) {
    String pattern;
    try {
      pattern = bundle(locale).getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("zi4j has no message for key " + key + " in " + locale, e);
    }
    return new MessageFormat(pattern, locale).format(args);
  }

  /** Whether both bundles have {@code key}. */
  static boolean hasKey(String key) {
    return bundle(INDONESIAN).containsKey(key) && bundle(Locale.ENGLISH).containsKey(key);
  }

  /** The translation of a term, or the term itself when the bundle has none. */
  static String term(String code, Locale locale) {
    ResourceBundle bundle = bundle(locale);
    String key = "term." + code;
    return bundle.containsKey(key) ? bundle.getString(key) : code;
  }

  /** A legal basis for a message: its citation, then its confidence when not sure. */
  static String basis(LegalBasis basis, Locale locale) {
    if (basis.confidence() == Confidence.SURE) {
      return basis.citation();
    }
    return basis.citation() + " [" + text(locale, "confidence." + basis.confidence().word()) + "]";
  }
}
