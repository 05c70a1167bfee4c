package org.mcmock.contract.players;

import java.time.Duration;
import java.util.function.DoubleSupplier;
import org.mcmock.client.DelayingTransport;
import org.mcmock.client.EventSink;
import org.mcmock.client.JsSdkTracking;
import org.mcmock.client.LiveSession;
import org.mcmock.client.PingSchedule;
import org.mcmock.client.SessionRecovery;
import org.mcmock.client.SimulatedClock;
import org.mcmock.client.Transport;

/**
 * The reference client in its JS SDK mode: requests made as Adobe's Media JS SDK 3.x makes them
 * ({@link JsSdkTracking}), up to {@value #IN_FLIGHT} in flight at once, over a network whose random delays
 * (seeded) let them overtake each other; a new session after a 404 or 410 opens with one ts, as the SDK's
 * {@code processSessionRestart} does. Any other difference (a broken client's mistake) comes from
 * {@code inner}, applied after the SDK's shaping.
 */
final class JsSdkClient implements Seams {

  /** {@code _flushPendingHits}: {@code splice(0, 3)} of the queue on every tick, answers not awaited. */
  static final int IN_FLIGHT = 3;
  /** Long enough for requests sent together to arrive in any order, short enough to keep the suite fast. */
  static final Duration MAX_DELAY = Duration.ofMillis(20);

  private final Seams inner;
  private final long seed;

  JsSdkClient(Seams inner, long seed) {
    this.inner = inner;
    this.seed = seed;
  }

  @Override
  public PingSchedule pings(PingSchedule reference) {
    return inner.pings(reference);
  }

  @Override
  public EventSink sink(EventSink next, SimulatedClock clock, DoubleSupplier playhead) {
    return inner.sink(next, clock, playhead);
  }

  @Override
  public EventSink tracking(EventSink next, SimulatedClock clock, DoubleSupplier playhead, PingSchedule pings) {
    return new JsSdkTracking(inner.tracking(next, clock, playhead, pings), clock, playhead, pings);
  }

  @Override
  public Transport transport(Transport reference) {
    return inner.transport(new DelayingTransport(reference, seed, MAX_DELAY));
  }

  @Override
  public LiveSession session(Transport transport, SessionRecovery recovery) {
    return inner.session(transport, recovery.atOneTs()).sendingUpTo(IN_FLIGHT, JsSdkTracking.TICK);
  }
}
