package io.github.zi4j.workbook;

import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.NodeRole;
import io.github.zi4j.lke.TemplateNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bundled layout of the 90/2021 LKE workbook's sheet {@value #SHEET}: each soal's answer in column
 * K at its row ({@code lke-zi-layout.csv}), and the cells where the workbook saves its own scores in
 * column L: at each soal's row the value of the answer, at each indicator's row its points, and the
 * pengungkit, hasil and total ({@code lke-zi-scores.csv}). Source: {@code shared/domain/portalrb.md} §2,
 * read from a filled 2026 puskesmas copy (sure for that copy; likely for the workbook KemenPANRB
 * distributed with the regulation). The sheet has no TPI columns, and its columns L and M are formulas,
 * never notes or evidence.
 */
final class LkeZiLayout {

  /** The sheet that holds the answers and the workbook's own scores. */
  static final String SHEET = "LKE ZI";

  /** Column K, from 0: each soal's answer. */
  static final int ANSWER_COLUMN = 10;

  /** Column L, from 0: the workbook's own scores. */
  static final int SCORE_COLUMN = 11;

  private static final String LAYOUT = "lke-zi-layout.csv";
  private static final String SCORES = "lke-zi-scores.csv";

  private LkeZiLayout() {}

  /** The answer cell of every soal, in soal_id order, each checked against {@code template}. */
  static List<SoalCells> soals(LkeTemplate template) {
    Set<Integer> soalIds = new HashSet<>();
    template.questions().forEach(q -> q.soalId().ifPresent(soalIds::add));
    List<SoalCells> cells = new ArrayList<>();
    for (String[] line : lines(LAYOUT)) {
      int soalId = Integer.parseInt(line[0]);
      if (!soalIds.remove(soalId)) {
        throw broken(LAYOUT, "soal_id " + soalId + " is not a soal of " + template.id()
            + " or appears twice");
      }
      cells.add(new SoalCells(soalId, sheet(LAYOUT, line[1]), Integer.parseInt(line[2]),
          Map.of(AnswerField.JAWABAN_UNIT, column(LAYOUT, line[3], ANSWER_COLUMN))));
    }
    if (!soalIds.isEmpty()) {
      throw broken(LAYOUT, "soal_ids " + soalIds + " of " + template.id() + " have no row");
    }
    return List.copyOf(cells);
  }

  /**
   * The cells of the workbook's own scores: the value of each soal's answer at its row, then each
   * indicator's and each total's points, with their weight checked against {@code template}.
   */
  static List<SavedCell> saved(LkeTemplate template, List<SoalCells> soals) {
    List<SavedCell> cells = new ArrayList<>();
    for (SoalCells soal : soals) {
      cells.add(new SavedCell("S" + soal.soalId(), soal.sheet(), soal.row(), SCORE_COLUMN));
    }
    for (String[] line : lines(SCORES)) {
      TemplateNode node = node(template, line[0]);
      if (node.weight().compareTo(new BigDecimal(line[3])) != 0) {
        throw broken(SCORES, "node " + line[0] + " weighs " + line[3] + ", but "
            + node.weight().toPlainString() + " in " + template.id());
      }
      cells.add(new SavedCell(node.id(), sheet(SCORES, line[1]), Integer.parseInt(line[2]),
          column(SCORES, line[4], SCORE_COLUMN)));
    }
    return List.copyOf(cells);
  }

  private static TemplateNode node(LkeTemplate template, String id) {
    NodeRole role = switch (id) {
      case "total_pengungkit" -> NodeRole.PENGUNGKIT;
      case "total_hasil" -> NodeRole.HASIL;
      case "total" -> NodeRole.TOTAL;
      default -> null;
    };
    return (role == null ? template.node(id) : template.node(role))
        .orElseThrow(() -> broken(SCORES, "node " + id + " is not a node of " + template.id()));
  }

  private static String sheet(String resource, String sheet) {
    if (!SHEET.equals(sheet)) {
      throw broken(resource, "every cell must be on sheet " + SHEET + ", but one is on " + sheet);
    }
    return sheet;
  }

  private static int column(String resource, String letters, int expected) {
    if (!SoalCells.letters(expected).equals(letters)) {
      throw broken(resource, "column must be " + SoalCells.letters(expected) + ", but was "
          + letters);
    }
    return expected;
  }

  /** The data lines of a bundled CSV, split at commas: comments and the header left out. */
  private static List<String[]> lines(String resource) {
    List<String[]> lines = new ArrayList<>();
    try (InputStream in = LkeZiLayout.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw broken(resource, "the resource is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in,
          StandardCharsets.UTF_8));
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        lines.add(line.split(",", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled " + resource, e);
    }
    return lines;
  }

  private static IllegalStateException broken(String resource, String problem) {
    return new IllegalStateException("the bundled LKE ZI layout " + resource + " is broken: "
        + problem);
  }
}
