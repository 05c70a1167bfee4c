package org.mcmock.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A backend for tests, with no HTTP and no waiting: it answers 201 and a new sid ({@code s1}, {@code s2}...)
 * to each sessionStart and 204 to each event, unless the test scripts other answers for an event type or
 * holds them back until it releases them.
 */
final class ScriptedBackend implements Transport {

  /** Stands for "hold this answer back until the test releases it". */
  static final int HELD = -1;

  record Request(String path, JsonNode body, CompletableFuture<Answer> answer) {
    String eventType() {
      return body.path("eventType").asText();
    }
  }

  private final long start;
  private final List<Request> requests = new ArrayList<>();
  private final Map<String, Deque<Integer>> scripted = new HashMap<>();
  private final List<Request> held = new ArrayList<>();
  private int sessions;

  /** @param start the player's clock at its sessionStart, which {@link #log()} counts milliseconds from */
  ScriptedBackend(long start) {
    this.start = start;
  }

  /** The next requests of {@code eventType} get these statuses, one each, in turn ({@link #HELD}: held back). */
  synchronized ScriptedBackend answers(String eventType, int... statuses) {
    Deque<Integer> queue = scripted.computeIfAbsent(eventType, type -> new ArrayDeque<>());
    for (int status : statuses) {
      queue.add(status);
    }
    return this;
  }

  /** Gives the held requests the answers they would have had, in the order they came. */
  void release() {
    List<Request> releasing;
    synchronized (this) {
      releasing = List.copyOf(held);
      held.clear();
    }
    releasing.forEach(request -> request.answer().complete(usualAnswer(request)));
  }

  @Override
  public CompletableFuture<Answer> post(String path, String json) {
    Request request = new Request(path, Bodies.read(json), new CompletableFuture<>());
    Integer status;
    synchronized (this) {
      requests.add(request);
      status = scripted.getOrDefault(request.eventType(), new ArrayDeque<>()).poll();
      if (status != null && status == HELD) {
        held.add(request);
        return request.answer();
      }
    }
    request.answer().complete(status == null ? usualAnswer(request) : new Answer(status, Map.of(), ""));
    return request.answer();
  }

  synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  /**
   * Each request as {@code "<where> <eventType> <ms>/<playhead>"}: where is {@code sessions} for a sessionStart
   * (followed by {@code resume} when it resumes) or the sid; ms are counted from the player's start.
   */
  synchronized List<String> log() {
    return requests.stream().map(request -> {
      JsonNode body = request.body();
      String where = request.path().equals(LiveSession.SESSIONS_PATH) ? "sessions" : sidIn(request.path());
      return where + " " + request.eventType() + " " + (body.at("/playerTime/ts").asLong() - start) + "/"
          + body.at("/playerTime/playhead").asText()
          + (body.at("/params/media.resume").asBoolean() ? " resume" : "");
    }).toList();
  }

  private synchronized Answer usualAnswer(Request request) {
    if (!request.path().equals(LiveSession.SESSIONS_PATH)) {
      return new Answer(204, Map.of(), "");
    }
    sessions++;
    return new Answer(201, Map.of("location", List.of(LiveSession.SESSIONS_PATH + "/s" + sessions)), "");
  }

  private static String sidIn(String path) {
    String[] parts = path.split("/");
    return parts[parts.length - 2];
  }
}
