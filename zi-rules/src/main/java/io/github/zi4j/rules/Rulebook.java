package io.github.zi4j.rules;

import io.github.zi4j.regulation.Edition;
import io.github.zi4j.rules.instansi.InstansiRules;
import io.github.zi4j.rules.internal.Rule;
import io.github.zi4j.rules.score.ScoreProfile;
import io.github.zi4j.rules.timing.TimingRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The rules of one regulation edition (<i>buku aturan</i>), in the order their findings are reported:
 * the timing rules (building period, not yet held, WBK prerequisite and holding period, revocation
 * cooling-off), the round's instansi criteria (BPK opinion, AKIP grade, Indeks RB), and every score
 * minimum of the edition's LKE template ({@code rules.score}): under PermenPANRB 90/2021 one rule per
 * {@link Criterion}, under 52/2014 and 10/2019 the generic {@link RuleId#LKE_MINIMUM} on each node with
 * a minimum (only a few are known; the others answer UNKNOWN).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Rulebook {

  /** The rulebook of each edition, by ordinal: a decision asks for one. */
  private static final Rulebook[] BOOKS =
      Arrays.stream(Edition.values()).map(Rulebook::new).toArray(Rulebook[]::new);

  private final Edition edition;
  private final List<Rule> rules;
  private final List<RuleId> ruleIds;

  private Rulebook(Edition edition) {
    this.edition = edition;
    this.rules = InstansiRules.all();
    List<RuleId> ids = new ArrayList<>(TimingRules.ids());
    rules.forEach(rule -> ids.add(rule.id()));
    ids.addAll(ScoreProfile.of(edition, RegulationFigures.bundled()).ruleIds());
    this.ruleIds = List.copyOf(ids);
  }

  /**
   * The rulebook of {@code edition}.
   *
   * @param edition the edition
   * @return its rulebook
   */
  public static Rulebook of(Edition edition) {
    return BOOKS[Objects.requireNonNull(edition, "edition").ordinal()];
  }

  /**
   * The edition these rules belong to.
   *
   * @return the edition
   */
  public Edition edition() {
    return edition;
  }

  /**
   * The rules, in report order.
   *
   * @return the rule ids
   */
  public List<RuleId> ruleIds() {
    return ruleIds;
  }

  /**
   * The rules about the unit's instansi; the timing rules judge together ({@link TimingRules#judge}),
   * and the score minimums are the profile's.
   */
  List<Rule> instansiRules() {
    return rules;
  }

  @Override
  public String toString() {
    return "Rulebook[" + edition + ", " + ruleIds + "]";
  }
}
