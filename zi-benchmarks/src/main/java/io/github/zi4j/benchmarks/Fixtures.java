package io.github.zi4j.benchmarks;

import io.github.zi4j.ZiJson;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.proposal.Proposal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The bundled files the benchmarks read, copied from zi-examples into this module's resources. */
public final class Fixtures {

  /** The Pesawaran 2024 case: WBK, area-level LKE, eligible. */
  public static final String PESAWARAN = "/cases/pesawaran-dpmptsp-2024.json";
  /** The fictional MPP case with a full 90/2021 worksheet. */
  public static final String WORKSHEET_CASE = "/cases/contoh-mpp-worksheet-2024.json";
  /** The full 90/2021 worksheet (SELF and TPI answers). */
  public static final String WORKSHEET = "/worksheets/contoh-90-2021.json";

  /** The example LKE ZI workbook, {@code zi-examples/portalrb/lke-zi-contoh.xlsx}. */
  public static final String LKE_ZI_WORKBOOK = "/portalrb/lke-zi-contoh.xlsx";

  private Fixtures() {}

  /**
   * The text of a bundled file.
   *
   * @param name its resource name, for example {@link #PESAWARAN}
   * @return the text
   */
  public static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A bundled case, parsed.
   *
   * @param name its resource name
   * @return the proposal
   */
  public static Proposal proposal(String name) {
    return ZiJson.read(text(name), name, Proposal.class);
  }

  /**
   * The bundled worksheet, parsed.
   *
   * @return the worksheet
   */
  public static Worksheet worksheet() {
    return ZiJson.read(text(WORKSHEET), WORKSHEET, Worksheet.class);
  }
}
