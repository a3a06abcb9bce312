/**
 * The evaluation worksheet (<i>LKE, Lembar Kerja Evaluasi</i>) at area level: the six areas of change,
 * their 90/2021 weights, and a result that adds up pengungkit, hasil and total exactly.
 */
@ZiStyle
package io.github.zi4j.lke;

import io.github.zi4j.internal.ZiStyle;
