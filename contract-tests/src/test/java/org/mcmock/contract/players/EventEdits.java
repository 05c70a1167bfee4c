package org.mcmock.contract.players;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.function.DoubleSupplier;
import org.mcmock.client.EventSink;
import org.mcmock.client.SimulatedClock;

/** Event sinks that change a player's events on their way to the session: the broken clients' hands. */
final class EventEdits {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EventEdits() {}

  /** Every event's body goes through {@code edit} (which may change its eventType) before {@code next}. */
  static EventSink editing(EventSink next, BiConsumer<String, ObjectNode> edit) {
    return (eventType, body) -> {
      ObjectNode node = parse(body);
      edit.accept(eventType, node);
      next.accept(node.path("eventType").asText(eventType), node.toString());
    };
  }

  /** Events of {@code eventType} never leave the player. */
  static EventSink dropping(EventSink next, String eventType) {
    return (type, body) -> {
      if (!eventType.equals(type)) {
        next.accept(type, body);
      }
    };
  }

  /**
   * An event of {@code eventType} goes out after the event that follows it, stamped 1 ms after that one: the
   * player really sends it late (the same ts sent in another order is no mistake, as Adobe sorts by ts).
   */
  static EventSink holdingBack(EventSink next, String eventType) {
    return new EventSink() {
      private String heldBody;

      @Override
      public void accept(String type, String body) {
        if (eventType.equals(type) && heldBody == null) {
          heldBody = body;
          return;
        }
        next.accept(type, body);
        if (heldBody != null) {
          ObjectNode held = parse(heldBody);
          heldBody = null;
          playerTime(held).put("ts", playerTime(parse(body)).path("ts").asLong() + 1);
          next.accept(eventType, held.toString());
        }
      }
    };
  }

  /** After {@code eventType}, a ping timer of the player's own keeps sending pings every 10 s. */
  static EventSink pingingOnAfter(EventSink next, String eventType, SimulatedClock clock, DoubleSupplier playhead) {
    return (type, body) -> {
      next.accept(type, body);
      if (eventType.equals(type)) {
        clock.every(Duration.ofSeconds(10), () -> {
          ObjectNode ping = JSON.createObjectNode();
          ping.putObject("playerTime").put("playhead", playhead.getAsDouble()).put("ts", clock.millis());
          ping.put("eventType", "ping");
          next.accept("ping", ping.toString());
        });
      }
    };
  }

  /** The body without {@code params.key}. */
  static String withoutParam(String body, String key) {
    ObjectNode event = parse(body);
    params(event).remove(key);
    return event.toString();
  }

  static ObjectNode playerTime(ObjectNode event) {
    return (ObjectNode) event.get("playerTime");
  }

  static ObjectNode params(ObjectNode event) {
    return event.has("params") ? (ObjectNode) event.get("params") : event.putObject("params");
  }

  private static ObjectNode parse(String body) {
    try {
      return (ObjectNode) JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the reference client built a body that is not JSON: " + body, e);
    }
  }
}
