/**
 * What PortalRB pulls from an instansi (<i>data pengusulan untuk PortalRB</i>): the {@code GET
 * /pengusulan/unit-wbk} and {@code /pengusulan/unit-wbbm} responses ({@link DaftarUnit}), built from the
 * units' decisions by {@link Pengusulan}, with a report of every unit left out and why ({@link
 * Catatan}), and the API's error body ({@link ErrorResponse}).
 *
 * <p>Field names are PortalRB's ({@code tahun}, {@code units}, {@code kategori}, {@code afirmasi}); write
 * the responses with {@link io.github.zi4j.ZiJson#write(Object)}.
 */
package io.github.zi4j.rules.portalrb;
