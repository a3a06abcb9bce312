/**
 * What the rules of zi-rules share (<i>bagian dalam</i>): the rule interface and the context a rule
 * reads. Not API: it may change in any release.
 */
package io.github.zi4j.rules.internal;
