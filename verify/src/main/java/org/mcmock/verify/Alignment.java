package org.mcmock.verify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToIntBiFunction;

/**
 * Lines up two sequences as a diff does: the pairs that match, in order, with the best total score, and
 * what is left on each side. A score of 0 or less means the two cannot be paired.
 */
final class Alignment {

  /** One line of the alignment: both sides ({@code MATCH}), only the expected one, or only the recorded one. */
  record Step(int expected, int recorded) {
    boolean match() {
      return expected >= 0 && recorded >= 0;
    }

    boolean missing() {
      return recorded < 0;
    }
  }

  private Alignment() {}

  static <A, B> List<Step> align(List<A> expected, List<B> recorded, ToIntBiFunction<A, B> score) {
    int n = expected.size();
    int m = recorded.size();
    int[][] best = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        int pair = score.applyAsInt(expected.get(i), recorded.get(j));
        int take = pair > 0 ? pair + best[i + 1][j + 1] : Integer.MIN_VALUE;
        best[i][j] = Math.max(take, Math.max(best[i + 1][j], best[i][j + 1]));
      }
    }
    List<Step> steps = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      int pair = score.applyAsInt(expected.get(i), recorded.get(j));
      if (pair > 0 && best[i][j] == pair + best[i + 1][j + 1]) {
        steps.add(new Step(i++, j++));
      } else if (best[i][j] == best[i + 1][j]) {
        steps.add(new Step(i++, -1));
      } else {
        steps.add(new Step(-1, j++));
      }
    }
    while (i < n) {
      steps.add(new Step(i++, -1));
    }
    while (j < m) {
      steps.add(new Step(-1, j++));
    }
    return Collections.unmodifiableList(steps);
  }
}
