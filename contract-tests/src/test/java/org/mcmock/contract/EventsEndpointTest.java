package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.mcmock.contract.Checks.hasStatus;
import static org.mcmock.contract.Checks.jsonMessage;
import static org.mcmock.contract.Payloads.T0;
import static org.mcmock.contract.Payloads.event;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

  static Stream<Arguments> refusedEvents() {
    return Stream.of(
        arguments(new Refusal("a ping with playerTime.ts \"abc\"", event("ping", 10, "abc"), "/playerTime/ts",
            "type"), "actual", "abc"),
        arguments(new Refusal("a play with qoeData {bitrate: 10000} (Timeline 2's typo)",
            event("play", 0, T0 + 1000, "qoeData", Map.of("bitrate", 10000)), "/qoeData/bitrate",
            "additionalProperties"), "message", "media.qoe.bitrate"),
        arguments(new Refusal("a sessionStart posted to a session's events", Payloads.sessionStart(0, T0 + 1000),
            "/eventType", null), "message", "/api/v1/sessions"));
  }

  /** The error echoes the value sent, or says what to send instead (the real key, the right endpoint). */
  @ParameterizedTest(name = "{0}: {1} mentions {2}")
  @MethodSource("refusedEvents")
  void refusedEventGets400NamingTheFieldAndTheWayOut(Refusal refusal, String field, String mentions) {
    Map<String, Object> error = refusal.isRefusedBy(body -> mock.sendEvent(mock.openSession(), body));

    assertThat(String.valueOf(error.get(field))).as("%s: the error's %s must mention %s", refusal, field, mentions)
        .contains(mentions);
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
    Response answer = afterSessionEnd(event("ping", 10, T0 + 10_000));

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
    Response answer = afterSessionEnd(event("sessionEnd", 5, T0 + 6000));

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

  /** Opens a session, ends it with sessionEnd, then sends {@code event} to it. */
  private static Response afterSessionEnd(String event) {
    String sid = mock.openSession();
    hasStatus(mock.sendEvent(sid, event("sessionEnd", 5, T0 + 5000)), 204, "sessionEnd");
    return mock.sendEvent(sid, event);
  }
}
