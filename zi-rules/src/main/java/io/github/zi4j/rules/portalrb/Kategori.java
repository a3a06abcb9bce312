package io.github.zi4j.rules.portalrb;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The category a unit is proposed in (<i>kategori usulan</i>), as PortalRB spells it in {@code
 * kategori}.
 *
 * @since 0.1
 */
public enum Kategori {
  /** Proposed for WBK ({@code "WBK"}). */
  WBK("WBK"),
  /** A pemda's afirmasi unit proposed for WBK ({@code "WBK-AFIRMASI"}); never a K/L's. */
  WBK_AFIRMASI("WBK-AFIRMASI"),
  /** Proposed for WBBM ({@code "WBBM"}). */
  WBBM("WBBM");

  private final String code;

  Kategori(String code) {
    this.code = code;
  }

  /**
   * The name PortalRB uses, for example {@code "WBK-AFIRMASI"}.
   *
   * @return the code
   */
  @JsonValue
  public String code() {
    return code;
  }
}
