/**
 * Regulation editions (PermenPANRB 52/2014, 10/2019, 90/2021), their dates, and the legal basis with
 * confidence that every figure and rule of zi4j carries.
 */
@ZiStyle
package io.github.zi4j.regulation;

import io.github.zi4j.internal.ZiStyle;
