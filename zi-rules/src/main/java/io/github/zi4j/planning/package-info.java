/**
 * Planning (<i>perencanaan</i>): when a unit kerja can first be proposed for WBK or WBBM, the smallest
 * set of LKE answers that would reach the target, the answers that weigh most (<i>daya ungkit</i>),
 * and what a change of answers would do (<i>what-if</i>). Every result is typed data first, with its
 * explanation in Bahasa Indonesia or English on demand.
 *
 * <p>Start with {@link io.github.zi4j.planning.Planner#standard()}.
 */
package io.github.zi4j.planning;
