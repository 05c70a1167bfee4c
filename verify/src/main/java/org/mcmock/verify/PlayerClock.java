package org.mcmock.verify;

/**
 * The player's clock as a check reads it: seconds from the first request's {@code playerTime.ts}, second 0 of
 * the timeline, compared within a tolerance, and written to the tenth of a second.
 */
final class PlayerClock {

  /** The first request's ts. */
  private final long start;
  private final double tolerance;

  PlayerClock(Journal journal, double tolerance) {
    this.start = journal.requests().stream().mapToLong(RecordedRequest::ts).filter(ts -> ts >= 0).findFirst()
        .orElse(0);
    this.tolerance = tolerance;
  }

  double tolerance() {
    return tolerance;
  }

  /** Seconds from second 0 by the request's ts; NaN without one. */
  double seconds(RecordedRequest recorded) {
    return recorded.ts() < 0 ? Double.NaN : (recorded.ts() - start) / 1000.0;
  }

  boolean within(double expected, double actual) {
    return !Double.isNaN(expected) && !Double.isNaN(actual) && Math.abs(expected - actual) <= tolerance + 1e-9;
  }

  /** "at 12.0 s" by the request's ts, for the mistakes; a request without one says so. */
  String at(RecordedRequest recorded) {
    return recorded.ts() < 0 ? "without a ts" : "at " + Numbers.tenths(seconds(recorded)) + " s";
  }

  /** The request as the diff shows it: "play at 12.0 s, playhead 12 -> 204", its fault and session. */
  String describe(RecordedRequest recorded) {
    StringBuilder text = new StringBuilder(recorded.request());
    if (recorded.ts() >= 0) {
      text.append(" at ").append(Numbers.tenths(seconds(recorded))).append(" s");
    }
    if (!Double.isNaN(recorded.playhead())) {
      text.append(recorded.ts() >= 0 ? ", " : " at ").append("playhead ").append(Numbers.format(recorded.playhead()));
    }
    text.append(" -> ").append(recorded.status());
    if (recorded.injected() != null) {
      text.append(" (injected: ").append(recorded.injected()).append(')');
    }
    if (recorded.session() > 1) {
      text.append(" [session ").append(recorded.session()).append(']');
    }
    return text.toString();
  }
}
