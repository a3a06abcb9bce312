package io.github.zi4j.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zi4j.lke.Role;
import io.github.zi4j.lke.Worksheet;
import io.github.zi4j.unit.Predikat;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@DisplayName("The smallest gap is minimal")
class MinimalityTest {

  /**
   * How many random starts: run with {@code -Dzi4j.planning.starts=200}. The sat4j proofs take
   * minutes a start (12 starts took 29 minutes on 2 cores), so the check is not part of the default
   * {@code verify}.
   */
  private static final int STARTS = Integer.getInteger("zi4j.planning.starts", 12);

  private final Planner planner = Planner.standard();

  @Test
  @EnabledIfSystemProperty(named = "zi4j.planning.starts", matches = "[0-9]+")
  @DisplayName("An independent exact solver (pseudo-Boolean, sat4j) finds no cheaper plan, nor a"
      + " higher total at the same cost, from random starts of the 90/2021 worksheet")
  void independentSolverAgrees() throws Exception {
    Random random = new Random(19);
    int checked = 0;
    for (int i = 0; i < STARTS; i++) {
      Worksheet sheet = Sheets.random(random, 0.4 + 0.1 * (i % 4), "3.70", "A", "3.70");
      Predikat target = i % 2 == 0 ? Predikat.WBK : Predikat.WBBM;
      GapPlan plan = planner.smallestGap(sheet, GapOptions.of(target));
      PbOracle oracle = new PbOracle(Sheets.LKE_90, sheet.answersOf(Role.SELF), target);
      if (!plan.reachable()) {
        assertThat(oracle.exists(1000, 0, null)).as("start %d unreachable", i).isFalse();
        continue;
      }
      long cost = plan.answersChanged();
      assertThat(oracle.exists(cost, plan.optionSteps(), null)).as("start %d feasible", i).isTrue();
      if (cost > 0) {
        assertThat(oracle.exists(cost - 1, 99_999, null)).as("start %d fewer answers", i)
            .isFalse();
      }
      if (plan.optionSteps() > 0) {
        assertThat(oracle.exists(cost, plan.optionSteps() - 1, null)).as("start %d fewer steps", i)
            .isFalse();
      }
      BigInteger total = plan.totalAfter().movePointRight(10).toBigIntegerExact();
      assertThat(oracle.exists(cost, plan.optionSteps(), total.add(BigInteger.ONE)))
          .as("start %d higher total", i).isFalse();
      checked++;
    }
    assertThat(checked).isPositive();
  }
}
