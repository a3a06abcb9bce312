/**
 * PortalRB's exchange formats (<i>format pertukaran PortalRB</i>), KemenPANRB's proposal portal: a unit's
 * LKE answers as {@code GET /lke/jawaban-unit/{unit_id}} returns them ({@link JawabanUnit}), which convert
 * to and from a {@link io.github.zi4j.lke.Worksheet} of the 90/2021 edition, and the master soal
 * ({@link MasterSoal}), PortalRB's LKE as JSON, compared with a bundled template.
 *
 * <p>Field names are PortalRB's ({@code soal_id}, {@code jawaban_unit}, {@code bobot_maksimal}); read
 * the files with {@link io.github.zi4j.ZiJson}, whose errors name the JSON path.
 */
package io.github.zi4j.portalrb;
