package io.github.zi4j.rules;

import io.github.zi4j.Language;
import io.github.zi4j.rules.internal.JsonEscapes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What measures make once (date formats per language, terms of enum constants), and how they write
 * their numbers and dates.
 */
final class Formats {
  /** How a date is shown in each language: {@code 20 Juli 2024}, {@code 20 July 2024}. */
  private static final Map<Language, DateTimeFormatter> DATES = dates();
  /** Per language (by ordinal), the names of the months as {@link #DATES} writes them. */
  private static final String[][] MONTHS = months();
  /** The terms of enum constants, made once each (a predicate, a grade, an opinion). */
  static final Map<Object, Measure.Term> ENUM_TERMS = new ConcurrentHashMap<>();

  /** The terms of the whole numbers 0 to 9999 (years, counts), made when first asked. */
  static final AtomicReferenceArray<Measure.Term> NUMBER_TERMS =
      new AtomicReferenceArray<>(10_000);

  /** Room enough for any number {@link #plain(BigDecimal, char, char[], int)} writes. */
  static final int PLAIN_ROOM = 21;

  /** The largest scale, and the most digits, of a number {@link #plain(BigDecimal, char, char[],
   * int)} writes. */
  private static final int PLAIN_DIGITS = 18;

  private Formats() {}

  private static Map<Language, DateTimeFormatter> dates() {
    Map<Language, DateTimeFormatter> dates = new java.util.EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      dates.put(language, DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()));
    }
    return dates;
  }

  private static String[][] months() {
    String[][] months = new String[Language.values().length][12];
    for (Language language : Language.values()) {
      DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM", language.locale());
      for (int m = 1; m <= 12; m++) {
        months[language.ordinal()][m - 1] = month.format(LocalDate.of(2000, m, 1));
      }
    }
    return months;
  }

  /**
   * {@code day} as {@link Measure.Day#format(Locale)} shows it: {@code d MMMM yyyy} in {@code
   * language}, a year of four digits (the usual one) written without the formatter.
   */
  static String date(LocalDate day, Language language) {
    return appendDate(new StringBuilder(24), day, language).toString();
  }

  private static StringBuilder appendDate(StringBuilder text, LocalDate day, Language language) {
    int year = day.getYear();
    if (year < 1000 || year > 9999) {
      return text.append(DATES.get(language).format(day));
    }
    return text.append(day.getDayOfMonth()).append(' ')
        .append(MONTHS[language.ordinal()][day.getMonthValue() - 1]).append(' ').append(year);
  }

  /** The decimal separator of {@code locale}'s language: a comma in Bahasa Indonesia, else a point. */
  static char point(Locale locale) {
    return Language.of(locale) == Language.INDONESIAN ? ',' : '.';
  }

  /**
   * {@code value} in plain notation, as {@link BigDecimal#toPlainString()} writes it, {@code point}
   * separating the decimals.
   */
  static String plain(BigDecimal value, char point) {
    char[] chars = new char[PLAIN_ROOM];
    int end = plain(value, point, chars, 0);
    return end >= 0 ? new String(chars, 0, end) : plainSlowly(value, point);
  }

  /** Appends {@link #plain(BigDecimal, char)} to {@code text}. */
  static void appendPlain(StringBuilder text, BigDecimal value, char point) {
    char[] chars = new char[PLAIN_ROOM];
    int end = plain(value, point, chars, 0);
    if (end >= 0) {
      text.append(chars, 0, end);
    } else {
      text.append(plainSlowly(value, point));
    }
  }

  private static String plainSlowly(BigDecimal value, char point) {
    String text = value.toPlainString();
    return point == '.' ? text : text.replace('.', point);
  }

  /**
   * Writes {@code value} in plain notation into {@code into} from {@code at}, as {@link
   * BigDecimal#toPlainString()} writes it, {@code point} separating the decimals, and gives the index
   * after it; or gives -1, writing nothing, for a value with a scale outside 0 to 18 or more than 18
   * digits: the usual points, indices and scores are written without the strings and the builder
   * {@code toPlainString} makes. {@code into} has at least {@link #PLAIN_ROOM} characters from {@code
   * at}.
   */
  static int plain(BigDecimal value, char point, char[] into, int at) {
    int scale = value.scale();
    if (scale < 0 || scale > PLAIN_DIGITS || value.precision() > PLAIN_DIGITS) {
      return -1;
    }
    long unscaled = value.movePointRight(scale).longValueExact(); // no BigInteger made
    long digitsLeft = Math.abs(unscaled);
    int count = 1;
    for (long rest = digitsLeft / 10; rest > 0; rest /= 10) {
      count++;
    }
    int digits = Math.max(count, scale + 1); // a zero before the point when there are only decimals
    int end = at + (unscaled < 0 ? 1 : 0) + digits + (scale > 0 ? 1 : 0);
    int p = end;
    for (int i = 0; i < digits; i++) {
      if (i == scale && scale > 0) {
        into[--p] = point;
      }
      into[--p] = (char) ('0' + digitsLeft % 10);
      digitsLeft /= 10;
    }
    if (unscaled < 0) {
      into[--p] = '-';
    }
    return end;
  }

  /**
   * Appends {@code measure}'s {@link Measure#format(Locale)} to {@code text} (a point, an index or a
   * date written straight into it, any other measure as its text), and gives whether what it
   * appended is {@linkplain JsonEscapes#escapeFree(CharSequence) escape-free}: a number or a date is,
   * by how it is written; any other text is checked.
   */
  static boolean append(StringBuilder text, Measure measure, Locale locale) {
    if (measure instanceof Measure.Points points) {
      appendPlain(text, points.shown(), point(locale));
    } else if (measure instanceof Measure.Index index) {
      appendPlain(text, index.shown(), point(locale));
    } else if (measure instanceof Measure.Day day) {
      appendDate(text, day.value(), Language.of(locale));
    } else {
      String formatted = measure.format(locale);
      text.append(formatted);
      return JsonEscapes.escapeFree(formatted);
    }
    return true;
  }
}
