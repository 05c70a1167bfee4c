package org.mcmock.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import org.mcmock.model.Api;
import org.mcmock.model.EdgeEventType;
import org.mcmock.model.MediaEdgeMapping;
import org.mcmock.model.Violation;

/**
 * The adapter from a Media Edge request to the session engine: the one XDM event of a body
 * ({@code {"events": [{"xdm": ...}]}}) becomes the {@link IncomingEvent}s a Media Collection client would have
 * sent ({@link MediaEdgeMapping}), so one engine, one set of rules and one {@code verify} serve both APIs.
 * The time is {@code xdm.timestamp} in ms; {@code body} keeps what the client sent.
 */
public final class XdmEvents {

  private XdmEvents() {}

  /** The {@code xdm} of the body's first event, or a missing node. */
  public static JsonNode xdm(JsonNode body) {
    return body.path("events").path(0).path("xdm");
  }

  /**
   * The events a Media Edge request stands for: one, or one per state of a statesUpdate; a single refused
   * event when the schema found problems.
   *
   * @param violations the Media Edge schema's verdict on {@code body}
   * @param arrival the time to use when the event has no readable timestamp
   */
  public static List<IncomingEvent> read(EdgeEventType type, JsonNode body, String text, List<Violation> violations,
      long arrival) {
    JsonNode xdm = xdm(body);
    long stamped = MediaEdgeMapping.millis(xdm);
    long ts = stamped < 0 ? arrival : stamped;
    if (!violations.isEmpty()) {
      JsonNode playhead = xdm.path("mediaCollection").path("playhead");
      return List.of(new IncomingEvent(type.mediaCollection(), playhead.isNumber() ? playhead.asDouble() : Double.NaN,
          ts, MissingNode.getInstance(), text, List.copyOf(violations), 400, Api.MEDIA_EDGE));
    }
    return MediaEdgeMapping.toMediaCollection(type, xdm, ts).stream()
        .map(event -> IncomingEvent.of(event, text, List.of()).carriedBy(Api.MEDIA_EDGE))
        .toList();
  }

}
