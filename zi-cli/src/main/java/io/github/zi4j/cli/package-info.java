/**
 * The zi4j command-line tool, {@code java -jar zi4j.jar COMMAND ...}: {@link
 * io.github.zi4j.cli.Zi4jCommand} parses the command line (with picocli) and runs one class per
 * command.
 */
package io.github.zi4j.cli;
