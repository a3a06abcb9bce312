package io.github.zi4j;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
 * <p>Numbers and dates in a text follow the language too: {@code 3,60} and {@code 20 Juli 2024} in
 * Bahasa Indonesia, {@code 3.60} and {@code 20 July 2024} in English. A whole text (an explanation)
 * spells out the first use of each of the programme's acronyms ({@link #spellOut(String)}).
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

  /**
   * {@code text} with the first use of each of the programme's acronyms spelled out once, in this
   * language: {@code "WBK (Wilayah Bebas dari Korupsi)"} in Bahasa Indonesia, {@code "WBK (Wilayah
   * Bebas dari Korupsi, Corruption-Free Zone)"} in English (at the end of a parenthesis, after a
   * comma: {@code "(opini BPK, Badan Pemeriksa Keuangan)"}); later uses are left as they are. The
   * acronyms are the glossary's: ZI, WBK, WBBM, LKE, TPI, TPN, IPAK, IPKP, AKIP, SAKIP, SPIP, BPK,
   * RB and the BPK opinions WTP, WDP, TW, TMP.
   *
   * <p>An acronym counts only as a word of its own: not inside a longer word, code or quoted name
   * ({@code PortalRB}, {@code WBK-AFIRMASI}, {@code 61.IPAK}, {@code 'LKE ZI'}). A use already
   * explained, in parentheses after its name ({@code "Indeks persepsi anti korupsi (IPAK)"}) or
   * followed by its spelling out, counts as the first and is left as it is, so that spelling out a
   * text twice changes nothing.
   *
   * @param text a whole text, for example a decision's explanation
   * @return the text with each acronym's first use spelled out
   */
  public String spellOut(String text) {
    Objects.requireNonNull(text, "text");
    StringBuilder out = null;
    Set<String> seen = new HashSet<>();
    int copied = 0;
    int i = 0;
    while (i < text.length()) {
      if (!isUpper(text.charAt(i)) || (i > 0 && joins(text.charAt(i - 1), true))) {
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && isUpper(text.charAt(end))) {
        end++;
      }
      String word = text.substring(i, end);
      String[] spelled = ACRONYMS.get(word);
      if (spelled != null && (end == text.length() || !joins(text.charAt(end), false))
          && seen.add(word)) {
        String words = pick(spelled[0], spelled[0] + ", " + spelled[1]);
        // at the end of a parenthesis, the words join it rather than open another one
        String expansion = end < text.length() && text.charAt(end) == ')'
            ? ", " + words
            : " (" + words + ")";
        boolean explained = (i > 0 && text.charAt(i - 1) == '(' && end < text.length()
            && text.charAt(end) == ')') || text.startsWith(" (" + spelled[0], end);
        if (!explained) {
          if (out == null) {
            out = new StringBuilder(text.length() + 256);
          }
          out.append(text, copied, end).append(expansion);
          copied = end;
        }
      }
      i = end;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** Whether {@code c}, next to a capital word, makes it part of a longer word or code. */
  private static boolean joins(char c, boolean before) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '/' || c == '_' || c == '\''
        || (before && c == '.');
  }

  /**
   * The programme's acronyms: each one's words in Bahasa Indonesia, then its English, as the
   * glossary (the javadoc overview, the domain notes) gives them.
   */
  private static final Map<String, String[]> ACRONYMS = Map.ofEntries(
      Map.entry("ZI", new String[] {"Zona Integritas", "Integrity Zone"}),
      Map.entry("WBK", new String[] {"Wilayah Bebas dari Korupsi", "Corruption-Free Zone"}),
      Map.entry("WBBM", new String[] {"Wilayah Birokrasi Bersih dan Melayani",
          "Clean and Serving Bureaucracy Zone"}),
      Map.entry("LKE", new String[] {"Lembar Kerja Evaluasi", "evaluation worksheet"}),
      Map.entry("TPI", new String[] {"Tim Penilai Internal", "internal assessment team"}),
      Map.entry("TPN", new String[] {"Tim Penilai Nasional", "national assessment team"}),
      Map.entry("IPAK", new String[] {"Indeks Persepsi Anti Korupsi",
          "anti-corruption perception index"}),
      Map.entry("IPKP", new String[] {"Indeks Persepsi Kualitas Pelayanan",
          "service-quality perception index"}),
      Map.entry("AKIP", new String[] {"Akuntabilitas Kinerja Instansi Pemerintah",
          "government performance accountability"}),
      Map.entry("SAKIP", new String[] {"Sistem Akuntabilitas Kinerja Instansi Pemerintah",
          "government performance accountability system"}),
      Map.entry("SPIP", new String[] {"Sistem Pengendalian Intern Pemerintah",
          "government internal control system"}),
      Map.entry("BPK", new String[] {"Badan Pemeriksa Keuangan", "the Audit Board"}),
      Map.entry("RB", new String[] {"Reformasi Birokrasi", "bureaucratic reform"}),
      Map.entry("WTP", new String[] {"Wajar Tanpa Pengecualian", "unqualified opinion"}),
      Map.entry("WDP", new String[] {"Wajar Dengan Pengecualian", "qualified opinion"}),
      Map.entry("TW", new String[] {"Tidak Wajar", "adverse opinion"}),
      Map.entry("TMP", new String[] {"Tidak Menyatakan Pendapat", "disclaimer of opinion"}));
}
