package org.mcmock.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleSupplier;

/**
 * A player's tracking, as Adobe's docs ask for it: every event gets {@code playerTime} (the player's playhead
 * and the clock's ts, one millisecond after the previous event's at least), a ping timer starts with the session and stops when it ends, and nothing is sent
 * after {@code sessionEnd} or {@code sessionComplete}. Where the events go is the {@link EventSink}'s business.
 */
public final class MediaTracker {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ENDS = Set.of("sessionEnd", "sessionComplete");
  private static final Set<String> AD_ENDS = Set.of("adComplete", "adSkip", "adBreakComplete");

  private final SimulatedClock clock;
  private final DoubleSupplier playhead;
  private final PingSchedule pings;
  private final EventSink sink;

  private long startedAt = -1;
  private long lastTs = Long.MIN_VALUE;
  private boolean insideAd;
  private boolean ended;
  private SimulatedClock.Timer pingTimer;

  /**
   * @param playhead the player's current playhead in seconds, asked for at every event and ping
   */
  public MediaTracker(SimulatedClock clock, DoubleSupplier playhead, PingSchedule pings, EventSink sink) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.playhead = Objects.requireNonNull(playhead, "playhead");
    this.pings = Objects.requireNonNull(pings, "pings");
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /** Opens the session and starts the ping timer. */
  public synchronized void sessionStart(EventData data) {
    if (startedAt >= 0) {
      throw new IllegalStateException("this tracker has already started its session; use a new tracker for a new one");
    }
    startedAt = clock.millis();
    emit("sessionStart", data);
    pingTimer = clock.every(java.time.Duration.ofSeconds(1), this::tick);
  }

  public void track(String eventType) {
    track(eventType, EventData.NONE);
  }

  /** Sends any event but sessionStart and ping, which the tracker sends itself. */
  public synchronized void track(String eventType, EventData data) {
    if ("ping".equals(eventType) || "sessionStart".equals(eventType)) {
      throw new IllegalArgumentException(eventType + " is sent by the tracker itself, not tracked by hand");
    }
    if (startedAt < 0) {
      throw new IllegalStateException(eventType + " before sessionStart: start the session first");
    }
    if (ended) {
      throw new IllegalStateException(eventType + " after the session ended: a player sends nothing more");
    }
    if ("adStart".equals(eventType)) {
      insideAd = true;
    } else if (AD_ENDS.contains(eventType)) {
      insideAd = false;
    }
    emit(eventType, data);
    if (ENDS.contains(eventType)) {
      ended = true;
      pingTimer.cancel();
    }
  }

  public synchronized boolean ended() {
    return ended;
  }

  private synchronized void tick() {
    long elapsedSeconds = (clock.millis() - startedAt) / 1000;
    if (!ended && pings.dueAt(elapsedSeconds, insideAd)) {
      emit("ping", EventData.NONE);
    }
  }

  private void emit(String eventType, EventData data) {
    // Adobe's backend orders events by ts and cannot order a tie: events in the same millisecond get
    // the next one, as the mock's TS_EQUAL rule asks.
    lastTs = Math.max(clock.millis(), lastTs + 1);
    ObjectNode body = body(eventType, playhead.getAsDouble(), lastTs);
    putIfAny(body, "params", data.params());
    putIfAny(body, "customMetadata", data.customMetadata());
    putIfAny(body, "qoeData", data.qoeData());
    sink.accept(eventType, body.toString());
  }

  /** An event's body with its {@code playerTime} and {@code eventType}, the rest to be added. */
  static ObjectNode body(String eventType, double playhead, long ts) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode playerTime = body.putObject("playerTime");
    putNumber(playerTime, "playhead", playhead);
    playerTime.put("ts", ts);
    body.put("eventType", eventType);
    return body;
  }

  private static void putIfAny(ObjectNode body, String field, Map<String, ?> values) {
    if (!values.isEmpty()) {
      body.set(field, JSON.valueToTree(values));
    }
  }

  /** Whole playheads are written as integers, as players usually send them. */
  private static void putNumber(ObjectNode node, String field, double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      node.put(field, (long) value);
    } else {
      node.put(field, value);
    }
  }
}
