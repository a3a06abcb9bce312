package io.github.zi4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A whole text spells out the first use of each of the programme's acronyms, once, in its language")
class SpellOutTest {

  @Test
  @DisplayName("in English the first WBK is followed by its Indonesian words and their English, the second is left alone")
  void englishFirstUseOnly() {
    String text = Language.ENGLISH.spellOut("Eligibility for WBK: ELIGIBLE\nmeets: WBK\n");

    assertThat(text).isEqualTo("Eligibility for WBK (Wilayah Bebas dari Korupsi, Corruption-Free "
        + "Zone): ELIGIBLE\nmeets: WBK\n");
  }

  @Test
  @DisplayName("in Bahasa Indonesia the first use is followed by its Indonesian words only")
  void indonesianFirstUseOnly() {
    String text = Language.INDONESIAN.spellOut("Nilai LKE 75,00; LKE memenuhi WBBM; WBBM");

    assertThat(text).isEqualTo("Nilai LKE (Lembar Kerja Evaluasi) 75,00; LKE memenuhi WBBM "
        + "(Wilayah Birokrasi Bersih dan Melayani); WBBM");
  }

  @Test
  @DisplayName("each acronym is spelled out at its own first use: IPAK, IPKP, TPI, AKIP, SAKIP and SPIP")
  void eachAcronymOnce() {
    String text = Language.ENGLISH.spellOut("IPAK 3.60, IPKP 3.20; TPI; AKIP and SAKIP; SPIP 3. "
        + "IPAK IPKP TPI AKIP SAKIP SPIP");

    assertThat(text).isEqualTo("IPAK (Indeks Persepsi Anti Korupsi, anti-corruption perception "
        + "index) 3.60, IPKP (Indeks Persepsi Kualitas Pelayanan, service-quality perception index) "
        + "3.20; TPI (Tim Penilai Internal, internal assessment team); AKIP (Akuntabilitas Kinerja "
        + "Instansi Pemerintah, government performance accountability) and SAKIP (Sistem "
        + "Akuntabilitas Kinerja Instansi Pemerintah, government performance accountability "
        + "system); SPIP (Sistem Pengendalian Intern Pemerintah, government internal control "
        + "system) 3. IPAK IPKP TPI AKIP SAKIP SPIP");
  }

  @Test
  @DisplayName("an acronym already named in parentheses after its words counts as spelled out")
  void alreadyNamed() {
    String text = Language.ENGLISH.spellOut("internal assessment team (TPI): 91.84; TPI answers");

    assertThat(text).isEqualTo("internal assessment team (TPI): 91.84; TPI answers");
  }

  @Test
  @DisplayName("at the end of a parenthesis the words follow a comma rather than open another one")
  void atTheEndOfAParenthesis() {
    String text = Language.INDONESIAN.spellOut("kriteria instansi (opini BPK)");

    assertThat(text).isEqualTo("kriteria instansi (opini BPK, Badan Pemeriksa Keuangan)");
  }

  @Test
  @DisplayName("codes, node ids and quoted sheet names are not acronyms: WBK-AFIRMASI, PortalRB, 61.IPAK, 'LKE ZI'")
  void codesAreLeftAlone() {
    String text = "PortalRB, kategori WBK-AFIRMASI; node 61.IPAK at 'LKE ZI'!L175";

    assertThat(Language.ENGLISH.spellOut(text)).isEqualTo(text);
  }

  @Test
  @DisplayName("spelling out a text twice changes nothing more")
  void idempotent() {
    String once = Language.ENGLISH.spellOut("WBK then WBBM, LKE 83.08");

    assertThat(Language.ENGLISH.spellOut(once)).isEqualTo(once);
  }

  @Test
  @DisplayName("a text without acronyms is returned as it is")
  void noAcronyms() {
    assertThat(Language.INDONESIAN.spellOut("Tidak ada pencabutan predikat"))
        .isEqualTo("Tidak ada pencabutan predikat");
    assertThat(Language.INDONESIAN.spellOut("")).isEmpty();
  }
}
