package io.github.zi4j.planning;

import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.PredikatEvent;
import io.github.zi4j.unit.UnitKerja;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The seed stories of the domain notes (§8) as the planning tests use them. Where a story gives a
 * month or a year but not the day, the day here is illustrative and said so.
 */
final class Seeds {

  private Seeds() {}

  static final Locale ID = Locale.forLanguageTag("id");
  static final Locale EN = Locale.ENGLISH;

  /** Pesawaran's pencanangan (sure: the seed article). */
  static final LocalDate PESAWARAN_PENCANANGAN = LocalDate.of(2022, 11, 10);

  /** The 2024 round's window opens (sure: KemenPANRB statement of 16 July 2024). */
  static final LocalDate ROUND_2024_OPENS = LocalDate.of(2024, 7, 18);

  static final UnitKerja DPMPTSP_PESAWARAN = UnitKerja.builder()
      .name("DPMPTSP Kabupaten Pesawaran")
      .pencanangan(PESAWARAN_PENCANANGAN)
      .build();

  /** Balangan builds ZI "from 2021": the day is illustrative. */
  static final LocalDate BALANGAN_PENCANANGAN = LocalDate.of(2021, 3, 1);

  /** "WBK at the end of 2024": the day, 10 December 2024, is illustrative. */
  static final LocalDate BALANGAN_WBK_AWARD = LocalDate.of(2024, 12, 10);

  static final UnitKerja DPMPTSP_BALANGAN = UnitKerja.builder()
      .name("DPMPTSP Kabupaten Balangan")
      .pencanangan(BALANGAN_PENCANANGAN)
      .addHistory(PredikatEvent.awarded(Predikat.WBK, BALANGAN_WBK_AWARD))
      .build();

  /** RSUD Balangan works toward WBK; it builds with the regency from 2021 (illustrative day). */
  static final UnitKerja RSUD_BALANGAN = UnitKerja.builder()
      .name("RSUD Balangan")
      .pencanangan(BALANGAN_PENCANANGAN)
      .build();

  /** PN Surabaya: WBK 2019 (illustrative day), revoked 3 February 2022 (sure). */
  static final UnitKerja PN_SURABAYA = UnitKerja.builder()
      .name("Pengadilan Negeri Surabaya")
      .pencanangan(LocalDate.of(2018, 2, 1))
      .addHistory(PredikatEvent.awarded(Predikat.WBK, LocalDate.of(2019, 12, 10)))
      .addHistory(PredikatEvent.revoked(Predikat.WBK, LocalDate.of(2022, 2, 3)))
      .build();
}
