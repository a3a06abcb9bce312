package io.github.zi4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The seed-story examples")
class StoriesTest {

  @Test
  @DisplayName("Pesawaran: not eligible in July 2023 (building too short), eligible in the 2024 round")
  void pesawaran() {
    String out = Console.output(PesawaranStory::main, "en");

    assertThat(out)
        .contains("Eligibility check of the proposal for WBK (Wilayah Bebas dari Korupsi, "
            + "Corruption-Free Zone) as of 20 July 2023 (PermenPANRB 90/2021): NOT ELIGIBLE")
        .contains("Eligibility check of the proposal for WBK (Wilayah Bebas dari Korupsi, "
            + "Corruption-Free Zone) as of 20 July 2024 (PermenPANRB 90/2021): ELIGIBLE")
        .contains("LKE (Lembar Kerja Evaluasi, evaluation worksheet) score: total 83.08, "
            + "pengungkit 47.70, hasil 35.38; meets: WBK");
  }

  @Test
  @DisplayName("Pesawaran's DPMPTSP is earliest on 18 July 2024, in the 2024 round, in both its 2023 "
      + "and its 2024 case: its year of building ends after the 2023 round had closed")
  void pesawaranEarliestInBothCases() {
    String out = Console.output(PesawaranStory::main, "en");

    // one line per decision: 10 November 2023 falls after 4 July 2023, when the 2023 round had
    // closed (domain notes §7), so the first round still open is 2024's, from 18 July
    assertThat(out.lines().filter(line -> line.equals(
        "Earliest proposal date: 18 July 2024, in the 2024 proposal round"))).hasSize(2);
    assertThat(out).contains("The proposal date 20 July 2023 is after the 2023 proposal round had "
        + "closed: proposals for that round had closed before 4 July 2023");
  }

  @Test
  @DisplayName("Balangan: WBBM in 2026 is undetermined without the round, eligible with it (WBK "
      + "of 2024, two round years), and too early if the two years are counted in exact dates")
  void balangan() {
    String out = Console.output(BalanganStory::main, "en");

    assertThat(out.split("\n\n")).hasSize(3);
    String[] decisions = out.split("\n\n");
    assertThat(decisions[0]).contains("UNDETERMINED")
        .contains("The 2026 proposal round data give no instansi criteria for WBBM");
    assertThat(decisions[1]).contains("): ELIGIBLE");
    // WBK awarded 10 December 2024 + 2 years = 10 December 2026; from 15 July 2026:
    // 16 + 31 + 30 + 31 + 30 + 10 = 148 days
    assertThat(decisions[2]).contains("NOT ELIGIBLE")
        .contains("WBBM may be proposed only from 10 December 2026 (148 days short; counted from "
            + "the award date)");
  }

  @Test
  @DisplayName("Pekalongan: 2020 is judged by PermenPANRB 10/2019, with no worksheet of that edition; "
      + "WBBM in July 2021 comes a round too early: WBK of 2020 allows WBBM from the 2022 round")
  void pekalongan() {
    String out = Console.output(PekalonganStory::main, "en");

    assertThat(out)
        .contains("(PermenPANRB 10/2019): UNDETERMINED")
        .contains("No LKE (Lembar Kerja Evaluasi, evaluation worksheet) of PermenPANRB 10/2019 "
            + "given")
        // WBK of 2020 + 2 round years
        .contains("WBBM may be proposed only from the 2022 proposal round, not in 2021");
  }
}
