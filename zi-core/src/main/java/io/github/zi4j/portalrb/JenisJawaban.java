package io.github.zi4j.portalrb;

import io.github.zi4j.InvalidFieldException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.zi4j.internal.Limits;
import java.util.Arrays;

/**
 * The answer type of a master soal (<i>jenis jawaban</i>), PortalRB's {@code jenis_jawaban}: {@code
 * YA_TIDAK}, {@code ABC}, {@code ABCD}, {@code ABCDE}, {@code Jumlah} (also spelt {@code jumlah}) or
 * {@code 0-4}.
 *
 * @since 0.1
 */
public enum JenisJawaban {
  /** Ya/Tidak, 1/0. */
  YA_TIDAK("YA_TIDAK"),
  /** Options A, B, C. */
  ABC("ABC"),
  /** Options A to D. */
  ABCD("ABCD"),
  /** Options A to E. */
  ABCDE("ABCDE"),
  /** A count (<i>jumlah</i>) that feeds a percentage; read as {@code Jumlah} or {@code jumlah}. */
  JUMLAH("Jumlah"),
  /** A survey value from 0 to 4. */
  SKALA_0_4("0-4");

  private final String json;

  JenisJawaban(String json) {
    this.json = json;
  }

  /**
   * The spelling in PortalRB's JSON.
   *
   * @return for example {@code "ABCD"} or {@code "0-4"}
   */
  @JsonValue
  public String json() {
    return json;
  }

  /**
   * The type spelt {@code text} in PortalRB's JSON; {@code jumlah} in any case.
   *
   * @param text the spelling
   * @return the type
   * @throws InvalidFieldException at the text itself (an empty path) when PortalRB has no such type
   */
  @JsonCreator
  public static JenisJawaban fromJson(String text) {
    for (JenisJawaban jenis : values()) {
      if (jenis.json.equals(text) || (jenis == JUMLAH && jenis.json.equalsIgnoreCase(text))) {
        return jenis;
      }
    }
    throw new InvalidFieldException("", "jenis_jawaban must be one of " + Arrays.stream(values())
        .map(JenisJawaban::json).toList() + " (or jumlah), but was \"" + Limits.quote(text) + "\"");
  }
}
