package org.mcmock.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;

/**
 * A downloaded (offline) session: events are stored in the order they happened and uploaded later as one
 * JSON array, to {@code /api/v1/downloaded} or, in the deprecated form, to {@code /api/v1/sessions} with
 * {@code media.downloaded: true} on the sessionStart.
 */
public final class DownloadedBatch implements EventSink {

  public static final String DOWNLOADED_PATH = "/api/v1/downloaded";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ArrayNode events = JSON.createArrayNode();

  @Override
  public synchronized void accept(String eventType, String body) {
    try {
      events.add(JSON.readTree(body));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException("the tracker built a body that is not JSON: " + body, e);
    }
  }

  public synchronized int size() {
    return events.size();
  }

  /** The batch as {@code /api/v1/downloaded} takes it. */
  public synchronized String body() {
    return events.toString();
  }

  /** The batch as the deprecated form needs it: the sessionStart's params carry {@code media.downloaded: true}. */
  public synchronized String deprecatedBody() {
    ArrayNode copy = events.deepCopy();
    if (!copy.isEmpty()) {
      ((ObjectNode) copy.get(0)).withObject("/params").put("media.downloaded", true);
    }
    return copy.toString();
  }

  public CompletableFuture<Answer> upload(Transport transport) {
    return transport.post(DOWNLOADED_PATH, body());
  }

  public CompletableFuture<Answer> uploadDeprecated(Transport transport) {
    return transport.post(LiveSession.SESSIONS_PATH, deprecatedBody());
  }
}
