package io.github.zi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The command line writes in the language of --lang, else of the user's locale: Bahasa Indonesia for id, English for any other")
class CliLanguageTest {

  private static final String PESAWARAN_2024 = "../zi-examples/cases/pesawaran-dpmptsp-2024.json";

  private static String decide(Locale user, String... options) {
    String[] args = new String[options.length + 3];
    args[0] = "decide";
    args[1] = PESAWARAN_2024;
    args[2] = "--text";
    System.arraycopy(options, 0, args, 3, options.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = Zi4jCommand.run(args, InputStream.nullInputStream(),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), user);
    assertThat(status).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("a French user reads English: decimal points, English dates, the first WBK spelled out with its English")
  void frenchUserReadsEnglish() {
    String text = decide(Locale.FRANCE);

    assertThat(text).isEqualTo(decide(Locale.US))
        .startsWith("Eligibility check of the proposal for WBK (Wilayah Bebas dari Korupsi, "
            + "Corruption-Free Zone) as of 20 July 2024 (PermenPANRB 90/2021): ELIGIBLE\n")
        // the case: IPAK 3.71, its WBK minimum derived from the index 3.60
        .contains("IPAK (Indeks Persepsi Anti Korupsi, anti-corruption perception index) 3.71 is "
            + "worth 16.23", "(IPAK index 3.60)")
        .doesNotContain("3,60", "indeks IPAK");
  }

  @Test
  @DisplayName("an Indonesian user (id or in) reads Bahasa Indonesia, the first WBK spelled out in Indonesian")
  void indonesianUserReadsBahasa() {
    String text = decide(Locale.forLanguageTag("in-ID"));

    assertThat(text).isEqualTo(decide(Locale.forLanguageTag("id-ID")))
        .startsWith("Hasil pemeriksaan kelayakan usulan WBK (Wilayah Bebas dari Korupsi) per 20 "
            + "Juli 2024 (PermenPANRB 90/2021): LAYAK DIUSULKAN\n")
        .contains("(indeks IPAK 3,60)");
  }

  @Test
  @DisplayName("--lang wins over the user's locale, both ways")
  void langWins() {
    assertThat(decide(Locale.FRANCE, "--lang=id")).isEqualTo(decide(Locale.forLanguageTag("id")));
    assertThat(decide(Locale.forLanguageTag("id"), "--lang", "en")).isEqualTo(decide(Locale.UK));
  }

  @Test
  @DisplayName("the README's first screen shows the first lines the decide command prints, in English and in Bahasa Indonesia")
  void readmeFirstScreen() throws java.io.IOException {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"));
    String english = String.join("\n", decide(Locale.US).lines().limit(3).toList());
    String bahasa = String.join("\n", decide(Locale.US, "--lang", "id").lines().limit(3).toList());

    assertThat(readme).contains("```text\n" + english + "\n\n" + bahasa + "\n```");
    assertThat(decide(Locale.US).lines()).hasSize(3 + 20);
  }
}
