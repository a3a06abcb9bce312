package io.github.zi4j.lke;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The evenly spaced values of letter options, 1 down to 0 to 34 significant digits, computed once per
 * count of options.
 */
final class OptionSpacing {

  private static final ConcurrentMap<Integer, List<BigDecimal>> BY_COUNT = new ConcurrentHashMap<>();

  private OptionSpacing() {}

  static List<BigDecimal> of(int count) {
    return BY_COUNT.computeIfAbsent(count, n -> {
      List<BigDecimal> values = new ArrayList<>();
      int steps = n - 1;
      for (int i = 0; i < n; i++) {
        values.add(steps <= 0
            ? BigDecimal.ONE
            : BigDecimal.valueOf(steps - i)
                .divide(BigDecimal.valueOf(steps), LkeArithmetic.PRECISION).stripTrailingZeros());
      }
      return List.copyOf(values);
    });
  }
}
