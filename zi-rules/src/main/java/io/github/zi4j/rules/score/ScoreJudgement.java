package io.github.zi4j.rules.score;

import io.github.zi4j.rules.Finding;
import io.github.zi4j.rules.LkeSummary;
import io.github.zi4j.unit.Predikat;
import java.util.List;
import java.util.Optional;

/**
 * What an edition's profile found of one LKE: the findings for the target, and, from the same margins,
 * the highest predicate whose every minimum the scores meet (a minimum not known counts as not met).
 *
 * <p>Not API. Immutable.
 *
 * @param findings the findings for the target, in report order
 * @param meets WBBM, WBK, or empty when the scores meet neither or are not complete
 * @param summary total, pengungkit and hasil with {@code meets}, when the LKE is complete
 *
 * @since 0.1
 */
public record ScoreJudgement(
    List<Finding> findings, Optional<Predikat> meets, Optional<LkeSummary> summary) {}
