package org.mcmock.contract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mcmock.contract.Checks.hasStatus;
import static org.mcmock.contract.Checks.jsonMessage;
import static org.mcmock.contract.Payloads.T0;
import static org.mcmock.contract.Payloads.event;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input that {@link BadInputTest}'s corpus cannot hold: requests an HTTP library refuses to send, and
 * bodies that look hostile but are valid, which must be accepted and recorded whole. After each test a new
 * session must still get 201 and its first event 204.
 */
class HostileInputTest {

  @RegisterExtension static final MockBackend mock = new MockBackend();

  private static final String JSON_HEADERS = "Content-Type: application/json\r\n";

  /** A request sent as raw bytes; {@code {sid}} in the request line is a live session's. */
  record RawRequest(String description, String requestLine, String headers, byte[] body, int status,
      String messageMentions) {

    RawHttp.Answer sendTo(String sid) {
      return RawHttp.send(mock.baseUrl(), requestLine.replace("{sid}", sid), headers, body);
    }

    @Override
    public String toString() {
      return description;
    }
  }

  static Stream<RawRequest> rawRequests() {
    byte[] ping = event("ping", 10, T0 + 10_000).getBytes(UTF_8);
    String withLength = JSON_HEADERS + "Content-Length: " + ping.length + "\r\n";
    return Stream.of(
        new RawRequest("a sid that climbs out with ../ gets 404 naming what is served",
            "POST /api/v1/sessions/../../__admin/events HTTP/1.1", withLength, ping, 404, "Nothing is served"),
        new RawRequest("a sid with percent-encoded slashes gets 404 naming the sid",
            "POST /api/v1/sessions/..%2F..%2F__admin/events HTTP/1.1", withLength, ping, 404,
            "No session ..%2F..%2F__admin"),
        new RawRequest("a live sid with a percent-encoded character gets 404 naming the sid as sent",
            "POST /api/v1/sessions/{sid}%41/events HTTP/1.1", withLength, ping, 404, "%41"),
        new RawRequest("a % not followed by two hex digits in the sid gets 400 naming the percent-encoding",
            "POST /api/v1/sessions/%zz/events HTTP/1.1", withLength, ping, 400, "percent-encoding"),
        new RawRequest("%00 in the sid gets 400 naming the percent-encoding",
            "POST /api/v1/sessions/a%00b/events HTTP/1.1", withLength, ping, 400, "percent-encoding"),
        new RawRequest("a 40,000-character URI gets 414 naming the URI",
            "POST /api/v1/sessions/" + "a".repeat(40_000) + "/events HTTP/1.1", withLength, ping, 414,
            "URI is too long"),
        new RawRequest("a 40 KB header gets 431 naming the headers", "POST /api/v1/sessions/{sid}/events HTTP/1.1",
            withLength + "X-Padding: " + "a".repeat(40_000) + "\r\n", ping, 431, "headers are too large"),
        new RawRequest("a chunked body with a malformed chunk size gets 400 naming the body, not a 500",
            "POST /api/v1/sessions/{sid}/events HTTP/1.1", JSON_HEADERS + "Transfer-Encoding: chunked\r\n",
            "zz\r\n{}\r\n0\r\n\r\n".getBytes(UTF_8), 400, "body could not be read"),
        new RawRequest("a multipart Content-Type without a boundary gets 400 naming the boundary, not a 500",
            "POST /api/v1/downloaded HTTP/1.1", "Content-Type: multipart/form-data\r\nContent-Length: " + ping.length
                + "\r\n", ping, 400, "no multipart boundary"));
  }

  private String sid;

  @BeforeEach
  void openTargetSession() {
    sid = mock.openSession();
  }

  @AfterEach
  void theMockStillServesANormalSession() {
    String next = mock.openSession();
    hasStatus(mock.sendEvent(next, event("play", 0, T0 + 1000)), 204, "play on a session opened after the test");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rawRequests")
  void rawRequestGets4xxWithJsonMessageNamingTheProblemAndCorsHeaders(RawRequest raw) {
    RawHttp.Answer answer = raw.sendTo(sid);

    assertThat(answer.status()).as("%s: got %s", raw, answer).isEqualTo(raw.status());
    assertThat(answer.headers().get("content-type")).as("%s: the answer must be JSON; got %s", raw, answer)
        .startsWith("application/json");
    assertThat(answer.message()).as("%s: the message must mention '%s'; got %s", raw, raw.messageMentions(), answer)
        .contains(raw.messageMentions());
    Checks.CORS_HEADERS.forEach((name, value) -> assertThat(answer.headers().get(name.toLowerCase()))
        .as("%s: header %s; got %s", raw, name, answer).isEqualTo(value));
  }

  @Test
  void aBodyStartingWithAUtf8ByteOrderMarkIsReadAsTheJsonAfterIt() {
    // RFC 8259 lets a parser ignore a BOM; refusing it would 400 a request Adobe's Java backend likely takes.
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    body.writeBytes(event("play", 0, T0 + 1000).getBytes(UTF_8));

    Response answer = mock.request().contentType("application/json").body(body.toByteArray())
        .post("/api/v1/sessions/{sid}/events", sid);

    hasStatus(answer, 204, "a play preceded by a UTF-8 byte order mark");
    assertThat(mock.admin().session(sid).<String>getList("events.eventType")).as("the play must be recorded")
        .containsExactly("sessionStart", "play");
  }

  @Test
  void aSessionStartWithTenThousandCustomMetadataKeysIsAcceptedAndRecordedWhole() {
    Map<String, String> metadata = new LinkedHashMap<>();
    for (int i = 0; i < 10_000; i++) {
      metadata.put("key" + i, "value" + i);
    }

    Response answer = mock.startSession(Payloads.with(Payloads.sessionStart(), "", "customMetadata", metadata));

    hasStatus(answer, 201, "a sessionStart with 10,000 customMetadata keys (no limit is documented)");
    JsonPath view = mock.admin().session(MockBackend.sidOf(answer));
    assertThat(view.getMap("events[0].body.customMetadata")).as("every customMetadata key must be recorded")
        .hasSize(10_000).containsEntry("key9999", "value9999");
  }

  @Test
  void aParamOf500KilobytesIsAcceptedAndRecordedWhole() {
    String name = "n".repeat(500_000);

    Response answer = mock.startSession(Payloads.with(Payloads.sessionStart(), "/params", "media.name", name));

    hasStatus(answer, 201, "a sessionStart whose media.name has 500,000 characters (the body is under 1 MiB)");
    String recorded = mock.admin().session(MockBackend.sidOf(answer)).getString("events[0].body.params.'media.name'");
    assertThat(recorded).as("the recorded media.name").hasSize(500_000);
  }

  @Test
  void numbersThatUnderflowToZeroAreAcceptedAsZero() {
    String play = "{\"eventType\": \"play\", \"playerTime\": {\"playhead\": 1e-400, \"ts\": " + (T0 + 1000) + "}}";

    hasStatus(mock.sendEvent(sid, play), 204, "a play at playhead 1e-400, which is 0 in a double");

    assertThat(mock.admin().session(sid).getDouble("events[1].playhead")).as("the playhead the session uses")
        .isZero();
  }

  @Test
  void anEventWithNinetyThousandUnknownKeysGetsA400ThatListsTheFirstHundredAndCountsThemAll() {
    Map<String, Integer> params = new LinkedHashMap<>();
    for (int i = 0; i < 90_000; i++) {
      params.put("k" + i, 1);
    }
    String body = event("play", 0, T0 + 1000, "params", params);

    Response answer = mock.sendEvent(sid, body);

    hasStatus(answer, 400, "a play with 90,000 unknown params keys");
    assertThat(jsonMessage(answer, "90,000 unknown keys")).as("the message counts every problem")
        .contains("90000 problems");
    List<Map<String, Object>> errors = answer.jsonPath().getList("errors");
    assertThat(errors).as("100 problems listed, then one entry with the total").hasSize(101);
    assertThat(errors.get(100)).as("the last entry").containsEntry("rule", "tooManyProblems")
        .containsEntry("actual", 90_000);
    assertThat(answer.asByteArray().length).as("the answer must stay smaller than the body it refuses")
        .isLessThan(body.length());
  }
}
