package io.github.zi4j.portalrb;

import io.github.zi4j.InvalidFieldException;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.zi4j.ZiJson;
import io.github.zi4j.lke.AnswerType;
import io.github.zi4j.lke.LkeTemplate;
import io.github.zi4j.lke.Question;
import io.github.zi4j.lke.TemplateNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * PortalRB's master soal (<i>master soal</i>): the LKE as JSON, {@code {"tahun", "total_soal",
 * "generated_at", "data": [node...]}}, each node with its children and soals.
 *
 * <p>{@link #compareWith(LkeTemplate)} lists how it differs from a template numbered with PortalRB's
 * ids (the bundled 90/2021 one): soals added or removed or under another node, node weights, answer
 * types, option values, and a soal's {@code bobot_maksimal} where it is not 0 (PortalRB writes 0 on
 * most soals, even on some that alone make up an indicator, so 0 is never a difference; a nonzero
 * weight must be the weight the template gives that soal: its indicator's when the soal alone makes
 * the indicator up, as the surveys 125 and 127, capaian kinerja 126 and komitmen pimpinan 92 do, else
 * 0). A master soal carries no computed items (the percentages of the reform are not soals), so they
 * are not compared; nor are texts, levels or workbook positions, which a template does not carry. A template node whose id is not a number (the
 * bundled 61.IPAK, 61.CAPAIAN, 62.IPKP) is not PortalRB's: its soals count as its parent's, and its
 * weight is compared as the {@code bobot_maksimal} of its survey soal. Unknown fields are ignored:
 * PortalRB may add some.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 *
 * @param tahun the year
 * @param totalSoal the number of soals, as the file says
 * @param generatedAt when it was generated, as the file says, when given
 * @param data the top nodes (the components)
 *
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"tahun", "total_soal", "generated_at", "data"})
public record MasterSoal(
    @JsonProperty("tahun") Integer tahun,
    @JsonProperty("total_soal") Integer totalSoal,
    @JsonProperty("generated_at") Optional<String> generatedAt,
    @JsonProperty("data") List<NodeSoal> data) {

  private static final String LEVEL_INDICATOR = "sub_area";
  private static final List<String> LEVELS =
      List.of("komponen", "sub_komponen", "area_perubahan", LEVEL_INDICATOR);

  /**
   * A master soal.
   *
   * @param tahun the year
   * @param totalSoal the number of soals
   * @param generatedAt when generated, or empty
   * @param data the top nodes
   */
  public MasterSoal {
    Objects.requireNonNull(tahun, "tahun is required");
    Objects.requireNonNull(totalSoal, "total_soal is required");
    generatedAt = generatedAt == null ? Optional.empty() : generatedAt;
    data = data == null ? List.of() : List.copyOf(data);
  }

  /**
   * Reads a master soal from a file.
   *
   * @param path the file
   * @return the master soal
   * @throws io.github.zi4j.ZiParseException when the file is not a master soal
   */
  public static MasterSoal read(Path path) {
    return ZiJson.read(path, MasterSoal.class);
  }

  /**
   * The master soal PortalRB would publish for {@code template}: its numeric nodes (the root dropped
   * when its id is not a number), levels by depth ({@code komponen}, {@code sub_komponen}, {@code
   * area_perubahan}, then {@code sub_area}), each question a soal with its type and option values, a
   * survey's {@code bobot_maksimal} its node's weight, texts the template's; no criteria, no workbook
   * positions, no generation time.
   *
   * @param template a template whose questions all have a soal_id
   * @param tahun the year
   * @return the master soal
   * @throws InvalidFieldException when a question has no soal_id, or a type PortalRB lacks
   */
  public static MasterSoal from(LkeTemplate template, int tahun) {
    List<NodeSoal> top = numeric(template.root().id())
        ? List.of(node(template.root(), 0))
        : template.root().children().stream().map(child -> node(child, 0)).toList();
    int total = template.questions().size();
    return new MasterSoal(tahun, total, Optional.empty(), top);
  }

  /**
   * This master soal with {@code node}'s weight changed, for a caller building a variant.
   *
   * @param nodeId the node
   * @param bobot the new weight
   * @return a new master soal
   */
  public MasterSoal withNodeBobot(int nodeId, BigDecimal bobot) {
    return new MasterSoal(tahun, totalSoal, generatedAt, data.stream()
        .map(n -> mapNodes(n, m -> m.id() == nodeId
            ? new NodeSoal(m.id(), m.nama(), m.level(), bobot, m.children(), m.soals()) : m))
        .toList());
  }

  /**
   * This master soal with {@code soal} replaced (by its id), or removed when {@code soal} is empty.
   *
   * @param soalId the soal
   * @param soal the new soal, or empty to remove it
   * @return a new master soal; {@code total_soal} is left as it was
   */
  public MasterSoal withSoal(int soalId, Optional<Soal> soal) {
    return new MasterSoal(tahun, totalSoal, generatedAt, data.stream()
        .map(n -> mapNodes(n, m -> new NodeSoal(m.id(), m.nama(), m.level(), m.bobotMaksimal(),
            m.children(), m.soals().stream()
                .flatMap(s -> s.id() == soalId ? soal.stream() : java.util.stream.Stream.of(s))
                .toList())))
        .toList());
  }

  /**
   * Every soal, depth first, with the id of the node it is under.
   *
   * @return the soals by id, in order
   */
  public Map<Integer, Soal> soals() {
    Map<Integer, Soal> soals = new LinkedHashMap<>();
    walk(data, (node, soal) -> soals.putIfAbsent(soal.id(), soal), node -> { });
    return soals;
  }

  /**
   * How this master soal differs from {@code template}, one difference per line of {@link
   * SoalDifference#toString()}: nodes, then soals in the template's order, then soals only here.
   *
   * @param template a template numbered with PortalRB's ids
   * @return the differences; empty when none
   */
  public List<SoalDifference> compareWith(LkeTemplate template) {
    List<SoalDifference> differences = new ArrayList<>();
    Map<Integer, NodeSoal> nodes = new LinkedHashMap<>();
    Map<Integer, Soal> soals = new LinkedHashMap<>();
    Map<Integer, Integer> parentOf = new LinkedHashMap<>();
    walk(data, (node, soal) -> {
      soals.putIfAbsent(soal.id(), soal);
      parentOf.putIfAbsent(soal.id(), node.id());
    }, node -> nodes.putIfAbsent(node.id(), node));
    int counted = walkCount(data);
    if (totalSoal != counted) {
      differences.add(new SoalDifference(SoalDifference.Kind.TOTAL_SOAL, "master soal",
          totalSoal.toString(), counted + " soals"));
    }

    Map<Integer, TemplateNode> templateNodes = new LinkedHashMap<>();
    Map<Integer, Question> questions = new LinkedHashMap<>();
    Map<Integer, TemplateNode> ownNode = new LinkedHashMap<>();
    Map<Integer, Integer> templateParent = new LinkedHashMap<>();
    index(template.root(), null, templateNodes, questions, ownNode, templateParent);

    templateNodes.forEach((id, node) -> {
      NodeSoal master = nodes.get(id);
      if (master == null) {
        differences.add(new SoalDifference(SoalDifference.Kind.NODE_REMOVED, "node " + id,
            "absent", node.name()));
      } else if (master.bobotMaksimal().compareTo(node.weight()) != 0) {
        differences.add(new SoalDifference(SoalDifference.Kind.NODE_WEIGHT, "node " + id,
            plain(master.bobotMaksimal()), plain(node.weight())));
      }
    });
    nodes.forEach((id, node) -> {
      if (!templateNodes.containsKey(id)) {
        differences.add(new SoalDifference(SoalDifference.Kind.NODE_ADDED, "node " + id,
            node.nama(), "absent"));
      }
    });

    questions.forEach((soalId, question) -> {
      String id = "soal " + soalId;
      Soal soal = soals.get(soalId);
      if (soal == null) {
        differences.add(new SoalDifference(SoalDifference.Kind.SOAL_REMOVED, id, "absent",
            question.id()));
        return;
      }
      Integer parent = parentOf.get(soalId);
      if (!parent.equals(templateParent.get(soalId))) {
        differences.add(new SoalDifference(SoalDifference.Kind.SOAL_MOVED, id, "node " + parent,
            "node " + templateParent.get(soalId)));
      }
      Optional<JenisJawaban> jenis = jenis(question.answer());
      if (jenis.isEmpty() || jenis.get() != soal.jenisJawaban()) {
        differences.add(new SoalDifference(SoalDifference.Kind.SOAL_TYPE, id,
            soal.jenisJawaban().json(), jenis.map(JenisJawaban::json)
            .orElse(question.answer().accepts())));
      } else {
        String expected = skemaText(skema(question.answer()));
        String actual = skemaText(soal.skemaPenilaian());
        if (!expected.equals(actual)) {
          differences.add(new SoalDifference(SoalDifference.Kind.SOAL_MULTIPLIER, id,
              actual.isEmpty() ? "[]" : actual, expected.isEmpty() ? "[]" : expected));
        }
      }
      // PortalRB fills a soal's weight unevenly (0 on most, even on some that alone make up an
      // indicator): only a nonzero weight says something, and it must be the template's
      BigDecimal bobot = templateBobot(question, ownNode.get(soalId));
      if (soal.bobotMaksimal().signum() != 0 && soal.bobotMaksimal().compareTo(bobot) != 0) {
        differences.add(new SoalDifference(SoalDifference.Kind.SOAL_WEIGHT, id,
            plain(soal.bobotMaksimal()), plain(bobot)));
      }
    });
    soals.forEach((soalId, soal) -> {
      if (!questions.containsKey(soalId)) {
        differences.add(new SoalDifference(SoalDifference.Kind.SOAL_ADDED, "soal " + soalId,
            soal.jenisJawaban().json(), "absent"));
      }
    });
    return List.copyOf(differences);
  }

  // --- from a template

  private static NodeSoal node(TemplateNode node, int depth) {
    List<NodeSoal> children = new ArrayList<>();
    List<Soal> soals = new ArrayList<>();
    collect(node, depth, children, soals);
    return new NodeSoal(Integer.valueOf(node.id()), node.name(),
        LEVELS.get(Math.min(depth, LEVELS.size() - 1)), node.weight(), children, soals);
  }

  /** The soals and numeric children of {@code node}, a non-numeric child's folded in. */
  private static void collect(TemplateNode node, int depth, List<NodeSoal> children,
      List<Soal> soals) {
    for (Question question : node.questions()) {
      soals.add(soal(question, node));
    }
    for (TemplateNode child : node.children()) {
      if (numeric(child.id())) {
        children.add(node(child, depth + 1));
      } else {
        collect(child, depth, children, soals);
      }
    }
  }

  private static Soal soal(Question question, TemplateNode node) {
    int id = question.soalId().orElseThrow(() -> new InvalidFieldException("", "question "
        + question.id() + " must have a soal_id to be a master soal, but has none"));
    JenisJawaban jenis = jenis(question.answer()).orElseThrow(() -> new InvalidFieldException("",
        "question " + question.id() + " must take an answer PortalRB has, but takes "
        + question.answer().accepts()));
    return Soal.of(id, question.text(), jenis, bobot(question, node), skema(question.answer()));
  }

  // --- comparison helpers

  private static void index(TemplateNode node, Integer numericAncestor,
      Map<Integer, TemplateNode> nodes, Map<Integer, Question> questions,
      Map<Integer, TemplateNode> ownNode, Map<Integer, Integer> parent) {
    Integer here = numericAncestor;
    if (numeric(node.id())) {
      here = Integer.valueOf(node.id());
      nodes.putIfAbsent(here, node);
    }
    for (Question question : node.questions()) {
      if (question.soalId().isPresent()) {
        int soalId = question.soalId().getAsInt();
        questions.putIfAbsent(soalId, question);
        ownNode.putIfAbsent(soalId, node);
        parent.putIfAbsent(soalId, here);
      }
    }
    for (TemplateNode child : node.children()) {
      index(child, here, nodes, questions, ownNode, parent);
    }
  }

  /** A survey soal carries its node's weight; every other soal 0 (what {@link #from} writes). */
  private static BigDecimal bobot(Question question, TemplateNode node) {
    return question.answer() instanceof AnswerType.SurveyIndex ? node.weight() : BigDecimal.ZERO;
  }

  /**
   * The weight the template gives a soal: its indicator's when the soal alone makes it up (the only
   * scored item: a survey, capaian kinerja 126, komitmen pimpinan 92, ...); 0 for a soal that shares
   * its indicator with other items, or a count, which is not scored itself.
   */
  private static BigDecimal templateBobot(Question question, TemplateNode node) {
    return question.answer().scored() && node.scoredItems() == 1 ? node.weight() : BigDecimal.ZERO;
  }

  private static Optional<JenisJawaban> jenis(AnswerType type) {
    if (type instanceof AnswerType.YesNo) {
      return Optional.of(JenisJawaban.YA_TIDAK);
    }
    if (type instanceof AnswerType.Count) {
      return Optional.of(JenisJawaban.JUMLAH);
    }
    if (type instanceof AnswerType.SurveyIndex
        && ((AnswerType.SurveyIndex) type).lowest().signum() == 0) {
      return Optional.of(JenisJawaban.SKALA_0_4);
    }
    if (type instanceof AnswerType.Options) {
      List<String> options = ((AnswerType.Options) type).options();
      if (options.equals(List.of("A", "B", "C"))) {
        return Optional.of(JenisJawaban.ABC);
      }
      if (options.equals(List.of("A", "B", "C", "D"))) {
        return Optional.of(JenisJawaban.ABCD);
      }
      if (options.equals(List.of("A", "B", "C", "D", "E"))) {
        return Optional.of(JenisJawaban.ABCDE);
      }
    }
    return Optional.empty();
  }

  /** Ya 1 and Tidak 0; each letter's value; nothing for counts and surveys. */
  private static List<SkemaPenilaian> skema(AnswerType type) {
    if (type instanceof AnswerType.YesNo) {
      return List.of(new SkemaPenilaian("Ya", "Ya", BigDecimal.ONE),
          new SkemaPenilaian("Tidak", "Tidak", BigDecimal.ZERO));
    }
    if (type instanceof AnswerType.Options) {
      return ((AnswerType.Options) type).valueOfEachOption().entrySet().stream()
          .map(e -> new SkemaPenilaian(e.getKey(), e.getKey(), e.getValue())).toList();
    }
    return List.of();
  }

  /** Keys in upper case and values, for comparing: {@code A=1, B=0.67}. */
  private static String skemaText(List<SkemaPenilaian> skema) {
    return skema.stream()
        .map(s -> s.key().toUpperCase(java.util.Locale.ROOT) + "=" + plain(s.multiplier()))
        .collect(Collectors.joining(", "));
  }

  private static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  private static boolean numeric(String id) {
    return id.matches("[0-9]{1,9}");
  }

  private static NodeSoal mapNodes(NodeSoal node, java.util.function.UnaryOperator<NodeSoal> f) {
    NodeSoal mapped = f.apply(node);
    return new NodeSoal(mapped.id(), mapped.nama(), mapped.level(), mapped.bobotMaksimal(),
        mapped.children().stream().map(c -> mapNodes(c, f)).toList(), mapped.soals());
  }

  private static void walk(List<NodeSoal> nodes,
      java.util.function.BiConsumer<NodeSoal, Soal> onSoal,
      java.util.function.Consumer<NodeSoal> onNode) {
    for (NodeSoal node : nodes) {
      onNode.accept(node);
      node.soals().forEach(soal -> onSoal.accept(node, soal));
      walk(node.children(), onSoal, onNode);
    }
  }

  private static int walkCount(List<NodeSoal> nodes) {
    int count = 0;
    for (NodeSoal node : nodes) {
      count += node.soals().size() + walkCount(node.children());
    }
    return count;
  }
}
