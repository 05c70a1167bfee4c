package org.mcmock.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.mcmock.model.MediaEdgeMapping;

/** Media Edge request bodies, written from the Media Collection {@link Payloads} through the one field mapping. */
final class EdgePayloads {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EdgePayloads() {}

  /** {@code {"events": [{"xdm": ...}]}} carrying a Media Collection event body; {@code sid} null for a start. */
  static String body(String mediaCollectionEvent, String sid) {
    try {
      return MediaEdgeMapping.toRequest(JSON.readTree(mediaCollectionEvent), sid).toString();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + mediaCollectionEvent, e);
    }
  }

  /** Timeline 2's sessionStart as a Media Edge body. */
  static String sessionStart() {
    return body(Payloads.timeline2SessionStart(), null);
  }
}
