package io.github.zi4j.planning;

import java.util.Arrays;

/**
 * The Pareto frontier of one part of the LKE: every (cost, points) pair no other choice beats in
 * both, sorted by cost, points strictly rising. A cost packs the lexicographic cost of the plan into
 * one long: the cost of the answers changed (thousandths) above bit 32, the steps below. An entry
 * remembers where it came from: the two entries it adds (a merge), the entry it was rounded or
 * filtered from, or an indicator's combination.
 *
 * <p>Not API.
 */
final class Frontier {

  static final int STEP_BITS = 32;

  long[] cost;
  long[] points;
  int size;
  /** For a merge: the two sides and their entries. */
  Frontier left;
  Frontier right;
  int[] leftIndex;
  int[] rightIndex;
  /** For an indicator: its model and each entry's combination. */
  GapModel.Indicator indicator;
  int[][] combo;

  Frontier(int capacity) {
    cost = new long[Math.max(capacity, 1)];
    points = new long[Math.max(capacity, 1)];
  }

  static long primary(long cost) {
    return cost >>> STEP_BITS;
  }

  private void grow() {
    int n = cost.length * 2;
    cost = Arrays.copyOf(cost, n);
    points = Arrays.copyOf(points, n);
    if (leftIndex != null) {
      leftIndex = Arrays.copyOf(leftIndex, n);
      rightIndex = Arrays.copyOf(rightIndex, n);
    }
    if (combo != null) {
      combo = Arrays.copyOf(combo, n);
    }
  }

  int add(long c, long p) {
    if (size == cost.length) {
      grow();
    }
    cost[size] = c;
    points[size] = p;
    return size++;
  }

  /**
   * The Minkowski sum of {@code a} and {@code b}, pruned to its frontier and to costs whose first part
   * is at most {@code cap}: a heap walks the sums in cost order, and of each cost only the most points
   * stay, when more than every cheaper entry's.
   */
  static Frontier merge(Frontier a, Frontier b, long cap) {
    return merge(a, b, (cap << STEP_BITS) | ((1L << STEP_BITS) - 1), true);
  }

  /** This frontier's entries whose full cost is at most {@code fullCap}, as a copy pointing back. */
  Frontier trimmed(long fullCap) {
    Frontier out = new Frontier(size);
    out.left = this;
    out.leftIndex = new int[out.cost.length];
    out.rightIndex = new int[out.cost.length];
    for (int i = 0; i < size && cost[i] <= fullCap; i++) {
      int at = out.add(cost[i], points[i]);
      out.leftIndex[at] = i;
      out.rightIndex[at] = -1;
    }
    return out;
  }

  /** As {@link #merge(Frontier, Frontier, long)}, with a cap on the full cost. */
  static Frontier merge(Frontier a, Frontier b, long fullCap, boolean full) {
    Frontier out = new Frontier(Math.max(a.size, b.size) * 2);
    out.left = a;
    out.right = b;
    out.leftIndex = new int[out.cost.length];
    out.rightIndex = new int[out.cost.length];
    if (a.size == 0 || b.size == 0) {
      return out;
    }
    int n = a.size;
    int[] heapI = new int[n];
    int[] heapJ = new int[n];
    long[] key = new long[n];
    int hs = 0;
    for (int i = 0; i < n; i++) {
      long c = a.cost[i] + b.cost[0];
      if (c > fullCap) {
        break;
      }
      // a's costs rise with i: appending keeps the heap ordered
      heapI[hs] = i;
      heapJ[hs] = 0;
      key[hs] = c;
      hs++;
    }
    long groupCost = -1;
    long groupBest = Long.MIN_VALUE;
    int gi = -1;
    int gj = -1;
    long last = Long.MIN_VALUE;
    while (hs > 0) {
      int i = heapI[0];
      int j = heapJ[0];
      long c = key[0];
      long p = a.points[i] + b.points[j];
      if (c != groupCost) {
        if (gi >= 0 && groupBest > last) {
          int at = out.add(groupCost, groupBest);
          out.leftIndex[at] = gi;
          out.rightIndex[at] = gj;
          last = groupBest;
        }
        groupCost = c;
        groupBest = p;
        gi = i;
        gj = j;
      } else if (p > groupBest) {
        groupBest = p;
        gi = i;
        gj = j;
      }
      // replace the top by (i, j + 1), or remove it
      if (j + 1 < b.size && a.cost[i] + b.cost[j + 1] <= fullCap) {
        heapJ[0] = j + 1;
        key[0] = a.cost[i] + b.cost[j + 1];
      } else {
        hs--;
        heapI[0] = heapI[hs];
        heapJ[0] = heapJ[hs];
        key[0] = key[hs];
      }
      // sift down
      int k = 0;
      while (true) {
        int l = 2 * k + 1;
        if (l >= hs) {
          break;
        }
        int m = l + 1 < hs && key[l + 1] < key[l] ? l + 1 : l;
        if (key[m] >= key[k]) {
          break;
        }
        int ti = heapI[k];
        int tj = heapJ[k];
        long tk = key[k];
        heapI[k] = heapI[m];
        heapJ[k] = heapJ[m];
        key[k] = key[m];
        heapI[m] = ti;
        heapJ[m] = tj;
        key[m] = tk;
        k = m;
      }
    }
    if (gi >= 0 && groupBest > last) {
      int at = out.add(groupCost, groupBest);
      out.leftIndex[at] = gi;
      out.rightIndex[at] = gj;
    }
    return out;
  }

  /**
   * This frontier with each entry's points replaced by {@code f(points)} (a rounding, monotone), the
   * entries below {@code minimum} left out, and the frontier pruned again; each new entry points back
   * to this one's.
   */
  Frontier mapped(java.util.function.LongUnaryOperator f, long minimum) {
    Frontier out = new Frontier(size);
    out.left = this;
    out.leftIndex = new int[out.cost.length];
    out.rightIndex = new int[out.cost.length];
    long last = Long.MIN_VALUE;
    for (int i = 0; i < size; i++) {
      long p = f.applyAsLong(points[i]);
      if (p < minimum || p <= last) {
        continue;
      }
      int at = out.add(cost[i], p);
      out.leftIndex[at] = i;
      out.rightIndex[at] = -1;
      last = p;
    }
    return out;
  }
}
