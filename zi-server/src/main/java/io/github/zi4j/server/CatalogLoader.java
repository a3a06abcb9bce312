package io.github.zi4j.server;

import io.github.zi4j.ZiException;
import io.github.zi4j.ZiJson;
import io.github.zi4j.ZiParseException;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.portalrb.InvalidJawabanException;
import io.github.zi4j.portalrb.JawabanUnit;
import io.github.zi4j.portalrb.MasterSoal;
import io.github.zi4j.proposal.Proposal;
import io.github.zi4j.round.ProposalRound;
import io.github.zi4j.round.ProposalRounds;
import io.github.zi4j.rules.Decision;
import io.github.zi4j.rules.DecisionEngine;
import io.github.zi4j.rules.RegulationFigures;
import io.github.zi4j.rules.portalrb.Catatan;
import io.github.zi4j.rules.portalrb.Kandidat;
import io.github.zi4j.rules.portalrb.Pengusulan;
import io.github.zi4j.rules.portalrb.UnitUsulan;
import io.github.zi4j.unit.UnitIds;
import io.github.zi4j.workbook.LkeWorkbook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Reads a data folder into a {@link Catalog}: every {@code NAME.json} is one unit's case file (as
 * the command line's {@code portalrb} reads a folder), and its LKE answers are {@code
 * NAME.jawaban.json} (PortalRB's {@code /lke/jawaban-unit} response) or {@code NAME.xlsx} (the
 * 90/2021 workbook with its sheet {@code LKE ZI}, or PortalRB's template read at the cells of the
 * folder's {@code master-soal.json}). A case without an LKE of its own is decided on those answers.
 *
 * <p>The first file that cannot be read stops the whole read with a {@link ZiParseException} naming
 * the file and the JSON path or cell: a catalog is never made of part of a folder.
 */
final class CatalogLoader {

  /** The suffix of a unit's PortalRB answer file, beside its case file. */
  static final String JAWABAN_SUFFIX = ".jawaban.json";
  /** The suffix of a unit's LKE workbook, beside its case file. */
  static final String WORKBOOK_SUFFIX = ".xlsx";
  /** The master soal that PortalRB's template workbooks are read with. */
  static final String MASTER_SOAL = "master-soal.json";

  private final Path folder;
  private final DecisionEngine engine;
  private final OptionalInt tahun;
  private final String round;
  /** The {@code tahun} of the lists: the round's year, else today's when no round is open. */
  private final int listYear;

  private CatalogLoader(Path folder, DecisionEngine engine, OptionalInt tahun, String round,
      LocalDate today) {
    this.folder = folder;
    this.engine = engine;
    this.tahun = tahun;
    this.round = round;
    this.listYear = tahun.orElse(today.getYear());
  }

  /**
   * A loader of {@code settings}' data folder, for the round open on {@code today}.
   *
   * @param settings the settings
   * @param today today
   * @return the loader
   * @throws ZiParseException when the round file cannot be read
   * @throws ZiException at {@code --data} when no data folder is given or it is not a folder
   */
  static CatalogLoader of(ServerSettings settings, LocalDate today) {
    Path folder = settings.data().orElseThrow(() -> new ZiException("--data",
        "zi-server needs a data folder: --data DIR (or zi.server.data)", null));
    if (!Files.isDirectory(folder)) {
      throw new ZiException("--data", "--data must be a folder of case files, but "
          + folder + " is not a folder", null);
    }
    Optional<ProposalRound> given = settings.round()
        .map(file -> ZiJson.read(file, ProposalRound.class));
    DecisionEngine engine = engine(given);
    ProposalRounds rounds = engine.rounds();
    if (settings.tahun().isPresent()) {
      int year = settings.tahun().get();
      return new CatalogLoader(folder, engine, OptionalInt.of(year),
          "the round of " + year + ", as configured (zi.server.tahun)", today);
    }
    if (given.isPresent()) {
      int year = given.get().year();
      return new CatalogLoader(folder, engine, OptionalInt.of(year), "the round of " + year
          + " of " + settings.round().orElseThrow() + ", as configured (zi.server.round)", today);
    }
    for (ProposalRound r : rounds.all()) {
      if (r.opens().isPresent() && r.closes().isPresent()
          && !today.isBefore(r.opens().get()) && !today.isAfter(r.closes().get())) {
        return new CatalogLoader(folder, engine, OptionalInt.of(r.year()), "the round of "
            + r.year() + ", open from " + r.opens().get() + " to " + r.closes().get()
            + " (today is " + today + ")", today);
      }
    }
    return new CatalogLoader(folder, engine, OptionalInt.empty(), "no round is open on " + today
        + " (no bundled round's window holds it): no unit is listed; give the round open now"
        + " with zi.server.tahun or zi.server.round", today);
  }

  /**
   * The engine of {@code settings}: the bundled figures and rounds, with the round file's round in
   * place of the bundled one of its year.
   *
   * @param settings the settings
   * @return the engine
   * @throws ZiParseException when the round file cannot be read
   */
  static DecisionEngine engine(ServerSettings settings) {
    return engine(settings.round().map(file -> ZiJson.read(file, ProposalRound.class)));
  }

  private static DecisionEngine engine(Optional<ProposalRound> round) {
    ProposalRounds rounds = ProposalRounds.bundled();
    if (round.isPresent()) {
      rounds = rounds.with(round.get());
    }
    return DecisionEngine.of(RegulationFigures.bundled(), rounds);
  }

  /**
   * The folder read.
   *
   * @return the data folder
   */
  Path folder() {
    return folder;
  }

  /**
   * The folder's fingerprint: each regular file's name with its size and time of change.
   *
   * @return the fingerprint, by file name
   * @throws ZiParseException when the folder cannot be listed
   */
  Map<String, String> fingerprint() {
    return fingerprint(folder);
  }

  /**
   * The fingerprint of {@code folder}: each regular file's name with its size and time of change.
   *
   * @param folder the data folder
   * @return the fingerprint, by file name
   * @throws ZiParseException when the folder cannot be listed
   */
  static Map<String, String> fingerprint(Path folder) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path path : (Iterable<Path>) list::iterator) {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (attributes.isRegularFile()) {
          files.put(path.getFileName().toString(), attributes.size() + ":"
              + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        }
      }
    } catch (IOException e) {
      throw new ZiParseException(folder.toString(), "$", "cannot list the folder: "
          + e.getMessage(), e);
    }
    return files;
  }

  /**
   * Reads the folder.
   *
   * @return the catalog
   * @throws ZiParseException naming the first file that cannot be read, and where
   */
  Catalog load() {
    Map<String, String> files = fingerprint();
    Optional<MasterSoal> masterSoal = files.containsKey(MASTER_SOAL)
        ? Optional.of(MasterSoal.read(folder.resolve(MASTER_SOAL))) : Optional.empty();
    List<Read> reads = new ArrayList<>();
    for (String name : files.keySet()) {
      if (name.endsWith(".json") && !name.endsWith(JAWABAN_SUFFIX) && !name.equals(MASTER_SOAL)) {
        reads.add(read(name, files, masterSoal));
      }
    }
    requireDistinctIds(reads);
    Map<String, List<Read>> byInstansi = new LinkedHashMap<>();
    for (Read read : reads) {
      byInstansi.computeIfAbsent(read.instansi(), k -> new ArrayList<>()).add(read);
    }
    Map<String, Catalog.Lists> lists = new HashMap<>();
    Map<String, UnitUsulan> listed = new HashMap<>();
    Map<String, List<Catatan>> catatan = new HashMap<>();
    for (Map.Entry<String, List<Read>> entry : byInstansi.entrySet()) {
      List<Kandidat> kandidat = entry.getValue().stream().map(Read::kandidat).toList();
      Pengusulan pengusulan = Pengusulan.of(listYear, tahun.isPresent() ? kandidat : List.of());
      lists.put(entry.getKey(), new Catalog.Lists(bytes(pengusulan.unitWbk()),
          bytes(pengusulan.unitWbbm())));
      for (UnitUsulan unit : pengusulan.unitWbk().units()) {
        listed.put(entry.getKey() + "\n" + unit.id(), unit);
      }
      for (UnitUsulan unit : pengusulan.unitWbbm().units()) {
        listed.put(entry.getKey() + "\n" + unit.id(), unit);
      }
      for (Catatan line : pengusulan.catatan()) {
        catatan.computeIfAbsent(entry.getKey() + "\n" + line.id(), k -> new ArrayList<>())
            .add(line);
      }
    }
    List<Catalog.Unit> units = new ArrayList<>();
    for (Read read : reads) {
      String key = read.instansi() + "\n" + read.kandidat().id();
      units.add(new Catalog.Unit(read.kandidat().id(), read.file(), read.instansi(),
          read.kandidat().proposal(), read.kandidat().decision(), read.jawabanFile(),
          read.jawaban(), Optional.ofNullable(listed.get(key)),
          catatan.getOrDefault(key, List.of())));
    }
    return Catalog.of(tahun, round, units, lists, files, Instant.now());
  }

  private static byte[] bytes(Object value) {
    return ZiJson.write(value).getBytes(StandardCharsets.UTF_8);
  }

  /** One case file read, with its answers and decision. */
  private record Read(String file, String instansi, Kandidat kandidat, Optional<String> jawabanFile,
      Optional<byte[]> jawaban) {}

  private Read read(String name, Map<String, String> files, Optional<MasterSoal> masterSoal) {
    Path path = folder.resolve(name);
    String file = path.toString();
    Proposal proposal = ZiJson.read(path, Proposal.class);
    String id;
    try {
      id = UnitIds.of(proposal.unit());
    } catch (ZiException e) {
      throw ZiParseException.of(file, e.within("unit"));
    }
    String base = name.substring(0, name.length() - ".json".length());
    Optional<String> jawabanFile = Optional.empty();
    Optional<JawabanUnit> jawaban = Optional.empty();
    if (files.containsKey(base + JAWABAN_SUFFIX)) {
      jawabanFile = Optional.of(base + JAWABAN_SUFFIX);
      jawaban = Optional.of(answerFile(folder.resolve(base + JAWABAN_SUFFIX), id, proposal));
    } else if (files.containsKey(base + WORKBOOK_SUFFIX)) {
      jawabanFile = Optional.of(base + WORKBOOK_SUFFIX);
      jawaban = Optional.of(workbook(folder.resolve(base + WORKBOOK_SUFFIX), id, proposal,
          masterSoal));
    }
    Proposal decided = proposal;
    if (proposal.lke().isEmpty() && jawaban.isPresent()) {
      decided = proposal.withLke(worksheet(jawabanFile.orElseThrow(), jawaban.get()));
    }
    Decision decision = decide(engine, file, decided);
    Kandidat kandidat;
    try {
      kandidat = Kandidat.of(proposal, decision);
    } catch (ZiException e) {
      throw ZiParseException.of(file, e);
    }
    return new Read(name, proposal.instansi().name(), kandidat, jawabanFile,
        jawaban.map(CatalogLoader::bytes));
  }

  /**
   * A unit's answer file, under the case's id, name and round year: its {@code unit_id} must be the
   * case's id (whatever its case), its {@code tahun} the case's round.
   */
  private JawabanUnit answerFile(Path path, String id, Proposal proposal) {
    JawabanUnit jawaban = JawabanUnit.read(path);
    if (!UnitIds.key(jawaban.unitId()).equals(UnitIds.key(id))) {
      throw new ZiParseException(path.toString(), "$.unit_id", "the answers are of the unit \""
          + cut(jawaban.unitId()) + "\", but the case file beside them is of the unit \"" + id
          + "\"", null);
    }
    if (jawaban.tahun() != proposal.roundYear()) {
      throw new ZiParseException(path.toString(), "$.tahun", "the answers are of "
          + jawaban.tahun() + ", but the case file beside them is of the round of "
          + proposal.roundYear(), null);
    }
    JawabanUnit served = new JawabanUnit(id, proposal.unit().name(), proposal.roundYear(),
        jawaban.answers());
    worksheet(path.toString(), served);
    return served;
  }

  private static JawabanUnit workbook(Path path, String id, Proposal proposal,
      Optional<MasterSoal> masterSoal) {
    List<String> sheets = LkeWorkbook.sheetNames(path);
    LkeWorkbook workbook;
    if (sheets.contains(LkeWorkbook.LKE_ZI_SHEET)) {
      workbook = LkeWorkbook.ofLkeZi(proposal.roundYear());
    } else if (masterSoal.isPresent()) {
      workbook = LkeWorkbook.of(masterSoal.get());
    } else {
      throw new ZiParseException(path.toString(), "$", "the workbook has no sheet "
          + LkeWorkbook.LKE_ZI_SHEET + " (the 90/2021 workbook), and the folder has no "
          + MASTER_SOAL + " to read PortalRB's template at its cells", null);
    }
    return workbook.read(path, id, proposal.unit().name());
  }

  /** The answers as a worksheet of the bundled 90/2021 template, checked. */
  private static Worksheet worksheet(String file, JawabanUnit jawaban) {
    try {
      return jawaban.toWorksheet();
    } catch (InvalidJawabanException e) {
      throw new ZiParseException(file, e.path(), e.getMessage(), e);
    }
  }

  /**
   * The engine's decision, bad input named by its path as the command line's {@code decide} names
   * it.
   *
   * @param engine the engine
   * @param file the case's source, for the message
   * @param proposal the case
   * @return the decision
   * @throws ZiParseException naming the path of the bad input
   */
  static Decision decide(DecisionEngine engine, String file, Proposal proposal) {
    try {
      return engine.decide(proposal);
    } catch (ZiException e) {
      // the engine names the value relative to the proposal (asOf, lke.edition, lke.answers.SELF.S2)
      throw ZiParseException.of(file, e);
    }
  }

  /**
   * Refuses two case files of one instansi whose units have one id in the round served, naming both
   * files: PortalRB would take them for one unit.
   */
  private void requireDistinctIds(List<Read> reads) {
    Map<String, Read> seen = new HashMap<>();
    for (Read read : reads) {
      if (tahun.isPresent() && read.kandidat().proposal().roundYear() != tahun.getAsInt()) {
        continue;
      }
      Read before = seen.putIfAbsent(read.instansi() + "\n" + UnitIds.key(read.kandidat().id()),
          read);
      if (before != null) {
        String made = read.kandidat().idFromName()
            ? " (made from its name; give each unit its own unit.id)" : "";
        throw new ZiParseException(folder.resolve(read.file()).toString(),
            read.kandidat().idFromName() ? "$.unit.name" : "$.unit.id", "the unit's id \""
            + cut(read.kandidat().id()) + "\"" + made + " is also the id of the unit of "
            + before.file() + "; the units of one instansi need distinct ids", null);
      }
    }
  }

  /** A value quoted in a message, cut to 80 characters. */
  static String cut(String value) {
    String text = value.replace('\n', ' ').replace('\r', ' ');
    return text.length() > 80 ? text.substring(0, 80) + "..." : text;
  }
}
