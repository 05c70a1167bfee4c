package org.mcmock.session;

import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.mcmock.MockSettings;
import org.mcmock.rules.Finding;

/**
 * Every session the mock knows, bounded by {@link MockSettings#maxSessions()}. Closed sessions are
 * forgotten once their retention has run out; lookups check that themselves, so a forgotten session
 * answers 404 at the exact moment, whether or not a sweep has run.
 */
public final class SessionStore {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final HexFormat HEX = HexFormat.of();

  private final MockClock clock;
  private final MockSettings settings;
  private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();
  private final AtomicInteger size = new AtomicInteger();
  private final Deque<RejectedBatch> rejectedBatches = new ArrayDeque<>();

  public SessionStore(MockClock clock, MockSettings settings) {
    this.clock = clock;
    this.settings = settings;
  }

  public MockClock clock() {
    return clock;
  }

  public MockSettings settings() {
    return settings;
  }

  /** Opens a live session from a valid sessionStart. */
  public Session open(IncomingEvent start) {
    long now = clock.millis();
    return register(sid -> Session.live(sid, start, now));
  }

  /** Records a whole downloaded batch, already checked, as one closed session. */
  public Session recordDownloaded(List<IncomingEvent> batch, List<Finding> findings) {
    long now = clock.millis();
    return register(sid -> Session.downloaded(sid, batch, findings, now));
  }

  /** The session, unless it was never issued or its retention ran out. */
  public Optional<Session> find(String sid) {
    Session session = sessions.get(sid);
    if (session == null) {
      return Optional.empty();
    }
    if (session.expired(clock.millis(), settings)) {
      forget(session);
      return Optional.empty();
    }
    return Optional.of(session);
  }

  /** Snapshots of all sessions still retained, oldest first. */
  public List<SessionSnapshot> snapshots() {
    sweep();
    long now = clock.millis();
    List<SessionSnapshot> all = new ArrayList<>();
    for (Session session : sessions.values()) {
      all.add(session.snapshot(now, settings, false));
    }
    all.sort(java.util.Comparator.comparingLong(SessionSnapshot::createdAt).thenComparing(SessionSnapshot::sid));
    return all;
  }

  /** Forgets every closed session whose retention has run out. */
  public void sweep() {
    long now = clock.millis();
    for (Session session : sessions.values()) {
      if (session.expired(now, settings)) {
        forget(session);
      }
    }
  }

  /** Forgets all sessions and rejected batches. */
  public void reset() {
    sessions.clear();
    size.set(0);
    synchronized (rejectedBatches) {
      rejectedBatches.clear();
    }
  }

  public int size() {
    return size.get();
  }

  public void addRejectedBatch(RejectedBatch batch) {
    synchronized (rejectedBatches) {
      if (rejectedBatches.size() >= settings.maxRejectedBatches()) {
        rejectedBatches.removeFirst();
      }
      rejectedBatches.addLast(batch);
    }
  }

  public List<RejectedBatch> rejectedBatches() {
    synchronized (rejectedBatches) {
      return List.copyOf(rejectedBatches);
    }
  }

  private Session register(java.util.function.Function<String, Session> factory) {
    if (!reserveSlot()) {
      sweep();
      if (!reserveSlot()) {
        throw new SessionCapReachedException(settings.maxSessions());
      }
    }
    while (true) {
      String sid = newSid();
      Session session = factory.apply(sid);
      if (sessions.putIfAbsent(sid, session) == null) {
        return session;
      }
    }
  }

  private boolean reserveSlot() {
    while (true) {
      int current = size.get();
      if (current >= settings.maxSessions()) {
        return false;
      }
      if (size.compareAndSet(current, current + 1)) {
        return true;
      }
    }
  }

  private void forget(Session session) {
    if (sessions.remove(session.sid(), session)) {
      size.decrementAndGet();
    }
  }

  /** 64 random lowercase hex characters, the shape of Adobe's sample sid. */
  private static String newSid() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return HEX.formatHex(bytes);
  }
}
