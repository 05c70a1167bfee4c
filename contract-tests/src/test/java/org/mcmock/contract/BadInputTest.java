package org.mcmock.contract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mcmock.contract.Checks.hasStatus;
import static org.mcmock.contract.Checks.jsonMessage;
import static org.mcmock.contract.Payloads.T0;
import static org.mcmock.contract.Payloads.event;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile and broken requests: each gets a 4xx with a JSON message that names the problem, never a 5xx. */
class BadInputTest {

  @RegisterExtension static final MockBackend mock = new MockBackend();

  private static final String EVENTS = "/api/v1/sessions/{sid}/events";
  private static final String JSON = "application/json";
  private static final int ONE_MIB = 1024 * 1024;

  /** One broken request; {@code {sid}} in the path is a live session's. */
  record BadRequest(String description, String method, String path, String contentType, byte[] body,
      Set<Integer> statuses, String messageMentions) {

    Response sendTo(String sid) {
      RequestSpecification request = contentType == null ? mock.requestWithoutContentType() : mock.request();
      if (contentType != null) {
        request.contentType(contentType);
      }
      if (body != null) {
        request.body(body);
      }
      return request.request(method, path.replace("{sid}", sid));
    }

    @Override
    public String toString() {
      return description;
    }
  }

  static Stream<BadRequest> badRequests() {
    String ping = event("ping", 10, T0 + 10_000);
    return Stream.of(
        bad("malformed JSON on events gets 400 naming the JSON error", EVENTS, JSON,
            "{\"eventType\": \"ping\", \"playerTime\": {", 400, "JSON"),
        bad("a JSON array where events wants one object gets 400", EVENTS, JSON, "[" + ping + "]", 400, "object"),
        bad("a JSON object where /api/v1/downloaded wants an array gets 400", "/api/v1/downloaded", JSON,
            Payloads.sessionStart(), 400, "array"),
        new BadRequest("Content-Type text/plain gets 415 or 400 naming the content type", "POST", "/api/v1/sessions",
            "text/plain", Payloads.sessionStart().getBytes(UTF_8), Set.of(400, 415), "Content-Type"),
        new BadRequest("no Content-Type at all gets 415 or 400 naming the content type", "POST", EVENTS, null,
            ping.getBytes(UTF_8), Set.of(400, 415), "Content-Type"),
        bad("an empty body gets 400 saying it is empty", EVENTS, JSON, "", 400, "empty"),
        bad("a body over 1 MiB gets 413 naming the limit", "/api/v1/sessions", JSON,
            Payloads.sessionStartOfSize(ONE_MIB + 1), 413, "limit"),
        bad("JSON nested 10,000 levels deep gets 400 naming the nesting", EVENTS, JSON,
            "[".repeat(10_000) + "]".repeat(10_000), 400, "nest"),
        new BadRequest("bytes that are not UTF-8 inside a string get 400 naming UTF-8", "POST", EVENTS, JSON,
            notUtf8(), Set.of(400), "UTF-8"),
        bad("duplicate JSON keys get 400 naming the duplicate", EVENTS, JSON,
            "{\"eventType\": \"ping\", \"eventType\": \"play\", \"playerTime\": {\"playhead\": 1, \"ts\": " + T0
                + "}}", 400, "duplicate"),
        bad("1e400 as playhead gets 400 naming the playhead", EVENTS, JSON,
            "{\"eventType\": \"ping\", \"playerTime\": {\"playhead\": 1e400, \"ts\": " + T0 + "}}", 400, "playhead"),
        bad("an unknown path gets 404 naming the path", "/api/v1/nothing-here", JSON, ping, 404,
            "/api/v1/nothing-here"),
        new BadRequest("GET on /api/v1/sessions gets 405 naming the method", "GET", "/api/v1/sessions", null, null,
            Set.of(405), "GET"),
        new BadRequest("GET on a session's events gets 405 naming the method", "GET", EVENTS, null, null,
            Set.of(405), "GET"),
        bad("POST on /api/v1/schemas/ping gets 405 naming the method", "/api/v1/schemas/ping", JSON, ping, 405,
            "POST"));
  }

  /** More of the same: huge, extreme, oddly encoded and oddly typed bodies, wrong methods, bare JSON values. */
  static Stream<BadRequest> hostileRequests() {
    String ping = event("ping", 10, T0 + 10_000);
    String play = "{\"eventType\": \"play\", \"playerTime\": {\"playhead\": %s, \"ts\": %s}}";
    String bitrate = "{\"eventType\": \"bitrateChange\", \"playerTime\": {\"playhead\": 1, \"ts\": " + T0
        + "}, \"qoeData\": {\"media.qoe.bitrate\": %s}}";
    String adBreak = "{\"eventType\": \"adBreakStart\", \"playerTime\": {\"playhead\": 1, \"ts\": " + T0
        + "}, \"params\": {\"media.ad.podIndex\": %s, \"media.ad.podSecond\": 0}}";
    Stream<BadRequest> bodies = Stream.of(
        bad("a batch of 100,000 numbers gets 400 naming the per-session cap", "/api/v1/downloaded", JSON,
            "[" + "0,".repeat(99_999) + "0]", 400, "--max-events-per-session"),
        bad("100,000 valid-looking events in one batch get 413 naming the body limit", "/api/v1/downloaded", JSON,
            Payloads.batch(Collections.nCopies(100_000, event("ping", 0, T0))), 413, "limit"),
        bad("100,000 empty objects in the deprecated array form get 400 naming the per-session cap",
            "/api/v1/sessions", JSON, "[" + "{},".repeat(99_999) + "{}]", 400, "--max-events-per-session"),
        bad("1e400 as ts gets 400 naming ts", EVENTS, JSON, play.formatted(1, "1e400"), 400, "/playerTime/ts"),
        bad("-1e400 as ts gets 400 naming ts", EVENTS, JSON, play.formatted(1, "-1e400"), 400, "/playerTime/ts"),
        bad("1e-400 as ts gets 400 naming ts", EVENTS, JSON, play.formatted(1, "1e-400"), 400, "/playerTime/ts"),
        bad("-1e400 as playhead gets 400 naming the playhead", EVENTS, JSON, play.formatted("-1e400", T0), 400,
            "/playerTime/playhead"),
        bad("1e400 as a qoeData number gets 400 naming the key", EVENTS, JSON, bitrate.formatted("1e400"), 400,
            "media.qoe.bitrate"),
        bad("-1e400 as a params number gets 400 naming the key", EVENTS, JSON, adBreak.formatted("-1e400"), 400,
            "media.ad.podIndex"),
        bad("ts as a float gets 400 naming ts", EVENTS, JSON, play.formatted(1, T0 + ".5"), 400, "/playerTime/ts"),
        bad("ts beyond a 64-bit integer gets 400 naming ts", EVENTS, JSON, play.formatted(1, "9" + T0 + "000000000"),
            400, "/playerTime/ts"),
        bad("a duplicate key inside playerTime gets 400 naming the key", EVENTS, JSON,
            "{\"eventType\": \"play\", \"playerTime\": {\"playhead\": 1, \"ts\": 1, \"ts\": 2}}", 400,
            "Duplicate field 'ts'"),
        bad("a duplicate key inside params gets 400 naming the key", EVENTS, JSON,
            adBreak.formatted("0, \"media.ad.podIndex\": 1"), 400, "Duplicate field 'media.ad.podIndex'"),
        bad("a body of only whitespace gets 400 saying it is empty", EVENTS, JSON, " \r\n\t ", 400, "empty"),
        bad("a NUL byte inside a string gets 400 naming the character", EVENTS, JSON,
            play.formatted(1, T0).replace("play\"", "pl\u0000ay\""), 400, "code 0"),
        bad("a NUL byte after the JSON gets 400 naming the character", EVENTS, JSON, play.formatted(1, T0) + "\u0000",
            400, "code 0"),
        bad("a body of NUL bytes gets 400 naming the character", "/api/v1/sessions", JSON, "\u0000".repeat(64), 400,
            "code 0"),
        bad("a 500 KB string where media.length wants a number gets 400 naming the key", "/api/v1/sessions", JSON,
            Payloads.with(Payloads.sessionStart(), "/params", "media.length", "9".repeat(500_000)), 400,
            "/params/media.length"),
        bad("an array inside params gets 400 naming the key", EVENTS, JSON, adBreak.formatted("[0, [1]]"), 400,
            "/params/media.ad.podIndex"),
        bad("an array as a sessionStart param gets 400 naming the key", "/api/v1/sessions", JSON,
            Payloads.with(Payloads.sessionStart(), "/params", "media.channel", List.of("a", List.of("b"))), 400,
            "/params/media.channel"),
        bad("a 10,000-character sid gets 404 naming the session", "/api/v1/sessions/" + "a".repeat(10_000) + "/events",
            JSON, ping, 404, "No session"));
    Stream<BadRequest> wrongMethods = Stream.of("PUT", "DELETE", "PATCH").flatMap(method -> Stream.of(
        "/api/v1/sessions", EVENTS, "/api/v1/downloaded", "/api/v1/schemas/ping").map(path -> new BadRequest(
            method + " on " + path + " gets 405 naming the method", method, path, JSON, ping.getBytes(UTF_8),
            Set.of(405), method)));
    Stream<BadRequest> bareValues = Stream.of("\"ping\"", "42", "null", "true").flatMap(value -> Stream.of(
        bad("a bare " + value + " on events gets 400 asking for an object", EVENTS, JSON, value, 400, "object"),
        bad("a bare " + value + " on /api/v1/sessions gets 400 asking for an object", "/api/v1/sessions", JSON, value,
            400, "object"),
        bad("a bare " + value + " on /api/v1/downloaded gets 400 asking for an array", "/api/v1/downloaded", JSON,
            value, 400, "array")));
    return Stream.of(bodies, wrongMethods, bareValues).flatMap(cases -> cases);
  }

  static Stream<BadRequest> allBadRequests() {
    return Stream.concat(badRequests(), hostileRequests());
  }

  private String sid;

  @BeforeEach
  void openTargetSession() {
    sid = mock.openSession();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allBadRequests")
  void badRequestGets4xxWithJsonMessageNamingTheProblem(BadRequest bad) {
    Response answer = bad.sendTo(sid);

    assertThat(answer.statusCode()).as("%s: got HTTP %d with body %s", bad, answer.statusCode(), Checks.shown(answer))
        .isIn(bad.statuses());
    assertThat(jsonMessage(answer, bad.description())).as("%s: the message must mention '%s'", bad,
        bad.messageMentions()).containsIgnoringCase(bad.messageMentions());
  }

  @Test
  void bodyOfExactlyOneMebibyteIsNotRefusedForItsSize() {
    Response answer = mock.startSession(Payloads.sessionStartOfSize(ONE_MIB));

    hasStatus(answer, 201, "a valid sessionStart of exactly 1 MiB (the limit is for bodies over 1 MiB)");
  }

  @Test
  void getOnSessionsGets405WithAllowHeaderNamingPost() {
    Response answer = mock.request().get("/api/v1/sessions");

    hasStatus(answer, 405, "GET /api/v1/sessions");
    assertThat(answer.header("Allow")).as("405 must carry Allow naming the method that works").contains("POST");
  }

  @Test
  void afterEveryKindOfBadInputOtherSessionsAndTheTargetStillAcceptEvents() {
    String bystander = mock.openSession();
    hasStatus(mock.sendEvent(bystander, event("play", 0, T0 + 1000)), 204, "play on the bystander session");

    List<Integer> fiveHundreds = allBadRequests().map(bad -> bad.sendTo(sid).statusCode()).filter(s -> s >= 500)
        .toList();

    assertThat(fiveHundreds).as("no bad input may cause a 5xx").isEmpty();
    hasStatus(mock.sendEvent(sid, event("ping", 10, T0 + 10_000)), 204, "a ping on the session that got the bad input");
    hasStatus(mock.sendEvent(bystander, event("ping", 10, T0 + 11_000)), 204, "a ping on a bystander session");
    JsonPath view = mock.admin().session(bystander);
    assertThat(view.<String>getList("events.eventType")).as("the bystander must hold exactly its own events")
        .containsExactly("sessionStart", "play", "ping");
  }

  private static BadRequest bad(String description, String path, String contentType, String body, int status,
      String mentions) {
    return new BadRequest(description, "POST", path, contentType, body.getBytes(UTF_8), Set.of(status), mentions);
  }

  /** A ping whose customMetadata value holds 0xC3 0x28: a UTF-8 lead byte followed by a non-continuation byte. */
  private static byte[] notUtf8() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(("{\"eventType\": \"ping\", \"playerTime\": {\"playhead\": 1, \"ts\": " + T0
        + "}, \"customMetadata\": {\"note\": \"a").getBytes(UTF_8));
    bytes.write(0xC3);
    bytes.write(0x28);
    bytes.writeBytes("b\"}}".getBytes(UTF_8));
    return bytes.toByteArray();
  }
}
