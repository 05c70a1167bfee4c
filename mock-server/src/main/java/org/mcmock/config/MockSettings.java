package org.mcmock.config;

import java.time.Duration;
import org.mcmock.model.Mode;

/**
 * How the mock behaves where Adobe leaves room: timeouts, retention and the caps that keep memory
 * bounded. {@link #defaults()} matches Adobe's documented backend; every value is a CLI option. Build them with
 * {@link #builder()} or {@link #toBuilder()}, so that adding a setting changes no caller.
 *
 * @param eventTimeout a session closes after this long without any event (Adobe: 10 minutes)
 * @param playheadTimeout a session closes after this long without playhead movement (Adobe: 30 minutes)
 * @param retention how long a closed session is kept (410, admin API) before it is forgotten (404)
 * @param maxSessions sessions kept at once, open or closed; beyond it the oldest closed sessions are forgotten
 *     to make room, and a new session is refused only when every session is open
 * @param maxEventsPerSession requests recorded per session; later requests are refused
 * @param maxRecordedBytes memory for sessions and their recorded requests (each session counts
 *     {@link #SESSION_OVERHEAD_BYTES}; a request still in the reorder buffer its body and
 *     {@link #RECORD_OVERHEAD_BYTES}, a settled one the bytes it is compacted to); beyond it too the oldest
 *     closed sessions are forgotten first, so the mock's memory stays bounded whatever the load and the bodies
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
   * Half of the JVM's maximum heap, so the mock's memory stays bounded with any {@code -Xmx} and the other half is
   * left to the server and the garbage collector: 100,000 open sessions of 60 requests weigh about 235 MB, so they
   * fit in a heap of 640 MB (measured: 212 MB of heap after a full GC, bench/README.md).
   */
  public static final long DEFAULT_MAX_RECORDED_BYTES = Runtime.getRuntime().maxMemory() / 2;

  /**
   * What a request costs besides its body while it is in its session's reorder buffer (its record, the buffer's
   * entry, the body's String and array headers, a list slot): measured in a heap histogram, 148 bytes. Once
   * settled it costs what its compact form holds, about 20 bytes for a ping.
   */
  public static final int RECORD_OVERHEAD_BYTES = 152;

  /**
   * What a session costs besides its requests (its sid, lifecycle, rules timeline, buffer and compact store, the
   * store's maps, the tally a listing reads): measured in a heap histogram of 5,000 open sessions, about 1,080 bytes.
   */
  public static final int SESSION_OVERHEAD_BYTES = 1088;

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

  /** Adobe's documented backend: the builder's starting values. */
  public static MockSettings defaults() {
    return builder().build();
  }

  /** Starts from {@link #defaults()}; set only what differs. */
  public static Builder builder() {
    return new Builder();
  }

  /** Starts from these settings. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Settings one value at a time, as {@code WireMockConfiguration} takes them. Its fields' starting values are the
   * only place the mock's defaults are written: the command line's {@code --help} reads them from {@link #defaults()}.
   */
  public static final class Builder {
    private Duration eventTimeout = Duration.ofMinutes(10);
    private Duration playheadTimeout = Duration.ofMinutes(30);
    private Duration retention = Duration.ofHours(1);
    private int maxSessions = 200_000;
    private int maxEventsPerSession = 20_000;
    private long maxRecordedBytes = DEFAULT_MAX_RECORDED_BYTES;
    private int maxBodyBytes = ONE_MIB;
    private int maxRejectedBatches = 100;
    private Mode mode = Mode.FAITHFUL;
    /** Slack on every ping interval; Adobe's own timelines leave 12 s between two events inside an ad. */
    private Duration pingTolerance = Duration.ofSeconds(5);
    private Duration adPingInterval = RuleSettings.CONTENT_PING_INTERVAL;
    private Duration playheadTolerance = Duration.ofSeconds(1);
    /** Adobe's reorder buffer holds events 5 s or 10 events (docs/decisions.md#ordering). */
    private Duration reorderWindow = Duration.ofSeconds(5);
    private int reorderEvents = 10;
    /** Well inside the 5 s an SDK waits for an answer. */
    private Duration settleWindow = Duration.ofMillis(250);

    private Builder() {}

    private Builder(MockSettings from) {
      eventTimeout = from.eventTimeout;
      playheadTimeout = from.playheadTimeout;
      retention = from.retention;
      maxSessions = from.maxSessions;
      maxEventsPerSession = from.maxEventsPerSession;
      maxRecordedBytes = from.maxRecordedBytes;
      maxBodyBytes = from.maxBodyBytes;
      maxRejectedBatches = from.maxRejectedBatches;
      mode = from.mode;
      rules(from.rules);
      ordering(from.ordering);
    }

    public Builder eventTimeout(Duration value) { eventTimeout = value; return this; }
    public Builder playheadTimeout(Duration value) { playheadTimeout = value; return this; }
    public Builder retention(Duration value) { retention = value; return this; }
    public Builder maxSessions(int value) { maxSessions = value; return this; }
    public Builder maxEventsPerSession(int value) { maxEventsPerSession = value; return this; }
    public Builder maxRecordedBytes(long value) { maxRecordedBytes = value; return this; }
    public Builder maxBodyBytes(int value) { maxBodyBytes = value; return this; }
    public Builder maxRejectedBatches(int value) { maxRejectedBatches = value; return this; }
    public Builder mode(Mode value) { mode = value; return this; }
    public Builder pingTolerance(Duration value) { pingTolerance = value; return this; }
    public Builder adPingInterval(Duration value) { adPingInterval = value; return this; }
    public Builder playheadTolerance(Duration value) { playheadTolerance = value; return this; }
    public Builder reorderWindow(Duration value) { reorderWindow = value; return this; }
    public Builder reorderEvents(int value) { reorderEvents = value; return this; }
    public Builder settleWindow(Duration value) { settleWindow = value; return this; }

    /** All three rule tolerances at once. */
    public Builder rules(RuleSettings value) {
      return pingTolerance(value.pingTolerance()).adPingInterval(value.adPingInterval())
          .playheadTolerance(value.playheadTolerance());
    }

    /** All three ordering settings at once. */
    public Builder ordering(OrderingSettings value) {
      return reorderWindow(value.reorderWindow()).reorderEvents(value.reorderEvents())
          .settleWindow(value.settleWindow());
    }

    /** @throws IllegalArgumentException naming the first value out of range */
    public MockSettings build() {
      return new MockSettings(eventTimeout, playheadTimeout, retention, maxSessions, maxEventsPerSession,
          maxRecordedBytes, maxBodyBytes, maxRejectedBatches,
          new RuleSettings(pingTolerance, adPingInterval, playheadTolerance), mode,
          new OrderingSettings(reorderWindow, reorderEvents, settleWindow));
    }
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
