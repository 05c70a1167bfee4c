package org.mcmock.session;

import org.mcmock.model.Api;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.mcmock.config.Durations;
import org.mcmock.config.MockSettings;
import org.mcmock.model.EventType;
import org.mcmock.contract.IncomingEvent;
import org.mcmock.model.Finding;
import org.mcmock.model.Mode;
import org.mcmock.rules.SessionJudge;
import org.mcmock.session.OrderedEvents.Entry;

/**
 * One media session: what arrives for it is recorded, judged in ts order and answered. Its life (open, closed,
 * timeouts) is its {@link SessionLifecycle}, its events and their findings its {@link OrderedEvents}. Every method
 * that reads or changes state holds the session's own lock, so concurrent requests on one session are applied one
 * at a time and in full, while requests on other sessions never wait for it.
 *
 * <p>Events are judged in ts order, as Adobe's backend sorts them in its reorder buffer ({@link OrderedEvents}):
 * an event stays unsettled until it has waited the reorder window (mock clock) or the buffer overflows. An answer
 * whose finding a request not yet arrived could cure is {@link Outcome.Unsettled}: {@link #settle} gives the
 * verdict, at once or after waiting for the cure. A sessionEnd closes the session, but an event that belongs
 * before it and arrives within the reorder window after it is still taken.
 */
public final class Session {

  /**
   * After this long without an event (mock clock), a session's last settled requests are deflated too
   * ({@link OrderedEvents#rest}): longer than a player's 10-second pings, so a playing session fills whole chunks.
   * A session that is complete or closed has them deflated as soon as nothing of it is buffered: it expects
   * little more, and under the closed-session benchmark its last chunk, kept raw for these 30 s, was most of the
   * store (bench/README.md).
   */
  static final long REST_AFTER_MS = 30_000;

  private final String sid;
  private final boolean downloaded;
  private final Api api;
  private final OrderedEvents events;
  private final Owner owner;
  private long weight;
  private int arrivals;
  private int waiters;

  private final SessionLifecycle life;
  /** The sessionEnd that closed the session: events that belong before it may still come while it is buffered. */
  private Entry end;
  private boolean forgotten;
  /** True from the moment it told its owner it buffers events until {@link #settleBuffered} found none buffered. */
  private boolean buffering;
  /** Where the store lists it (from 1), 0 until the store has placed it. */
  private volatile long position;

  /** What a session tells the store that holds it, from inside the session's lock. */
  interface Owner {
    /** The session recorded a request of this weight, which counts against the store's budget. */
    void recorded(long weight);

    /** The session has just closed (sessionEnd, a timeout, or on arrival for a downloaded one). */
    void closed(Session session);

    /**
     * The session has begun to buffer events: {@link #settleBuffered} should look at it once they are due, until
     * it answers that nothing of it is buffered any more.
     */
    void buffering(Session session);
  }

  private Session(String sid, boolean downloaded, Api api, SessionJudge judge, long createdAt, Owner owner) {
    this.sid = sid;
    this.downloaded = downloaded;
    this.api = api;
    this.events = new OrderedEvents(judge, this::weigh);
    this.owner = owner;
    this.life = new SessionLifecycle(createdAt);
    weigh(MockSettings.SESSION_OVERHEAD_BYTES);
  }

  /**
   * A live session opened by a valid sessionStart, which skips the reorder buffer (as at Adobe).
   *
   * @param judge the session's rules engine, which has already judged and applied the sessionStart
   * @param startFindings what it said about the sessionStart
   * @param late what a delay planned through the admin API did to the answer, or null
   */
  static Session live(String sid, IncomingEvent start, List<Finding> startFindings, SessionJudge judge, long now,
      Owner owner, String late) {
    Session session = new Session(sid, false, start.api(), judge, now, owner);
    // Media Collection answers a sessionStart 201 + Location, Media Edge 200 with the id in a handle.
    session.addSettled(start, now, start.api() == Api.MEDIA_EDGE ? 200 : 201, startFindings, late);
    session.events.addSettledFindings(startFindings);
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
    Session session = new Session(sid, true, Api.MEDIA_COLLECTION, judge, now, owner);
    Map<Integer, List<Finding>> byEvent =
        batchFindings.stream().collect(Collectors.groupingBy(Finding::eventIndex));
    for (int i = 0; i < batch.size(); i++) {
      session.addSettled(batch.get(i), now, i == 0 ? 201 : Outcome.ACCEPTED, byEvent.getOrDefault(i, List.of()), null);
    }
    session.events.addSettledFindings(batchFindings);
    if (session.life.state().acceptsEvents()) {
      session.close(SessionState.ENDED, now, "recorded from a downloaded batch, which is a whole session");
    }
    return session;
  }

  public String sid() {
    return sid;
  }

  /** The store lists it at {@code position}, in the order it opened its sessions. */
  void placeAt(long value) {
    position = value;
  }

  long position() {
    return position;
  }

  /** The API it came in by. */
  public Api api() {
    return api;
  }

  /**
   * Offers an event that arrived for this session at {@code now}: the session's rules judge it in its place by
   * ts, and in strict mode an error finding keeps it from being applied.
   */
  public Outcome offer(IncomingEvent event, long now, MockSettings settings, Mode mode) {
    return offer(event, () -> now, settings, mode, null);
  }

  /** The same for an event whose answer a delay planned through the admin API holds back ({@code late}). */
  public Outcome offer(IncomingEvent event, long now, MockSettings settings, Mode mode, String late) {
    return offer(event, () -> now, settings, mode, late);
  }

  /**
   * The same, reading the clock under the session's lock, so that arrival order and arrival time agree.
   *
   * @return {@link Outcome.Unsettled} when a finding on the event could still be cured by a request not yet
   *     arrived: {@link #settle} then gives the answer
   */
  public synchronized Outcome offer(IncomingEvent event, LongSupplier clock, MockSettings settings, Mode mode,
      String late) {
    long now = clock.getAsLong();
    refresh(now, settings);
    SessionState state = life.state();
    if (!state.acceptsEvents() && !takenAfterEnd(event, now, settings)) {
      if (events.size() < settings.maxEventsPerSession()) {
        events.addUnapplied(entry(event, now, Outcome.goneStatus(state), late, false));
      }
      return new Outcome.Gone(state, closeReason(), life.closedAt());
    }
    if (events.size() >= settings.maxEventsPerSession()) {
      return new Outcome.Full(settings.maxEventsPerSession());
    }
    if (!event.valid()) {
      Entry rejected = entry(event, now, event.refusalStatus(), late, false);
      return new Outcome.Rejected(rejected.record.at(events.addUnapplied(rejected)));
    }
    Entry entry = entry(event, now, Outcome.ACCEPTED, late, false);
    entry.strict = mode == Mode.STRICT;
    if (settings.ordering().reorderEvents() == 0) {
      return inArrivalOrder(entry);
    }
    events.insert(entry);
    List<Finding> findings = entry.findings();
    if (entry.strict && Finding.anyIncurableError(findings)) {
      events.refuse(entry, Outcome.REFUSED_BY_RULE);
    } else if (Finding.anyCurable(findings)) {
      entry.pending = true;
      if (!entry.strict || !Finding.anyError(findings)) {
        count(entry);
      }
    } else {
      count(entry);
    }
    settleDue(now, settings);
    wake();
    if (!buffering && events.buffered() > 0) {
      buffering = true;
      owner.buffering(this);
    }
    return entry.pending ? new Outcome.Unsettled(entry) : answer(entry);
  }

  /**
   * The final answer to a request {@link #offer} left {@link Outcome.Unsettled}: it waits, up to {@code maxWait}
   * of real time, until no finding on the event could be cured any more (a request arrived that cured it, or it
   * left the buffer), then gives the verdict that holds: in strict mode an error still there refuses the event
   * (400, not applied, the buffered events judged again without it). {@link Duration#ZERO} never waits.
   */
  public synchronized Outcome.Final settle(Outcome.Unsettled unsettled, Duration maxWait) {
    Entry entry = unsettled.entry();
    if (!entry.pending) { // its verdict came before this thread took the lock (a pending request is in the tail)
      return answer(entry);
    }
    long deadline = System.nanoTime() + Math.min(maxWait.toNanos(), Long.MAX_VALUE / 4);
    waiters++;
    try {
      while (entry.pending && Finding.anyCurable(entry.findings())) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      waiters--;
    }
    if (entry.pending) {
      verdict(entry);
      wake();
    }
    return answer(entry);
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
    SessionState closesAs = life.state().acceptsEvents() ? closedBy(status) : null;
    Entry entry = entry(event, now, status,
        closesAs == null ? injected : injected + ", session " + closesAs.label(), true);
    int index = events.addUnapplied(entry);
    if (closesAs != null) {
      close(closesAs, now, closesAs.label() + " by an injected fault: " + status + " to "
          + (entry.type == null ? "an event" : entry.type) + " (event " + index + ")");
      settleDue(now, settings);
      wake();
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

  /**
   * Lets the buffered events that are due at {@code now} become final, as any look at the session does: for the
   * store's timely look at the sessions that buffer events.
   *
   * @return true while events are still buffered (look again later), false once none is
   */
  synchronized boolean settleBuffered(long now, MockSettings settings) {
    refresh(now, settings);
    buffering = events.buffered() > 0;
    return buffering;
  }

  /** True once the session is closed and its retention has run out: it may be forgotten. */
  public synchronized boolean expired(long now, MockSettings settings) {
    refresh(now, settings);
    return life.expired(now, settings);
  }

  /** A consistent copy of the session at {@code now}, for the admin API: its events in ts order. */
  public synchronized SessionSnapshot snapshot(long now, MockSettings settings, boolean withEvents) {
    refresh(now, settings);
    return SessionSnapshot.of(sid, downloaded, api, life, closeReason(), events, withEvents);
  }

  /** With no buffer: judged after everything so far and final at once, refused in strict mode for an error. */
  private Outcome.Final inArrivalOrder(Entry entry) {
    List<Finding> findings = events.judgeAtEnd(entry);
    if (entry.strict && Finding.anyError(findings)) {
      entry.record = entry.record.answered(Outcome.REFUSED_BY_RULE, findings);
      return new Outcome.RefusedByRule(entry.record.at(events.addUnapplied(entry)));
    }
    events.appendFinal(entry, findings);
    count(entry);
    return answer(entry);
  }

  /** The answer a request has once its verdict is given. */
  private Outcome.Final answer(Entry entry) {
    return answer(events.recorded(entry));
  }

  private static Outcome.Final answer(RecordedEvent recorded) {
    return recorded.applied() ? new Outcome.Accepted(recorded) : new Outcome.RefusedByRule(recorded);
  }

  /** Gives a waiting request its verdict now: strict mode refuses an error still on it, else it counts. */
  private void verdict(Entry entry) {
    entry.pending = false;
    // a sessionEnd whose warning let it close the session stays: the session is closed by then
    if (entry.strict && entry.buffered && entry != end && Finding.anyError(entry.findings())) {
      events.refuse(entry, Outcome.REFUSED_BY_RULE);
    } else if (!entry.counted) {
      count(entry);
    }
  }

  /**
   * Lets buffered events become final: the earliest by ts while the buffer holds more than it may, and every one
   * up to the last that has waited the reorder window; all of them once the session closed otherwise than by a
   * sessionEnd. A request still waiting for its verdict gets it first.
   */
  private void settleDue(long now, MockSettings settings) {
    int most = settings.ordering().reorderEvents();
    long cutoff = now - settings.ordering().reorderWindow().toMillis();
    boolean flush = !life.state().acceptsEvents() && end == null;
    while (events.buffered() > 0 && (flush || events.buffered() > most || events.anyBufferedSince(cutoff))) {
      Entry head = events.head();
      if (head.pending) {
        verdict(head);
      } else {
        events.settleHead();
      }
    }
    wake();
  }

  /** An event with a ts not later than the sessionEnd's, within the reorder window after it, belongs before it. */
  private boolean takenAfterEnd(IncomingEvent event, long now, MockSettings settings) {
    return life.state() == SessionState.ENDED && end != null && end.buffered && event.valid()
        && event.type() != EventType.SESSION_END && event.ts() <= end.record.ts()
        && now - life.closedAt() <= settings.ordering().reorderWindow().toMillis();
  }

  private void wake() {
    if (waiters > 0) {
      notifyAll();
    }
  }

  /** An event that is final at once: a sessionStart, or one of a downloaded batch. */
  private void addSettled(IncomingEvent event, long now, int status, List<Finding> findings, String late) {
    Entry entry = entry(event, now, status, late, false);
    entry.record = entry.record.answered(status, findings);
    events.addSettled(entry);
    count(entry);
  }

  /** Moves the session's lifecycle for an event it took: activity, playhead, and what sessionEnd closes. */
  private void count(Entry entry) {
    entry.counted = true;
    life.took(entry.record);
    if (entry.type == EventType.SESSION_END && life.state().acceptsEvents()) {
      end = entry;
      close(SessionState.ENDED, entry.record.arrivedAt(), null);
    } else if (entry.type == EventType.SESSION_COMPLETE) {
      life.complete();
    }
  }

  /** A new recorded request, counted against the store's budget; the next in arrival order. */
  private Entry entry(IncomingEvent event, long now, int status, String injected, boolean answeredByFault) {
    RecordedEvent recorded = new RecordedEvent(events.size(), arrivals++, now,
        event.type() == null ? null : event.type().wireName(), event.playhead(), event.ts(), event.body(), status,
        event.violations(), List.of(), injected, answeredByFault);
    weigh(recorded.weight());
    return new Entry(recorded, event);
  }

  /** Counts (or, negative, releases) memory the session holds against the store's budget. */
  private void weigh(long bytes) {
    weight += bytes;
    if (!forgotten) {
      owner.recorded(bytes);
    }
  }

  /**
   * Applies the server-side timeouts lazily (a session is judged at the moment someone looks), and lets buffered
   * events that are due become final.
   */
  private void refresh(long now, MockSettings settings) {
    if (life.timesOut(now, settings)) {
      owner.closed(this);
    }
    settleDue(now, settings);
    if (now - life.lastEventAt() >= REST_AFTER_MS || life.state() != SessionState.OPEN && events.buffered() == 0) {
      events.rest();
    }
  }

  /**
   * Why the session closed. A sessionEnd is named by its place in ts order now, which events placed before it
   * within the reorder window move on: the same whatever order they arrived in.
   */
  private String closeReason() {
    return life.state() == SessionState.ENDED && end != null
        ? "sessionEnd arrived (event " + events.positionOf(end) + ")" : life.closeReason();
  }

  private void close(SessionState closedState, long at, String reason) {
    life.close(closedState, at, reason);
    owner.closed(this);
  }
}
