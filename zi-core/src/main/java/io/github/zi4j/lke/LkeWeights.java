package io.github.zi4j.lke;

import io.github.zi4j.InvalidFieldException;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.regulation.LegalBasis;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The weights (<i>bobot</i>) of the LKE at area level, as the area-level {@link LkeResult} reads them:
 * taken from the nodes of an edition's {@linkplain LkeTemplates template} by their {@linkplain NodeRole
 * roles}, the one place these figures live. Only an edition whose template has the area-level form
 * ({@link NodeRole}) has them: PermenPANRB 90/2021.
 *
 * <p>Under 90/2021: total 100 = pengungkit 60 + hasil 40. Pengungkit 60 = pemenuhan 30 + reform 30, each
 * area with the same weight in both. Hasil 40 = birokrasi bersih dan akuntabel 22.5 (IPAK 17.5 +
 * capaian kinerja 5) + pelayanan publik prima 17.5 (IPKP). All <b>sure</b>: the regulation's LKE as used
 * by two apps.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LkeWeights {

  private static final Map<Edition, Optional<LkeWeights>> BUNDLED = bundled();

  private final LkeTemplate template;
  private final Map<AreaPerubahan, BigDecimal> pemenuhan = new EnumMap<>(AreaPerubahan.class);
  private final Map<AreaPerubahan, BigDecimal> reform = new EnumMap<>(AreaPerubahan.class);
  private final BigDecimal ipak;
  private final BigDecimal capaianKinerja;
  private final BigDecimal ipkp;
  private final BigDecimal pengungkit;

  private LkeWeights(LkeTemplate template) {
    this.template = template;
    parts(template, NodeRole.PEMENUHAN, pemenuhan);
    parts(template, NodeRole.REFORM, reform);
    ipak = node(template, NodeRole.IPAK).weight();
    capaianKinerja = node(template, NodeRole.CAPAIAN_KINERJA).weight();
    ipkp = node(template, NodeRole.IPKP).weight();
    BigDecimal sum = BigDecimal.ZERO;
    for (AreaPerubahan area : AreaPerubahan.values()) {
      sum = sum.add(area(area));
    }
    pengungkit = sum;
  }

  private static Map<Edition, Optional<LkeWeights>> bundled() {
    Map<Edition, Optional<LkeWeights>> weights = new EnumMap<>(Edition.class);
    for (Edition edition : Edition.values()) {
      LkeTemplate template = LkeTemplates.bundled(edition);
      weights.put(edition, hasAreaLevelForm(template)
          ? Optional.of(new LkeWeights(template))
          : Optional.empty());
    }
    return weights;
  }

  /**
   * Whether {@code template} has the area-level form: nodes with the roles {@code PEMENUHAN} and {@code
   * REFORM}, each with the six areas below it, {@code IPAK}, {@code CAPAIAN_KINERJA} and {@code IPKP}.
   *
   * @param template the template
   * @return true when an area-level result can be read with its weights
   */
  public static boolean hasAreaLevelForm(LkeTemplate template) {
    if (BUNDLED != null) {
      // a bundled template, the usual case, was judged once when the class was loaded
      Optional<LkeWeights> bundled = BUNDLED.get(template.edition());
      if (bundled != null && bundled.isPresent() && bundled.get().template == template) {
        return true;
      }
    }
    for (NodeRole role : List.of(NodeRole.IPAK, NodeRole.CAPAIAN_KINERJA, NodeRole.IPKP)) {
      if (template.node(role).isEmpty()) {
        return false;
      }
    }
    for (NodeRole part : List.of(NodeRole.PEMENUHAN, NodeRole.REFORM)) {
      Optional<TemplateNode> node = template.node(part);
      if (node.isEmpty() || !node.get().children().stream()
          .map(TemplateNode::area).flatMap(Optional::stream)
          .collect(Collectors.toSet()).containsAll(List.of(AreaPerubahan.values()))) {
        return false;
      }
    }
    return true;
  }

  private static void parts(LkeTemplate template, NodeRole part, Map<AreaPerubahan, BigDecimal> into) {
    for (TemplateNode area : node(template, part).children()) {
      area.area().ifPresent(a -> into.put(a, area.weight()));
    }
  }

  private static TemplateNode node(LkeTemplate template, NodeRole role) {
    // called only for a template hasAreaLevelForm accepted: a missing role is a bug
    return template.node(role).orElseThrow(() -> new IllegalStateException(
        "template " + template.id() + " must have a node with role " + role
            + " for an area-level result"));
  }

  /**
   * The weights of PermenPANRB 90/2021.
   *
   * @return the weights
   */
  public static LkeWeights permenpanrb90of2021() {
    return of(Edition.PERMENPANRB_90_2021);
  }

  /**
   * The weights of {@code edition}'s bundled template.
   *
   * @param edition the edition
   * @return the weights
   * @throws InvalidFieldException at {@code edition} when the edition's template has no area-level
   *     form
   */
  public static LkeWeights of(Edition edition) {
    return BUNDLED.get(Objects.requireNonNull(edition, "edition")).orElseThrow(() ->
        new InvalidFieldException("edition", "edition " + edition + " has no area-level LKE result: its "
            + "template lacks the roles PEMENUHAN, REFORM, IPAK, CAPAIAN_KINERJA or IPKP"));
  }

  /**
   * Whether {@code edition}'s bundled template has the area-level form.
   *
   * @param edition the edition
   * @return true when an {@link LkeResult} can be given for it
   */
  public static boolean hasAreaLevelForm(Edition edition) {
    return BUNDLED.get(Objects.requireNonNull(edition, "edition")).isPresent();
  }

  /**
   * The editions whose bundled templates have the area-level form.
   *
   * @return the editions, oldest first
   */
  public static List<Edition> editionsWithAreaLevelForm() {
    return BUNDLED.entrySet().stream().filter(e -> e.getValue().isPresent())
        .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The edition these weights belong to.
   *
   * @return the edition of their template
   */
  public Edition edition() {
    return template.edition();
  }

  /**
   * Where the weights are written.
   *
   * @return the legal basis
   */
  public LegalBasis basis() {
    return LegalBasis.of(template.citation(), template.confidence());
  }

  /**
   * The weight of {@code area}'s pemenuhan (fulfilment) part.
   *
   * @param area the area
   * @return the weight, for example 7.50 for Penguatan Pengawasan
   */
  public BigDecimal pemenuhan(AreaPerubahan area) {
    return pemenuhan.get(area);
  }

  /**
   * The weight of {@code area}'s reform part.
   *
   * @param area the area
   * @return the weight
   */
  public BigDecimal reform(AreaPerubahan area) {
    return reform.get(area);
  }

  /**
   * The weight of the whole area: pemenuhan plus reform.
   *
   * @param area the area
   * @return the weight, for example 15.00 for Penguatan Pengawasan
   */
  public BigDecimal area(AreaPerubahan area) {
    return pemenuhan(area).add(reform(area));
  }

  /**
   * The weight of the enabler component (<i>pengungkit</i>): 60.
   *
   * @return the weight
   */
  public BigDecimal pengungkit() {
    return pengungkit;
  }

  /**
   * The weight of the anti-corruption perception index (IPAK): 17.50.
   *
   * @return the weight
   */
  public BigDecimal ipak() {
    return ipak;
  }

  /**
   * The weight of performance achievement (<i>capaian kinerja</i>): 5.00.
   *
   * @return the weight
   */
  public BigDecimal capaianKinerja() {
    return capaianKinerja;
  }

  /**
   * The weight of the service-quality perception index (IPKP), the whole of <i>pelayanan publik
   * prima</i>: 17.50.
   *
   * @return the weight
   */
  public BigDecimal ipkp() {
    return ipkp;
  }

  /**
   * The weight of <i>birokrasi bersih dan akuntabel</i> (IPAK plus capaian kinerja): 22.50.
   *
   * @return the weight
   */
  public BigDecimal bersihAkuntabel() {
    return ipak().add(capaianKinerja());
  }

  /**
   * The weight of the results component (<i>hasil</i>): 40.
   *
   * @return the weight
   */
  public BigDecimal hasil() {
    return bersihAkuntabel().add(ipkp());
  }

  /**
   * The highest value of a perception survey index (IPAK, IPKP): 4; the lowest is 1.
   *
   * @return 4
   */
  public BigDecimal surveyIndexMax() {
    return BigDecimal.valueOf(4);
  }
}
