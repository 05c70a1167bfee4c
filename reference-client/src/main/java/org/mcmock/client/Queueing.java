package org.mcmock.client;

/**
 * What a {@link LiveSession} does with an event the player produces while the sid is pending: after a
 * sessionStart (the first one, or a restart's) has been sent and before its answer has arrived.
 */
@FunctionalInterface
public interface Queueing {

  /** Whether {@code eventType}, produced while the sid is pending, waits for it; if not, it is dropped. */
  boolean waitsForTheSid(String eventType);

  /**
   * What Adobe's docs ask of a player, and the default: the events wait, and go out in order once the
   * sessionStart's answer brings the sid.
   */
  static Queueing untilTheSid() {
    return eventType -> true;
  }

  /** Drops them, each recorded as not sent: a player that does not queue loses the start of every session. */
  static Queueing none() {
    return eventType -> false;
  }
}
