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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;
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
                + "\r\n", ping, 400, "no multipart boundary"),
        new RawRequest("a bad % escape in the query string gets 400 naming the percent-encoding, not a 500 page",
            "POST /api/v1/sessions?q=%zz HTTP/1.1", withLength, ping, 400, "percent-encoding"),
        new RawRequest("a bad % escape in an event's query string gets 400 too",
            "POST /api/v1/sessions/{sid}/events?a=1&b=%G1 HTTP/1.1", withLength, ping, 400, "percent-encoding"),
        new RawRequest("an unknown method gets 405 in JSON naming the methods served",
            "BREW /api/v1/sessions HTTP/1.1", withLength, ping, 405, "use POST"),
        new RawRequest("a method with characters HTTP does not allow gets 400 in JSON",
            "P@ST /api/v1/sessions HTTP/1.1", withLength, ping, 400, "could not be parsed"),
        new RawRequest("a header line without a colon gets 400 in JSON", "POST /api/v1/sessions/{sid}/events HTTP/1.1",
            withLength + "NoColonHere\r\n", ping, 400, "could not be parsed"),
        new RawRequest("a header with a control character gets 400 in JSON",
            "POST /api/v1/sessions/{sid}/events HTTP/1.1", withLength + "X-Bad: a\u0001b\r\n", ping, 400,
            "could not be parsed"),
        new RawRequest("an unknown HTTP version gets Jetty's 505 (the one status Jetty fixes itself), in JSON",
            "POST /api/v1/sessions/{sid}/events HTTP/7.3", withLength, ping, 505, "HTTP Version Not Supported"),
        new RawRequest("a gzip body that inflates past 1 MiB gets 413 at once, naming the inflated limit",
            "POST /api/v1/sessions/{sid}/events HTTP/1.1", gzipHeaders(zipBomb()), zipBomb(), 413,
            "inflates to more than 1048576 bytes"),
        new RawRequest("a body that says gzip but is not gets 400 naming the encoding",
            "POST /api/v1/sessions/{sid}/events HTTP/1.1", gzipHeaders(ping), ping, 400, "not valid gzip"),
        new RawRequest("a Content-Encoding the mock cannot inflate gets 415 naming it",
            "POST /api/v1/sessions/{sid}/events HTTP/1.1", withLength + "Content-Encoding: br\r\n", ping, 415,
            "Content-Encoding: br is not supported"),
        new RawRequest("an overlong UTF-8 'i' in \"ping\" gets 400 naming the byte offset, not a ping",
            "POST /api/v1/sessions/{sid}/events HTTP/1.1", lengthOf(overlongPing()), overlongPing(), 400,
            "not valid UTF-8 at byte 15 (0xC1)"),
        new RawRequest("UTF-8 bytes of a surrogate get 400 naming the byte offset",
            "POST /api/v1/sessions/{sid}/events HTTP/1.1", lengthOf(encodedSurrogate()), encodedSurrogate(), 400,
            "not valid UTF-8 at byte"),
        new RawRequest("a \\ud800 escape without its pair gets 400 naming the field",
            "POST /api/v1/sessions/{sid}/events HTTP/1.1", lengthOf(loneSurrogateEscape()), loneSurrogateEscape(),
            400, "lone surrogate"));
  }

  /** 16 MB of zeros, gzipped to about 16 KB. */
  static byte[] zipBomb() {
    if (zipBomb == null) {
      zipBomb = gzip(new byte[16 * 1024 * 1024]);
    }
    return zipBomb;
  }

  private static byte[] zipBomb;

  static byte[] gzip(byte[] plain) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(plain);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String gzipHeaders(byte[] body) {
    return lengthOf(body) + "Content-Encoding: gzip\r\n";
  }

  private static String lengthOf(byte[] body) {
    return JSON_HEADERS + "Content-Length: " + body.length + "\r\n";
  }

  /** {"eventType":"p\xC1\xA9ng",...}: 0xC1 0xA9 is an overlong 'i', which a lenient decoder turns into U+FFFD. */
  private static byte[] overlongPing() {
    return withBytesAt(event("ping", 10, T0 + 10_000), "\"ping\"", new byte[] {'"', 'p', (byte) 0xC1, (byte) 0xA9,
        'n', 'g', '"'});
  }

  private static byte[] encodedSurrogate() {
    return withBytesAt(event("ping", 10, T0 + 10_000), "\"ping\"", new byte[] {'"', 'p', (byte) 0xED, (byte) 0xA0,
        (byte) 0x80, '"'});
  }

  /** A play whose customMetadata value is the JSON escape \\ud800, half of a surrogate pair. */
  private static byte[] loneSurrogateEscape() {
    return ("{\"customMetadata\":{\"x\":\"a\\ud800\"}," + event("play", 0, T0 + 1000).substring(1)).getBytes(UTF_8);
  }

  private static byte[] withBytesAt(String json, String replaced, byte[] bytes) {
    int at = json.indexOf(replaced);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(json.substring(0, at).getBytes(UTF_8));
    out.writeBytes(bytes);
    out.writeBytes(json.substring(at + replaced.length()).getBytes(UTF_8));
    return out.toByteArray();
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
  void aGzipBodyIsInflatedAndRecordedAsTheJsonItHolds() {
    byte[] play = event("play", 0, T0 + 1000).getBytes(UTF_8);

    Response answer = mock.request().contentType("application/json").header("Content-Encoding", "gzip")
        .body(gzip(play)).post("/api/v1/sessions/{sid}/events", sid);

    hasStatus(answer, 204, "a play compressed with gzip");
    assertThat(mock.admin().session(sid).getString("events[1].body.eventType")).as("the recorded play").isEqualTo(
        "play");
  }

  @Test
  void aBodyThatIsNotUtf8IsNotRecorded() {
    RawHttp.Answer answer = RawHttp.send(mock.baseUrl(), "POST /api/v1/sessions/" + sid + "/events HTTP/1.1",
        lengthOf(overlongPing()), overlongPing());

    assertThat(answer.status()).as("an overlong ping; got %s", answer).isEqualTo(400);
    assertThat(mock.admin().session(sid).<String>getList("events.eventType"))
        .as("no ping may be recorded from bytes that are not UTF-8").doesNotContain("ping");
    assertThat(mock.admin().session(sid).getString("events[-1].body")).as("what the journal holds of the refused body")
        .doesNotContain("\uFFFD").contains("\"p\\xC1\\xA9ng\"");
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
