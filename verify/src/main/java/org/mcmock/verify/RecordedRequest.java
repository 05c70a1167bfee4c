package org.mcmock.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A request the mock recorded, as its admin API shows it.
 *
 * @param session the number of its session in the journal, from 1; 0 for a sessionStart that opened none
 * @param index its place in its session, from 0
 * @param eventType null when the body could not be read
 * @param ts the player's {@code playerTime.ts}, or -1 when it had none
 * @param playhead NaN when it had none
 * @param injected what the admin API's fault injection did to its answer, or null
 * @param answeredByFault whether that fault answered instead of the mock (a planned delay alone leaves the
 *     mock's own answer, which is judged like any other)
 * @param refusal why the mock refused it, in the mock's words; empty when it did not
 */
public record RecordedRequest(int session, int index, String eventType, long ts, double playhead, int status,
    String injected, boolean answeredByFault, JsonNode body, String refusal) {

  /** What the player tried to send, as the diff names it. */
  public String request() {
    return eventType == null ? "(unreadable)" : eventType;
  }

  public boolean ping() {
    return "ping".equals(eventType);
  }

  public boolean answeredOk() {
    return status >= 200 && status < 300;
  }

  public Optional<String> injectedFault() {
    return Optional.ofNullable(injected);
  }

  /** The value of {@code field.key} in the body ({@code params."media.id"}), if the body has it. */
  public Optional<JsonNode> value(String field, String key) {
    JsonNode node = body == null ? null : body.path(field).get(key);
    return Optional.ofNullable(node);
  }
}
