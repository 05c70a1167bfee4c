package org.mcmock.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Request;
import java.util.List;
import org.mcmock.contract.EventType;
import org.mcmock.contract.JsonBodyReader;
import org.mcmock.contract.Violation;
import org.mcmock.schema.SchemaCatalog;
import org.mcmock.session.IncomingEvent;

/** Reads request bodies into events checked against their schema: the per-request half of the contract. */
final class EventReader {

  private final JsonBodyReader bodies;
  private final SchemaCatalog schemas;

  EventReader(JsonBodyReader bodies, SchemaCatalog schemas) {
    this.bodies = bodies;
    this.schemas = schemas;
  }

  JsonBodyReader.Result readBody(Request request) {
    return bodies.read(request.getBody(), request.getHeader("Content-Type"));
  }

  /** One event from a request that must carry exactly one. */
  IncomingEvent readEvent(Request request) {
    JsonBodyReader.Result body = readBody(request);
    if (body instanceof JsonBodyReader.Refused refused) {
      return IncomingEvent.unreadable(refused.text(), refused.violation(), refused.status());
    }
    JsonBodyReader.Json json = (JsonBodyReader.Json) body;
    return toEvent(json.node(), json.text());
  }

  /** An already parsed event, validated against the schema of its own eventType. */
  IncomingEvent toEvent(JsonNode node, String text) {
    List<Violation> violations = schemas.validate(node);
    EventType type = node.isObject()
        ? EventType.fromWireName(node.path("eventType").asText(null)).orElse(null)
        : null;
    JsonNode playerTime = node.path("playerTime");
    JsonNode playhead = playerTime.path("playhead");
    JsonNode ts = playerTime.path("ts");
    return new IncomingEvent(type,
        playhead.isNumber() ? playhead.asDouble() : Double.NaN,
        ts.isIntegralNumber() ? ts.asLong() : -1,
        text,
        violations,
        400);
  }

  /** The same event with one more reason to refuse it (a rule the endpoint adds to the schema's). */
  static IncomingEvent refuse(IncomingEvent event, Violation violation) {
    List<Violation> all = new java.util.ArrayList<>(event.violations());
    all.add(violation);
    return new IncomingEvent(event.type(), event.playhead(), event.ts(), event.body(), List.copyOf(all), 400);
  }
}
