/** The zi4j command-line tool: {@code java -jar zi4j.jar decide CASE.json}. */
package io.github.zi4j.examples.cli;
