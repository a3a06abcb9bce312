/**
 * The work unit (<i>unit kerja</i>), its pencanangan date and the history of the predicates
 * (<i>predikat</i> WBK and WBBM) it was awarded and that were revoked.
 */
@ZiStyle
package io.github.zi4j.unit;

import io.github.zi4j.internal.ZiStyle;
