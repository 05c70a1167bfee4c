package org.mcmock.session;

import java.util.ArrayList;
import java.util.List;
import org.mcmock.Durations;
import org.mcmock.MockSettings;
import org.mcmock.contract.EventType;
import org.mcmock.rules.Finding;

/**
 * One media session and its transitions. Every method that reads or changes state holds the
 * session's own lock, so concurrent requests on one session are applied one at a time and in full,
 * while requests on other sessions never wait for it.
 */
public final class Session {

  private final String sid;
  private final boolean downloaded;
  private final long createdAt;
  private final List<RecordedEvent> events = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();

  private SessionState state = SessionState.OPEN;
  private long lastEventAt;
  private long lastPlayheadMoveAt;
  private double lastPlayhead;
  private long firstTs = -1;
  private long lastTs = -1;
  private long closedAt = -1;
  private String closeReason;

  private Session(String sid, boolean downloaded, long createdAt) {
    this.sid = sid;
    this.downloaded = downloaded;
    this.createdAt = createdAt;
    this.lastEventAt = createdAt;
    this.lastPlayheadMoveAt = createdAt;
  }

  /** A live session opened by a valid sessionStart. */
  static Session live(String sid, IncomingEvent start, long now) {
    Session session = new Session(sid, false, now);
    session.apply(start, now);
    return session;
  }

  /** A session recorded whole from a valid downloaded batch: closed on arrival. */
  static Session downloaded(String sid, List<IncomingEvent> batch, List<Finding> findings, long now) {
    Session session = new Session(sid, true, now);
    for (IncomingEvent event : batch) {
      session.apply(event, now);
    }
    session.findings.addAll(findings);
    if (session.state.acceptsEvents()) {
      session.close(SessionState.ENDED, now, "recorded from a downloaded batch, which is a whole session");
    }
    return session;
  }

  public String sid() {
    return sid;
  }

  /** Offers an event that arrived for this session at {@code now}. */
  public synchronized Outcome offer(IncomingEvent event, long now, MockSettings settings) {
    refresh(now, settings);
    if (!state.acceptsEvents()) {
      if (events.size() < settings.maxEventsPerSession()) {
        events.add(event.record(events.size(), now, 410));
      }
      return new Outcome.Gone(state, closeReason, closedAt);
    }
    if (events.size() >= settings.maxEventsPerSession()) {
      return new Outcome.Full(settings.maxEventsPerSession());
    }
    if (!event.valid()) {
      RecordedEvent rejected = event.record(events.size(), now, event.refusalStatus());
      events.add(rejected);
      return new Outcome.Rejected(rejected);
    }
    return new Outcome.Accepted(apply(event, now));
  }

  /** True once the session is closed and its retention has run out: it may be forgotten. */
  public synchronized boolean expired(long now, MockSettings settings) {
    refresh(now, settings);
    return closedAt >= 0 && now - closedAt >= settings.retention().toMillis();
  }

  /** A consistent copy of the session at {@code now}, for the admin API. */
  public synchronized SessionSnapshot snapshot(long now, MockSettings settings, boolean withEvents) {
    refresh(now, settings);
    int[] counts = new int[EventType.values().length];
    int rejected = 0;
    for (RecordedEvent event : events) {
      if (!event.applied()) {
        rejected++;
      } else if (event.eventType() != null) {
        EventType.fromWireName(event.eventType()).ifPresent(t -> counts[t.ordinal()]++);
      }
    }
    return new SessionSnapshot(sid, state, downloaded, createdAt, lastEventAt, closedAt, closeReason, firstTs, lastTs,
        events.size(), rejected, counts, List.copyOf(findings), withEvents ? List.copyOf(events) : List.of());
  }

  private RecordedEvent apply(IncomingEvent event, long now) {
    RecordedEvent recorded = event.record(events.size(), now, event.type() == EventType.SESSION_START ? 201 : 204);
    events.add(recorded);
    lastEventAt = now;
    if (event.ts() >= 0) {
      firstTs = firstTs < 0 ? event.ts() : firstTs;
      lastTs = Math.max(lastTs, event.ts());
    }
    if (events.size() == 1 || Double.compare(event.playhead(), lastPlayhead) != 0) {
      lastPlayhead = event.playhead();
      lastPlayheadMoveAt = now;
    }
    if (event.type() == EventType.SESSION_END) {
      close(SessionState.ENDED, now, "sessionEnd arrived (event " + recorded.index() + ")");
    } else if (event.type() == EventType.SESSION_COMPLETE && state == SessionState.OPEN) {
      state = SessionState.COMPLETE;
    }
    return recorded;
  }

  /** Applies the server-side timeouts lazily: a session is judged at the moment someone looks. */
  private void refresh(long now, MockSettings settings) {
    if (!state.acceptsEvents()) {
      return;
    }
    long idleDeadline = lastEventAt + settings.eventTimeout().toMillis();
    long stallDeadline = lastPlayheadMoveAt + settings.playheadTimeout().toMillis();
    if (now >= idleDeadline && idleDeadline <= stallDeadline) {
      close(SessionState.TIMED_OUT, idleDeadline, "no event for " + Durations.format(settings.eventTimeout()));
    } else if (now >= stallDeadline) {
      close(SessionState.TIMED_OUT, stallDeadline,
          "the playhead did not move for " + Durations.format(settings.playheadTimeout()));
    }
  }

  private void close(SessionState closedState, long at, String reason) {
    state = closedState;
    closedAt = at;
    closeReason = reason;
  }
}
