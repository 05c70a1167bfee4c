package org.mcmock.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Request;
import org.mcmock.contract.IncomingEvent;
import org.mcmock.contract.JsonBodyReader;
import org.mcmock.schema.SchemaCatalog;

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

  /** The body read as JSON whatever its Content-Type says, as the Media Edge API does. */
  JsonBodyReader.Result readJson(Request request) {
    return bodies.read(request.getBody(), "application/json");
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
    return IncomingEvent.of(node, text, schemas.validate(node));
  }
}
