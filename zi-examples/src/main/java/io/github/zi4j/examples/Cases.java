package io.github.zi4j.examples;

import io.github.zi4j.ZiJson;
import io.github.zi4j.proposal.Proposal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the bundled case files from the class path ({@code /cases/NAME}). */
final class Cases {

  private Cases() {}

  static Proposal load(String name) {
    try (InputStream in = Cases.class.getResourceAsStream("/cases/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no bundled case file named " + name);
      }
      return ZiJson.read(in, name, Proposal.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
