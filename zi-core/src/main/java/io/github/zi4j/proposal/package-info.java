/**
 * A proposal case (<i>pengusulan</i>): one unit kerja of one instansi proposed for a predicate on a date,
 * with the round and, optionally, its LKE result.
 */
@ZiStyle
package io.github.zi4j.proposal;

import io.github.zi4j.internal.ZiStyle;
