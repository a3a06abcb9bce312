package io.github.zi4j.examples;

import io.github.zi4j.ZiJson;
import io.github.zi4j.proposal.Proposal;

/** Reads the bundled case files from the class path ({@code /cases/NAME}). */
final class Cases {

  private Cases() {}

  static Proposal load(String name) {
    String resource = "/cases/" + name;
    try (java.io.InputStream in = Cases.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no bundled case " + name + " (looked for " + resource
            + " on the class path)");
      }
      return ZiJson.read(in, name, Proposal.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read the bundled case " + name, e);
    }
  }
}
