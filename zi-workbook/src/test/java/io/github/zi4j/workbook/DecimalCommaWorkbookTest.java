package io.github.zi4j.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zi4j.ZiParseException;
import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.LkeTemplates;
import io.github.zi4j.lke.Role;
import io.github.zi4j.portalrb.JawabanUnit;
import io.github.zi4j.portalrb.MasterSoal;
import io.github.zi4j.regulation.Edition;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A number typed as text in a workbook goes through the same reading as PortalRB's answer strings:
 * the decimal comma of Indonesian spreadsheets is read, thousands separators are refused at the cell.
 */
@DisplayName("A workbook whose survey value is typed as text with a decimal comma")
class DecimalCommaWorkbookTest {

  static final MasterSoal MASTER = TestWorkbooks.layout(MasterSoal.from(
      LkeTemplates.bundled(Edition.PERMENPANRB_90_2021), 2026));

  /** Hasil!F8 holds soal 125, IPAK on 0-4 (from 0: row 7, column 5). */
  static final int IPAK_ROW = 7;
  static final int F = 5;

  @TempDir
  Path dir;

  Path withIpakText(String text) {
    return TestWorkbooks.write(dir.resolve("lke.xlsx"), MASTER,
        new JawabanUnit("u1", "Unit", 2026, List.of()),
        sheets -> sheets.text(TestWorkbooks.HASIL, IPAK_ROW, F, text));
  }

  @Test
  @DisplayName("\"3,71\" is read as the survey value 3.71")
  void decimalComma() {
    JawabanUnit read = LkeWorkbook.of(MASTER).read(withIpakText("3,71"), "u1", "Unit");

    assertThat(read.toWorksheet().answersOf(Role.SELF)).containsEntry("S125", Answer.number("3.71"));
  }

  @Test
  @DisplayName("\"3.710,5\" (thousands separators) is refused at its cell, naming the value")
  void thousandsSeparators() {
    Path path = withIpakText("3.710,5");

    assertThatThrownBy(() -> LkeWorkbook.of(MASTER).read(path, "u1", "Unit"))
        .isInstanceOfSatisfying(ZiParseException.class, e -> {
          assertThat(e.path()).isEqualTo("'Hasil'!F8");
          assertThat(e.problem()).isEqualTo("jawaban_unit of soal_id 125 must be a survey value"
              + " from 0 to 4, written without thousands separators and with at most one decimal"
              + " point or comma, but was \"3.710,5\"");
        });
  }
}
