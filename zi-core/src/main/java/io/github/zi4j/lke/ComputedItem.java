package io.github.zi4j.lke;

import io.github.zi4j.InvalidFieldException;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A scored item of an indicator that nobody answers (<i>butir terhitung</i>): a value in [0, 1]
 * computed from {@linkplain AnswerType.Count counts} asked in the same indicator. The indicator averages
 * it with its graded questions; the counts themselves are not averaged. A closed family of small
 * immutable records.
 *
 * <p>The official LKE (PermenPANRB 90/2021, Lampiran III workbook, as PortalRB numbers it) has two:
 *
 * <ul>
 *   <li>{@link Percentage}: {@code min(1, part / whole)}, each side a sum of counts. A whole of 0 is a
 *       division by zero in the workbook; zi4j counts a part of 0 of a whole of 0 as 1 (nothing was
 *       due, nothing is missing: a <b>convention</b>, the reading of the discipline rule), and rejects
 *       a part above a whole of 0 as bad input.
 *   <li>{@link Decrease}: 1 when last year and this year are both 0, otherwise {@code max(0, (last -
 *       this) / last)}. Last year 0 with this year above 0 is a division by zero in the workbook;
 *       zi4j gives 0 (a <b>convention</b>: a rise from nothing is no decrease).
 * </ul>
 *
 * <p>An item is unanswered while any count it reads is. In JSON {@code {"type": "PERCENTAGE", "id":
 * "53.a", "text": "...", "part": ["S112"], "whole": ["S110"]}} or {@code {"type": "DECREASE", "id":
 * "46.a", "text": "...", "lastYear": "S102", "thisYear": "S103"}}.
 *
 * @since 0.1
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ComputedItem.Percentage.class, name = "PERCENTAGE"),
  @JsonSubTypes.Type(value = ComputedItem.Decrease.class, name = "DECREASE")
})
public sealed interface ComputedItem permits ComputedItem.Percentage, ComputedItem.Decrease {

  /**
   * The item's id, unique in the template among nodes, questions and items, for example {@code
   * "53.a"}.
   *
   * @return the id
   */
  String id();

  /**
   * A short text: what the item measures.
   *
   * @return the text
   */
  String text();

  /**
   * The ids of the counts the item reads, each once, in the order the item names them.
   *
   * @return the ids
   */
  @JsonIgnore
  List<String> counts();

  /**
   * The item's value from its counts.
   *
   * @param counts the answered counts by question id; must hold every count the item reads
   * @return the value, in [0, 1]
   * @throws InvalidFieldException at the first count when the counts are impossible together (a part above a whole of
   *     0)
   * @throws IllegalStateException when a count the item reads is missing
   */
  BigDecimal value(Map<String, BigDecimal> counts);

  /**
   * How the value is computed, with the counts' ids, for a breakdown: {@code "S116 ÷ (S113 + S114 +
   * S115)"}, {@code "S102 → S103"}.
   *
   * @return the formula
   */
  @JsonIgnore
  String formula();

  /**
   * A percentage of counts, {@code min(1, sum(part) / sum(whole))}; a whole of 0 with a part of 0
   * counts 1 (a convention), a part above a whole of 0 is rejected.
   *
   * @param id the id
   * @param text a short text
   * @param part the ids of the counts whose sum is the part, at least one
   * @param whole the ids of the counts whose sum is the whole, at least one; none also in {@code part}
   */
  record Percentage(String id, String text, List<String> part, List<String> whole)
      implements ComputedItem {

    /**
     * A percentage.
     *
     * @param id the id
     * @param text a short text
     * @param part the ids summed as the part, at least one
     * @param whole the ids summed as the whole, at least one, none of them in the part
     */
    public Percentage {
      Objects.requireNonNull(id, "id of a computed item is required");
      Objects.requireNonNull(text, "text of computed item " + id + " is required");
      part = List.copyOf(Objects.requireNonNull(part, "part of computed item " + id));
      whole = List.copyOf(Objects.requireNonNull(whole, "whole of computed item " + id));
      if (part.isEmpty() || whole.isEmpty()) {
        throw new InvalidFieldException(part.isEmpty() ? "part" : "whole",
            "part and whole of computed item " + id
            + " must each name at least one count, but were " + part + " and " + whole);
      }
      requireEachOnce(id, concat(part, whole));
    }

    @Override
    public List<String> counts() {
      return concat(part, whole);
    }

    @Override
    public BigDecimal value(Map<String, BigDecimal> counts) {
      BigDecimal done = sum(part, counts);
      BigDecimal due = sum(whole, counts);
      if (due.signum() == 0) {
        if (done.signum() == 0) {
          return BigDecimal.ONE; // nothing was due, nothing is missing: a convention
        }
        // the answers' counts, not the item, are at fault: the path is the first count's
        throw new InvalidFieldException(part.get(0), "the part of " + id + " (" + String.join(" + ", part)
            + ") must be 0 when its whole (" + String.join(" + ", whole) + ") is 0, but was "
            + done.toPlainString());
      }
      BigDecimal share = LkeArithmetic.divide(done, due).min(BigDecimal.ONE);
      return share.signum() == 0 ? BigDecimal.ZERO : share.stripTrailingZeros();
    }

    @Override
    public String formula() {
      return sumText(part) + " \u00f7 " + sumText(whole);
    }

    private static String sumText(List<String> ids) {
      return ids.size() == 1 ? ids.get(0) : "(" + String.join(" + ", ids) + ")";
    }
  }

  /**
   * The decrease of a count from last year to this year (discipline violations): 1 when both are 0,
   * else {@code max(0, (lastYear - thisYear) / lastYear)}; 0 when last year was 0 and this year is
   * not (a convention).
   *
   * @param id the id
   * @param text a short text
   * @param lastYear the id of last year's count
   * @param thisYear the id of this year's count, not last year's
   */
  record Decrease(String id, String text, String lastYear, String thisYear)
      implements ComputedItem {

    /**
     * A decrease.
     *
     * @param id the id
     * @param text a short text
     * @param lastYear the id of last year's count
     * @param thisYear the id of this year's count, another one
     */
    public Decrease {
      Objects.requireNonNull(id, "id of a computed item is required");
      Objects.requireNonNull(text, "text of computed item " + id + " is required");
      Objects.requireNonNull(lastYear, "lastYear of computed item " + id);
      Objects.requireNonNull(thisYear, "thisYear of computed item " + id);
      requireEachOnce(id, List.of(lastYear, thisYear));
    }

    @Override
    public List<String> counts() {
      return List.of(lastYear, thisYear);
    }

    @Override
    public BigDecimal value(Map<String, BigDecimal> counts) {
      BigDecimal last = count(lastYear, counts);
      BigDecimal now = count(thisYear, counts);
      if (last.signum() == 0) {
        // none last year: none this year is as good as it gets; any this year is no decrease
        return now.signum() == 0 ? BigDecimal.ONE : BigDecimal.ZERO;
      }
      BigDecimal decrease = LkeArithmetic.divide(last.subtract(now), last).max(BigDecimal.ZERO);
      return decrease.signum() == 0 ? BigDecimal.ZERO : decrease.stripTrailingZeros();
    }

    @Override
    public String formula() {
      return lastYear + " \u2192 " + thisYear;
    }
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }

  private static void requireEachOnce(String id, List<String> counts) {
    Set<String> seen = new HashSet<>();
    List<String> twice = counts.stream().filter(count -> !seen.add(Objects.requireNonNull(count,
        "count of computed item " + id))).collect(Collectors.toList());
    if (!twice.isEmpty()) {
      throw new InvalidFieldException("", "computed item " + id
          + " must name each count once, but named " + twice.get(0) + " twice in " + counts);
    }
  }

  private static BigDecimal sum(List<String> ids, Map<String, BigDecimal> counts) {
    BigDecimal sum = BigDecimal.ZERO;
    for (String id : ids) {
      sum = sum.add(count(id, counts));
    }
    return sum;
  }

  private static BigDecimal count(String id, Map<String, BigDecimal> counts) {
    BigDecimal count = counts.get(id);
    if (count == null) {
      throw new IllegalStateException("count " + id + " must be answered to compute an item, "
          + "but was not");
    }
    return count;
  }
}
