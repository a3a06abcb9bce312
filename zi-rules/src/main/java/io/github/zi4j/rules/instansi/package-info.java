/**
 * The instansi rules (<i>kriteria instansi</i>): BPK opinion, AKIP grade, Indeks RB, against the proposal
 * round's criteria. Not API: the rulebook applies them.
 */
package io.github.zi4j.rules.instansi;
