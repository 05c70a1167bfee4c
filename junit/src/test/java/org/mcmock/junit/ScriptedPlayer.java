package org.mcmock.junit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The player of the extension's tests: plays a timeline with plain {@code java.net.http} requests, on its own
 * clock ({@code ts = start + seconds * 1000}, sibling requests of one second 1 ms apart), as fast as it can.
 */
final class ScriptedPlayer {

  /** One request: when by the player's clock, where the playhead is, and its fields besides those. */
  record Step(double seconds, double playhead, String eventType, Map<String, Object> fields) {

    static Step at(double seconds, double playhead, String eventType) {
      return new Step(seconds, playhead, eventType, Map.of());
    }

    Step params(Object... keysAndValues) {
      return with("params", keysAndValues);
    }

    Step qoeData(Object... keysAndValues) {
      return with("qoeData", keysAndValues);
    }

    private Step with(String field, Object... keysAndValues) {
      Map<String, Object> values = new LinkedHashMap<>();
      for (int i = 0; i < keysAndValues.length; i += 2) {
        values.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
      Map<String, Object> more = new LinkedHashMap<>(fields);
      more.put(field, values);
      return new Step(seconds, playhead, eventType, more);
    }
  }

  /** Adobe's Timeline 2, as features/timeline-2-user-abandons-session.feature expects it: 15 requests. */
  static final List<Step> TIMELINE_2 = List.of(
      Step.at(0, 0, "sessionStart").params("analytics.trackingServer", "example.hb-api.omtrdc.net",
          "analytics.reportSuite", "example-rsid", "visitor.marketingCloudOrgId", "0123456789ABCDEF01234567@AdobeOrg",
          "media.id", "ClickMe", "media.name", "ClickMe", "media.length", 60.33, "media.contentType", "VOD",
          "media.playerName", "mcmock-junit", "media.channel", "features"),
      Step.at(0, 0, "adBreakStart").params("media.ad.podFriendlyName", "pre-roll", "media.ad.podIndex", 0,
          "media.ad.podSecond", 0),
      Step.at(0, 0, "adStart").params("media.ad.id", "001", "media.ad.name", "Pre-roll ad 1", "media.ad.length", 12,
          "media.ad.podPosition", 1, "media.ad.playerName", "mcmock-junit"),
      Step.at(10, 0, "ping"),
      Step.at(12, 0, "adComplete"),
      Step.at(12, 0, "adBreakComplete"),
      Step.at(12, 0, "play"),
      Step.at(20, 8, "ping"),
      Step.at(30, 18, "ping"),
      Step.at(32, 20, "error").params("media.errorId", "playback-stalled", "media.errorSource", "player"),
      Step.at(37, 20, "play"),
      Step.at(40, 23, "ping"),
      Step.at(45, 28, "adBreakStart").params("media.ad.podFriendlyName", "mid-roll", "media.ad.podIndex", 1,
          "media.ad.podSecond", 28),
      Step.at(45, 28, "adStart").params("media.ad.id", "002", "media.ad.name", "Mid-roll ad 1", "media.ad.length", 8,
          "media.ad.podPosition", 1, "media.ad.playerName", "mcmock-junit"),
      Step.at(48, 28, "sessionEnd"));

  /** 2026-01-01T00:00:00Z: the player's clock, whatever the wall clock says. */
  private static final long START = 1_767_225_600_000L;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;
  private String sessionPath;

  /** A player that reports to the mock at {@code baseUrl} instead of Adobe. */
  ScriptedPlayer(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * {@code steps} with the request {@code eventType} at {@code seconds} replaced by {@code by}, or left out when
   * {@code by} is null.
   */
  static List<Step> changed(List<Step> steps, String eventType, double seconds, Step by) {
    List<Step> result = new ArrayList<>();
    for (Step step : steps) {
      if (!step.eventType().equals(eventType) || step.seconds() != seconds) {
        result.add(step);
      } else if (by != null) {
        result.add(by);
      }
    }
    return result;
  }

  /** Sends the steps in order, a sessionStart to the sessions URL and the rest to its session; the statuses. */
  List<Integer> play(List<Step> steps) {
    List<Integer> statuses = new ArrayList<>();
    double second = Double.NaN;
    int sibling = 0;
    for (Step step : steps) {
      sibling = step.seconds() == second ? sibling + 1 : 0;
      second = step.seconds();
      statuses.add(send(step, START + Math.round(step.seconds() * 1000) + sibling));
    }
    return statuses;
  }

  private int send(Step step, long ts) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("eventType", step.eventType());
    body.put("playerTime", Map.of("playhead", step.playhead(), "ts", ts));
    body.putAll(step.fields());
    boolean start = step.eventType().equals("sessionStart");
    String url = start ? baseUrl + "/api/v1/sessions" : baseUrl + sessionPath + "/events";
    try {
      HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(url))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
          HttpResponse.BodyHandlers.discarding());
      if (start) {
        sessionPath = answer.headers().firstValue("Location").orElse(sessionPath);
      }
      return answer.statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException("POST " + url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while posting to " + url, e);
    }
  }
}
