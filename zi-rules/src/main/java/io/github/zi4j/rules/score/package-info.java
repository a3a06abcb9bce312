/**
 * The score minimums of the LKE (<i>nilai minimal LKE</i>): an edition's profile, read from its
 * template, judges every minimum at once and tells which predicate the scores meet. Not API: the
 * decision engine applies it.
 */
package io.github.zi4j.rules.score;
