package io.github.zi4j.planning;

import static io.github.zi4j.planning.Seeds.EN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.unit.Predikat;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The smallest gap to a target")
class SmallestGapTest {

  private final Planner planner = Planner.standard();

  @Test
  @DisplayName("smoke")
  void smoke() {
    Random random = new Random(1);
    for (int i = 0; i < 60; i++) {
      Worksheet sheet = Sheets.random(random, 0.1 + (i % 5) * 0.1, "3.70", "A", "3.70");
      long t0 = System.nanoTime();
      GapPlan plan = planner.smallestGap(sheet, GapOptions.of(i % 2 == 0 ? Predikat.WBK : Predikat.WBBM));
      long t1 = System.nanoTime();
      System.out.println((t1 - t0) / 1000 + " us " + plan.answersChanged() + " " + plan.optionSteps());
      if (i == 7) {
        System.out.println(plan.explain(EN));
        System.out.println(plan.toJson());
      }
    }
  }
}
