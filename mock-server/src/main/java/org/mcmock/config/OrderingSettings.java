package org.mcmock.config;

import java.time.Duration;

/**
 * How the mock puts a session's events in ts order, as Adobe's backend does (its reorder buffer holds events
 * for 5 s or 10 events, then sorts them by {@code playerTime.ts}).
 *
 * @param reorderWindow how long, by the mock's clock, an event waits in the reorder buffer before it is final;
 *     also how long after a sessionEnd an event with a ts not later than its own is still taken
 * @param reorderEvents how many unsettled events a session's buffer holds; beyond it the earliest by ts settles
 * @param settleWindow how long, in real time, the answer to an event whose finding a request not yet arrived
 *     could cure waits for that request (0: answer at once)
 */
public record OrderingSettings(Duration reorderWindow, int reorderEvents, Duration settleWindow) {

  /** Longer would keep a session's events unsettled, or a request's thread waiting, for no reason Adobe has. */
  static final Duration MAX_REORDER_WINDOW = Duration.ofHours(1);
  static final int MAX_REORDER_EVENTS = 10_000;
  static final Duration MAX_SETTLE_WINDOW = Duration.ofMinutes(1);

  public OrderingSettings {
    requireWithin(reorderWindow, MAX_REORDER_WINDOW, "--reorder-window");
    if (reorderEvents < 0 || reorderEvents > MAX_REORDER_EVENTS) {
      throw new IllegalArgumentException("--reorder-events must be from 0 to " + MAX_REORDER_EVENTS + ", got "
          + reorderEvents);
    }
    requireWithin(settleWindow, MAX_SETTLE_WINDOW, "--settle-window");
  }

  private static void requireWithin(Duration value, Duration most, String option) {
    if (value == null || value.isNegative() || value.compareTo(most) > 0) {
      throw new IllegalArgumentException(option + " must be from 0 to " + Durations.format(most) + ", got "
          + (value == null ? "nothing" : Durations.format(value)));
    }
  }

  /** Adobe's buffer (5 s or 10 events, docs/decisions.md#ordering) and a settle window well inside its SDK's 5 s
   * patience: {@link MockSettings.Builder}'s. */
  public static OrderingSettings defaults() {
    return MockSettings.defaults().ordering();
  }
}
