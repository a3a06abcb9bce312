package io.github.zi4j.portfolio;

import io.github.zi4j.instansi.BpkOpinion;
import io.github.zi4j.instansi.Grade;
import io.github.zi4j.instansi.Instansi;
import io.github.zi4j.instansi.InstansiKind;
import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.lke.AreaScore;
import io.github.zi4j.lke.CapaianKinerja;
import io.github.zi4j.lke.Hasil;
import io.github.zi4j.lke.LkeInput;
import io.github.zi4j.lke.LkeResult;
import io.github.zi4j.lke.LkeWeights;
import io.github.zi4j.planning.Planner;
import io.github.zi4j.unit.Predikat;
import io.github.zi4j.unit.PredikatEvent;
import io.github.zi4j.unit.ProposalEvent;
import io.github.zi4j.unit.ProposalStage;
import io.github.zi4j.unit.UnitKerja;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The portfolios the report's tests read: a small one of two regencies and a court, with a unit at
 * every status, and a generated one of any size. Days not in the domain notes are illustrative.
 */
final class Portfolios {

  private Portfolios() {}

  static final Locale ID = Locale.forLanguageTag("id");
  static final Locale EN = Locale.ENGLISH;

  /** The round the small portfolio looks at. */
  static final int ROUND_2025 = 2025;

  /** The day it is assessed on: 5 August 2025. */
  static final LocalDate AUGUST_5_2025 = LocalDate.of(2025, 8, 5);

  /** A pemda meeting the 2025 round's instansi criteria for WBK and WBBM (illustrative facts). */
  static final Instansi PESAWARAN = pemda("Pemerintah Kabupaten Pesawaran");

  static final Instansi BALANGAN = pemda("Pemerintah Kabupaten Balangan");

  static final Instansi MAHKAMAH_AGUNG = Instansi.builder()
      .name("Mahkamah Agung")
      .kind(InstansiKind.KL)
      .putBpkOpinion(2024, BpkOpinion.WTP)
      .putAkip(2024, Grade.BB)
      .putIndeksRb(2024, Grade.BB)
      .putSpip(2024, 3)
      .build();

  /** A unit name a user's CSV could carry, which the page must show as text. */
  static final String SCRIPT_NAME = "Unit <script>alert('zi')</script> & \"Co\"";

  /** An LKE well above the WBK and WBBM minimums: every part at 80 %, the best hasil (total 88). */
  static final LkeResult STRONG = lke("0.80", "4", CapaianKinerja.A, "4");

  /** An LKE under the WBK minimums: every part at 60 %, IPAK 3, capaian C, IPKP 3. */
  static final LkeResult WEAK = lke("0.60", "3", CapaianKinerja.C, "3");

  /** DPMPTSP Pesawaran: proposed in 2024 through the field evaluation, awarded WBK. */
  static final UnitKerja DPMPTSP_PESAWARAN = UnitKerja.builder()
      .name("DPMPTSP Kabupaten Pesawaran")
      .pencanangan(LocalDate.of(2022, 11, 10))
      .addProposals(
          ProposalEvent.of(2024, Predikat.WBK, ProposalStage.PROPOSED),
          ProposalEvent.of(2024, Predikat.WBK, ProposalStage.ADMINISTRATION_PASSED),
          ProposalEvent.of(2024, Predikat.WBK, ProposalStage.DESK_EVALUATED),
          ProposalEvent.of(2024, Predikat.WBK, ProposalStage.FIELD_EVALUATED))
      .addHistory(PredikatEvent.awarded(Predikat.WBK, LocalDate.of(2024, 12, 10)))
      .build();

  /** RSUD Pesawaran: declared in 2023, its LKE short of WBK. */
  static final UnitKerja RSUD_PESAWARAN = UnitKerja.builder()
      .name("RSUD Pesawaran")
      .pencanangan(LocalDate.of(2023, 3, 1))
      .build();

  /** Dinas Kesehatan Pesawaran: proposed in 2025, on the desk evaluation. */
  static final UnitKerja DINKES_PESAWARAN = UnitKerja.builder()
      .name("Dinas Kesehatan Pesawaran")
      .pencanangan(LocalDate.of(2023, 1, 16))
      .addProposals(
          ProposalEvent.of(2025, Predikat.WBK, ProposalStage.PROPOSED),
          ProposalEvent.of(2025, Predikat.WBK, ProposalStage.ADMINISTRATION_PASSED),
          ProposalEvent.of(2025, Predikat.WBK, ProposalStage.DESK_EVALUATED))
      .build();

  /** Dishub Pesawaran: proposed in 2024, failed the administrative selection. */
  static final UnitKerja DISHUB_PESAWARAN = UnitKerja.builder()
      .name("Dinas Perhubungan Pesawaran")
      .pencanangan(LocalDate.of(2023, 1, 16))
      .addProposals(
          ProposalEvent.of(2024, Predikat.WBK, ProposalStage.PROPOSED),
          ProposalEvent.of(2024, Predikat.WBK, ProposalStage.ADMINISTRATION_FAILED))
      .build();

  /** DPMPTSP Balangan: WBK in 2021, WBBM in 2023. */
  static final UnitKerja DPMPTSP_BALANGAN = UnitKerja.builder()
      .name("DPMPTSP Kabupaten Balangan")
      .pencanangan(LocalDate.of(2020, 3, 2))
      .addHistory(PredikatEvent.awarded(Predikat.WBK, LocalDate.of(2021, 12, 10)))
      .addHistory(PredikatEvent.awarded(Predikat.WBBM, LocalDate.of(2023, 12, 11)))
      .build();

  /** RSUD Balangan: declared in March 2025, building until 2026. */
  static final UnitKerja RSUD_BALANGAN = UnitKerja.builder()
      .name("RSUD Balangan")
      .pencanangan(LocalDate.of(2025, 3, 3))
      .build();

  /** PN Surabaya: WBK 2019, revoked 3 February 2022. */
  static final UnitKerja PN_SURABAYA = UnitKerja.builder()
      .name("Pengadilan Negeri Surabaya")
      .pencanangan(LocalDate.of(2018, 2, 1))
      .addHistory(PredikatEvent.awarded(Predikat.WBK, LocalDate.of(2019, 12, 10)))
      .addHistory(PredikatEvent.revoked(Predikat.WBK, LocalDate.of(2022, 2, 3)))
      .build();

  /** The small portfolio's units: nine, of three instansi, one of each status at least. */
  static List<PortfolioUnit> smallUnits() {
    return List.of(
        PortfolioUnit.declared(PESAWARAN, DPMPTSP_PESAWARAN, Optional.of(STRONG)),
        PortfolioUnit.declared(PESAWARAN, RSUD_PESAWARAN, Optional.of(WEAK)),
        PortfolioUnit.declared(PESAWARAN, DINKES_PESAWARAN, Optional.of(STRONG)),
        PortfolioUnit.declared(PESAWARAN, DISHUB_PESAWARAN, Optional.empty()),
        PortfolioUnit.notDeclared(PESAWARAN, "disdik-pesawaran", "Dinas Pendidikan Pesawaran"),
        PortfolioUnit.declared(BALANGAN, DPMPTSP_BALANGAN, Optional.of(STRONG)),
        PortfolioUnit.declared(BALANGAN, RSUD_BALANGAN, Optional.empty()),
        PortfolioUnit.notDeclared(BALANGAN, "unit-script", SCRIPT_NAME),
        PortfolioUnit.declared(MAHKAMAH_AGUNG, PN_SURABAYA, Optional.empty()));
  }

  /** The small portfolio, for the 2025 round on 5 August 2025. */
  static Portfolio small() {
    return Portfolio.assess(Planner.standard(), smallUnits(), ROUND_2025, AUGUST_5_2025);
  }

  /**
   * A generated portfolio of {@code count} units: 100 units to an instansi, every tenth not declared,
   * pencanangan days spread over 2020 to 2025, LKEs from weak to strong, some proposed in 2024 and 2025
   * and some awarded.
   */
  static Portfolio generated(int count) {
    List<PortfolioUnit> units = new ArrayList<>(count);
    List<Instansi> instansi = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int group = i / 100;
      if (group == instansi.size()) {
        instansi.add(pemda(String.format(Locale.ROOT, "Pemerintah Kabupaten Contoh %03d", group + 1)));
      }
      Instansi owner = instansi.get(group);
      String name = String.format(Locale.ROOT, "%s %05d", KINDS[i % KINDS.length], i + 1);
      if (i % 10 == 9) {
        units.add(PortfolioUnit.notDeclared(owner, String.format(Locale.ROOT, "unit-%05d", i + 1),
            name));
        continue;
      }
      LocalDate pencanangan = LocalDate.of(2020, 1, 6).plusDays((i * 37L) % 2000);
      UnitKerja.Builder unit = UnitKerja.builder().name(name).pencanangan(pencanangan);
      switch (pencanangan.getYear() < 2024 ? i % 7 : 0) {
        case 1 -> unit.addProposals(ProposalEvent.of(2024, Predikat.WBK, ProposalStage.PROPOSED),
            ProposalEvent.of(2024, Predikat.WBK, ProposalStage.ADMINISTRATION_FAILED));
        case 2 -> unit.addProposals(ProposalEvent.of(2025, Predikat.WBK, ProposalStage.PROPOSED),
            ProposalEvent.of(2025, Predikat.WBK, ProposalStage.ADMINISTRATION_PASSED));
        default -> { }
      }
      UnitKerja built = unit.build();
      if (i % 7 == 3 && built.pencanangan().isBefore(LocalDate.of(2023, 6, 1))) {
        built = built.withProposals(ProposalEvent.of(2024, Predikat.WBK, ProposalStage.PROPOSED))
            .withHistory(PredikatEvent.awarded(Predikat.WBK, LocalDate.of(2024, 12, 10)));
      }
      Optional<LkeInput> lke = switch (i % 4) {
        case 0 -> Optional.of(STRONG);
        case 1 -> Optional.of(WEAK);
        case 2 -> Optional.of(lke("0.70", "3.5", CapaianKinerja.B, "3.4"));
        default -> Optional.empty();
      };
      units.add(PortfolioUnit.declared(owner, built, lke));
    }
    return Portfolio.assess(Planner.standard(), units, ROUND_2025, AUGUST_5_2025);
  }

  private static final String[] KINDS = {
      "Dinas Kesehatan", "RSUD", "DPMPTSP", "Dinas Kependudukan dan Pencatatan Sipil",
      "Puskesmas", "Kecamatan", "Dinas Perhubungan", "Badan Pendapatan Daerah"};

  private static Instansi pemda(String name) {
    return Instansi.builder()
        .name(name)
        .kind(InstansiKind.PEMDA)
        .putBpkOpinion(2024, BpkOpinion.WTP)
        .putAkip(2024, Grade.BB)
        .putIndeksRb(2024, Grade.B)
        .putSpip(2024, 3)
        .build();
  }

  /** An area-level LKE: every pengungkit part at {@code share} of its weight, and the hasil given. */
  static LkeResult lke(String share, String ipak, CapaianKinerja capaian, String ipkp) {
    LkeWeights weights = LkeWeights.permenpanrb90of2021();
    LkeResult.Builder builder = LkeResult.builder();
    BigDecimal part = new BigDecimal(share);
    for (AreaPerubahan area : AreaPerubahan.values()) {
      builder.putPengungkit(area, AreaScore.of(weights.pemenuhan(area).multiply(part),
          weights.reform(area).multiply(part)));
    }
    return builder.hasil(Hasil.of(new BigDecimal(ipak), capaian, new BigDecimal(ipkp))).build();
  }
}
