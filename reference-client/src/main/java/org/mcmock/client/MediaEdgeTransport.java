package org.mcmock.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.mcmock.model.EdgeEventType;
import org.mcmock.model.MediaEdgeMapping;

/**
 * The reference client speaking Adobe's Media Edge API instead of the Media Collection API: a {@link Transport}
 * that sends each event where and as Media Edge takes it ({@code POST /ee/va/v1/{eventType}?configId=..} with
 * {@code {"events": [{"xdm": ...}]}}, written by the mock's own {@link MediaEdgeMapping}), and hands the
 * client the answer it knows: a sessionStart's 200 with the {@code media-analytics:new-session} handle
 * becomes 201 with {@code Location: /api/v1/sessions/{sessionId}}, a 207 becomes a 400; the rest pass as they
 * are. Downloaded content has no Media Edge endpoint: it goes to the Media Collection API unchanged.
 */
public final class MediaEdgeTransport implements Transport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SESSIONS = "/api/v1/sessions";
  private static final String EVENTS = "/events";

  private final Transport next;
  private final String configId;

  /** @param configId the datastream id every request carries */
  public MediaEdgeTransport(Transport next, String configId) {
    this.next = next;
    this.configId = configId;
  }

  @Override
  public CompletableFuture<Answer> post(String path, String json) {
    JsonNode body = read(json);
    if (body == null || !body.isObject()) {
      return next.post(path, json);
    }
    if (path.equals(SESSIONS)) {
      return send(null, body).thenApply(MediaEdgeTransport::asCreated);
    }
    if (path.startsWith(SESSIONS + "/") && path.endsWith(EVENTS)) {
      return send(path.substring(SESSIONS.length() + 1, path.length() - EVENTS.length()), body);
    }
    return next.post(path, json);
  }

  private CompletableFuture<Answer> send(String sid, JsonNode event) {
    ObjectNode body = MediaEdgeMapping.toRequest(event, sid);
    String operation = EdgeEventType.fromXdmName(body.at("/events/0/xdm/eventType").asText(null))
        .map(EdgeEventType::operation)
        .orElseGet(() -> event.path("eventType").asText("unknown"));
    return next.post("/ee/va/v1/" + operation + "?configId=" + configId, body.toString());
  }

  /** A sessionStart's answer as the Media Collection client expects it. */
  private static Answer asCreated(Answer answer) {
    if (answer.status() == 207) {
      return new Answer(400, answer.headers(), answer.body());
    }
    JsonNode body = read(answer.body());
    if (answer.status() != 200 || body == null) {
      return answer;
    }
    for (JsonNode handle : body.path("handle")) {
      if ("media-analytics:new-session".equals(handle.path("type").asText())) {
        String sid = handle.path("payload").path(0).path("sessionId").asText();
        Map<String, List<String>> headers = new java.util.LinkedHashMap<>(answer.headers());
        headers.put("location", List.of(SESSIONS + "/" + sid));
        return new Answer(201, headers, "");
      }
    }
    return answer;
  }

  private static JsonNode read(String json) {
    try {
      return json == null ? null : JSON.readTree(json);
    } catch (JsonProcessingException notJson) {
      return null;
    }
  }
}
