package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mcmock.contract.Checks.hasError;
import static org.mcmock.contract.Checks.hasStatus;
import static org.mcmock.contract.Checks.jsonMessage;
import static org.mcmock.contract.Payloads.T0;
import static org.mcmock.contract.Payloads.event;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /api/v1/sessions/{sid}/events}. */
class EventsEndpointTest {

  @RegisterExtension static final MockBackend mock = new MockBackend();

  private static final String NEVER_ISSUED = "0".repeat(64);

  @Test
  void validPingGets204WithoutBody() {
    String sid = mock.openSession();

    Response answer = mock.sendEvent(sid, event("ping", 10, T0 + 10_000));

    hasStatus(answer, 204, "a valid ping on an open session");
    Checks.hasNoBody(answer, "204 to a ping");
  }

  @Test
  void pingWithTextTsGets400NamingPlayerTimeTs() {
    String sid = mock.openSession();

    Response answer = mock.sendEvent(sid, event("ping", 10, "abc"));

    hasStatus(answer, 400, "a ping with playerTime.ts \"abc\"");
    Map<String, Object> error = hasError(answer, "/playerTime/ts", "type", "ts \"abc\"");
    assertThat(error.get("actual")).as("actual must echo the ts sent").isEqualTo("abc");
  }

  @Test
  void playWithUnprefixedBitrateGets400SuggestingMediaQoeBitrate() {
    String sid = mock.openSession();

    Response answer = mock.sendEvent(sid, event("play", 0, T0 + 1000, "qoeData", Map.of("bitrate", 10000)));

    hasStatus(answer, 400, "a play with qoeData {bitrate: 10000} (Timeline 2's typo)");
    Map<String, Object> error = hasError(answer, "/qoeData/bitrate", "additionalProperties", "qoeData.bitrate");
    assertThat((String) error.get("message")).as("the error must suggest the real key").contains("media.qoe.bitrate");
  }

  @Test
  void eventForUnknownSidGets404WithJsonMessage() {
    Response answer = mock.sendEvent(NEVER_ISSUED, event("ping", 10, T0 + 10_000));

    hasStatus(answer, 404, "a ping for a sid the mock never issued");
    assertThat(jsonMessage(answer, "404 for an unknown sid")).as("the 404 message must name the sid")
        .contains(NEVER_ISSUED);
  }

  @Test
  void eventAfterSessionEndGets410NamingWhyAndWhen() {
    String sid = mock.openSession();
    hasStatus(mock.sendEvent(sid, event("sessionEnd", 5, T0 + 5000)), 204, "sessionEnd");

    Response answer = mock.sendEvent(sid, event("ping", 10, T0 + 10_000));

    hasStatus(answer, 410, "a ping after sessionEnd");
    String message = jsonMessage(answer, "410 after sessionEnd");
    assertThat(answer.jsonPath().getString("state")).as("410 must say the session's state").isEqualTo("ended");
    String closedAt = answer.jsonPath().getString("closedAt");
    assertThat(closedAt).as("410 must say when the session closed, as an ISO instant").isNotBlank();
    assertThat(Instant.parse(closedAt)).as("closedAt must be a moment in the past").isBeforeOrEqualTo(Instant.now());
    assertThat(message).as("the 410 message must name why (sessionEnd) and when (closedAt) it closed")
        .contains("sessionEnd").contains(closedAt);
  }

  @Test
  void secondSessionEndGets410() {
    String sid = mock.openSession();
    hasStatus(mock.sendEvent(sid, event("sessionEnd", 5, T0 + 5000)), 204, "the first sessionEnd");

    Response answer = mock.sendEvent(sid, event("sessionEnd", 5, T0 + 6000));

    hasStatus(answer, 410, "a second sessionEnd");
    jsonMessage(answer, "410 to a second sessionEnd");
  }

  @Test
  void sessionCompleteKeepsTheSessionOpen() {
    String sid = mock.openSession();
    hasStatus(mock.sendEvent(sid, event("sessionComplete", 3600, T0 + 5000)), 204, "sessionComplete");

    Response answer = mock.sendEvent(sid, event("ping", 3600, T0 + 15_000));

    hasStatus(answer, 204, "a ping after sessionComplete (which must not close the session)");
  }

  @Test
  void sessionStartPostedToEventsGets400() {
    String sid = mock.openSession();

    Response answer = mock.sendEvent(sid, Payloads.sessionStart(0, T0 + 1000));

    hasStatus(answer, 400, "a sessionStart posted to a session's events");
    Map<String, Object> error = Checks.errorAt(answer, "/eventType", "sessionStart on a session's events");
    assertThat((String) error.get("message")).as("the error must send sessionStart to /api/v1/sessions")
        .contains("/api/v1/sessions");
  }

  @Test
  void everyRequestIsRecordedInArrivalOrderWithTheStatusItGot() {
    String sid = mock.openSession();
    mock.sendEvent(sid, event("play", 0, T0 + 1000));
    mock.sendEvent(sid, event("ping", 10, "abc"));
    mock.sendEvent(sid, event("ping", 10, T0 + 11_000));
    mock.sendEvent(sid, event("sessionEnd", 12, T0 + 13_000));
    mock.sendEvent(sid, event("ping", 20, T0 + 21_000));

    JsonPath view = mock.admin().session(sid);

    List<String> seen = view.<Map<String, Object>>getList("events").stream()
        .map(e -> e.get("eventType") + " " + e.get("status")).toList();
    assertThat(seen).as("the admin view must list every request in arrival order with the status it got")
        .containsExactly("sessionStart 201", "play 204", "ping 400", "ping 204", "sessionEnd 204", "ping 410");
    assertThat(view.getInt("requests.rejected")).as("two requests (the 400 and the 410) were not applied")
        .isEqualTo(2);
  }
}
