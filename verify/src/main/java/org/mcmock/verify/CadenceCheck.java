package org.mcmock.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Judges a timeline's ping stretches: the gaps between pings, or in the lenient check between any two requests,
 * since any event restarts the ping interval as the PING_GAP rule counts.
 */
final class CadenceCheck {

  private static final int PINGS_LISTED = 8;

  private final List<RecordedRequest> pings;
  /** What restarts the interval: the pings, or in the lenient check every request. */
  private final List<RecordedRequest> restarts;
  private final boolean exact;
  private final PlayerClock clock;

  CadenceCheck(Journal journal, boolean exact, PlayerClock clock) {
    this.pings = journal.requests().stream().filter(RecordedRequest::ping).toList();
    this.restarts = exact ? pings : journal.requests();
    this.exact = exact;
    this.clock = clock;
  }

  List<RecordedRequest> pings() {
    return pings;
  }

  /** Writes the stretch's diff line and, when a session was opened to ping, its gaps as one mistake. */
  void check(PingCadence cadence, boolean sessionOpened, VerdictDraft draft) {
    double tolerance = clock.tolerance();
    List<Double> times = pings.stream().map(clock::seconds)
        .filter(s -> s >= cadence.from() - tolerance && s <= cadence.to() + tolerance).sorted().toList();
    List<Double> points = new ArrayList<>();
    points.add(cadence.from());
    restarts.stream().map(clock::seconds).filter(s -> s > cadence.from() && s < cadence.to()).sorted()
        .forEach(points::add);
    points.add(cadence.to());
    String seen = times.isEmpty() ? "no ping" : "pings at " + times.stream().limit(PINGS_LISTED)
        .map(Numbers::tenths).collect(Collectors.joining(", ")) + (times.size() > PINGS_LISTED ? ", ..." : "")
        + " s";
    List<String> gaps = new ArrayList<>();
    for (int i = 1; i < points.size(); i++) {
      double gap = points.get(i) - points.get(i - 1);
      if (gap > cadence.every() + tolerance) {
        gaps.add(Numbers.tenths(gap) + " s without a ping" + (exact ? "" : " or another request") + " from "
            + Numbers.tenths(points.get(i - 1)) + " to " + Numbers.tenths(points.get(i)) + " s");
      }
    }
    draft.line(!gaps.isEmpty(), cadence.describe(), seen);
    if (!gaps.isEmpty() && sessionOpened) {
      draft.mistake(cadence.describe() + " (row " + cadence.row() + "): " + (times.isEmpty()
          ? "the player sent no ping at all in those " + Numbers.format(cadence.to() - cadence.from()) + " s"
          : String.join("; ", gaps)));
    }
  }
}
