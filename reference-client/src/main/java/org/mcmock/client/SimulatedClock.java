package org.mcmock.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The player's clock, moved only by {@link #advanceTo}: timestamps and pings come out the same on every run,
 * and a 90-second timeline plays in milliseconds. Timers fire in time order, in the order they were set
 * when due together, before the clock settles on the target time.
 */
public final class SimulatedClock {

  private long now;
  private long sequence;
  private final List<Timer> timers = new ArrayList<>();

  public SimulatedClock(long startMillis) {
    this.now = startMillis;
  }

  /** Epoch milliseconds; what the player writes into {@code playerTime.ts}. */
  public synchronized long millis() {
    return now;
  }

  /** Runs {@code task} every {@code period}, the first time one period from now, until cancelled. */
  public synchronized Timer every(Duration period, Runnable task) {
    if (period.isZero() || period.isNegative()) {
      throw new IllegalArgumentException("a timer period must be positive, got " + period);
    }
    Timer timer = new Timer(period.toMillis(), task, now + period.toMillis(), sequence++);
    timers.add(timer);
    return timer;
  }

  /** Moves time forward to {@code millis}, firing every timer that falls due on the way. */
  public void advanceTo(long millis) {
    Timer due;
    while ((due = nextDueBy(millis)) != null) {
      due.task.run();
    }
    synchronized (this) {
      now = millis;
    }
  }

  public void advanceBy(Duration duration) {
    advanceTo(millis() + duration.toMillis());
  }

  /** Takes the earliest timer due by {@code limit}, moving the clock to its time and scheduling its next run. */
  private synchronized Timer nextDueBy(long limit) {
    if (limit < now) {
      throw new IllegalArgumentException("the clock cannot go back from " + now + " to " + limit);
    }
    timers.removeIf(t -> t.cancelled);
    Timer first = timers.stream()
        .min(Comparator.comparingLong((Timer t) -> t.dueAt).thenComparingLong(t -> t.order))
        .orElse(null);
    if (first == null || first.dueAt > limit) {
      return null;
    }
    now = first.dueAt;
    first.dueAt += first.periodMillis;
    return first;
  }

  /** A repeating task; cancel it to stop it. */
  public static final class Timer {
    private final long periodMillis;
    private final Runnable task;
    private final long order;
    private long dueAt;
    private volatile boolean cancelled;

    private Timer(long periodMillis, Runnable task, long dueAt, long order) {
      this.periodMillis = periodMillis;
      this.task = task;
      this.dueAt = dueAt;
      this.order = order;
    }

    public void cancel() {
      cancelled = true;
    }
  }
}
