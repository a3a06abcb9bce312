package io.github.zi4j.examples;

import io.github.zi4j.ZiJson;
import io.github.zi4j.proposal.Proposal;

/** Reads the bundled case files from the class path ({@code /cases/NAME}). */
final class Cases {

  private Cases() {}

  static Proposal load(String name) {
    return ZiJson.readResource(Cases.class, "/cases/" + name, Proposal.class);
  }
}
