package io.github.zi4j.planning;

import static io.github.zi4j.planning.Seeds.EN;
import static io.github.zi4j.planning.Seeds.ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zi4j.lke.Answer;
import io.github.zi4j.lke.AreaPerubahan;
import io.github.zi4j.lke.LkeScorer;
import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.regulation.Edition;
import io.github.zi4j.unit.Predikat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The biggest levers and what-if")
class LeversAndWhatIfTest {

  private final Planner planner = Planner.standard();

  @Test
  @DisplayName("A what-if that flips the decision: three Ya answers in Manajemen Perubahan take the"
      + " LKE from meeting nothing to meeting WBK")
  void flips() {
    Worksheet sheet = SmallestGapTest.changeManagementLow();
    WhatIf whatIf = planner.whatIf(sheet, Map.of("S1", Answer.yesNo(true), "S3",
        Answer.yesNo(true), "S9", Answer.yesNo(true)));
    assertThat(whatIf.meetsBefore()).isEmpty();
    assertThat(whatIf.meetsAfter()).contains(Predikat.WBK);
    assertThat(whatIf.flips()).isTrue();
    // by hand: 0,25 (S1 of 2 in 0,5) + 0,333... (S3 of 3 in 1) + 0,375 (S9 of 4 in 1,5)
    assertThat(whatIf.changes()).filteredOn(c -> c.id().equals("3")).singleElement()
        .satisfies(c -> {
          assertThat(c.before()).hasValueSatisfying(v -> assertThat(v).isZero());
          assertThat(c.after()).hasValueSatisfying(v -> assertThat(v)
              .isEqualByComparingTo("0.9583333333"));
        });
    assertThat(whatIf.changes()).extracting(NodeChange::id)
        .containsExactly("LKE", "1", "2", "3", "4", "5", "7");
    LkeScorer scorer = LkeScorer.bundled(Edition.PERMENPANRB_90_2021);
    Worksheet changed = sheet.withAnswer(Role.SELF, "S1", Answer.yesNo(true))
        .withAnswer(Role.SELF, "S3", Answer.yesNo(true))
        .withAnswer(Role.SELF, "S9", Answer.yesNo(true));
    assertThat(whatIf.totalAfter())
        .isEqualByComparingTo(scorer.score(changed, Role.SELF).total().orElseThrow());
    assertThat(whatIf.explain(EN)).contains("meets none \u2192 WBK");
    assertThat(whatIf.explain(ID)).contains("memenuhi tidak ada \u2192 WBK");
  }

  @Test
  @DisplayName("A what-if of a question the template lacks is refused, naming it")
  void unknownQuestion() {
    assertThatThrownBy(() -> planner.whatIf(SmallestGapTest.changeManagementLow(),
        Map.of("S999", Answer.yesNo(true))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a what-if changes questions of template PERMENPANRB_90_2021, but \"S999\" is"
            + " not one");
  }

  @Test
  @DisplayName("The biggest lever of a unit short in Manajemen Perubahan is soal 9: one Ya adds"
      + " 0,375 of the 1,5 of its indicator, in one step")
  void biggestLever() {
    List<Lever> levers = planner.levers(SmallestGapTest.changeManagementLow(),
        GapOptions.of(Predikat.WBK));
    assertThat(levers.get(0)).satisfies(lever -> {
      assertThat(lever.questionId()).isEqualTo("S9");
      assertThat(lever.points()).isEqualByComparingTo("0.375");
      assertThat(lever.steps()).isEqualTo(1);
      assertThat(lever.helps()).singleElement()
          .satisfies(t -> assertThat(t.area()).contains(AreaPerubahan.MANAJEMEN_PERUBAHAN));
      assertThat(lever.explain(EN)).contains("Soal 9 (", "TIDAK \u2192 YA (1 step), +0.38 total"
          + " points; serves: area Manajemen Perubahan");
    });
    assertThat(levers).extracting(Lever::points).isSortedAccordingTo((a, b) -> b.compareTo(a));
  }
}
