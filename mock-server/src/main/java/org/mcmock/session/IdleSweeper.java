package org.mcmock.session;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Looks at every session every few seconds, as an admin list does ({@link SessionStore#sweep}): buffered events
 * that are due become final, sessions that timed out close, closed sessions whose retention ran out are
 * forgotten, and a session idle for {@link Session#REST_AFTER_MS} has its last settled requests deflated; and,
 * every {@link #SETTLE_INTERVAL}, at the sessions that buffer events ({@link SessionStore#settleDue}). Without it
 * a session no one sends to or asks about again (a player that stopped after sessionComplete) kept its last events
 * buffered, each with its parsed JSON, until its timeout was noticed: about 4 KB a session in a heap profile of
 * the open-session workload. What any request or admin call sees is the same: it would have made the same look
 * at its own moment.
 */
public final class IdleSweeper implements AutoCloseable {

  /** The reorder window's default: a buffered event is due at most this long after it arrived. */
  public static final Duration INTERVAL = Duration.ofSeconds(5);

  /**
   * How often the sessions that buffer events are looked at ({@link SessionStore#settleDue}): a buffered event is
   * final at most this long after it is due, rather than up to a whole {@link #INTERVAL}. Under the closed-session
   * benchmark the events buffered at the end of ended sessions, each waiting for the next sweep, were most of what
   * the collector copied (bench/README.md).
   */
  public static final Duration SETTLE_INTERVAL = Duration.ofMillis(500);

  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "mcmock-idle-sweeper");
    thread.setDaemon(true);
    return thread;
  });

  private IdleSweeper() {}

  /** Starts sweeping {@code store} every {@link #INTERVAL}. */
  public static IdleSweeper start(SessionStore store) {
    IdleSweeper sweeper = new IdleSweeper();
    long every = INTERVAL.toMillis();
    sweeper.timer.scheduleWithFixedDelay(store::sweep, every, every, TimeUnit.MILLISECONDS);
    long often = SETTLE_INTERVAL.toMillis();
    sweeper.timer.scheduleWithFixedDelay(store::settleDue, often, often, TimeUnit.MILLISECONDS);
    return sweeper;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
