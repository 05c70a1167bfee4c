package org.mcmock.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mcmock.config.MockSettings;
import org.mcmock.contract.IncomingEvent;
import org.mcmock.model.Finding;
import org.mcmock.model.Mode;
import org.mcmock.rules.SessionRules;

/**
 * Every session the mock knows, by sid and in the order it opened them, and the way requests reach them (offer,
 * settle, inject). Closed sessions are forgotten once their retention has run out (lookups check that themselves,
 * so a forgotten session answers 404 at the exact moment, whether or not a sweep has run), or earlier when
 * {@link StoreBudget} needs room. What would open a session is judged by {@link OpeningJudge}; what was refused
 * without one is kept in {@link RefusalLogs}.
 */
public final class SessionStore {

  private final MockClock clock;
  private final MockSettings settings;
  private final SessionRules rules;
  private final AtomicReference<Mode> mode;
  private final OpeningJudge openings;
  private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();
  private final StoreBudget budget;
  /** Answers waiting for a cure at once, across sessions; see {@link #settle}. */
  private final AtomicInteger waiting = new AtomicInteger();
  static final int MAX_WAITING = 64;
  /** Sessions report here what they record and when they close. */
  private final Session.Owner owner = new Session.Owner() {
    @Override
    public void recorded(long weight) {
      budget.recorded(weight);
    }

    /** A downloaded session closes before it is registered; {@link #recordDownloaded} queues it then. */
    @Override
    public void closed(Session session) {
      if (sessions.get(session.sid()) == session) {
        budget.closed(session);
      }
    }

    @Override
    public void buffering(Session session) {
      buffering.add(session);
    }
  };
  /**
   * Sessions that buffer events, in the order they began to: {@link #settleDue} looks at each until none of its
   * events is buffered, so a buffered event is final soon after its reorder window even in a session no request or
   * admin call looks at again (a player that sent sessionEnd, or stopped after sessionComplete).
   */
  private final Queue<Session> buffering = new ConcurrentLinkedQueue<>();
  private final RefusalLogs refusals;
  /** Every held session by the order the store opened it: what admin lists page through. */
  private final ConcurrentSkipListMap<Long, Session> byPosition = new ConcurrentSkipListMap<>();
  private final AtomicLong nextPosition = new AtomicLong();
  /** The sid the next session opened on this thread takes, while {@link #withSid} replays one. */
  private final ThreadLocal<String> presetSid = new ThreadLocal<>();
  private volatile StoreRecorder recorder = StoreRecorder.NONE;
  private volatile SidIssuer sids = SidIssuer.random();

  public SessionStore(MockClock clock, MockSettings settings) {
    this.clock = clock;
    this.settings = settings;
    this.rules = new SessionRules(settings.rules());
    this.mode = new AtomicReference<>(settings.mode());
    this.openings = new OpeningJudge(rules, mode::get);
    this.refusals = new RefusalLogs(settings.maxRejectedBatches());
    this.budget = new StoreBudget(settings.maxSessions(), settings.maxRecordedBytes(), new StoreBudget.Registry() {
      @Override
      public void forget(Session session) {
        SessionStore.this.forget(session);
      }

      @Override
      public void sweep() {
        SessionStore.this.sweep();
      }

      @Override
      public boolean holds(Session session) {
        return sessions.get(session.sid()) == session;
      }
    });
  }

  public MockClock clock() {
    return clock;
  }

  public MockSettings settings() {
    return settings;
  }

  public SessionRules rules() {
    return rules;
  }

  /** What an error finding does right now; the admin API can switch it while the mock runs. */
  public Mode mode() {
    return mode.get();
  }

  public void switchMode(Mode value) {
    mode.set(value);
    recorder.modeSwitched(value, clock.millis());
  }

  /** From now on new sessions take sids from {@code value}, which names this instance in them. */
  public void issueSidsWith(SidIssuer value) {
    sids = value;
  }

  /** The id at the start of every sid this store issues ({@link SidIssuer}). */
  public String instanceId() {
    return sids.instanceId();
  }

  /** From now on every change to the store is reported to {@code value} (a journal file). */
  public void recordInto(StoreRecorder value) {
    recorder = value;
  }

  /**
   * Runs {@code call} (an {@link #open} or {@link #recordDownloaded}) so that the session it opens takes
   * {@code sid}, as it did when it was first recorded: for replaying a journal file.
   */
  public <T> T withSid(String sid, Supplier<T> call) {
    presetSid.set(sid);
    try {
      return call.get();
    } finally {
      presetSid.remove();
    }
  }

  /** A held session and its place in the order the store opened sessions. */
  public record Listed(long position, Session session) {}

  /**
   * Up to {@code limit} held sessions opened after {@code position}, in the order the store opened them; a
   * session opened while a client pages through comes after every earlier one, so paging sees it once.
   */
  public List<Listed> page(long position, int limit) {
    long now = clock.millis();
    List<Listed> page = new ArrayList<>(Math.min(limit, 1024));
    var rest = byPosition.tailMap(position, false).entrySet().iterator();
    while (page.size() < limit && rest.hasNext()) {
      var entry = rest.next();
      if (entry.getValue().expired(now, settings)) {
        forget(entry.getValue());
      } else {
        page.add(new Listed(entry.getKey(), entry.getValue()));
      }
    }
    return page;
  }

  /** Opens a live session from a valid sessionStart, unless strict mode refuses it for an error finding. */
  public Opening open(IncomingEvent start) {
    return open(start, null);
  }

  /** The same, for a sessionStart whose answer a delay planned through the admin API holds back ({@code late}). */
  public Opening open(IncomingEvent start, String late) {
    OpeningJudge.Judged judged = openings.start(start);
    if (judged.refused()) {
      return new Opening(null, judged.findings());
    }
    long now = clock.millis();
    Session session = register(MockSettings.SESSION_OVERHEAD_BYTES + RecordedEvent.weightOf(start.body()),
        sid -> Session.live(sid, start, judged.findings(), judged.judge(), now, owner, late));
    recorder.opened(session.sid(), start, late, now);
    return new Opening(session, judged.findings());
  }

  /**
   * Records a whole downloaded batch, already checked against the batch rules, as one closed session;
   * the session rules judge every element first, and in strict mode an error refuses the batch.
   *
   * @param batchFindings the batch rules' own findings, added to the session rules'
   */
  public Opening recordDownloaded(List<IncomingEvent> batch, List<Finding> batchFindings) {
    OpeningJudge.Judged judged = openings.batch(batch, batchFindings);
    if (judged.refused()) {
      return new Opening(null, judged.findings());
    }
    long now = clock.millis();
    long weight = MockSettings.SESSION_OVERHEAD_BYTES
        + batch.stream().mapToLong(e -> RecordedEvent.weightOf(e.body())).sum();
    Session session = register(weight,
        sid -> Session.downloaded(sid, batch, judged.findings(), judged.judge(), now, owner));
    budget.closed(session);
    recorder.downloaded(session.sid(), batch, batchFindings, now);
    return new Opening(session, judged.findings());
  }

  /**
   * Offers an event to a session (see {@link Session#offer}), once the store has room to record it.
   *
   * @throws StoreFullException when open sessions fill {@link MockSettings#maxRecordedBytes()}
   */
  public Outcome offer(Session session, IncomingEvent event) {
    return offer(session, event, null);
  }

  /**
   * The same, for an event whose answer a delay planned through the admin API holds back ({@code late}). The
   * session reads the clock under its own lock, so its arrival order and arrival times agree.
   *
   * @return possibly {@link Outcome.Unsettled}: {@link #settle} gives the answer then
   */
  public Outcome offer(Session session, IncomingEvent event, String late) {
    if (!budget.roomFor(RecordedEvent.weightOf(event.body()), clock.millis())) {
      throw StoreFullException.requests(settings.maxRecordedBytes());
    }
    synchronized (session) { // under the session's lock: the clock, the arrival order and the journal agree
      long now = clock.millis();
      Outcome outcome = session.offer(event, () -> now, settings, mode(), late);
      recorder.offered(session.sid(), event, late, now);
      return outcome;
    }
  }

  /**
   * The final answer to an offer: an {@link Outcome.Unsettled} one waits up to {@code maxWait} (real time) for a
   * request that could cure its finding (see {@link Session#settle}); any other outcome is final already. The
   * HTTP layer waits {@code settings().ordering().settleWindow()}; tests pass {@link Duration#ZERO}.
   */
  public Outcome.Final settle(Session session, Outcome outcome, Duration maxWait) {
    if (outcome instanceof Outcome.Final done) {
      return done;
    }
    Outcome.Unsettled unsettled = (Outcome.Unsettled) outcome;
    // a flood of answers waiting for cures must not hold every server thread: beyond the cap they answer at once
    if (waiting.incrementAndGet() > MAX_WAITING) {
      maxWait = Duration.ZERO;
    }
    try {
      return session.settle(unsettled, maxWait);
    } finally {
      waiting.decrementAndGet();
    }
  }

  /**
   * Records on the session a request that a fault planned through the admin API answered instead of the mock
   * (see {@link Session#inject}). With no room left it is not recorded: the fault answers all the same.
   */
  public void inject(Session session, IncomingEvent event, int status, String injected) {
    long now = clock.millis();
    if (budget.roomFor(RecordedEvent.weightOf(event.body()), now)) {
      synchronized (session) {
        session.inject(event, now, settings, status, injected);
        recorder.injected(session.sid(), event, status, injected, now);
      }
    }
  }

  /** The session, unless it was never issued or its retention ran out. */
  public Optional<Session> find(String sid) {
    Session session = sessions.get(sid);
    if (session == null) {
      return Optional.empty();
    }
    long now = clock.millis();
    if (session.expired(now, settings)) {
      forget(session);
      return Optional.empty();
    }
    return Optional.of(session);
  }

  /** Snapshots of all sessions still retained, oldest first. */
  public List<SessionSnapshot> snapshots() {
    return snapshots(false);
  }

  /**
   * Snapshots of all sessions still retained, oldest first; two opened in the same millisecond in the order of
   * their players' clocks (a player's new session after a 410 comes later on its clock).
   */
  public List<SessionSnapshot> snapshots(boolean withEvents) {
    sweep();
    long now = clock.millis();
    List<SessionSnapshot> all = new ArrayList<>();
    for (Session session : sessions.values()) {
      all.add(session.snapshot(now, settings, withEvents));
    }
    all.sort(java.util.Comparator.comparingLong(SessionSnapshot::createdAt)
        .thenComparingLong(SessionSnapshot::firstTs).thenComparing(SessionSnapshot::sid));
    return all;
  }

  /**
   * Forgets every closed session whose retention has run out; looking at each closes (and so queues) the
   * sessions that timed out unnoticed.
   */
  public void sweep() {
    long now = clock.millis();
    for (Session session : sessions.values()) {
      if (session.expired(now, settings)) {
        forget(session);
      }
    }
  }

  /**
   * Looks at every session that buffers events, once: those whose buffered events are due at this moment make
   * them final (as any look at a session would); those that still buffer some are looked at again next time.
   * Cheaper than a {@link #sweep}, which looks at every session held: the {@link IdleSweeper} calls this often.
   */
  public void settleDue() {
    long now = clock.millis();
    for (int n = buffering.size(); n > 0; n--) {
      Session session = buffering.poll();
      if (session == null) {
        return;
      }
      if (sessions.get(session.sid()) == session && session.settleBuffered(now, settings)) {
        buffering.add(session);
      }
    }
  }

  /**
   * Forgets all sessions, rejected batches and refused sessionStarts, puts the clock back to real time and goes
   * back to the mode the mock started in: the store's part of the mock's reset
   * ({@code MediaCollectionExtension.reset}, which clears planned faults too).
   */
  public void reset() {
    clock.reset();
    mode.set(settings.mode());
    sessions.clear();
    buffering.clear();
    budget.clear();
    refusals.clear();
    byPosition.clear();
    recorder.reset(clock.millis());
  }

  public int size() {
    return budget.size();
  }

  /** Closed sessions waiting to be forgotten when a cap needs room. */
  int queuedForRoom() {
    return budget.queuedForRoom();
  }

  /** The weight of the requests recorded in all the sessions the store holds, in bytes. */
  public long recordedBytes() {
    return budget.recordedBytes();
  }

  public void addRejectedBatch(RejectedBatch batch) {
    refusals.add(batch);
    recorder.rejectedBatch(batch);
  }

  public List<RejectedBatch> rejectedBatches() {
    return refusals.rejectedBatches();
  }

  /** Keeps a refused sessionStart; as many are kept as rejected batches (--max-rejected-batches). */
  public void addRefusedStart(RefusedStart start) {
    refusals.add(start);
    recorder.refusedStart(start);
  }

  public List<RefusedStart> refusedStarts() {
    return refusals.refusedStarts();
  }

  private Session register(long weight, Function<String, Session> factory) {
    long now = clock.millis();
    if (!budget.takeSlot(now)) {
      throw StoreFullException.sessions(budget.maxSessions());
    }
    if (!budget.roomFor(weight, now)) {
      budget.releaseSlot();
      throw StoreFullException.requests(budget.maxRecordedBytes());
    }
    while (true) {
      String sid = presetSid.get() == null ? sids.next() : presetSid.get();
      Session session = factory.apply(sid);
      if (sessions.putIfAbsent(sid, session) == null) {
        long position = nextPosition.incrementAndGet();
        session.placeAt(position);
        byPosition.put(position, session);
        return session;
      }
      if (presetSid.get() != null) {
        budget.releaseSlot();
        throw new IllegalStateException("session " + sid + " is already held");
      }
    }
  }

  private void forget(Session session) {
    if (sessions.remove(session.sid(), session)) {
      long position = session.position();
      if (position > 0) {
        byPosition.remove(position, session);
      }
      budget.forgotten(session.forget());
    }
    budget.dropForgotten();
  }
}
