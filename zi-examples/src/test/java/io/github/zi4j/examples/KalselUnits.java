package io.github.zi4j.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The generator of {@code zi-examples/portfolio/kalsel-units.csv}: an illustrative portfolio shaped
 * like Kalimantan Selatan's seed story (about 25 units building ZI, about 228 not yet), 253 fictional
 * units of six instansi. {@link PortfolioExamplesTest} checks that the bundled file is what this
 * writes; to write it again, run {@code main} (the working directory is {@code zi-examples}).
 *
 * <p>Every name other than the instansi's, every day, grade and LKE figure is invented, except the
 * Balangan story (DPMPTSP and Disdukcapil building from 2021, WBK at the end of 2024; RSUD Balangan
 * working toward WBK), whose days are those of the bundled Balangan case.
 *
 * <p>The 25 declared units, assessed on 1 October 2025 for the 2025 round, by design:
 *
 * <ul>
 *   <li>3 WBK: Balangan's DPMPTSP and Disdukcapil (WBK 10 December 2024), Banjarmasin's DPMPTSP
 *       (WBK 12 December 2023);
 *   <li>4 PROPOSED in the 2025 round: RSUD Balangan (desk evaluation, after a 2024 proposal that
 *       ended without WBK), the province's DPMPTSP (field evaluation), Banjarbaru's Disdukcapil
 *       (passed the administrative selection), a puskesmas of Tabalong (failed it);
 *   <li>1 REVOKED: Tanah Laut's Dinas Perhubungan (WBK 20 December 2021, revoked 1 March 2024);
 *   <li>8 PROPOSABLE: declared from 2022 to June 2024, so a year of building has ended before the
 *       2025 round (whose window zi4j does not know), and not proposed in it (one of them after a
 *       2024 proposal that failed the administrative selection);
 *   <li>9 BUILDING: declared in 2025, so a year of building ends in 2026.
 * </ul>
 */
final class KalselUnits {

  /** The bundled file, from zi-examples. */
  static final Path FILE = Path.of("portfolio/kalsel-units.csv");

  static final String HEADER = "instansi,kind,unit_id,name,pencanangan,awards,revocations,stages,"
      + "bpk_opinion,akip,indeks_rb,spip,perubahan_pemenuhan,perubahan_reform,"
      + "tatalaksana_pemenuhan,tatalaksana_reform,sdm_pemenuhan,sdm_reform,"
      + "akuntabilitas_pemenuhan,akuntabilitas_reform,pengawasan_pemenuhan,pengawasan_reform,"
      + "pelayanan_pemenuhan,pelayanan_reform,ipak,capaian_kinerja,ipkp";

  /** An LKE that meets WBK (Pesawaran's illustrative one: 83.08). */
  static final String LKE_MEETS = "3.6,3.2,3.0,2.6,4.2,3.8,4.1,3.9,5.8,5.2,4.3,4.0,3.71,B,3.52";

  /** An LKE whose Penguatan Pengawasan (6.00) is 3.00 short of 60 % of its weight (9.00). */
  static final String LKE_GAP = "3.6,3.2,3.0,2.6,4.2,3.8,4.1,3.9,3.0,3.0,4.3,4.0,3.71,B,3.52";

  private static final String NO_LKE = ",,,,,,,,,,,,,,";

  /** The instansi, their unit counts, and the facts given on their first row (illustrative). */
  private record Instansi(String name, String place, int units, String facts) {}

  private static final List<Instansi> INSTANSI = List.of(
      new Instansi("Pemerintah Provinsi Kalimantan Selatan", "Provinsi Kalimantan Selatan", 53,
          "2024 WTP,2024 B,2024 CC,2024 3"),
      new Instansi("Pemerintah Kota Banjarmasin", "Kota Banjarmasin", 45,
          "2024 WTP,2024 B,2024 B,2024 3"),
      new Instansi("Pemerintah Kota Banjarbaru", "Kota Banjarbaru", 40,
          "2024 WTP,2024 BB,2024 B,2024 3"),
      new Instansi("Pemerintah Kabupaten Balangan", "Kabupaten Balangan", 35,
          "2024 WTP,2024 B,2024 CC,2024 3"),
      new Instansi("Pemerintah Kabupaten Tabalong", "Kabupaten Tabalong", 40,
          "2024 WTP,2024 B,2024 CC,2024 3"),
      new Instansi("Pemerintah Kabupaten Tanah Laut", "Kabupaten Tanah Laut", 40,
          "2024 WTP,2024 CC,2024 CC,2024 3"));

  /** The declared units of each instansi: unit_id, name (before the place), the rest of the row. */
  private static final List<List<String[]>> DECLARED = List.of(
      // Provinsi Kalimantan Selatan: 6 declared
      List.of(
          unit("kalsel-dpmptsp", "Dinas Penanaman Modal dan PTSP", "2022-03-15", "", "",
              "2025 WBK PROPOSED>ADMINISTRATION_PASSED>DESK_EVALUATED>FIELD_EVALUATED", LKE_MEETS),
          unit("kalsel-rsud-ansari-saleh", "RSUD Dr. H. Moch. Ansari Saleh", "2022-03-15", "", "",
              "", LKE_MEETS),
          unit("kalsel-bapenda", "Badan Pendapatan Daerah", "2023-02-01", "", "", "", LKE_GAP),
          unit("kalsel-dishub", "Dinas Perhubungan", "2023-02-01", "", "", "", NO_LKE),
          unit("kalsel-disnakertrans", "Dinas Tenaga Kerja dan Transmigrasi", "2025-02-10", "",
              "", "", NO_LKE),
          unit("kalsel-dinkes", "Dinas Kesehatan", "2025-02-10", "", "", "", NO_LKE)),
      // Kota Banjarmasin: 5 declared
      List.of(
          unit("bjm-dpmptsp", "DPMPTSP", "2022-01-10", "WBK 2023-12-12", "",
              "2023 WBK PROPOSED>ADMINISTRATION_PASSED>DESK_EVALUATED>FIELD_EVALUATED", NO_LKE),
          unit("bjm-disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", "2022-01-10", "", "",
              "2024 WBK PROPOSED>ADMINISTRATION_FAILED", LKE_MEETS),
          unit("bjm-rsud-sultan-suriansyah", "RSUD Sultan Suriansyah", "2023-05-02", "", "", "",
              NO_LKE),
          unit("bjm-kecamatan-banjarmasin-tengah", "Kecamatan Banjarmasin Tengah", "2025-03-03",
              "", "", "", NO_LKE),
          unit("bjm-puskesmas-teluk-dalam", "Puskesmas Teluk Dalam", "2025-03-03", "", "", "",
              NO_LKE)),
      // Kota Banjarbaru: 4 declared
      List.of(
          unit("bjb-disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", "2023-03-20", "", "",
              "2025 WBK PROPOSED>ADMINISTRATION_PASSED", NO_LKE),
          unit("bjb-dpmptsp", "DPMPTSP", "2023-03-20", "", "", "", LKE_MEETS),
          unit("bjb-rsd-idaman", "RSD Idaman", "2025-04-14", "", "", "", NO_LKE),
          unit("bjb-bapenda", "Badan Pendapatan Daerah", "2025-04-14", "", "", "", NO_LKE)),
      // Kabupaten Balangan: 4 declared (the seed story)
      List.of(
          unit("dpmptsp-balangan", "DPMPTSP", "2021-03-01", "WBK 2024-12-10", "",
              "2024 WBK PROPOSED>ADMINISTRATION_PASSED>DESK_EVALUATED>FIELD_EVALUATED", NO_LKE),
          unit("disdukcapil-balangan", "Dinas Kependudukan dan Pencatatan Sipil", "2021-03-01",
              "WBK 2024-12-10", "",
              "2024 WBK PROPOSED>ADMINISTRATION_PASSED>DESK_EVALUATED>FIELD_EVALUATED", NO_LKE),
          unit("rsud-balangan", "RSUD Balangan", "2021-03-01", "", "",
              "2024 WBK PROPOSED>ADMINISTRATION_PASSED>DESK_EVALUATED>NOT_AWARDED;"
                  + " 2025 WBK PROPOSED>ADMINISTRATION_PASSED>DESK_EVALUATED", NO_LKE),
          unit("balangan-puskesmas-paringin", "Puskesmas Paringin", "2025-05-05", "", "", "",
              NO_LKE)),
      // Kabupaten Tabalong: 3 declared
      List.of(
          unit("tabalong-puskesmas-tanjung", "Puskesmas Tanjung", "2023-08-07", "", "",
              "2025 WBK PROPOSED>ADMINISTRATION_FAILED", NO_LKE),
          unit("tabalong-dpmptsp", "DPMPTSP", "2024-06-03", "", "", "", LKE_MEETS),
          unit("tabalong-disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", "2025-01-20", "",
              "", "", NO_LKE)),
      // Kabupaten Tanah Laut: 3 declared
      List.of(
          unit("tala-dishub", "Dinas Perhubungan", "2020-02-03", "WBK 2021-12-20", "WBK 2024-03-01",
              "", NO_LKE),
          unit("tala-dpmptsp", "DPMPTSP", "2024-01-15", "", "", "", LKE_MEETS),
          unit("tala-rsud-hadji-boejasin", "RSUD Hadji Boejasin", "2025-01-20", "", "", "",
              NO_LKE)));

  /** The kinds of unit a pemda has, for the units not yet declared (fictional, typical names). */
  private static final List<String> OFFICES = List.of("Dinas Pendidikan", "Dinas Sosial",
      "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Perumahan dan Kawasan Permukiman",
      "Satuan Polisi Pamong Praja", "Badan Penanggulangan Bencana Daerah",
      "Dinas Lingkungan Hidup", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
      "Dinas Pengendalian Penduduk dan Keluarga Berencana", "Dinas Ketahanan Pangan",
      "Dinas Pertanian", "Dinas Perikanan", "Dinas Koperasi dan UKM", "Dinas Perdagangan",
      "Dinas Perindustrian", "Dinas Pariwisata", "Dinas Pemuda dan Olahraga",
      "Dinas Kebudayaan", "Dinas Komunikasi dan Informatika", "Dinas Arsip dan Perpustakaan",
      "Badan Perencanaan Pembangunan Daerah", "Badan Kepegawaian Daerah",
      "Badan Pengelolaan Keuangan dan Aset Daerah", "Badan Kesatuan Bangsa dan Politik",
      "Inspektorat", "Sekretariat Daerah", "Sekretariat DPRD");

  private KalselUnits() {}

  private static String[] unit(String id, String name, String pencanangan, String awards,
      String revocations, String stages, String lke) {
    return new String[] {id, name, pencanangan, awards, revocations, stages, lke};
  }

  /** A hospital's, a puskesmas' or a kecamatan's name as it is; an office's with its place. */
  private static String named(String name, String place) {
    return name.matches("(RSUD|RSD|Puskesmas|Kecamatan) .*") ? name : name + " " + place;
  }

  /** The file's text. */
  static String csv() {
    StringBuilder out = new StringBuilder();
    out.append("# Illustrative portfolio shaped like Kalimantan Selatan's seed story (about 25 units"
        + " building ZI, about 228 not yet).\n");
    out.append("# Fictional: every unit name but the instansi's, every day, grade and LKE figure"
        + " (the Balangan rows follow the bundled Balangan case).\n");
    out.append("# Written by KalselUnits in zi-examples' tests; PortfolioExamplesTest checks it.\n");
    out.append(HEADER).append('\n');
    for (int i = 0; i < INSTANSI.size(); i++) {
      Instansi instansi = INSTANSI.get(i);
      List<String[]> declared = DECLARED.get(i);
      boolean first = true;
      for (String[] unit : declared) {
        out.append(instansi.name()).append(",PEMDA,").append(unit[0]).append(',')
            .append(named(unit[1], instansi.place())).append(',').append(unit[2])
            .append(',').append(unit[3]).append(',').append(unit[4]).append(',').append(unit[5])
            .append(',').append(first ? instansi.facts() : ",,,").append(',').append(unit[6])
            .append('\n');
        first = false;
      }
      List<String> used = new ArrayList<>();
      for (String[] unit : declared) {
        used.add(unit[1]);
      }
      int notDeclared = instansi.units() - declared.size();
      int office = 0;
      int puskesmas = 0;
      for (int n = 0; n < notDeclared; n++) {
        String name;
        while (office < OFFICES.size() && used.contains(OFFICES.get(office))) {
          office++;
        }
        if (office < OFFICES.size()) {
          name = OFFICES.get(office++);
        } else {
          // a province runs technical units (UPTD), a kabupaten or kota puskesmas
          name = String.format(Locale.ROOT, instansi.place().startsWith("Provinsi")
              ? "UPTD %02d" : "Puskesmas %02d", ++puskesmas);
        }
        out.append(instansi.name()).append(",PEMDA,,").append(name).append(' ')
            .append(instansi.place()).append(",,,,,,,,,").append(NO_LKE).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * Writes the bundled file again.
   *
   * @param args none
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Files.writeString(FILE, csv(), StandardCharsets.UTF_8);
  }
}
