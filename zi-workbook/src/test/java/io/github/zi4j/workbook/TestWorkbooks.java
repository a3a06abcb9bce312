package io.github.zi4j.workbook;

import io.github.zi4j.portalrb.JawabanSoal;
import io.github.zi4j.portalrb.JawabanUnit;
import io.github.zi4j.portalrb.MasterSoal;
import io.github.zi4j.portalrb.Soal;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.zi4j.lke.LkeScore;
import io.github.zi4j.lke.QuestionScore;
import io.github.zi4j.lke.ScoreNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;

/**
 * Workbooks for tests, written with fastexcel's writer (the reader's own project): an example layout
 * that gives every soal of a master soal a workbook position, and a workbook holding a unit's answers
 * at a master soal's positions. The layout is zi4j's, for tests and examples: PortalRB's own master
 * soal gives the official workbook's cells.
 */
public final class TestWorkbooks {

  /** The sheet of the example layout's pengungkit soals (1 to 124). */
  public static final String PENGUNGKIT = "Pengungkit";

  /** The sheet of the example layout's hasil soals (125 to 127). */
  public static final String HASIL = "Hasil";

  /** The example layout's first row of answers. */
  public static final int FIRST_ROW = 8;

  private TestWorkbooks() {}

  /**
   * {@code master} with the example layout: soals up to 124 on sheet {@value #PENGUNGKIT}, the others
   * on {@value #HASIL}, one row each from row {@value #FIRST_ROW} in the master soal's order; the
   * unit's answer in column F, its note in G, its evidence in H, the TPI's answer in I and note in J.
   *
   * @param master a master soal, for example {@code MasterSoal.from(template, 2026)}
   * @return the master soal with positions
   */
  public static MasterSoal layout(MasterSoal master) {
    MasterSoal laidOut = master;
    int pengungkitRow = FIRST_ROW;
    int hasilRow = FIRST_ROW;
    for (Soal soal : master.soals().values()) {
      boolean hasil = soal.id() > 124;
      int row = hasil ? hasilRow++ : pengungkitRow++;
      laidOut = laidOut.withSoal(soal.id(), Optional.of(new Soal(soal.id(), soal.teksPertanyaan(),
          soal.kriteriaNilai(), soal.jenisJawaban(), soal.bobotMaksimal(), soal.skemaPenilaian(),
          Optional.of(hasil ? HASIL : PENGUNGKIT), Optional.of(row), Optional.of("F"),
          Optional.of("I"), Optional.of("G"), Optional.of("H"), Optional.of("J"))));
    }
    return laidOut;
  }

  /**
   * Writes {@code jawaban} at the positions of {@code master}: an answer that reads as a number as a
   * number cell, any other answer or note as a text cell, a missing one not at all.
   *
   * @param path the {@code .xlsx} to write
   * @param master a master soal with positions
   * @param jawaban the answers
   * @return {@code path}
   */
  public static Path write(Path path, MasterSoal master, JawabanUnit jawaban) {
    return write(path, master, jawaban, sheet -> { });
  }

  /**
   * Writes {@code jawaban} as {@link #write(Path, MasterSoal, JawabanUnit)} does, then lets {@code
   * more} write more cells (a formula, a TRUE/FALSE value) into the workbook.
   *
   * @param path the {@code .xlsx} to write
   * @param master a master soal with positions
   * @param jawaban the answers
   * @param more writes more cells, given each sheet by name
   * @return {@code path}
   */
  public static Path write(Path path, MasterSoal master, JawabanUnit jawaban,
      Consumer<Sheets> more) {
    try (OutputStream out = Files.newOutputStream(path)) {
      Workbook workbook = new Workbook(out, "zi4j-tests", "1.0");
      Sheets sheets = new Sheets(workbook);
      Map<Integer, Soal> soals = master.soals();
      // every sheet the master soal names, in its order, even when no answer is on it
      soals.values().forEach(soal -> sheets.get(soal.excelSheet().orElseThrow()));
      for (JawabanSoal answer : jawaban.answers()) {
        Soal soal = soals.get(answer.soalId());
        org.dhatim.fastexcel.Worksheet sheet = sheets.get(soal.excelSheet().orElseThrow());
        int row = soal.excelBaris().orElseThrow() - 1;
        put(sheet, row, soal.excelKolomJawabanUnit(), answer.jawabanUnit(), true);
        put(sheet, row, soal.excelKolomJawabanTpi(), answer.jawabanTpi(), true);
        put(sheet, row, soal.excelKolomCatatanUnit(), answer.catatanUnit(), false);
        put(sheet, row, soal.excelKolomBuktiDukungUnit(), answer.buktiDukungUnit(), false);
        put(sheet, row, soal.excelKolomCatatanTpi(), answer.catatanTpi(), false);
      }
      more.accept(sheets);
      workbook.finish();
      return path;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A value the {@code LKE ZI} workbook saves in column L: a formula with the result Excel saved with
   * it, or a number typed by hand.
   *
   * @param value the value
   * @param formula the formula, without {@code =}; empty for a typed number
   */
  public record Saved(BigDecimal value, Optional<String> formula) {

    /**
     * A formula and its saved result.
     *
     * @param formula the formula, without {@code =}
     * @param value its result
     * @return the saved value
     */
    public static Saved formula(String formula, String value) {
      return new Saved(new BigDecimal(value), Optional.of(formula));
    }

    /**
     * A number typed by hand.
     *
     * @param value the number
     * @return the saved value
     */
    public static Saved typed(String value) {
      return new Saved(new BigDecimal(value), Optional.empty());
    }
  }

  /**
   * The rows of the {@code LKE ZI} sheet as the bundled layout gives them: {@code S12} (soal 12) or a
   * node id ({@code 54}, {@code total_pengungkit}, {@code total_hasil}, {@code total}) to its row.
   *
   * @return the rows, soals first
   */
  public static Map<String, Integer> lkeZiRows() {
    Map<String, Integer> rows = new LinkedHashMap<>();
    csv("lke-zi-layout.csv", line -> rows.put("S" + line[0], Integer.parseInt(line[2])));
    csv("lke-zi-scores.csv", line -> rows.put(line[0], Integer.parseInt(line[2])));
    return rows;
  }

  /**
   * The column L of an {@code LKE ZI} workbook whose formulas follow the rule, as Excel would have
   * saved it for {@code score}: at each soal's row with options the value of its answer, at each
   * indicator's row and at L198, L206 and L208 the points, each a formula with its result; a node or
   * answer without a value is left out. The value comes from zi4j's scorer, the rule itself.
   *
   * @param score the score of the unit's answers
   * @return the cells, by reference ({@code L175})
   */
  public static Map<String, Saved> savedByTheRule(LkeScore score) {
    Map<String, Integer> rows = lkeZiRows();
    Map<String, String> nodes = new LinkedHashMap<>();
    nodes.put(score.node(io.github.zi4j.lke.NodeRole.PENGUNGKIT).orElseThrow().id(),
        "total_pengungkit");
    nodes.put(score.node(io.github.zi4j.lke.NodeRole.HASIL).orElseThrow().id(), "total_hasil");
    nodes.put(score.root().id(), "total");
    Map<String, Saved> saved = new LinkedHashMap<>();
    walk(score.root(), score, rows, nodes, saved);
    return saved;
  }

  private static void walk(ScoreNode node, LkeScore score, Map<String, Integer> rows,
      Map<String, String> nodes, Map<String, Saved> saved) {
    node.children().forEach(child -> walk(child, score, rows, nodes, saved));
    for (QuestionScore question : node.questions()) {
      boolean options = io.github.zi4j.lke.LkeTemplates.bundled(score.edition()).question(question.id()).map(q ->
          q.answer() instanceof io.github.zi4j.lke.AnswerType.YesNo
          || q.answer() instanceof io.github.zi4j.lke.AnswerType.Options).orElse(false);
      if (options && question.value().isPresent()) {
        int row = rows.get(question.id());
        saved.put("L" + row, new Saved(question.value().get(),
            Optional.of("IF(K" + row + "=\"\",0,1)")));
      }
    }
    Integer row = rows.get(nodes.getOrDefault(node.id(), node.id()));
    if (row != null && node.points().isPresent()) {
      saved.put("L" + row, new Saved(node.points().get(), Optional.of("SUM(L" + (row + 1) + ")")));
    }
  }

  /**
   * Writes an {@code LKE ZI} workbook as the 90/2021 one: sheets {@code Utama}, {@code Ctt Eval} and
   * {@code LKE ZI}; the unit's answers in column K at the bundled layout's rows (a number as a number
   * cell), and the {@code saved} cells of column L, a formula with its saved result or a typed number.
   *
   * @param path the {@code .xlsx} to write
   * @param jawaban the answers (the unit's only: the sheet has no TPI column)
   * @param saved column L's cells by reference ({@code L175})
   * @return {@code path}
   */
  public static Path writeLkeZi(Path path, JawabanUnit jawaban, Map<String, Saved> saved) {
    Map<String, Integer> rows = lkeZiRows();
    Map<String, String> results = new LinkedHashMap<>();
    try (OutputStream out = Files.newOutputStream(path)) {
      Workbook workbook = new Workbook(out, "zi4j-tests", "1.0");
      workbook.newWorksheet("Utama").value(0, 0, "LEMBAR KERJA EVALUASI ZONA INTEGRITAS");
      workbook.newWorksheet("Ctt Eval").value(0, 0, "Catatan Evaluasi");
      org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("LKE ZI");
      for (JawabanSoal answer : jawaban.answers()) {
        int row = rows.get("S" + answer.soalId()) - 1;
        put(sheet, row, Optional.of("K"), answer.jawabanUnit(), true);
      }
      saved.forEach((ref, value) -> {
        int row = Integer.parseInt(ref.substring(1)) - 1;
        int column = column(ref.substring(0, 1));
        if (value.formula().isPresent()) {
          sheet.formula(row, column, value.formula().get());
          results.put(ref, value.value().toPlainString());
        } else {
          sheet.value(row, column, value.value());
        }
      });
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    withResults(path, results);
    return path;
  }

  /**
   * Gives the formulas at {@code results}' cells the results Excel would have saved with them: the
   * writer saves a formula alone.
   */
  private static void withResults(Path path, Map<String, String> results) {
    try {
      ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
      try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(path.toFile());
          ZipOutputStream out = new ZipOutputStream(rewritten)) {
        for (ZipEntry entry : java.util.Collections.list(in.entries())) {
          byte[] bytes;
          try (InputStream entryIn = in.getInputStream(entry)) {
            bytes = entryIn.readAllBytes();
          }
          if (entry.getName().startsWith("xl/worksheets/")) {
            String xml = new String(bytes, StandardCharsets.UTF_8);
            Matcher formula = Pattern.compile("(<c r=\"([A-Z]+[0-9]+)\"[^>]*><f>[^<]*</f>)</c>")
                .matcher(xml);
            StringBuilder text = new StringBuilder();
            while (formula.find()) {
              String result = results.get(formula.group(2));
              formula.appendReplacement(text, Matcher.quoteReplacement(formula.group(1)
                  + (result == null ? "" : "<v>" + result + "</v>") + "</c>"));
            }
            formula.appendTail(text);
            bytes = text.toString().getBytes(StandardCharsets.UTF_8);
          }
          out.putNextEntry(new ZipEntry(entry.getName()));
          out.write(bytes);
          out.closeEntry();
        }
      }
      Files.write(path, rewritten.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void csv(String resource, Consumer<String[]> line) {
    try (InputStream in = TestWorkbooks.class.getResourceAsStream(resource);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in,
            StandardCharsets.UTF_8))) {
      reader.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).skip(1)
          .forEach(l -> line.accept(l.split(",")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The column from 0 of letters such as {@code F} or {@code AA}, in any case. */
  public static int column(String letters) {
    int column = 0;
    for (char c : letters.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
      column = column * 26 + (c - 'A' + 1);
    }
    return column - 1;
  }

  private static void put(org.dhatim.fastexcel.Worksheet sheet, int row, Optional<String> column,
      Optional<String> value, boolean numbersAsNumbers) {
    if (column.isEmpty() || value.isEmpty()) {
      return;
    }
    int c = column(column.get());
    String text = value.get();
    if (numbersAsNumbers && text.matches("[0-9]+(\\.[0-9]+)?")) {
      sheet.value(row, c, new BigDecimal(text));
    } else {
      sheet.value(row, c, text);
    }
  }

  /** The sheets of a workbook being written, made on first use; rows and columns from 0. */
  public static final class Sheets {
    private final Workbook workbook;
    private final Map<String, org.dhatim.fastexcel.Worksheet> sheets =
        new java.util.LinkedHashMap<>();

    Sheets(Workbook workbook) {
      this.workbook = workbook;
    }

    org.dhatim.fastexcel.Worksheet get(String name) {
      return sheets.computeIfAbsent(name, workbook::newWorksheet);
    }

    /**
     * Writes a text cell.
     *
     * @param sheet the sheet
     * @param row the row, from 0
     * @param column the column, from 0
     * @param value the text
     */
    public void text(String sheet, int row, int column, String value) {
      get(sheet).value(row, column, value);
    }

    /**
     * Writes a number cell.
     *
     * @param sheet the sheet
     * @param row the row, from 0
     * @param column the column, from 0
     * @param value the number
     */
    public void number(String sheet, int row, int column, Number value) {
      get(sheet).value(row, column, value);
    }

    /**
     * Writes a TRUE/FALSE cell.
     *
     * @param sheet the sheet
     * @param row the row, from 0
     * @param column the column, from 0
     * @param value the value
     */
    public void bool(String sheet, int row, int column, boolean value) {
      get(sheet).value(row, column, value);
    }

    /**
     * Writes a formula, without a saved result.
     *
     * @param sheet the sheet
     * @param row the row, from 0
     * @param column the column, from 0
     * @param expression the formula, without {@code =}
     */
    public void formula(String sheet, int row, int column, String expression) {
      get(sheet).formula(row, column, expression);
    }
  }
}
