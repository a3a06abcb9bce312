/**
 * The instansi API that PortalRB pulls from, as a Spring Boot server: {@code GET
 * /pengusulan/unit-wbk}, {@code GET /pengusulan/unit-wbbm} and {@code GET
 * /lke/jawaban-unit/{unit_id}} served from a folder of case files, each unit decided before it is
 * listed; an operator's view of every unit and why it is or is not listed; {@code POST /decide},
 * {@code POST /score} and {@code POST /plan} for the instansi's own tools.
 *
 * <p>zi4j's payloads are written with zi4j's own writer ({@link io.github.zi4j.ZiJson}, Jackson 2);
 * Spring's Jackson 3 writes none of them.
 */
package io.github.zi4j.server;
