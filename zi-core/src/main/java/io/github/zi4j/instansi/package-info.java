/**
 * The government agency (<i>instansi</i>) and the yearly facts about it that the rules read: the BPK
 * audit opinion, the AKIP grade and the Indeks RB category.
 */
@ZiStyle
package io.github.zi4j.instansi;

import io.github.zi4j.internal.ZiStyle;
