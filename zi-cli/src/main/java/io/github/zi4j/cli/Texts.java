package io.github.zi4j.cli;

import java.util.List;

/** How the command line quotes values and keeps a refusal on one line. */
final class Texts {

  /** The most characters of a value, argument or file name a message quotes. */
  static final int QUOTED = 80;

  /** The most characters of the one line a refusal prints. */
  static final int LINE = 2_000;

  private Texts() {}

  /**
   * {@code message} on one line of at most {@link #LINE} characters: the last guard, after every
   * value quoted in it has been cut to {@link #QUOTED} characters.
   */
  static String oneLine(String message) {
    String line = message.replace('\n', ' ').replace('\r', ' ');
    return line.length() <= LINE ? line
        : line.substring(0, LINE - 40) + "… (" + line.length() + " characters)";
  }

  /**
   * {@code text} cut to {@link #QUOTED} characters, saying how long it was, as every quoted value
   * in zi4j's messages is (the README's Reliability section).
   */
  static String quote(String text) {
    return text.length() <= QUOTED
        ? text
        : text.substring(0, QUOTED) + "… (" + text.length() + " characters)";
  }

  /** Up to ten sheet names, each quoted and cut to 80 characters, and how many more. */
  static String sheetList(List<String> sheets) {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < Math.min(10, sheets.size()); i++) {
      String name = sheets.get(i).replace('\n', ' ').replace('\r', ' ');
      text.append(i == 0 ? "" : ", ").append('"').append(quoteShort(name)).append('"');
    }
    text.append(']');
    if (sheets.size() > 10) {
      text.append(" and ").append(sheets.size() - 10).append(" more");
    }
    return text.toString();
  }

  private static String quoteShort(String name) {
    return name.length() > QUOTED ? name.substring(0, QUOTED) + "..." : name;
  }
}
