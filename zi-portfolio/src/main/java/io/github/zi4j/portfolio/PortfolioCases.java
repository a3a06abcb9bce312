package io.github.zi4j.portfolio;

import io.github.zi4j.ZiException;
import io.github.zi4j.ZiJson;
import io.github.zi4j.ZiParseException;
import io.github.zi4j.proposal.Proposal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A portfolio's units from a folder of case files (<i>berkas kasus</i>): every {@code *.json} file of
 * the folder, in the format {@code zi4j decide} reads ({@link Proposal}), made a {@link PortfolioUnit}
 * with its instansi, unit and LKE ({@link PortfolioUnit#of(Proposal)}); each case's target, day and
 * round are the portfolio's own.
 *
 * <pre>{@code
 * List<PortfolioUnit> units = PortfolioCases.read(Path.of("zi-examples/cases"));
 * }</pre>
 *
 * <p>Thread-safe: no state.
 *
 * @since 0.1
 */
public final class PortfolioCases {

  private PortfolioCases() {}

  /**
   * Reads the case files of {@code dir}, in file-name order; sub-folders are not read.
   *
   * @param dir the folder
   * @return one unit per case file
   * @throws ZiParseException naming the file when the folder cannot be listed or has no {@code
   *     *.json} file, when a case file is not a valid case (with its JSON path), or when two case
   *     files give units of one instansi with one id (naming both)
   */
  public static List<PortfolioUnit> read(Path dir) {
    Objects.requireNonNull(dir, "dir");
    String folder = dir.toString();
    if (!Files.isDirectory(dir)) {
      throw new ZiParseException(folder, "$", "is not a folder of case files", null);
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(f -> f.getFileName().toString().endsWith(".json"))
          .filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new ZiParseException(folder, "$", "cannot list the folder: " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      throw new ZiParseException(folder, "$", "has no *.json case file", null);
    }
    List<PortfolioUnit> units = new ArrayList<>(files.size());
    Map<String, Path> ids = new HashMap<>();
    for (Path file : files) {
      String source = file.toString();
      Proposal proposal = ZiJson.read(file, Proposal.class);
      PortfolioUnit unit;
      try {
        unit = PortfolioUnit.of(proposal);
      } catch (ZiException e) {
        throw ZiParseException.of(source, e.within("unit"));
      }
      Path same = ids.putIfAbsent(PortfolioUnit.key(unit.instansi().name(), unit.id()),
          file);
      if (same != null) {
        throw new ZiParseException(source, unit.unit().orElseThrow().id().isPresent()
            ? "$.unit.id" : "$.unit.name", "the unit's id \"" + unit.id() + "\" is also the id of"
            + " the unit of " + same + " in " + unit.instansi().name() + "; the units of one"
            + " instansi need distinct ids", null);
      }
      units.add(unit);
    }
    return List.copyOf(units);
  }
}
