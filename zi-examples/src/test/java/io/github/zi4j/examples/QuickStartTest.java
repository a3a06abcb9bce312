package io.github.zi4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The README quick start")
class QuickStartTest {

  static final Path SOURCE = Path.of("src/main/java/io/github/zi4j/examples/QuickStart.java");
  static final Path README = Path.of("../README.md");

  @Test
  @DisplayName("prints that a unit declared on 10 November 2022 may not be proposed in July 2023, "
      + "after the 2023 round had closed, and may be from 18 July 2024")
  void runs() {
    List<String> lines = Console.output(QuickStart::main).lines().collect(Collectors.toList());

    // the 2023 round had closed by 4 July 2023 (domain notes §7): the earliest date is the first
    // day of the 2024 round, 18 July 2024
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo("NOT_ELIGIBLE");
    assertThat(lines.get(1)).isEqualTo("Optional[2024-07-18]");
    assertThat(lines.get(2)).startsWith("The proposal date 20 July 2023 is after the 2023 proposal "
        + "round had closed: proposals for that round had closed before 4 July 2023 — ");
    assertThat(lines.get(3)).startsWith("Building period since pencanangan on 10 November 2022 too "
        + "short: may be proposed only from 10 November 2023 (113 days short) — ");
  }

  @Test
  @DisplayName("is shown in README.md exactly as it is compiled")
  void readmeShowsTheCompiledCode() throws IOException {
    String source = Files.readString(SOURCE);
    String snippet = source.substring(
        source.indexOf('\n', source.indexOf("// tag::quickstart[]")) + 1,
        source.indexOf("    // end::quickstart[]"));
    String dedented = snippet.lines()
        .map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
        .collect(Collectors.joining("\n", "", "\n"));

    assertThat(Files.readString(README)).contains(dedented);
  }

  @Test
  @DisplayName("shows its imports in README.md exactly as they are compiled")
  void readmeShowsTheImports() throws IOException {
    String imports = Files.readString(SOURCE).lines()
        .filter(line -> line.startsWith("import "))
        .collect(Collectors.joining("\n", "", "\n"));

    assertThat(Files.readString(README)).contains(imports);
  }
}
