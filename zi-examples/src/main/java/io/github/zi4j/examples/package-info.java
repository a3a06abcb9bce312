/**
 * Runnable examples on the bundled case files: the README quick start and the seed stories of the
 * domain notes (Pesawaran, Balangan, Pekalongan).
 */
package io.github.zi4j.examples;
