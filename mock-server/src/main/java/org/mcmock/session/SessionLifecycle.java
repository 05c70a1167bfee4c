package org.mcmock.session;

import org.mcmock.config.Durations;
import org.mcmock.config.MockSettings;

/**
 * Where a session is in its life: open, complete or closed (why and when), and the activity its server-side
 * timeouts watch (the last event, the last playhead move) with the span of {@code ts} it has taken. Its session
 * holds the lock.
 */
final class SessionLifecycle {

  private final long createdAt;
  private SessionState state = SessionState.OPEN;
  private long lastEventAt;
  private long lastPlayheadMoveAt;
  private double lastPlayhead;
  private boolean playheadSeen;
  private long firstTs = -1;
  private long lastTs = -1;
  private long closedAt = -1;
  private String closeReason;

  SessionLifecycle(long createdAt) {
    this.createdAt = createdAt;
    this.lastEventAt = createdAt;
    this.lastPlayheadMoveAt = createdAt;
  }

  /** An event the session took: activity, ts span and playhead move. */
  void took(RecordedEvent event) {
    lastEventAt = Math.max(lastEventAt, event.arrivedAt());
    if (event.ts() >= 0) {
      firstTs = firstTs < 0 ? event.ts() : firstTs;
      lastTs = Math.max(lastTs, event.ts());
    }
    if (!playheadSeen || Double.compare(event.playhead(), lastPlayhead) != 0) {
      playheadSeen = true;
      lastPlayhead = event.playhead();
      lastPlayheadMoveAt = Math.max(lastPlayheadMoveAt, event.arrivedAt());
    }
  }

  /** A sessionComplete: the content was watched to the end, and the session still takes events. */
  void complete() {
    if (state == SessionState.OPEN) {
      state = SessionState.COMPLETE;
    }
  }

  /**
   * Applies the server-side timeouts at {@code now}: true when a session still taking events times out now
   * (no event, or no playhead move, for too long); the session then tells its owner it closed.
   */
  boolean timesOut(long now, MockSettings settings) {
    if (!state.acceptsEvents()) {
      return false;
    }
    long idleDeadline = lastEventAt + settings.eventTimeout().toMillis();
    long stallDeadline = lastPlayheadMoveAt + settings.playheadTimeout().toMillis();
    if (now >= idleDeadline && idleDeadline <= stallDeadline) {
      close(SessionState.TIMED_OUT, idleDeadline, "no event for " + Durations.format(settings.eventTimeout()));
      return true;
    }
    if (now >= stallDeadline) {
      close(SessionState.TIMED_OUT, stallDeadline,
          "the playhead did not move for " + Durations.format(settings.playheadTimeout()));
      return true;
    }
    return false;
  }

  void close(SessionState closedState, long at, String reason) {
    state = closedState;
    closedAt = at;
    closeReason = reason;
  }

  /** True once closed and its retention has run out: the session may be forgotten. */
  boolean expired(long now, MockSettings settings) {
    return closedAt >= 0 && now - closedAt >= settings.retention().toMillis();
  }

  SessionState state() {
    return state;
  }

  /** When the session was created and last took an event, and the span of {@code ts} it has taken (-1: none). */
  record Activity(long createdAt, long lastEventAt, long firstTs, long lastTs) {}

  Activity activity() {
    return new Activity(createdAt, lastEventAt, firstTs, lastTs);
  }

  /** When it last took an event (mock-clock epoch ms). */
  long lastEventAt() {
    return lastEventAt;
  }

  long closedAt() {
    return closedAt;
  }

  /** Why it closed, as recorded; a sessionEnd's reason is worded by the session, which knows its place. */
  String closeReason() {
    return closeReason;
  }
}
