package io.github.zi4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.planning.EarliestRound;
import io.github.zi4j.planning.GapOptions;
import io.github.zi4j.planning.GapPlan;
import io.github.zi4j.planning.Planner;
import io.github.zi4j.planning.RoundOutlook;
import io.github.zi4j.planning.Step;
import io.github.zi4j.planning.Threshold;
import io.github.zi4j.planning.WhatIf;
import io.github.zi4j.rules.Criterion;
import io.github.zi4j.unit.Predikat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The planning story: when each seed unit can be proposed, and what weighs most")
class PlanningStoryTest {

  private final Planner planner = Planner.standard();

  @Test
  @DisplayName("Pesawaran's DPMPTSP (pencanangan 10 November 2022), planned at the start of 2023,"
      + " enters the 2024 round for WBK, on 18 July 2024 when its window opens")
  void pesawaranWbkIn2024() {
    EarliestRound when = planner.earliestRound(Cases.load("pesawaran-dpmptsp-2024.json").unit(),
        Predikat.WBK, LocalDate.of(2023, 1, 2));

    // a year of building ends 10 November 2023, after the 2023 round had closed (by 4 July 2023)
    assertThat(when.first()).map(RoundOutlook::year).contains(2024);
    assertThat(when.firstProposalDay()).contains(LocalDate.of(2024, 7, 18));
  }

  @Test
  @DisplayName("Balangan's DPMPTSP (WBK on 10 December 2024), planned at the start of 2025, enters"
      + " the 2026 round for WBBM: two round years of WBK")
  void balanganWbbmIn2026() {
    EarliestRound when = planner.earliestRound(
        Cases.load("balangan-dpmptsp-wbbm-2026.json").unit(), Predikat.WBBM,
        LocalDate.of(2025, 1, 6));

    assertThat(when.first()).map(RoundOutlook::year).contains(2026);
    assertThat(when.explain(Locale.ENGLISH))
        .startsWith("DPMPTSP Kabupaten Balangan: a WBBM proposal in the 2026 round at the earliest");
  }

  @Test
  @DisplayName("on the illustrative worksheet, areas bind before the total: the total already meets"
      + " WBBM's 85, and every step of the smallest plan serves an area below 75 % of its weight")
  void areasBindBeforeTheTotal() {
    Worksheet worksheet = PlanningStory.illustrativeWorksheet();

    GapPlan plan = planner.smallestGap(worksheet, GapOptions.of(Predikat.WBBM));

    assertThat(plan.reachable()).isTrue();
    assertThat(plan.unmet()).isNotEmpty().allSatisfy(threshold -> {
      assertThat(threshold.criterion()).isEqualTo(Criterion.AREA_SHARE);
      // 75 % of the area's weight (pemenuhan + reform), e.g. Manajemen Perubahan 0.75 x 8 = 6.00
      assertThat(threshold.area()).isPresent();
    });
    assertThat(plan.unmet()).extracting(Threshold::area).contains(
        Optional.of(AreaPerubahan.MANAJEMEN_PERUBAHAN));
    assertThat(plan.unmet()).filteredOn(t -> t.area().equals(
        Optional.of(AreaPerubahan.MANAJEMEN_PERUBAHAN)))
        .extracting(Threshold::minimum)
        .singleElement().satisfies(minimum -> assertThat(minimum).isEqualByComparingTo("6.00"));
    assertThat(plan.steps()).allSatisfy(step -> assertThat(step.serves())
        .anySatisfy(t -> assertThat(t.criterion()).isEqualTo(Criterion.AREA_SHARE)));

    // applying the plan's steps meets WBBM, as a decision would judge it
    Map<String, Answer> changes = new LinkedHashMap<>();
    for (Step step : plan.steps()) {
      changes.put(step.questionId(), step.to());
    }
    WhatIf after = planner.whatIf(worksheet, changes);
    assertThat(after.meetsBefore()).isNotEqualTo(Optional.of(Predikat.WBBM));
    assertThat(after.meetsAfter()).contains(Predikat.WBBM);
    assertThat(after.totalBefore()).isGreaterThanOrEqualTo(new BigDecimal("85"));
  }

  @Test
  @DisplayName("the story prints both earliest rounds, the plan and three levers")
  void printsThePlan() {
    String out = Console.output(PlanningStory::main, "en");

    assertThat(out).contains("in the 2024 round at the earliest, from 18 July 2024")
        .contains("in the 2026 round at the earliest")
        .contains("Smallest plan for WBBM");
  }
}
