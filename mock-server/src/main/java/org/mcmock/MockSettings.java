package org.mcmock;

import java.time.Duration;
import org.mcmock.rules.Mode;
import org.mcmock.rules.RuleSettings;

/**
 * How the mock behaves where Adobe leaves room: timeouts, retention and the caps that keep memory
 * bounded. {@link #defaults()} matches Adobe's documented backend; every value is a CLI option.
 *
 * @param eventTimeout a session closes after this long without any event (Adobe: 10 minutes)
 * @param playheadTimeout a session closes after this long without playhead movement (Adobe: 30 minutes)
 * @param retention how long a closed session is kept (410, admin API) before it is forgotten (404)
 * @param maxSessions sessions kept at once, open or closed; beyond it the oldest closed sessions are forgotten
 *     to make room, and a new session is refused only when every session is open
 * @param maxEventsPerSession requests recorded per session; later requests are refused
 * @param maxRecordedBytes memory for recorded requests across all sessions (each counts its body and
 *     {@link #RECORD_OVERHEAD_BYTES}); beyond it too the oldest closed sessions are forgotten first, so the
 *     mock's memory stays bounded whatever the load and whatever the bodies
 * @param maxBodyBytes request bodies larger than this are refused with 413
 * @param maxRejectedBatches how many rejected downloaded batches the admin API remembers
 * @param rules the tolerances of the session rules
 * @param mode what an error finding does at startup (the admin API can switch it at runtime)
 * @param ordering the reorder buffer and the settle window that put a session's events in ts order
 */
public record MockSettings(
    Duration eventTimeout,
    Duration playheadTimeout,
    Duration retention,
    int maxSessions,
    int maxEventsPerSession,
    long maxRecordedBytes,
    int maxBodyBytes,
    int maxRejectedBatches,
    RuleSettings rules,
    Mode mode,
    OrderingSettings ordering) {

  public static final int ONE_MIB = 1024 * 1024;

  /**
   * A quarter of the JVM's maximum heap, at most 256 MB (about a million requests of the size players send),
   * so the mock's memory stays bounded with any {@code -Xmx}.
   */
  public static final long DEFAULT_MAX_RECORDED_BYTES =
      Math.min(256L * ONE_MIB, Runtime.getRuntime().maxMemory() / 4);

  /** What a recorded request costs besides its body: the record, its fields and the session's list slot. */
  public static final int RECORD_OVERHEAD_BYTES = 128;

  public MockSettings {
    requirePositive(eventTimeout, "eventTimeout");
    requirePositive(playheadTimeout, "playheadTimeout");
    if (retention == null || retention.isNegative()) {
      throw new IllegalArgumentException("retention must be zero or more, got " + retention);
    }
    requirePositive(maxSessions, "maxSessions");
    requirePositive(maxEventsPerSession, "maxEventsPerSession");
    if (maxRecordedBytes <= 0) {
      throw new IllegalArgumentException("maxRecordedBytes must be positive, got " + maxRecordedBytes);
    }
    requirePositive(maxBodyBytes, "maxBodyBytes");
    requirePositive(maxRejectedBatches, "maxRejectedBatches");
    if (rules == null || mode == null || ordering == null) {
      throw new IllegalArgumentException("rules, mode and ordering are required");
    }
  }

  public static MockSettings defaults() {
    return new MockSettings(
        Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1), 100_000, 20_000, DEFAULT_MAX_RECORDED_BYTES,
        ONE_MIB, 100,
        RuleSettings.defaults(), Mode.FAITHFUL, OrderingSettings.defaults());
  }

  public MockSettings withMaxSessions(int value) {
    return new MockSettings(eventTimeout, playheadTimeout, retention, value, maxEventsPerSession, maxRecordedBytes,
        maxBodyBytes, maxRejectedBatches, rules, mode, ordering);
  }

  public MockSettings withMaxEventsPerSession(int value) {
    return new MockSettings(eventTimeout, playheadTimeout, retention, maxSessions, value, maxRecordedBytes,
        maxBodyBytes, maxRejectedBatches, rules, mode, ordering);
  }

  public MockSettings withMaxRecordedBytes(long value) {
    return new MockSettings(eventTimeout, playheadTimeout, retention, maxSessions, maxEventsPerSession, value,
        maxBodyBytes, maxRejectedBatches, rules, mode, ordering);
  }

  public MockSettings withRules(RuleSettings value) {
    return new MockSettings(eventTimeout, playheadTimeout, retention, maxSessions, maxEventsPerSession, maxRecordedBytes,
        maxBodyBytes, maxRejectedBatches, value, mode, ordering);
  }

  public MockSettings withMode(Mode value) {
    return new MockSettings(eventTimeout, playheadTimeout, retention, maxSessions, maxEventsPerSession, maxRecordedBytes,
        maxBodyBytes, maxRejectedBatches, rules, value, ordering);
  }

  public MockSettings withOrdering(OrderingSettings value) {
    return new MockSettings(eventTimeout, playheadTimeout, retention, maxSessions, maxEventsPerSession, maxRecordedBytes,
        maxBodyBytes, maxRejectedBatches, rules, mode, value);
  }

  private static void requirePositive(Duration value, String name) {
    if (value == null || value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be a positive duration, got " + value);
    }
  }

  private static void requirePositive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }
}
