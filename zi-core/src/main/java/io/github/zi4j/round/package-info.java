/**
 * Proposal rounds (<i>periode pengusulan</i>): each year's window and the criteria an instansi must meet
 * to propose its units, as data, with the rounds zi4j bundles.
 */
@ZiStyle
package io.github.zi4j.round;

import io.github.zi4j.internal.ZiStyle;
