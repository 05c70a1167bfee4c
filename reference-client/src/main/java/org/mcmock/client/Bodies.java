package org.mcmock.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.OptionalLong;

/**
 * Reads and rewrites the JSON bodies the client sends. A body that is not a JSON object reads as an empty
 * one: the client sends what it is given and only looks inside to learn what is open and when.
 */
final class Bodies {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Bodies() {}

  static ObjectNode read(String body) {
    try {
      JsonNode node = JSON.readTree(body);
      return node instanceof ObjectNode object ? object : JSON.createObjectNode();
    } catch (JsonProcessingException notJson) {
      return JSON.createObjectNode();
    }
  }

  static OptionalLong ts(String body) {
    JsonNode ts = read(body).at("/playerTime/ts");
    return ts.isIntegralNumber() ? OptionalLong.of(ts.asLong()) : OptionalLong.empty();
  }

  /** The body's {@code playerTime.playhead} as written (whole or not), or JSON null. */
  static JsonNode playhead(String body) {
    JsonNode playhead = read(body).at("/playerTime/playhead");
    return playhead.isMissingNode() ? JSON.nullNode() : playhead;
  }

  /** The same event at another moment: {@code playerTime} replaced. */
  static Event at(Event event, JsonNode playhead, long ts) {
    ObjectNode body = read(event.body());
    ObjectNode playerTime = body.putObject("playerTime");
    playerTime.set("playhead", playhead);
    playerTime.put("ts", ts);
    return new Event(event.type(), body.toString());
  }

  /** The event with {@code params.<name>} set to {@code value}. */
  static Event withParam(Event event, String name, boolean value) {
    ObjectNode body = read(event.body());
    body.withObject("/params").put(name, value);
    return new Event(event.type(), body.toString());
  }

  /** Whether two events say the same thing, whenever they happened: equal but for {@code playerTime}. */
  static boolean sameButForTime(Event one, Event other) {
    ObjectNode a = read(one.body());
    ObjectNode b = read(other.body());
    a.remove("playerTime");
    b.remove("playerTime");
    return one.type().equals(other.type()) && a.equals(b);
  }

  /** A string field of the body, e.g. {@code /params/media.state.name}, or "" when absent. */
  static String text(String body, String pointer) {
    return read(body).at(pointer).asText("");
  }
}
