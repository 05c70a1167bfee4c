package org.mcmock.session;

import java.util.List;
import org.mcmock.config.MockSettings;
import org.mcmock.model.Violation;
import org.mcmock.model.Finding;

/**
 * One request as it reached a session, with the answer it got; rejected requests are kept too, so the
 * admin API shows a player developer everything their player sent. The session lists its requests in ts order
 * (the canonical order, {@link org.mcmock.contract.CanonicalOrder}); a request that was not applied stays where it
 * was when it arrived. Each also says when and as which request it arrived.
 *
 * @param index position in the session's ts order (sessionStart is 0): what findings name
 * @param arrival position in the session's arrival order (sessionStart is 0)
 * @param arrivedAt mock-clock time of arrival, epoch milliseconds, read with {@code arrival} under the session's
 *     lock, so the two always agree
 * @param eventType the event's type, or null when the body had none we could read
 * @param playhead {@code playerTime.playhead}, NaN when absent
 * @param ts {@code playerTime.ts}, or -1 when absent
 * @param body the request body as received (decoded as UTF-8)
 * @param status the HTTP status the mock answered; 0 when a planned fault broke the connection instead
 * @param violations why the request was refused by the schema or the endpoint (empty when it passed)
 * @param findings what the session rules said about it
 * @param injected what a fault planned through the admin API did to the answer ({@code "status 500"},
 *     {@code "delay 3000 ms"}), or null
 * @param answeredByFault true when that fault answered instead of the mock, so the request was neither judged
 *     nor applied; false for a late answer the mock gave itself
 */
public record RecordedEvent(
    int index,
    int arrival,
    long arrivedAt,
    String eventType,
    double playhead,
    long ts,
    String body,
    int status,
    List<Violation> violations,
    List<Finding> findings,
    String injected,
    boolean answeredByFault) {

  /** What keeping it costs the store's memory budget, {@link MockSettings#maxRecordedBytes()}. */
  public long weight() {
    return weightOf(body);
  }

  static long weightOf(String body) {
    return (body == null ? 0 : body.length()) + MockSettings.RECORD_OVERHEAD_BYTES;
  }

  /** The same request at another place in the session's ts order. */
  public RecordedEvent at(int newIndex) {
    return newIndex == index ? this : new RecordedEvent(newIndex, arrival, arrivedAt, eventType, playhead, ts, body,
        status, violations, findings, injected, answeredByFault);
  }

  /** The same request with the answer and findings it has now. */
  RecordedEvent answered(int newStatus, List<Finding> newFindings) {
    if (newStatus == status && newFindings.isEmpty() && findings.isEmpty()) {
      return this;
    }
    return new RecordedEvent(index, arrival, arrivedAt, eventType, playhead, ts, body, newStatus, violations,
        List.copyOf(newFindings), injected, answeredByFault);
  }

  public boolean applied() {
    return status >= 200 && status < 300;
  }
}
