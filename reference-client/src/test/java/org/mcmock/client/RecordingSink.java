package org.mcmock.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a tracker emits, read back as JSON. */
final class RecordingSink implements EventSink {

  private static final ObjectMapper JSON = new ObjectMapper();

  final List<JsonNode> events = new ArrayList<>();

  @Override
  public void accept(String eventType, String body) {
    try {
      events.add(JSON.readTree(body));
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  /** "type@second/playhead" for each event, seconds counted from {@code startMillis}. */
  List<String> timeline(long startMillis) {
    return events.stream()
        .map(e -> e.get("eventType").asText() + "@" + (e.at("/playerTime/ts").asLong() - startMillis) / 1000
            + "/" + e.at("/playerTime/playhead").asText())
        .toList();
  }
}
