/**
 * The rules engine (<i>mesin aturan</i>): rulebooks per regulation edition, findings that explain
 * themselves with their legal basis, and the eligibility decision for a proposal.
 *
 * <p>Start with {@link io.github.zi4j.rules.DecisionEngine#standard()}.
 */
@ZiStyle
package io.github.zi4j.rules;

import io.github.zi4j.internal.ZiStyle;
