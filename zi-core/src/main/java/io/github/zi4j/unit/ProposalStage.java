package io.github.zi4j.unit;

import io.github.zi4j.Language;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * How far a unit's proposal (<i>pengusulan</i>) went in a round: proposed, through PortalRB's
 * administrative selection (<i>seleksi administrasi</i>), the desk evaluation (<i>evaluasi desk</i>) and
 * the field evaluation with its interview (<i>evaluasi lapangan</i>, <i>wawancara</i>), to the end of the
 * round without the predicate. The award itself is a {@link PredikatEvent} in the unit's history.
 *
 * <p>A proposal climbs the stages in this order, one rung at a time (see {@link #next()}); it ends at
 * {@link #ADMINISTRATION_FAILED} or {@link #NOT_AWARDED}, or with the award. The stages are those of
 * the domain notes' lifecycle (sure); KemenPANRB's 2022 results named a third outcome of the selection,
 * <i>lulus dengan catatan</i>, which passes and is recorded as {@link #ADMINISTRATION_PASSED}.
 *
 * @since 0.1
 */
public enum ProposalStage {
  /** The instansi proposed the unit in the round (<i>diusulkan</i>). */
  PROPOSED("diusulkan", "proposed"),
  /** The unit passed the administrative selection (<i>lulus seleksi administrasi</i>). */
  ADMINISTRATION_PASSED("lulus seleksi administrasi", "passed the administrative selection"),
  /** The unit failed the administrative selection (<i>tidak lulus</i>): its proposal ends here. */
  ADMINISTRATION_FAILED("tidak lulus seleksi administrasi", "failed the administrative selection"),
  /** The national team (TPN) evaluated the unit on the desk (<i>evaluasi desk</i>). */
  DESK_EVALUATED("evaluasi desk", "desk evaluation"),
  /** The national team evaluated the unit in the field, the interview (<i>evaluasi lapangan</i>). */
  FIELD_EVALUATED("evaluasi lapangan (wawancara)", "field evaluation (interview)"),
  /** The round ended without the predicate for the unit (<i>tidak ditetapkan</i>). */
  NOT_AWARDED("tidak ditetapkan", "not awarded");

  private static final java.util.Map<ProposalStage, Set<ProposalStage>> NEXT = next(
      EnumSet.of(ADMINISTRATION_PASSED, ADMINISTRATION_FAILED),   // after PROPOSED
      EnumSet.of(DESK_EVALUATED, NOT_AWARDED),                    // after ADMINISTRATION_PASSED
      EnumSet.noneOf(ProposalStage.class),                         // after ADMINISTRATION_FAILED
      EnumSet.of(FIELD_EVALUATED, NOT_AWARDED),                   // after DESK_EVALUATED
      EnumSet.of(NOT_AWARDED),                                    // after FIELD_EVALUATED
      EnumSet.noneOf(ProposalStage.class));                        // after NOT_AWARDED

  private final String indonesian;
  private final String english;

  ProposalStage(String indonesian, String english) {
    this.indonesian = indonesian;
    this.english = english;
  }

  /** The stages that may follow each, in the order of the constants, unmodifiable. */
  @SafeVarargs
  private static java.util.Map<ProposalStage, Set<ProposalStage>> next(
      EnumSet<ProposalStage>... after) {
    java.util.Map<ProposalStage, Set<ProposalStage>> map = new java.util.EnumMap<>(
        ProposalStage.class);
    for (ProposalStage stage : values()) {
      map.put(stage, java.util.Collections.unmodifiableSet(after[stage.ordinal()]));
    }
    return map;
  }

  /**
   * The stage's name for a reader.
   *
   * @param locale the reader's locale ({@link Language#of(Locale)})
   * @return for example "evaluasi desk" or "desk evaluation"
   */
  public String label(Locale locale) {
    return Language.of(locale).pick(indonesian, english);
  }

  /**
   * The stages that may follow this one in the same proposal: after {@link #PROPOSED} the selection's
   * outcome; after it passed, the desk evaluation or the end without the predicate; after the desk, the
   * field or the end; after the field, the end (or the award, in the history). None after a failed
   * selection or the end.
   *
   * @return the stages that may come next, possibly none; unmodifiable
   */
  public Set<ProposalStage> next() {
    return NEXT.get(this);
  }

  /**
   * Whether the proposal ends at this stage without the predicate.
   *
   * @return true for {@link #ADMINISTRATION_FAILED} and {@link #NOT_AWARDED}
   */
  public boolean endsWithoutAward() {
    return this == ADMINISTRATION_FAILED || this == NOT_AWARDED;
  }
}
