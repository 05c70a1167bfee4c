package org.mcmock.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mcmock.Durations;
import org.mcmock.MockSettings;
import org.mcmock.contract.EventType;
import org.mcmock.contract.IncomingEvent;
import org.mcmock.rules.Finding;
import org.mcmock.rules.Mode;
import org.mcmock.rules.RuleEvent;
import org.mcmock.rules.SessionJudge;

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
  private final SessionJudge judge;
  private final Owner owner;
  private long weight;

  private SessionState state = SessionState.OPEN;
  private long lastEventAt;
  private long lastPlayheadMoveAt;
  private double lastPlayhead;
  private long firstTs = -1;
  private long lastTs = -1;
  private long closedAt = -1;
  private String closeReason;
  private boolean forgotten;

  /** What a session tells the store that holds it, from inside the session's lock. */
  interface Owner {
    /** The session recorded a request of this weight, which counts against the store's budget. */
    void recorded(long weight);

    /** The session has just closed (sessionEnd, a timeout, or on arrival for a downloaded one). */
    void closed(Session session);
  }

  private Session(String sid, boolean downloaded, SessionJudge judge, long createdAt, Owner owner) {
    this.sid = sid;
    this.downloaded = downloaded;
    this.judge = judge;
    this.owner = owner;
    this.createdAt = createdAt;
    this.lastEventAt = createdAt;
    this.lastPlayheadMoveAt = createdAt;
  }

  /**
   * A live session opened by a valid sessionStart.
   *
   * @param judge the session's rules engine, which has already judged and applied the sessionStart
   * @param startFindings what it said about the sessionStart
   * @param late what a delay planned through the admin API did to the answer, or null
   */
  static Session live(String sid, IncomingEvent start, List<Finding> startFindings, SessionJudge judge, long now,
      Owner owner, String late) {
    Session session = new Session(sid, false, judge, now, owner);
    session.record(start, now, 201, startFindings, late);
    session.findings.addAll(startFindings);
    return session;
  }

  /**
   * A session recorded whole from a valid downloaded batch: closed on arrival.
   *
   * @param judge the session's rules engine, which has already been fed the whole batch
   * @param batchFindings every finding about the batch, each naming its element's index
   */
  static Session downloaded(String sid, List<IncomingEvent> batch, List<Finding> batchFindings, SessionJudge judge,
      long now, Owner owner) {
    Session session = new Session(sid, true, judge, now, owner);
    Map<Integer, List<Finding>> byEvent =
        batchFindings.stream().collect(Collectors.groupingBy(Finding::eventIndex));
    for (int i = 0; i < batch.size(); i++) {
      session.record(batch.get(i), now, i == 0 ? 201 : 204, byEvent.getOrDefault(i, List.of()), null);
    }
    session.findings.addAll(batchFindings);
    if (session.state.acceptsEvents()) {
      session.close(SessionState.ENDED, now, "recorded from a downloaded batch, which is a whole session");
    }
    return session;
  }

  public String sid() {
    return sid;
  }

  /**
   * Offers an event that arrived for this session at {@code now}: the session's rules judge it, and in
   * strict mode an error finding keeps it from being applied.
   */
  public Outcome offer(IncomingEvent event, long now, MockSettings settings, Mode mode) {
    return offer(event, now, settings, mode, null);
  }

  /** The same for an event whose answer a delay planned through the admin API holds back ({@code late}). */
  public synchronized Outcome offer(IncomingEvent event, long now, MockSettings settings, Mode mode, String late) {
    refresh(now, settings);
    if (!state.acceptsEvents()) {
      if (events.size() < settings.maxEventsPerSession()) {
        keep(recorded(event, now, state.goneStatus(), List.of(), late, false));
      }
      return new Outcome.Gone(state, closeReason, closedAt);
    }
    if (events.size() >= settings.maxEventsPerSession()) {
      return new Outcome.Full(settings.maxEventsPerSession());
    }
    if (!event.valid()) {
      RecordedEvent rejected = keep(recorded(event, now, event.refusalStatus(), List.of(), late, false));
      return new Outcome.Rejected(rejected);
    }
    RuleEvent judged = new RuleEvent(events.size(), event);
    List<Finding> eventFindings = judge.judge(judged);
    findings.addAll(eventFindings);
    if (mode == Mode.STRICT && Finding.anyError(eventFindings)) {
      RecordedEvent refused = keep(recorded(event, now, 400, eventFindings, late, false));
      return new Outcome.RefusedByRule(refused);
    }
    judge.apply(judged);
    return new Outcome.Accepted(record(event, now, 204, eventFindings, late));
  }

  /**
   * Records a request that a fault planned through the admin API answered instead of the mock: it is neither
   * judged nor applied. A 410 closes a session still taking events, and a 404 loses it.
   *
   * @param status the status the fault answered, 0 when it broke the connection
   * @param injected what the fault did, e.g. {@code "status 410"}; the session adds what became of itself
   */
  public synchronized void inject(IncomingEvent event, long now, MockSettings settings, int status, String injected) {
    refresh(now, settings);
    if (events.size() >= settings.maxEventsPerSession()) {
      return;
    }
    SessionState closesAs = state.acceptsEvents() ? closedBy(status) : null;
    RecordedEvent recorded = keep(recorded(event, now, status, List.of(),
        closesAs == null ? injected : injected + ", session " + closesAs.label(), true));
    if (closesAs != null) {
      close(closesAs, now, closesAs.label() + " by an injected fault: " + status + " to "
          + (recorded.eventType() == null ? "an event" : recorded.eventType()) + " (event " + recorded.index() + ")");
    }
  }

  /** What an injected answer makes of a session still taking events: a 410 closes it, a 404 loses it. */
  private static SessionState closedBy(int injectedStatus) {
    return injectedStatus == 410 ? SessionState.CLOSED : injectedStatus == 404 ? SessionState.LOST : null;
  }

  /**
   * The store has let the session go: from now on what it records (a late request that found it just
   * before) no longer counts against the store's budget. Returns the weight it counted.
   */
  synchronized long forget() {
    forgotten = true;
    return weight;
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
    int injected = 0;
    for (RecordedEvent event : events) {
      if (event.answeredByFault()) {
        injected++;
      } else if (!event.applied()) {
        rejected++;
      } else if (event.eventType() != null) {
        EventType.fromWireName(event.eventType()).ifPresent(t -> counts[t.ordinal()]++);
      }
    }
    return new SessionSnapshot(sid, state, downloaded, createdAt, lastEventAt, closedAt, closeReason, firstTs, lastTs,
        events.size(), rejected, injected, counts, List.copyOf(findings), judge.timeline().summary(),
        withEvents ? List.copyOf(events) : List.of());
  }

  /** Records an accepted event and moves the session's lifecycle; the judge has already applied it. */
  private RecordedEvent record(IncomingEvent event, long now, int status, List<Finding> eventFindings, String late) {
    RecordedEvent recorded = keep(recorded(event, now, status, eventFindings, late, false));
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

  private RecordedEvent keep(RecordedEvent recorded) {
    events.add(recorded);
    weight += recorded.weight();
    if (!forgotten) {
      owner.recorded(recorded.weight());
    }
    return recorded;
  }

  private RecordedEvent recorded(IncomingEvent event, long now, int status, List<Finding> eventFindings,
      String injected, boolean answeredByFault) {
    return new RecordedEvent(events.size(), now, event.type() == null ? null : event.type().wireName(),
        event.playhead(), event.ts(), event.body(), status, event.violations(), List.copyOf(eventFindings), injected,
        answeredByFault);
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
    owner.closed(this);
  }
}
