package io.github.zi4j.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zi4j.ZiParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A folder of case files as a portfolio")
class PortfolioCasesTest {

  static final Path CASES = Path.of("../zi-examples/cases");

  static void copy(Path dir, String from, String to) throws IOException {
    Files.copy(CASES.resolve(from), dir.resolve(to));
  }

  @Test
  @DisplayName("gives one unit per *.json case file, in file-name order, with its instansi and LKE")
  void fileNameOrder(@TempDir Path dir) throws IOException {
    copy(dir, "pesawaran-dpmptsp-2024.json", "b-pesawaran.json");
    copy(dir, "balangan-dpmptsp-wbbm-2026.json", "a-balangan.json");
    Files.writeString(dir.resolve("notes.txt"), "not a case");

    List<PortfolioUnit> units = PortfolioCases.read(dir);

    assertThat(units).extracting(PortfolioUnit::name)
        .containsExactly("DPMPTSP Kabupaten Balangan", "DPMPTSP Kabupaten Pesawaran");
    assertThat(units.get(1).instansi().name()).isEqualTo("Pemerintah Kabupaten Pesawaran");
    assertThat(units.get(1).lke()).isPresent();
  }

  @Test
  @DisplayName("a case file that is not a valid case is refused naming the file and the JSON path")
  void badFile(@TempDir Path dir) throws IOException {
    copy(dir, "pesawaran-dpmptsp-2024.json", "a.json");
    Files.writeString(dir.resolve("b.json"), Files.readString(CASES.resolve(
        "pesawaran-dpmptsp-2024.json")).replace("\"2022-11-10\"", "\"10/11/2022\""));

    assertThatThrownBy(() -> PortfolioCases.read(dir))
        .isInstanceOf(ZiParseException.class)
        .hasMessage(dir.resolve("b.json") + ": $.unit.pencanangan: \"10/11/2022\" is not a date in"
            + " ISO format yyyy-MM-dd");
  }

  @Test
  @DisplayName("two case files of one unit (Pesawaran's DPMPTSP in 2023 and 2024) are refused"
      + " naming both files")
  void sameUnitTwice(@TempDir Path dir) throws IOException {
    copy(dir, "pesawaran-dpmptsp-2023.json", "a.json");
    copy(dir, "pesawaran-dpmptsp-2024.json", "b.json");

    assertThatThrownBy(() -> PortfolioCases.read(dir))
        .isInstanceOf(ZiParseException.class)
        .hasMessageStartingWith(dir.resolve("b.json") + ": $.unit.name: the unit's id"
            + " \"dpmptsp-kabupaten-pesawaran\" is also the id of the unit of " + dir.resolve("a.json"));
  }

  @Test
  @DisplayName("a folder without case files is refused")
  void empty(@TempDir Path dir) {
    assertThatThrownBy(() -> PortfolioCases.read(dir))
        .isInstanceOf(ZiParseException.class)
        .hasMessage(dir + ": $: has no *.json case file");
  }
}
