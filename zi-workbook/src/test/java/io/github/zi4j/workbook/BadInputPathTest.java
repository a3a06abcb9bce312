package io.github.zi4j.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.ZiException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A value the workbook reader refuses is a {@link ZiException} naming where the value is and the
 * value itself (issue 18, point 3).
 */
@DisplayName("A value the workbook reader refuses names its place and its value")
class BadInputPathTest {

  /** Asserts that {@code call} is refused at {@code path} with a message holding {@code said}. */
  private static void refused(ThrowingCallable call, String path, String... said) {
    assertThatThrownBy(call).isInstanceOf(InvalidFieldException.class)
        .satisfies(e -> assertThat(((ZiException) e).path()).isEqualTo(path))
        .hasMessageContainingAll(said);
  }

  @Test
  @DisplayName("the LKE ZI workbook of the year 1800 is refused at tahun, naming 1800")
  void workbookOf1800() {
    refused(() -> LkeWorkbook.ofLkeZi(1800), "tahun", "tahun must be a year from 1900 to 2200",
        "but was 1800");
  }

  @Test
  @DisplayName("a blank unit id is refused at unit_id before the file is opened")
  void blankUnitId() {
    LkeWorkbook reader = LkeWorkbook.ofLkeZi(2024);

    refused(() -> reader.read(Path.of("tidak-ada.xlsx"), "  ", "Unit"), "unit_id",
        "unit_id must not be blank");
    refused(() -> reader.read(new ByteArrayInputStream(new byte[0]), "lke.xlsx", "", "Unit"),
        "unit_id", "unit_id must not be blank");
  }

  @Test
  @DisplayName("a disagreement with two shifted nodes and one cell is refused at shiftedCells")
  void shiftsWithoutTheirCells() {
    refused(() -> new Disagreement("MP.P", "Pemenuhan", "'LKE'!F12", BigDecimal.ONE,
            BigDecimal.TEN, Disagreement.Cause.OPTION_VALUE, Optional.empty(),
            List.of("MP", "LKE"), List.of("'LKE'!F10")), "shiftedCells",
        "each node shifted must have its cell, but 2 nodes have 1 cells");
  }
}
