package io.github.zi4j.workbook;

import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.Language;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One place where a workbook's own saved score and the rule disagree (<i>selisih</i>): what it scores,
 * the cell, the workbook's value, zi4j's, and what the difference most likely is. A score that
 * differs only because a part of it does (a total over an indicator aggregated otherwise) is not a
 * disagreement of its own: it is listed in {@link #shifts()} of the part.
 *
 * @param node the template's id of what the cell scores: a question ({@code S12}) or a node ({@code
 *     54}; {@code 1} the pengungkit, {@code 60} the hasil, {@code LKE} the total)
 * @param name its name in the template
 * @param cell the cell, for example {@code 'LKE ZI'!L175}
 * @param workbook the value the workbook saved
 * @param zi4j the value by the rule (zi4j's scorer)
 * @param cause what the difference most likely is
 * @param ownParts the rule applied to the workbook's own saved parts (for an indicator its items,
 *     for a total the points it adds up); empty for an answer's value
 * @param shifts the nodes whose saved value differs from the rule only because of this one, from the
 *     nearest up
 * @param shiftedCells the cells of {@code shifts}, in the same order
 *
 * @since 0.1
 */
public record Disagreement(String node, String name, String cell, BigDecimal workbook,
    BigDecimal zi4j, Cause cause, Optional<BigDecimal> ownParts, List<String> shifts,
    List<String> shiftedCells) {

  /** What a difference most likely is. */
  public enum Cause {
    /** The workbook values an answer otherwise than the rule (at a soal's row). */
    OPTION_VALUE,
    /**
     * The workbook computes the node otherwise: its formula's result is not the rule applied to the
     * workbook's own parts (an indicator averaged otherwise, a total that leaves a part out).
     */
    AGGREGATED_OTHERWISE,
    /** A number typed by hand, not a formula, that is not the rule applied to its parts. */
    HAND_TYPED
  }

  /**
   * A disagreement.
   *
   * @param node the node or question id
   * @param name its name
   * @param cell the cell
   * @param workbook the workbook's value
   * @param zi4j the rule's value
   * @param cause the likely cause
   * @param ownParts the rule on the workbook's own parts, or empty
   * @param shifts the nodes shifted by this one
   * @param shiftedCells their cells
   * @throws InvalidFieldException at {@code shiftedCells} when {@code shifts} and {@code
   *     shiftedCells} differ in size
   */
  public Disagreement {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(workbook, "workbook");
    Objects.requireNonNull(zi4j, "zi4j");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(ownParts, "ownParts");
    shifts = List.copyOf(shifts);
    shiftedCells = List.copyOf(shiftedCells);
    if (shifts.size() != shiftedCells.size()) {
      throw new InvalidFieldException("shiftedCells", "each node shifted must have its cell, but "
          + shifts.size() + " nodes have " + shiftedCells.size() + " cells");
    }
  }

  /**
   * The workbook's value less the rule's.
   *
   * @return the difference, negative when the workbook gives less
   */
  public BigDecimal difference() {
    return workbook.subtract(zi4j);
  }

  /**
   * This disagreement in one line, in {@code locale}'s language as {@link Language#of(Locale)} decides
   * it: Bahasa Indonesia ({@code id}, or {@code in}) or English (any other locale),
   * numbers to at most 10 decimal places: {@code 54 Laporan harta kekayaan, 'LKE ZI'!L175: workbook
   * 1.5, zi4j 2, difference -0.5: most likely aggregated otherwise ...; it also shifts 1 at 'LKE
   * ZI'!L198, LKE at 'LKE ZI'!L208}.
   *
   * @param locale the reader's locale: the language and number format
   * @return the line
   */
  public String explain(Locale locale) {
    boolean id = Language.of(locale) == Language.INDONESIAN;
    StringBuilder text = new StringBuilder();
    text.append(node).append(' ').append(name).append(", ").append(cell).append(": ")
        .append(id ? "buku kerja " : "workbook ").append(format(workbook, id))
        .append(", zi4j ").append(format(zi4j, id))
        .append(id ? ", selisih " : ", difference ").append(format(difference(), id))
        .append(": ");
    String own = ownParts.map(v -> format(v, id)).orElse("?");
    switch (cause) {
      case OPTION_VALUE -> text.append(id
          ? "kemungkinan besar opsi dinilai lain (buku kerja memberi jawaban ini "
              + format(workbook, id) + ", aturan " + format(zi4j, id) + ")"
          : "most likely an option valued otherwise (the workbook gives this answer "
              + format(workbook, id) + ", the rule " + format(zi4j, id) + ")");
      case AGGREGATED_OTHERWISE -> text.append(id
          ? "kemungkinan besar dihitung dengan cara lain (aturan atas bagian-bagian yang disimpan"
              + " buku kerja sendiri memberi " + own + ")"
          : "most likely aggregated otherwise (the rule applied to the workbook's own parts gives "
              + own + ")");
      default -> text.append(id
          ? "kemungkinan besar angka ketikan tangan yang bukan jumlah bagiannya (diketik "
              + format(workbook, id) + ", bagian-bagiannya memberi " + own + ")"
          : "most likely a hand-typed number that is not the sum of its parts (typed "
              + format(workbook, id) + " where its parts give " + own + ")");
    }
    for (int i = 0; i < shifts.size(); i++) {
      text.append(i > 0 ? ", " : id ? "; juga menggeser " : "; it also shifts ")
          .append(shifts.get(i)).append(id ? " di " : " at ").append(shiftedCells.get(i));
    }
    return text.toString();
  }

  /**
   * This disagreement in one line in Bahasa Indonesia, {@link Language#DEFAULT}, as {@link
   * #explain(Locale)} writes it.
   *
   * @return the line
   */
  public String explain() {
    return explain(Language.DEFAULT.locale());
  }

  /** {@code value} at most 10 decimal places, without trailing zeros, a decimal comma for id. */
  static String format(BigDecimal value, boolean id) {
    BigDecimal shown = value.setScale(Math.min(value.scale(), 10), java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros();
    String plain = (shown.scale() < 0 ? shown.setScale(0) : shown).toPlainString();
    return id ? plain.replace('.', ',') : plain;
  }
}
