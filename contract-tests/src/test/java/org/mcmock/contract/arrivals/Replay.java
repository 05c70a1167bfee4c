package org.mcmock.contract.arrivals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mcmock.client.LiveSession;
import org.mcmock.contract.players.Recordings.Sent;

/**
 * A player's recorded requests delivered again to an {@link InProcessMock}, in the order and at the moments
 * an {@link ArrivalOrder} gives, and judged. A request that a planned fault answered in the recording gets
 * that fault again, and is a barrier of the order: what the player sent after it depended on its answer.
 */
public final class Replay {

  /** Adobe's Media JS SDK 3.x: {@code splice(0, 3)} of its queue per tick. */
  public static final int IN_FLIGHT = 3;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final InProcessMock mock;

  public Replay(InProcessMock mock) {
    this.mock = mock;
  }

  /** The requests sorted by their ts, those of one ts (or without one) in the order given. */
  public static List<Sent> byTs(List<Sent> sent) {
    List<Sent> sorted = new java.util.ArrayList<>(sent);
    sorted.sort(java.util.Comparator.comparingLong(request -> {
      Long ts = ts(request);
      return ts == null ? Long.MIN_VALUE : ts;
    }));
    return sorted;
  }

  /**
   * The requests as the order needs them: when each was sent by the mock's clock (a scenario plays minutes in
   * milliseconds, unless it moves the mock's clock to time a session out), and the barriers.
   */
  public static List<ArrivalOrder.Request> requests(List<Sent> sent) {
    return sent.stream().map(request -> new ArrivalOrder.Request(request.mockMillis(), ts(request),
        isSessionStart(request) || request.answeredByFault())).toList();
  }

  /**
   * Delivers the recording's requests with these network delays (ms, in the order sent) and judges the result.
   *
   * @param requests the recording's {@link Recording#requests()}, worked out once
   */
  public Judgement judge(Recording recording, List<ArrivalOrder.Request> requests, List<Integer> delays) {
    mock.reset();
    Map<String, String> sids = new HashMap<>();
    long first = recording.sent().isEmpty() ? 0 : recording.sent().get(0).mockMillis();
    for (ArrivalOrder.Arrival arrival : ArrivalOrder.of(requests, delays, IN_FLIGHT)) {
      Sent request = recording.sent().get(arrival.index());
      // The delays decide the order; the clock stays where it was when the request was sent, so that a timeout
      // falls where it fell in the recording (a scenario that times a session out moves the mock's clock in
      // one-minute steps, and a delayed pauseStart would move the timeout past the next ping).
      mock.at(request.mockMillis() - first);
      deliver(request, sids);
    }
    return Judgement.of(mock.admin(RequestMethod.GET, "/journal", ""), recording.expected());
  }

  private void deliver(Sent request, Map<String, String> sids) {
    if (request.answeredByFault()) {
      ObjectNode fault = JSON.createObjectNode().put("on", isSessionStart(request) ? "sessionStart" : type(request));
      fault.put("status", request.status() == 0 ? 500 : request.status());
      mock.admin(RequestMethod.POST, "/faults", fault.toString());
    }
    String path = request.path();
    if (!isSessionStart(request)) {
      String original = path.split("/")[4];
      path = path.replace(original, sids.getOrDefault(original, original));
    }
    Response answer = mock.post(path, request.body());
    if (request.opened() != null && answer.getStatus() == 201) {
      String location = answer.getHeaders().getHeader("Location").firstValue();
      sids.put(request.opened(), location.substring(location.lastIndexOf('/') + 1));
    }
  }

  private static boolean isSessionStart(Sent request) {
    return LiveSession.SESSIONS_PATH.equals(request.path());
  }

  private static String type(Sent request) {
    return body(request).path("eventType").asText();
  }

  private static Long ts(Sent request) {
    JsonNode ts = body(request).at("/playerTime/ts");
    return ts.isIntegralNumber() ? ts.asLong() : null;
  }

  private static JsonNode body(Sent request) {
    try {
      return JSON.readTree(request.body());
    } catch (IOException e) {
      throw new UncheckedIOException("a recorded body is not JSON: " + request.body(), e);
    }
  }
}
