/**
 * The sentences findings and decisions are explained with, in Bahasa Indonesia and English
 * (<i>penjelasan</i>). Not API: a {@code Finding} renders itself with {@code message(Locale)}.
 */
package io.github.zi4j.rules.explain;
