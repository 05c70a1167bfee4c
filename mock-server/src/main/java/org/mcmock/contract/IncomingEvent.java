package org.mcmock.contract;

import org.mcmock.model.Api;
import org.mcmock.model.Violation;
import org.mcmock.model.EventType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;

/**
 * An event as read from a request, before a session takes it: what it is, where the player was, and
 * whatever made it invalid.
 *
 * @param type the event type, or null when the body did not name a known one
 * @param playhead {@code playerTime.playhead}, NaN when unreadable
 * @param ts {@code playerTime.ts}, -1 when unreadable
 * @param json the parsed body, for the session rules; a missing node when the body was not JSON
 * @param body the body as received, kept for the journal
 * @param violations empty for a valid event
 * @param refusalStatus the status an invalid event gets: 400, or 413/415 for bodies never read as JSON
 * @param api the API that carried it; a Media Edge event's {@code json} is its translation into a Media
 *     Collection body (see {@code org.mcmock.edge.XdmTranslation}), {@code body} what the client sent
 */
public record IncomingEvent(
    EventType type,
    double playhead,
    long ts,
    JsonNode json,
    String body,
    List<Violation> violations,
    int refusalStatus,
    Api api) {

  /** An event of the Media Collection API. */
  public IncomingEvent(EventType type, double playhead, long ts, JsonNode json, String body,
      List<Violation> violations, int refusalStatus) {
    this(type, playhead, ts, json, body, violations, refusalStatus, Api.MEDIA_COLLECTION);
  }

  /** A body that could not be read as an event at all. */
  public static IncomingEvent unreadable(String body, Violation violation, int status) {
    return new IncomingEvent(null, Double.NaN, -1, MissingNode.getInstance(), body, List.of(violation), status);
  }

  /** Reads type and player time out of an already parsed body; the schema's verdict comes with it. */
  public static IncomingEvent of(JsonNode json, String body, List<Violation> violations) {
    EventType type = json.isObject()
        ? EventType.fromWireName(json.path("eventType").asText(null)).orElse(null)
        : null;
    JsonNode playhead = json.path("playerTime").path("playhead");
    JsonNode ts = json.path("playerTime").path("ts");
    return new IncomingEvent(type,
        playhead.isNumber() ? playhead.asDouble() : Double.NaN,
        ts.isIntegralNumber() ? ts.asLong() : -1,
        json, body, List.copyOf(violations), 400);
  }

  public boolean valid() {
    return violations.isEmpty();
  }

  /** The same event with one more reason to refuse it (a rule the endpoint adds to the schema's). */
  public IncomingEvent refuse(Violation violation) {
    List<Violation> all = new ArrayList<>(violations);
    all.add(violation);
    return new IncomingEvent(type, playhead, ts, json, body, List.copyOf(all), 400, api);
  }

  /** The same event, carried by {@code value}. */
  public IncomingEvent carriedBy(Api value) {
    return new IncomingEvent(type, playhead, ts, json, body, violations, refusalStatus, value);
  }

  /** {@code params}, or a missing node. */
  public JsonNode params() {
    return json.path("params");
  }

  /** {@code customMetadata}, or a missing node. */
  public JsonNode customMetadata() {
    return json.path("customMetadata");
  }
}
