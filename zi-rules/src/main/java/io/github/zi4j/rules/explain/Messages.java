package io.github.zi4j.rules.explain;

import io.github.zi4j.Language;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.rules.internal.JsonEscapes;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * The sentences zi4j explains itself with (<i>kalimat penjelasan</i>): {@code messages.properties} in
 * Bahasa Indonesia (the default) and {@code messages_en.properties} in English, beside this class.
 *
 * <p>Both bundles are read once, when this class loads, and must have the same keys: a key in one and
 * not the other stops zi4j at start-up, naming the key, so that no finding can lack its sentence in
 * either language. A sentence's placeholders {@code {0}}&hellip;{@code {9}} are parsed once, too; a
 * message is then only the joining of its parts.
 *
 * <p>The language of a sentence is {@link Language#of(Locale)}'s, the one policy: Bahasa Indonesia
 * for an {@code id} (or {@code in}) locale, English for any other.
 *
 * <p>Not API: used by the rules and their findings. Thread-safe.
 *
 * @since 0.1
 */
public final class Messages {

  /**
   * The locale of {@link Language#DEFAULT}, Bahasa Indonesia: the language of a text asked for
   * without a locale.
   */
  public static final Locale DEFAULT = Language.DEFAULT.locale();

  private static final Map<String, Sentence> INDONESIAN_SENTENCES = load("messages.properties");
  private static final Map<String, Sentence> ENGLISH_SENTENCES = load("messages_en.properties");
  private static final Map<String, String> INDONESIAN_TERMS = terms(INDONESIAN_SENTENCES);
  private static final Map<String, String> ENGLISH_TERMS = terms(ENGLISH_SENTENCES);

  static {
    Set<String> onlyOne = new TreeSet<>(INDONESIAN_SENTENCES.keySet());
    onlyOne.addAll(ENGLISH_SENTENCES.keySet());
    onlyOne.removeIf(key -> INDONESIAN_SENTENCES.containsKey(key)
        && ENGLISH_SENTENCES.containsKey(key));
    if (!onlyOne.isEmpty()) {
      throw new IllegalStateException("zi4j's message bundles must have the same keys, but these are "
          + "in only one of them: " + onlyOne);
    }
  }

  /** The key of each confidence's word, made once. */
  private static final Map<Confidence, String> CONFIDENCE_KEYS = confidenceKeys();

  private Messages() {}

  private static Map<Confidence, String> confidenceKeys() {
    Map<Confidence, String> keys = new java.util.EnumMap<>(Confidence.class);
    for (Confidence confidence : Confidence.values()) {
      keys.put(confidence, "confidence." + confidence.word());
    }
    return keys;
  }

  /** The sentences of {@code locale}'s language, as {@link Language#of} decides it. */
  private static Map<String, Sentence> sentences(Locale locale) {
    return Language.of(locale) == Language.INDONESIAN ? INDONESIAN_SENTENCES : ENGLISH_SENTENCES;
  }

  /**
   * The sentence of {@code key}, its placeholders filled with {@code args}.
   *
   * @param locale the language
   * @param key the key
   * @param args the values of {@code {0}}, {@code {1}}, &hellip;
   * @return the text
   * @throws IllegalStateException when the bundles have no such key: a bug in zi4j
   */
  public static String text(Locale locale, String key, Object... args) {
    Sentence sentence = sentences(locale).get(key);
    if (sentence == null) {
      throw new IllegalStateException("zi4j has no message for key " + key + " in " + locale);
    }
    return sentence.format(args);
  }

  /**
   * The sentence of {@code key}, each placeholder filled with what {@code argument} gives for its
   * index: only the placeholders the sentence uses are asked for, so a value it does not name is never
   * formatted.
   *
   * @param locale the language
   * @param key the key
   * @param argument the text of placeholder {@code {i}}
   * @return the text
   * @throws IllegalStateException when the bundles have no such key: a bug in zi4j
   */
  public static String render(Locale locale, String key, IntFunction<String> argument) {
    return render(new StringBuilder(128), locale, key, argument).toString();
  }

  /**
   * Appends the sentence of {@code key} to {@code text}, as {@link #render(Locale, String,
   * IntFunction)} makes it.
   *
   * @param text where to append
   * @param locale the language
   * @param key the key
   * @param argument the text of placeholder {@code {i}}
   * @return {@code text}
   * @throws IllegalStateException when the bundles have no such key: a bug in zi4j
   */
  public static StringBuilder render(StringBuilder text, Locale locale, String key,
      IntFunction<String> argument) {
    append(text, locale, key, (into, index) -> {
      into.append(argument.apply(index));
      return false;
    });
    return text;
  }

  /**
   * Appends the sentence of {@code key} to {@code text}, each placeholder written by {@code
   * arguments} straight into it (a value needs no string of its own), and gives whether all it
   * appended is {@linkplain JsonEscapes#escapeFree(CharSequence) free of what JSON escapes}, as far
   * as known.
   *
   * @param text where to append
   * @param locale the language
   * @param key the key
   * @param arguments what appends the text of each placeholder
   * @return true when the sentence and every value appended are known to be escape-free
   * @throws IllegalStateException when the bundles have no such key: a bug in zi4j
   */
  public static boolean append(StringBuilder text, Locale locale, String key,
      Arguments arguments) {
    Sentence sentence = sentences(locale).get(key);
    if (sentence == null) {
      throw new IllegalStateException("zi4j has no message for key " + key + " in " + locale);
    }
    return sentence.render(text, arguments);
  }

  /**
   * What fills a sentence's placeholders (<i>pengisi kalimat</i>): only the placeholders the sentence
   * uses are asked for.
   */
  @FunctionalInterface
  public interface Arguments {
    /**
     * Appends the text of placeholder {@code {index}} to {@code text}.
     *
     * @param text where to append
     * @param index the placeholder's number, 0 to 9
     * @return true when what was appended is known to be {@linkplain
     *     JsonEscapes#escapeFree(CharSequence) escape-free}; false when it is not, or not known
     */
    boolean append(StringBuilder text, int index);
  }

  /** Placeholders left empty. */
  private static final Arguments EMPTY = (text, index) -> true;

  /**
   * Whether the bundles have {@code key} (both have the same keys).
   *
   * @param key the key
   * @return true when there is a sentence for it
   */
  public static boolean hasKey(String key) {
    return INDONESIAN_SENTENCES.containsKey(key);
  }

  /**
   * Every key of the bundles.
   *
   * @return the keys, sorted
   */
  public static Set<String> keys() {
    return java.util.Collections.unmodifiableSet(new TreeSet<>(INDONESIAN_SENTENCES.keySet()));
  }

  /**
   * The translation of a term ({@code term.CODE} in the bundles), or the term itself when there is
   * none.
   *
   * @param code the term
   * @param locale the language
   * @return the text
   */
  public static String term(String code, Locale locale) {
    String translated = (Language.of(locale) == Language.INDONESIAN ? INDONESIAN_TERMS
        : ENGLISH_TERMS).get(code);
    return translated == null ? code : translated;
  }

  /** The terms of a bundle, by code: {@code term.none=tidak ada} gives {@code none → tidak ada}. */
  private static Map<String, String> terms(Map<String, Sentence> sentences) {
    Map<String, String> terms = new HashMap<>();
    sentences.forEach((key, sentence) -> {
      if (key.startsWith("term.")) {
        terms.put(key.substring("term.".length()), sentence.format());
      }
    });
    return Map.copyOf(terms);
  }

  /**
   * A legal basis for a message: its citation in the language asked for ({@link
   * LegalBasis#citation(Locale)}), then the explanation {@code basis.KEY} of
   * the bundle in the language asked for (when {@code explanation} names one), then its confidence
   * when not sure: {@code "PortalRB, pemeriksaan administrasi: minimum score [likely]"}.
   *
   * @param basis the basis
   * @param explanation the bundle key of the explanation, for example {@code "basis.lke"}, or null
   *     for none
   * @param locale the language
   * @return the text
   */
  public static String basis(LegalBasis basis, String explanation, Locale locale) {
    StringBuilder text = new StringBuilder(96);
    appendBasis(text, basis, explanation, locale);
    return text.toString();
  }

  /**
   * Appends a legal basis to {@code text}, as {@link #basis(LegalBasis, String, Locale)} makes it,
   * and gives whether all it appended is {@linkplain JsonEscapes#escapeFree(CharSequence)
   * escape-free} (the citation is checked; the bundles' words are known).
   *
   * @param text where to append
   * @param basis the basis
   * @param explanation the bundle key of the explanation, for example {@code "basis.lke"}, or null
   *     for none
   * @param locale the language
   * @return true when what was appended is escape-free
   */
  public static boolean appendBasis(StringBuilder text, LegalBasis basis, String explanation,
      Locale locale) {
    String citation = basis.citation(locale);
    text.append(citation);
    boolean escapeFree = JsonEscapes.escapeFree(citation);
    Sentence explained = explanation == null ? null : sentences(locale).get(explanation);
    if (explained != null) {
      text.append(": ");
      escapeFree &= explained.render(text, EMPTY);
    }
    if (basis.confidence() != Confidence.SURE) {
      text.append(" [");
      escapeFree &= sentences(locale).get(CONFIDENCE_KEYS.get(basis.confidence()))
          .render(text, EMPTY);
      text.append(']');
    }
    return escapeFree;
  }

  private static Map<String, Sentence> load(String name) {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("zi4j's message bundle " + name + " is missing beside "
            + Messages.class.getName());
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("zi4j's message bundle " + name + " cannot be read", e);
    }
    Map<String, Sentence> sentences = new HashMap<>();
    for (String key : properties.stringPropertyNames()) {
      sentences.put(key, Sentence.parse(key, properties.getProperty(key)));
    }
    return Map.copyOf(sentences);
  }

  /** A sentence parsed once: literal parts, and between them the index of the argument to insert. */
  private static final class Sentence {
    private final String[] literals;
    private final int[] arguments;
    /** Whether every literal part is {@linkplain JsonEscapes#escapeFree escape-free}. */
    private final boolean escapeFree;

    private Sentence(String[] literals, int[] arguments) {
      this.literals = literals;
      this.arguments = arguments;
      boolean free = true;
      for (String literal : literals) {
        free &= JsonEscapes.escapeFree(literal);
      }
      this.escapeFree = free;
    }

    static Sentence parse(String key, String pattern) {
      java.util.List<String> literals = new java.util.ArrayList<>();
      java.util.List<Integer> arguments = new java.util.ArrayList<>();
      int from = 0;
      for (int open = pattern.indexOf('{'); open >= 0; open = pattern.indexOf('{', from)) {
        int close = pattern.indexOf('}', open);
        if (close != open + 2 || !Character.isDigit(pattern.charAt(open + 1))) {
          throw new IllegalStateException("message " + key + " must use placeholders {0} to {9} "
              + "only, but has " + pattern.substring(open, close < 0 ? pattern.length() : close + 1));
        }
        literals.add(pattern.substring(from, open));
        arguments.add(pattern.charAt(open + 1) - '0');
        from = close + 1;
      }
      literals.add(pattern.substring(from));
      return new Sentence(literals.toArray(String[]::new),
          arguments.stream().mapToInt(Integer::intValue).toArray());
    }

    String format(Object... args) {
      StringBuilder text = new StringBuilder(128);
      render(text, (into, index) -> {
        if (index < args.length) {
          into.append(args[index]);
        } else {
          into.append('{').append(index).append('}');
        }
        return false;
      });
      return text.toString();
    }

    /** Appends the sentence; gives whether all appended is known to be escape-free. */
    boolean render(StringBuilder text, Arguments argument) {
      boolean free = escapeFree;
      for (int i = 0; i < arguments.length; i++) {
        text.append(literals[i]);
        free &= argument.append(text, arguments[i]);
      }
      text.append(literals[arguments.length]);
      return free;
    }
  }
}
