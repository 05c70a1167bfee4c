package org.mcmock.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mcmock.model.Event;
import org.mcmock.model.Finding;
import org.mcmock.model.MediaEdgeMapping;
import org.mcmock.model.RefusedSessionStart;
import org.mcmock.model.Violation;

/**
 * A request the mock recorded, as its admin API shows it; a Media Edge request reads as the Media Collection event
 * it stands for, so one timeline checks both APIs.
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
 * @param mediaEdge whether it came by the Media Edge API, whose XDM fields hold whole numbers (lengths, offsets)
 */
public record RecordedRequest(int session, int index, String eventType, long ts, double playhead, int status,
    String injected, boolean answeredByFault, JsonNode body, String refusal, boolean mediaEdge) {

  /** A request of the session numbered {@code session}. */
  static RecordedRequest of(int session, Event e) {
    int status = e.status() == null ? 0 : e.status();
    return new RecordedRequest(session, e.index(), e.eventType(), e.ts() == null ? -1 : e.ts(),
        e.playhead() == null ? Double.NaN : e.playhead(), status, e.injected(), e.answeredByFault(),
        MediaEdgeMapping.asMediaCollection(e.body()), refusal(status, e.errors(), e.findings()),
        MediaEdgeMapping.isMediaEdge(e.body()));
  }

  /** A sessionStart that opened no session: session 0, its type and times read from its body. */
  static RecordedRequest of(RefusedSessionStart r) {
    JsonNode body = MediaEdgeMapping.asMediaCollection(r.body());
    JsonNode playerTime = body == null ? null : body.path("playerTime");
    JsonNode eventType = body == null ? null : body.get("eventType");
    int status = r.status() == null ? 0 : r.status();
    return new RecordedRequest(0, 0, eventType == null || eventType.isNull() ? null : eventType.asText(),
        playerTime != null && playerTime.path("ts").isNumber() ? playerTime.get("ts").asLong() : -1,
        playerTime != null && playerTime.path("playhead").isNumber() ? playerTime.get("playhead").asDouble()
            : Double.NaN,
        status, r.injected(), r.answeredByFault(), body, refusal(status, r.errors(), r.findings()),
        MediaEdgeMapping.isMediaEdge(r.body()));
  }

  /** The mock's own words for a refusal: each error's message, then each finding's. */
  private static String refusal(int status, List<Violation> errors, List<Finding> findings) {
    List<String> reasons = new ArrayList<>();
    errors.forEach(error -> reasons.add(error.message()));
    if (status >= 400) {
      findings.forEach(finding -> reasons.add(finding.rule() + ": " + finding.message()));
    }
    return String.join("; ", reasons);
  }

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
