package io.github.zi4j.planning;

import io.github.zi4j.ZiParseException;
import io.github.zi4j.ZiException;
import io.github.zi4j.InvalidFieldException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What changing each soal costs (<i>biaya per soal</i>), when some improvements are dearer than others:
 * a soal not named costs 1. Read from a CSV with the header {@code soal_id,cost}, one soal a line: the
 * soal as PortalRB's number ({@code 116}) or the template's question id ({@code S116}), the cost a
 * number from 0 with at most 3 decimals.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 *
 * @param costs the cost by soal, as written (a number or a question id)
 *
 * @since 0.1
 */
public record SoalCosts(Map<String, BigDecimal> costs) {

  /** Every soal costs 1. */
  public static final SoalCosts UNIFORM = new SoalCosts(Map.of());

  private static final BigDecimal MAX = BigDecimal.valueOf(1_000_000);

  /**
   * Costs.
   *
   * @param costs the cost by soal; each from 0 to 1 000 000 with at most 3 decimals
   */
  public SoalCosts {
    Map<String, BigDecimal> copy = new LinkedHashMap<>();
    costs.forEach((soal, cost) -> {
      Objects.requireNonNull(soal, "soal of a cost");
      Objects.requireNonNull(cost, () -> "cost of soal " + soal);
      requireCost(soal, cost);
      copy.put(soal, cost);
    });
    costs = java.util.Collections.unmodifiableMap(copy);
  }

  /** Requires {@code cost} to be from 0 to 1 000 000 with at most 3 decimals. */
  private static void requireCost(String soal, BigDecimal cost) {
    if (cost.signum() < 0 || cost.compareTo(MAX) > 0 || cost.stripTrailingZeros().scale() > 3) {
      throw new InvalidFieldException(soal, "cost of soal " + soal + " must be a number from 0 to "
          + "1000000 with at most 3 decimals, but was " + cost.toPlainString());
    }
  }

  /**
   * Reads costs from CSV text with the header {@code soal_id,cost}.
   *
   * @param csv the text
   * @param source the file's name, for messages
   * @return the costs
   * @throws ZiParseException naming the source, the line ({@code line 3}) and the value, for a bad
   *     line
   */
  public static SoalCosts parse(Reader csv, String source) {
    Map<String, BigDecimal> costs = new LinkedHashMap<>();
    try (BufferedReader reader = new BufferedReader(csv)) {
      String header = reader.readLine();
      if (header == null || !header.strip().replace(" ", "").equalsIgnoreCase("soal_id,cost")) {
        throw new ZiParseException(source, "line 1", "must be the header soal_id,cost, but was "
            + quote(header), null);
      }
      String line;
      for (int number = 2; (line = reader.readLine()) != null; number++) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        if (cells.length != 2 || cells[0].isBlank()) {
          throw new ZiParseException(source, "line " + number,
              "must be soal_id,cost, but was " + quote(line), null);
        }
        String soal = cells[0].strip();
        BigDecimal cost;
        try {
          cost = new BigDecimal(cells[1].strip());
        } catch (NumberFormatException e) {
          throw new ZiParseException(source, "line " + number, "cost must be a number, but was "
              + quote(cells[1].strip()), e);
        }
        try {
          requireCost(soal, cost);
        } catch (ZiException e) {
          throw new ZiParseException(source, "line " + number, e.getMessage(), e);
        }
        if (costs.put(soal, cost) != null) {
          throw new ZiParseException(source, "line " + number, "names soal " + quote(soal)
              + " a second time", null);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return new SoalCosts(costs);
  }

  private static String quote(String text) {
    if (text == null) {
      return "nothing";
    }
    return "\"" + (text.length() > 60 ? text.substring(0, 60) + "\u2026" : text) + "\"";
  }

  /**
   * The cost of changing question {@code questionId}, PortalRB's {@code soalId}.
   *
   * @param questionId the question's id
   * @param soalId PortalRB's number, or 0 when none
   * @return the cost; 1 when not named
   */
  public BigDecimal costOf(String questionId, int soalId) {
    BigDecimal cost = costs.get(questionId);
    if (cost == null && soalId > 0) {
      cost = costs.get(Integer.toString(soalId));
    }
    return cost == null ? BigDecimal.ONE : cost;
  }
}
