/**
 * The timing rules (<i>aturan waktu</i>): building period, not yet held, WBK prerequisite and holding
 * period, revocation cooling-off. Not API: the rulebook applies them.
 */
package io.github.zi4j.rules.timing;
