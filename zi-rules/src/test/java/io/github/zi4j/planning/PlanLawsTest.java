package io.github.zi4j.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.unit.Predikat;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

class PlanLawsTest {

  @Property(tries = 40)
  void applyingThePlanAndScoringAgainMeetsTheTarget(@ForAll long seed,
      @ForAll @DoubleRange(min = 0.2, max = 0.9) double good, @ForAll boolean wbbm) {
    Planner planner = Planner.standard();
    Predikat target = wbbm ? Predikat.WBBM : Predikat.WBK;
    Worksheet sheet = Sheets.random(new Random(seed), good, "3.70", "A", "3.70");
    GapPlan plan = planner.smallestGap(sheet, GapOptions.of(target));
    if (!plan.reachable()) {
      assertThat(plan.shortfalls()).isNotEmpty();
      return;
    }
    Worksheet applied = GapSolver.applied(sheet, Role.SELF, plan.steps());
    GapPlan again = planner.smallestGap(applied, GapOptions.of(target));
    assertThat(again.unmet()).isEmpty();
    assertThat(again.steps()).isEmpty();
    assertThat(planner.whatIf(sheet, java.util.Map.of()).meetsAfter()
        .filter(p -> p.compareTo(target) >= 0).isPresent()).isEqualTo(plan.steps().isEmpty());
  }
}
