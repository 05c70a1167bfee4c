package org.mcmock.contract.viewing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Spoiling one event of a stored batch on purpose, to see the backend refuse all of it. */
public final class Batches {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Batches() {}

  /** {@code batch} with the first {@code eventType} event's playhead replaced by the text {@code playhead}. */
  public static String withPlayhead(String batch, String eventType, String playhead) {
    try {
      JsonNode events = JSON.readTree(batch);
      for (JsonNode event : events) {
        if (eventType.equals(event.path("eventType").asText())) {
          ((ObjectNode) event.get("playerTime")).put("playhead", playhead);
          return events.toString();
        }
      }
      throw new IllegalArgumentException("the batch has no " + eventType + " event: " + batch);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the batch is not JSON: " + batch, e);
    }
  }
}
