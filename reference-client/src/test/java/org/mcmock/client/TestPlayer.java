package org.mcmock.client;

import java.util.Map;

/** A player for tests: a clock that starts at {@link #START}, a playhead the test moves, Adobe's 10 s pings. */
final class TestPlayer {

  static final long START = 1_529_997_923_478L;

  final SimulatedClock clock = new SimulatedClock(START);
  private final MediaTracker tracker;
  private double playhead;

  TestPlayer(EventSink sink) {
    this(sink, false);
  }

  private TestPlayer(EventSink sink, boolean jsSdk) {
    EventSink to = jsSdk ? new JsSdkTracking(sink, clock, () -> playhead, PingSchedule.live()) : sink;
    tracker = new MediaTracker(clock, () -> playhead, PingSchedule.live(), to);
  }

  /** A player whose calls become requests as Adobe's Media JS SDK 3.x makes them ({@link JsSdkTracking}). */
  static TestPlayer jsSdk(EventSink sink) {
    return new TestPlayer(sink, true);
  }

  static Map<String, Object> sessionParams() {
    return SessionParams.example("reference-client", 60, "VOD", "reference-client").toMap();
  }

  TestPlayer startsTheSession() {
    tracker.sessionStart(EventData.params(sessionParams()));
    return this;
  }

  /** Moves the clock to {@code second} after the start (pinging on the way), then the playhead. */
  TestPlayer at(int second, double playheadThen) {
    clock.advanceTo(START + second * 1000L);
    playhead = playheadThen;
    return this;
  }

  TestPlayer sends(String eventType) {
    return sends(eventType, Map.of());
  }

  TestPlayer sends(String eventType, Map<String, ?> params) {
    tracker.track(eventType, EventData.params(params));
    return this;
  }
}
