package org.mcmock.contract.players;

import java.util.function.DoubleSupplier;
import org.mcmock.client.EventSink;
import org.mcmock.client.LiveSession;
import org.mcmock.client.PingSchedule;
import org.mcmock.client.SessionRecovery;
import org.mcmock.client.SimulatedClock;
import org.mcmock.client.Transport;

/**
 * The places where an in-process player can differ from the reference client: how often it pings, what
 * happens to an event on its way out, how requests travel, and how the live session behaves. Each default is
 * the reference client's own behaviour.
 */
public interface Seams {

  default PingSchedule pings(PingSchedule reference) {
    return reference;
  }

  /**
   * How the player turns its calls into requests before they reach {@link #sink}: as the reference client's
   * tracker builds them, by default.
   *
   * @param pings the player's ping schedule
   */
  default EventSink tracking(EventSink next, SimulatedClock clock, DoubleSupplier playhead, PingSchedule pings) {
    return next;
  }

  /** @param next where the reference client sends the event: the live session */
  default EventSink sink(EventSink next, SimulatedClock clock, DoubleSupplier playhead) {
    return next;
  }

  default Transport transport(Transport reference) {
    return reference;
  }

  /** @param recovery what the scenario asks of the player after a 404 or 410 */
  default LiveSession session(Transport transport, SessionRecovery recovery) {
    return new LiveSession(transport, recovery);
  }
}
