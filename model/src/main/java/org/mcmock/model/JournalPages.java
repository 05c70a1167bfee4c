package org.mcmock.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads the journal page after page ({@code ?cursor=} the previous page's {@code next}) into one document of
 * the shape a saved journal has: {@code {"sessions": [...], "refusedSessionStarts": [...]}}.
 */
public final class JournalPages {

  private JournalPages() {}

  /** One page of the journal, the first for a null cursor. */
  @FunctionalInterface
  public interface Source {
    JsonNode page(String cursor) throws IOException;
  }

  public static JsonNode collect(Source pages) throws IOException {
    ObjectNode whole = JsonNodeFactory.instance.objectNode();
    ArrayNode sessions = whole.putArray("sessions");
    ArrayNode refused = whole.putArray("refusedSessionStarts");
    String cursor = null;
    do {
      JsonNode page = pages.page(cursor);
      page.path("sessions").forEach(sessions::add);
      page.path("refusedSessionStarts").forEach(refused::add);
      cursor = page.path("next").isTextual() ? page.get("next").asText() : null;
    } while (cursor != null);
    return whole;
  }
}
