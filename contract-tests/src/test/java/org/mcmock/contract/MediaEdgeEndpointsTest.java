package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mcmock.contract.Checks.hasStatus;
import static org.mcmock.contract.Payloads.T0;
import static org.mcmock.contract.Payloads.event;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Adobe's Media Edge API beside the Media Collection API: {@code /ee/va/v1/...} and the Web SDK's interact. */
class MediaEdgeEndpointsTest {

  @RegisterExtension static final MockBackend mock = new MockBackend();

  private static final String ORIGIN = "https://player.example.test";

  private Response post(String path, String body) {
    return mock.request().contentType(ContentType.JSON).body(body).post(path);
  }

  private String open() {
    Response started = post("/ee/va/v1/sessionStart?configId=test", EdgePayloads.sessionStart());
    hasStatus(started, 200, "a valid Media Edge sessionStart");
    return started.jsonPath().getString("handle.find { it.type == 'media-analytics:new-session' }.payload[0].sessionId");
  }

  @Test
  void sessionStartAnswers200WithANewSessionHandleCarryingA64HexSessionId() {
    Response started = post("/ee/va/v1/sessionStart?configId=test&requestId=r-1", EdgePayloads.sessionStart());

    hasStatus(started, 200, "a valid Media Edge sessionStart");
    JsonPath body = started.jsonPath();
    assertThat(body.getString("requestId")).as("the requestId echoed").isEqualTo("r-1");
    Map<String, Object> handle = body.getMap("handle[0]");
    assertThat(handle).as("the first handle").containsEntry("type", "media-analytics:new-session")
        .containsEntry("eventIndex", 0);
    String sid = body.getString("handle[0].payload[0].sessionId");
    assertThat(sid).as("Adobe's session ids are 64 hex characters").matches("[0-9a-f]{64}");
    assertThat(body.getList("handle.type")).as("the Edge Network's handles too")
        .contains("locationHint:result", "state:store");
    assertThat(mock.admin().session(sid).getString("api")).as("the admin API names the API").isEqualTo("media-edge");
  }

  @Test
  void eventsAnswer204AndLandInTheSameEngineWithAndWithoutALocationHint() {
    String sid = open();

    hasStatus(post("/ee/va/v1/play?configId=test", EdgePayloads.body(event("play", 0, T0 + 1000), sid)), 204,
        "a play");
    hasStatus(post("/ee/or2/va/v1/ping", EdgePayloads.body(event("ping", 10, T0 + 11_000), sid)), 204,
        "a ping on a location-hint path, without configId");
    hasStatus(post("/ee/va/v1/statesUpdate", EdgePayloads.body(event("stateStart", 12, T0 + 13_000, "params",
        Map.of("media.state.name", "mute")), sid)), 204, "a statesUpdate");

    JsonPath session = mock.admin().session(sid);
    assertThat(session.getMap("eventTypes")).as("what the engine counted")
        .containsEntry("sessionStart", 1).containsEntry("play", 1).containsEntry("ping", 1)
        .containsEntry("stateStart", 1);
  }

  @Test
  void aFindingSaysTheSameThingWhicheverApiCarriedIt() {
    String adStart = Payloads.event("adStart", 0, T0 + 1000, "params", Map.of("media.ad.id", "ad-1",
        "media.ad.length", 15, "media.ad.podPosition", 1, "media.ad.playerName", "player"));
    String onCollection = mock.openSession(Payloads.timeline2SessionStart());
    mock.sendEvent(onCollection, adStart);
    String onEdge = open();
    hasStatus(post("/ee/va/v1/adStart", EdgePayloads.body(adStart, onEdge)), 204, "an adStart outside an ad break");

    List<Object> collectionFindings = mock.admin().session(onCollection).getList("findings");
    assertThat(collectionFindings).as("the Media Collection session's findings").isNotEmpty();
    assertThat(mock.admin().session(onEdge).getList("findings")).as("the Media Edge session's findings")
        .isEqualTo(collectionFindings);
  }

  @Test
  void inStrictModeARuleBrokenOnMediaEdgeGets400NamingTheRule() {
    String sid = open();
    mock.admin().switchMode("strict");
    String adStart = Payloads.event("adStart", 0, T0 + 1000, "params", Map.of("media.ad.id", "ad-1",
        "media.ad.length", 15, "media.ad.podPosition", 1, "media.ad.playerName", "player"));

    Response answer = post("/ee/va/v1/adStart", EdgePayloads.body(adStart, sid));

    hasStatus(answer, 400, "an adStart outside an ad break, in strict mode");
    explains(answer.jsonPath(), "", "$", "AD_OUTSIDE_BREAK");
  }

  @Test
  void tenMinutesWithoutEventsTimeOutAMediaEdgeSessionAndTheNextEventGets410() {
    String sid = open();

    mock.admin().advanceClock("10m");
    Response gone = post("/ee/va/v1/ping", EdgePayloads.body(event("ping", 10, T0 + 10_000), sid));

    hasStatus(gone, 410, "a ping 10 minutes after the last event");
    assertThat(gone.jsonPath().getString("type")).endsWith("va-edge-0410-410");
  }

  @Test
  void aFaultPlannedOnPlayCatchesAMediaEdgePlay() {
    String sid = open();
    mock.admin().injectFault(Map.of("on", "play", "status", 503));

    hasStatus(post("/ee/va/v1/play", EdgePayloads.body(event("play", 0, T0 + 1000), sid)), 503,
        "a play while a 503 is planned on play");
    assertThat(mock.admin().session(sid).getInt("requests.injected")).as("recorded as injected").isEqualTo(1);
  }

  @Test
  void aStatesUpdateStartingTwoStatesAnswers204AndLeavesNoTieBehind() {
    String sid = open();
    String body = "{\"events\":[{\"xdm\":{\"eventType\":\"media.statesUpdate\",\"timestamp\":\"2018-06-26T07:25:24Z\","
        + "\"mediaCollection\":{\"playhead\":1,\"sessionID\":\"" + sid + "\",\"statesStart\":[{\"name\":\"mute\"},"
        + "{\"name\":\"fullScreen\"}]}}}]}";

    hasStatus(post("/ee/va/v1/statesUpdate", body), 204, "a statesUpdate starting mute and fullScreen");

    JsonPath session = mock.admin().session(sid);
    assertThat(session.getMap("eventTypes")).containsEntry("stateStart", 2);
    assertThat(session.getList("findings.rule")).as("two states in one request are no tie").doesNotContain("TS_EQUAL");
  }

  @Test
  void aMediaCollectionSessionSaysItsApiToo() {
    String sid = mock.openSession();

    assertThat(mock.admin().session(sid).getString("api")).isEqualTo("media-collection");
  }

  @Test
  void theWebSdkStartsItsSessionThroughInteractSendingTextPlain() {
    String body = "{\"events\":[{\"xdm\":{\"eventType\":\"web.webpagedetails.pageViews\"}},"
        + EdgePayloads.sessionStart().replaceFirst("^\\{\"events\":\\[", "").replaceFirst("]}$", "") + "]}";

    Response answer = mock.request().contentType("text/plain;charset=UTF-8").header("Origin", ORIGIN).body(body)
        .post("/ee/v1/interact?configId=test&requestId=abc");

    hasStatus(answer, 200, "an interact call with a media.sessionStart event");
    assertThat(answer.jsonPath().getInt("handle[0].eventIndex")).as("the event's place").isEqualTo(1);
    assertThat(answer.jsonPath().getString("handle[0].payload[0].sessionId")).matches("[0-9a-f]{64}");
    assertThat(answer.header("Access-Control-Allow-Origin")).as("the Origin echoed").isEqualTo(ORIGIN);
    assertThat(answer.header("Access-Control-Allow-Credentials")).isEqualTo("true");
    assertThat(answer.header("Vary")).isEqualTo("Origin");
  }

  @Test
  void anInteractCallWithoutMediaAnswers200WithAnEmptyHandle() {
    Response answer = post("/ee/or2/v1/interact?configId=test", "{\"events\":[{\"xdm\":{}}]}");

    hasStatus(answer, 200, "an interact call without media");
    assertThat(answer.jsonPath().getList("handle")).isEmpty();
  }

  @Test
  void aPreflightUnderEeEchoesTheOriginWithCredentials() {
    Response answer = mock.request().header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "content-type").options("/ee/va/v1/play");

    hasStatus(answer, 204, "a preflight");
    assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo(ORIGIN);
    assertThat(answer.header("Access-Control-Allow-Credentials")).isEqualTo("true");
  }

  @Test
  void aRefusedSessionStartGets207WithErrorsAndNoSession() {
    String body = EdgePayloads.body(Payloads.without(Payloads.timeline2SessionStart(), "/params", "media.id"), null);

    Response answer = post("/ee/va/v1/sessionStart?configId=test", body);

    hasStatus(answer, 207, "a sessionStart without sessionDetails.name");
    JsonPath json = answer.jsonPath();
    explains(json, "errors[0].", "$.xdm.mediaCollection.sessionDetails.name", "required");
    assertThat(json.getList("handle.type")).doesNotContain("media-analytics:new-session");
    assertThat(mock.admin().sessions().getList("sessions")).as("no session opened").isEmpty();
  }

  @Test
  void aSessionIdNeverIssuedGets404AndAClosedOneGets410() {
    hasStatus(post("/ee/va/v1/ping", EdgePayloads.body(event("ping", 10, T0 + 10_000), "0".repeat(64))), 404,
        "a ping for a session never issued");
    String sid = open();
    hasStatus(post("/ee/va/v1/sessionEnd", EdgePayloads.body(event("sessionEnd", 3, T0 + 3000), sid)), 204,
        "a sessionEnd");

    Response gone = post("/ee/va/v1/ping", EdgePayloads.body(event("ping", 10, T0 + 10_000), sid));

    hasStatus(gone, 410, "a ping after sessionEnd");
    assertThat(gone.jsonPath().getString("type")).endsWith("va-edge-0410-410");
    assertThat(gone.jsonPath().getString("report.details")).contains("sessionEnd");
  }

  @Test
  void aWrongTypeGets400NamingTheFieldTheRuleTheExpectedAndTheActualValue() {
    String sid = open();
    String body = EdgePayloads.body(event("play", 0, T0 + 1000), sid).replace("\"playhead\":0", "\"playhead\":\"abc\"");

    Response answer = post("/ee/va/v1/play", body);

    hasStatus(answer, 400, "a play with playhead \"abc\"");
    JsonPath json = answer.jsonPath();
    explains(json, "", "$.events[0].xdm.mediaCollection.playhead", "type");
    assertThat(json.getString("report.details[0].actual")).isEqualTo("abc");
    assertThat(json.getString("report.details[0].expected")).contains("integer");
  }

  /** The problem at {@code at} is va-edge-0400-400 and its first detail names the field and the rule. */
  private static void explains(JsonPath json, String at, String name, String rule) {
    assertThat(json.getString(at + "type")).endsWith("va-edge-0400-400");
    assertThat(json.getString(at + "report.details[0].name")).as("the field, Adobe's way").isEqualTo(name);
    assertThat(json.getString(at + "report.details[0].rule")).as("the rule").isEqualTo(rule);
  }

  @Test
  void badInputGetsAClear4xx() {
    String sid = open();
    String play = EdgePayloads.body(event("play", 0, T0 + 1000), sid);
    String twice = play.replaceFirst("^\\{\"events\":\\[(.*)]}$", "{\"events\":[$1,$1]}");
    Map<String, String> bodies = Map.of(
        "malformed JSON", "{\"events\":[",
        "no events array", "{\"xdm\":{}}",
        "two events in one request", twice,
        "an eventType that disagrees with the path", play.replace("media.play", "media.ping"));
    bodies.forEach((what, body) -> {
      Response answer = post("/ee/va/v1/play", body);
      assertThat(answer.statusCode()).as("%s: %s", what, answer.asString()).isEqualTo(400);
      assertThat(answer.jsonPath().getString("type")).as(what).contains("va-edge-0400-400");
    });
    hasStatus(post("/ee/va/v1/seekStart", play), 404, "an event type the Media Edge API does not have");
    hasStatus(mock.request().get("/ee/va/v1/play"), 405, "a GET on a Media Edge path");
    Response noConfig = post("/ee/va/v1/sessionStart", EdgePayloads.sessionStart());
    hasStatus(noConfig, 400, "a sessionStart without configId");
    assertThat(noConfig.jsonPath().getString("type")).endsWith("EXEG-0003-400");
    assertThat(List.of(post("/ee/v1/interact", "{}").statusCode())).as("interact without configId").containsOnly(400);
  }
}
