package io.github.zi4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("zi4j runs on the module path, as an application module that requires it does")
class ModulePathTest {

  /** zi-core, zi-rules and Jackson, as this build has them: the modules an application needs. */
  private static String modulePath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> entry.contains("zi-core") || entry.contains("zi-rules")
            || entry.matches(".*jackson-(core|databind|annotations|datatype-jdk8|datatype-jsr310)"
                + "-[0-9.]+\\.jar"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  @Test
  @DisplayName("the README quick start, compiled as a module requiring io.github.zi4j.rules, prints "
      + "the same decision")
  void quickStartAsAModule(@TempDir Path dir) throws Exception {
    // given: the quick start's own source, in a module of its own
    Path sources = dir.resolve("src");
    Path pkg = sources.resolve("io/github/zi4j/examples");
    Files.createDirectories(pkg);
    Files.copy(QuickStartTest.SOURCE, pkg.resolve("QuickStart.java"));
    Files.writeString(sources.resolve("module-info.java"),
        "module zi.quickstart { requires io.github.zi4j.rules; }");

    // when: compiled and run with nothing on the class path
    String output = runAsModule(sources, modulePath(), pkg.resolve("QuickStart.java"),
        "zi.quickstart/io.github.zi4j.examples.QuickStart");

    // then
    List<String> lines = output.lines().collect(Collectors.toList());
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo("NOT_ELIGIBLE");
    assertThat(lines.get(1)).isEqualTo("Optional[2024-07-18]");
    assertThat(lines.get(2)).startsWith("The proposal date 20 July 2023 is after the 2023 proposal "
        + "round had closed");
    assertThat(lines.get(3)).startsWith("Building period since pencanangan on 10 November 2022 too "
        + "short: may be proposed only from 10 November 2023 (113 days short) — ");
  }

  /** zi-core, zi-workbook (not its test jar), Jackson, and fastexcel-reader with its libraries. */
  private static String workbookModulePath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> entry.contains("zi-core") || entry.contains("zi-workbook")
            && !entry.contains("test")
            || entry.matches(".*(jackson-(core|databind|annotations|datatype-jdk8|datatype-jsr310)"
                + "|fastexcel-reader|aalto-xml|stax2-api|commons-(compress|io|lang3|codec))"
                + "-[0-9.]+\\.jar"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  @Test
  @DisplayName("an application module requiring io.github.zi4j.workbook reads the example workbook")
  void workbookAsAModule(@TempDir Path dir) throws Exception {
    // given: a small program in a module of its own
    Path sources = dir.resolve("src");
    Path pkg = sources.resolve("zi/wb");
    Files.createDirectories(pkg);
    Files.writeString(pkg.resolve("Main.java"), """
        package zi.wb;
        import io.github.zi4j.portalrb.JawabanUnit;
        import io.github.zi4j.portalrb.MasterSoal;
        import io.github.zi4j.workbook.LkeWorkbook;
        import java.nio.file.Path;
        public class Main {
          public static void main(String[] args) {
            JawabanUnit jawaban = LkeWorkbook.of(MasterSoal.read(Path.of(args[0])))
                .read(Path.of(args[1]), "mpp-kota-contoh", "MPP Kota Contoh");
            System.out.println(jawaban.answers().size() + " "
                + jawaban.answers().get(0).jawabanUnit().orElseThrow());
          }
        }
        """);
    Files.writeString(sources.resolve("module-info.java"),
        "module zi.wb { requires io.github.zi4j.workbook; }");

    // when: compiled and run with nothing on the class path
    String output = runAsModule(sources, workbookModulePath(), pkg.resolve("Main.java"),
        "zi.wb/zi.wb.Main", "portalrb/master-soal-contoh.json", "portalrb/lke-contoh.xlsx");

    // then: 127 soals, the first answered Ya (as in portalrb/jawaban-unit-contoh.json)
    assertThat(output).isEqualTo("127 Ya\n");
  }

  /**
   * Compiles {@code main} and the {@code module-info.java} at the top of {@code sources} on
   * {@code modulePath}, runs {@code mainClass} with nothing on the class path, and asserts that it
   * compiled, ended within a minute and exited 0.
   *
   * @return what it printed
   */
  private static String runAsModule(Path sources, String modulePath, Path main, String mainClass,
      String... args) throws Exception {
    Path classes = sources.resolveSibling("classes");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int compiled = javac.run(null, null, null, "--module-path", modulePath,
        "-d", classes.toString(), sources.resolve("module-info.java").toString(), main.toString());
    assertThat(compiled).isZero();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", modulePath + File.pathSeparator + classes, "--module", mainClass));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    boolean ended = process.waitFor(60, TimeUnit.SECONDS);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(ended).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  @Test
  @DisplayName("only the API packages are exported: internal to zi-rules, zi-workbook and"
      + " zi-portfolio alone, the rule packages not at all")
  void onlyTheApiIsExported() {
    // given: the compiled module descriptors on the module path
    java.lang.module.ModuleFinder finder = java.lang.module.ModuleFinder.of(
        Arrays.stream((modulePath() + File.pathSeparator + workbookModulePath())
            .split(File.pathSeparator)).map(Path::of).toArray(Path[]::new));
    java.lang.module.ModuleDescriptor core =
        finder.find("io.github.zi4j.core").orElseThrow().descriptor();
    java.lang.module.ModuleDescriptor rules =
        finder.find("io.github.zi4j.rules").orElseThrow().descriptor();

    // then
    assertThat(rules.exports()).extracting(java.lang.module.ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder("io.github.zi4j.rules", "io.github.zi4j.rules.portalrb",
            "io.github.zi4j.planning");
    assertThat(core.exports()).filteredOn(e -> e.source().equals("io.github.zi4j.internal"))
        .singleElement().satisfies(e -> assertThat(e.targets())
            .containsExactlyInAnyOrder("io.github.zi4j.rules", "io.github.zi4j.workbook",
                "io.github.zi4j.portfolio"));
    java.lang.module.ModuleDescriptor workbook =
        finder.find("io.github.zi4j.workbook").orElseThrow().descriptor();
    assertThat(workbook.exports()).extracting(java.lang.module.ModuleDescriptor.Exports::source)
        .containsExactly("io.github.zi4j.workbook");
    assertThat(rules.requires()).anySatisfy(r -> {
      assertThat(r.name()).isEqualTo("io.github.zi4j.core");
      assertThat(r.modifiers()).contains(
          java.lang.module.ModuleDescriptor.Requires.Modifier.TRANSITIVE);
    });
  }
}
