package io.github.zi4j.examples.portalrb;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.ZiJson;
import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.portalrb.JawabanUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The example PortalRB answers (portalrb/jawaban-unit-contoh.json)")
class JawabanUnitExampleTest {

  static final Path JAWABAN = Path.of("portalrb/jawaban-unit-contoh.json");
  static final Path WORKSHEET = Path.of("worksheets/contoh-90-2021.json");

  @Test
  @DisplayName("is the 90/2021 example worksheet, all 127 soals answered by the unit and the TPI")
  void isTheExampleWorksheet() {
    JawabanUnit jawaban = JawabanUnit.read(JAWABAN);

    assertThat(jawaban.answers()).hasSize(127);
    assertThat(jawaban.toWorksheet()).isEqualTo(ZiJson.read(WORKSHEET, Worksheet.class));
  }

  @Test
  @DisplayName("answers -> worksheet -> answers is identity, notes and evidence links kept")
  void roundTripOfValues() {
    JawabanUnit jawaban = JawabanUnit.read(JAWABAN);

    assertThat(jawaban.withAnswersOf(jawaban.toWorksheet())).isEqualTo(jawaban);
    assertThat(jawaban.answers().get(0).buktiDukungUnit())
        .contains("https://contoh.example/zi/bukti/sk-tim-kerja.pdf");
  }

  @Test
  @DisplayName("written back, the JSON is the file's, every null field included")
  void roundTripOfJson() throws IOException {
    JawabanUnit jawaban = JawabanUnit.read(JAWABAN);

    String written = ZiJson.write(jawaban.withAnswersOf(jawaban.toWorksheet()));

    assertThat(ZiJson.mapper().readTree(written))
        .isEqualTo(ZiJson.mapper().readTree(Files.readString(JAWABAN)));
  }

  @Test
  @DisplayName("a worksheet written without notes and read back is the same worksheet")
  void worksheetRoundTrip() {
    Worksheet worksheet = ZiJson.read(WORKSHEET, Worksheet.class);

    JawabanUnit jawaban = JawabanUnit.of("mpp-kota-contoh", worksheet.unit().orElseThrow(), 2026,
        worksheet);

    assertThat(jawaban.toWorksheet()).isEqualTo(worksheet);
    // soal 125, IPAK 3.71, and soal 88, a count of 20, as strings
    assertThat(jawaban.answers().get(124).jawabanUnit()).contains("3.71");
    assertThat(jawaban.answers().get(87).jawabanUnit()).contains("20");
    assertThat(worksheet.answersOf(Role.SELF).get("S1")).isEqualTo(Answer.yesNo(true));
  }
}
