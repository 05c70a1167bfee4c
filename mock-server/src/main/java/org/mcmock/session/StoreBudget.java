package org.mcmock.session;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the store may hold, {@code maxSessions} sessions and {@code maxRecordedBytes} of recorded requests, and
 * which sessions it forgets to make room: closed ones, oldest first; only open sessions are never forgotten.
 */
final class StoreBudget {

  /** What the budget asks of the registry when it needs room. */
  interface Registry {
    /** Forgets a session: it leaves the registry and gives back its slot and bytes. */
    void forget(Session session);

    /** Forgets every closed session whose retention has run out, closing (and so queueing) timed-out ones. */
    void sweep();

    /** True while the registry still holds this very session. */
    boolean holds(Session session);
  }

  private final int maxSessions;
  private final long maxRecordedBytes;
  private final Registry registry;
  private final AtomicInteger size = new AtomicInteger();
  private final AtomicLong recordedBytes = new AtomicLong();
  /** Closed sessions in the order the store saw them close: the first to forget when a cap needs room. */
  private final Queue<Session> closedOldestFirst = new ConcurrentLinkedQueue<>();
  private final AtomicLong nextFullSweep = new AtomicLong(Long.MIN_VALUE);

  StoreBudget(int maxSessions, long maxRecordedBytes, Registry registry) {
    this.maxSessions = maxSessions;
    this.maxRecordedBytes = maxRecordedBytes;
    this.registry = registry;
  }

  /** Takes a session slot, forgetting closed sessions if need be; false when every slot holds an open session. */
  boolean takeSlot(long now) {
    return reserveSlot() || (makeRoom(true, 0, now) && reserveSlot());
  }

  void releaseSlot() {
    size.decrementAndGet();
  }

  /** True when {@code weight} more bytes fit, once closed sessions are forgotten if need be. */
  boolean roomFor(long weight, long now) {
    return recordedBytes.get() + weight <= maxRecordedBytes || makeRoom(false, weight, now);
  }

  /** Counts (or, negative, releases) recorded bytes. */
  void recorded(long weight) {
    recordedBytes.addAndGet(weight);
  }

  /** A session closed: it may be forgotten, after older closed ones, when a cap needs room. */
  void closed(Session session) {
    closedOldestFirst.add(session);
  }

  /** A session left the registry: its slot and the bytes it counted are free. */
  void forgotten(long weight) {
    size.decrementAndGet();
    recordedBytes.addAndGet(-weight);
  }

  /** Drops forgotten sessions from the head of the queue, so it holds no dead ones. */
  void dropForgotten() {
    // Sessions that retention forgot leave the queue's head (they closed first), so it holds no dead ones.
    Session head;
    while ((head = closedOldestFirst.peek()) != null && !registry.holds(head)) {
      closedOldestFirst.remove(head);
    }
  }

  int size() {
    return size.get();
  }

  long recordedBytes() {
    return recordedBytes.get();
  }

  int maxSessions() {
    return maxSessions;
  }

  long maxRecordedBytes() {
    return maxRecordedBytes;
  }

  /** Closed sessions waiting to be forgotten when a cap needs room. */
  int queuedForRoom() {
    return closedOldestFirst.size();
  }

  void clear() {
    closedOldestFirst.clear();
    size.set(0);
    recordedBytes.set(0);
  }

  private boolean reserveSlot() {
    while (true) {
      int current = size.get();
      if (current >= maxSessions) {
        return false;
      }
      if (size.compareAndSet(current, current + 1)) {
        return true;
      }
    }
  }

  /**
   * Forgets closed sessions, oldest first, until there is a free session slot (if {@code slot}) and room for
   * {@code weight} more bytes of recorded requests. Sessions that timed out unnoticed are found by a full
   * sweep, at most once a second, so a store full of open sessions answers quickly.
   */
  private boolean makeRoom(boolean slot, long weight, long now) {
    while (needsRoom(slot, weight)) {
      Session oldest = closedOldestFirst.poll();
      if (oldest != null) {
        registry.forget(oldest);
        continue;
      }
      long next = nextFullSweep.get();
      if (now < next || !nextFullSweep.compareAndSet(next, now + 1000)) {
        return false;
      }
      registry.sweep();
      if (closedOldestFirst.isEmpty() && needsRoom(slot, weight)) {
        return false;
      }
    }
    return true;
  }

  private boolean needsRoom(boolean slot, long weight) {
    return (slot && size.get() >= maxSessions) || recordedBytes.get() + weight > maxRecordedBytes;
  }
}
