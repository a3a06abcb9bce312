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

  /** The spacings of up to this many options are made once, when the class loads. */
  private static final int COMMON = 10;

  private static final List<List<BigDecimal>> SMALL = small();

  private static final ConcurrentMap<Integer, List<BigDecimal>> BY_COUNT = new ConcurrentHashMap<>();

  private static List<List<BigDecimal>> small() {
    List<List<BigDecimal>> small = new ArrayList<>();
    for (int count = 0; count <= COMMON; count++) {
      small.add(spacing(count));
    }
    return List.copyOf(small);
  }

  private OptionSpacing() {}

  static List<BigDecimal> of(int count) {
    return count <= COMMON ? SMALL.get(count) : BY_COUNT.computeIfAbsent(count, OptionSpacing::spacing);
  }

  private static List<BigDecimal> spacing(int count) {
    List<BigDecimal> values = new ArrayList<>();
    int steps = count - 1;
    for (int i = 0; i < count; i++) {
      values.add(steps <= 0
          ? BigDecimal.ONE
          : LkeArithmetic.divide(BigDecimal.valueOf(steps - i), BigDecimal.valueOf(steps))
              .stripTrailingZeros());
    }
    return List.copyOf(values);
  }
}
