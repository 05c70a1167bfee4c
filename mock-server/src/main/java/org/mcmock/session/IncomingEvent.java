package org.mcmock.session;

import java.util.List;
import org.mcmock.contract.EventType;
import org.mcmock.contract.Violation;

/**
 * An event as read from a request, before a session takes it: what it is, where the player was, and
 * whatever made it invalid.
 *
 * @param type the event type, or null when the body did not name a known one
 * @param playhead {@code playerTime.playhead}, NaN when unreadable
 * @param ts {@code playerTime.ts}, -1 when unreadable
 * @param body the body as received, kept for the journal
 * @param violations empty for a valid event
 * @param refusalStatus the status an invalid event gets: 400, or 413/415 for bodies never read as JSON
 */
public record IncomingEvent(
    EventType type, double playhead, long ts, String body, List<Violation> violations, int refusalStatus) {

  /** A body that could not be read as an event at all. */
  public static IncomingEvent unreadable(String body, Violation violation, int status) {
    return new IncomingEvent(null, Double.NaN, -1, body, List.of(violation), status);
  }

  public boolean valid() {
    return violations.isEmpty();
  }

  RecordedEvent record(int index, long arrivedAt, int status) {
    return new RecordedEvent(index, arrivedAt, type == null ? null : type.wireName(), playhead, ts, body, status,
        violations);
  }
}
