package io.github.zi4j.lke;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.zi4j.regulation.Confidence;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.regulation.LegalBasis;
import io.github.zi4j.unit.Predikat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An LKE template (<i>templat Lembar Kerja Evaluasi</i>): the tree of components, areas, indicators and
 * questions of one edition's worksheet, with every weight and minimum, as data.
 *
 * <p>zi4j bundles one per edition ({@link LkeTemplates#bundled(Edition)}); an instansi with an adapted
 * LKE reads its own ({@link LkeTemplates#read(java.nio.file.Path)}) and checks it with {@link
 * TemplateValidator}. A template is only scored once it validates.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 *
 * @since 0.1
 */
public final class LkeTemplate {

  private final String id;
  private final Edition edition;
  private final String name;
  private final String citation;
  private final Confidence confidence;
  private final List<String> notes;
  private final TemplateNode root;
  private final Map<Predikat, Minimum> areaMinimum;
  private final Map<NodeRole, TemplateNode> roles = new EnumMap<>(NodeRole.class);
  private final Map<String, TemplateNode> nodes = new LinkedHashMap<>();
  private final Map<String, Question> questions = new LinkedHashMap<>();
  private final Map<String, TemplateNode> indicatorOf = new LinkedHashMap<>();
  private final Map<String, ComputedItem> computed = new LinkedHashMap<>();

  /**
   * A template; check it with {@link TemplateValidator} before scoring with it.
   *
   * @param id its id, for example {@code "PERMENPANRB_90_2021"}
   * @param edition the edition it belongs to
   * @param name its title
   * @param citation where it is published
   * @param confidence the confidence of its weights, unless a node says otherwise
   * @param notes notes on its sources, possibly empty
   * @param root the root node, whose weight is the total (100)
   * @return the template
   */
  public static LkeTemplate of(String id, Edition edition, String name, String citation,
      Confidence confidence, List<String> notes, TemplateNode root) {
    return new LkeTemplate(id, edition, name, citation, confidence, notes, root, Map.of());
  }

  /**
   * A template whose areas of change each need a minimum share of their weight; check it with {@link
   * TemplateValidator} before scoring with it.
   *
   * @param id its id, for example {@code "PERMENPANRB_90_2021"}
   * @param edition the edition it belongs to
   * @param name its title
   * @param citation where it is published
   * @param confidence the confidence of its weights, unless a node says otherwise
   * @param notes notes on its sources, possibly empty
   * @param root the root node, whose weight is the total (100)
   * @param areaMinimum the least share of its weight (a fraction from 0 to 1) each area of change must
   *     earn, per predicate; possibly empty
   * @return the template
   */
  public static LkeTemplate of(String id, Edition edition, String name, String citation,
      Confidence confidence, List<String> notes, TemplateNode root,
      Map<Predikat, Minimum> areaMinimum) {
    return new LkeTemplate(id, edition, name, citation, confidence, notes, root, areaMinimum);
  }

  @JsonCreator
  private LkeTemplate(
      @JsonProperty(value = "id", required = true) String id,
      @JsonProperty(value = "edition", required = true) Edition edition,
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "citation", required = true) String citation,
      @JsonProperty(value = "confidence", required = true) Confidence confidence,
      @JsonProperty("notes") List<String> notes,
      @JsonProperty(value = "root", required = true) TemplateNode root,
      @JsonProperty("areaMinimum") Map<Predikat, Minimum> areaMinimum) {
    this.id = Objects.requireNonNull(id, "id");
    this.edition = Objects.requireNonNull(edition, "edition");
    this.name = Objects.requireNonNull(name, "name");
    this.citation = Objects.requireNonNull(citation, "citation");
    this.confidence = Objects.requireNonNull(confidence, "confidence");
    this.notes = notes == null ? List.of() : List.copyOf(notes);
    this.root = Objects.requireNonNull(root, "root");
    this.areaMinimum = areaMinimum == null || areaMinimum.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new EnumMap<>(areaMinimum));
    index(root);
  }

  private void index(TemplateNode node) {
    nodes.putIfAbsent(node.id(), node);
    node.role().ifPresent(role -> roles.putIfAbsent(role, node));
    for (Question question : node.questions()) {
      questions.putIfAbsent(question.id(), question);
      indicatorOf.putIfAbsent(question.id(), node);
    }
    for (ComputedItem item : node.computed()) {
      computed.putIfAbsent(item.id(), item);
    }
    node.children().forEach(this::index);
  }

  /**
   * The template's id.
   *
   * @return the id
   */
  @JsonProperty
  public String id() {
    return id;
  }

  /**
   * The edition the template belongs to; a worksheet answered for another edition is rejected.
   *
   * @return the edition
   */
  @JsonProperty
  public Edition edition() {
    return edition;
  }

  /**
   * The template's title.
   *
   * @return the title
   */
  @JsonProperty
  public String name() {
    return name;
  }

  /**
   * Where the template is published.
   *
   * @return the citation
   */
  @JsonProperty
  public String citation() {
    return citation;
  }

  /**
   * The confidence of its weights, unless a node says otherwise.
   *
   * @return the confidence
   */
  @JsonProperty
  public Confidence confidence() {
    return confidence;
  }

  /**
   * Notes on its sources.
   *
   * @return the notes
   */
  @JsonProperty
  public List<String> notes() {
    return notes;
  }

  /**
   * The root node: the LKE total.
   *
   * @return the root
   */
  @JsonProperty
  public TemplateNode root() {
    return root;
  }

  /**
   * The least share of its weight each area of change must earn, per predicate: a fraction such as
   * 0.60, compared with the area's pemenuhan plus reform (or with each part, as the rules are told).
   *
   * @return the minimums; empty when the template gives none
   */
  @JsonProperty
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public Map<Predikat, Minimum> areaMinimum() {
    return areaMinimum;
  }

  /**
   * The node that has {@code role}.
   *
   * @param role the role
   * @return the node, when the template names one
   */
  public Optional<TemplateNode> node(NodeRole role) {
    return Optional.ofNullable(roles.get(role));
  }

  /**
   * The legal basis of {@code node}'s weight: the template's citation with the node's confidence, or
   * the template's.
   *
   * @param node a node of this template
   * @return the basis
   */
  public LegalBasis basisOf(TemplateNode node) {
    return LegalBasis.of(citation, node.confidence().orElse(confidence));
  }

  /**
   * The node with {@code id}.
   *
   * @param id the id
   * @return the node, when the template has it
   */
  public Optional<TemplateNode> node(String id) {
    return Optional.ofNullable(nodes.get(id));
  }

  /**
   * The question with {@code id}.
   *
   * @param id the id
   * @return the question, when the template has it
   */
  public Optional<Question> question(String id) {
    return Optional.ofNullable(questions.get(id));
  }

  /**
   * The computed item with {@code id}, for a breakdown.
   *
   * @param id the id
   * @return the item, when the template has it
   */
  Optional<ComputedItem> computedItem(String id) {
    return Optional.ofNullable(computed.get(id));
  }

  /**
   * The ids of every question.
   *
   * @return the ids, in template order
   */
  public java.util.Set<String> questionIds() {
    return Collections.unmodifiableSet(questions.keySet());
  }

  /**
   * Every question, in template order.
   *
   * @return the questions
   */
  public List<Question> questions() {
    return List.copyOf(questions.values());
  }

  /**
   * Every indicator (node with questions), in template order.
   *
   * @return the indicators
   */
  public List<TemplateNode> indicators() {
    List<TemplateNode> indicators = new ArrayList<>();
    for (TemplateNode node : nodes.values()) {
      if (node.isIndicator()) {
        indicators.add(node);
      }
    }
    return Collections.unmodifiableList(indicators);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof LkeTemplate)) {
      return false;
    }
    LkeTemplate that = (LkeTemplate) other;
    return id.equals(that.id) && edition == that.edition && name.equals(that.name)
        && citation.equals(that.citation) && confidence == that.confidence
        && notes.equals(that.notes) && root.equals(that.root)
        && areaMinimum.equals(that.areaMinimum);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, edition, name, citation, confidence, notes, root, areaMinimum);
  }

  @Override
  public String toString() {
    return "LkeTemplate[" + id + ", " + edition + ", " + indicators().size() + " indicators, "
        + questions.size() + " questions, " + computed.size() + " computed items]";
  }
}
