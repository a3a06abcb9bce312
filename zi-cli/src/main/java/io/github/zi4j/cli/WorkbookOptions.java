package io.github.zi4j.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --layout} and {@code --master-soal}: how an LKE workbook is laid out. */
final class WorkbookOptions {

  @Option(names = "--layout", paramLabel = "lke-zi|master-soal",
      description = "The workbook's layout: lke-zi (the 90/2021 workbook, sheet LKE ZI) or"
          + " master-soal (at the cells --master-soal names); without it, told by"
          + " --master-soal or by the workbook's sheets.")
  Optional<String> layout = Optional.empty();

  @Option(names = "--master-soal", paramLabel = "MASTER-SOAL.json",
      description = "PortalRB's master soal, which names the cell of every soal.")
  Optional<String> masterSoal = Optional.empty();
}
