package org.mcmock.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.mcmock.MediaCollectionMock;
import org.mcmock.config.MockSettings;
import org.mcmock.model.EventType;
import org.mcmock.contract.IncomingEvent;
import org.mcmock.contract.JsonBodyReader;
import org.mcmock.model.Violation;
import org.mcmock.fuzz.FuzzRequest.Endpoint;
import org.mcmock.model.Mode;
import org.mcmock.rules.DownloadedBatchRules;
import org.mcmock.rules.DownloadedBatchRules.Form;
import org.mcmock.model.Finding;
import org.mcmock.schema.SchemaCatalog;
import org.mcmock.session.MockClock;
import org.mcmock.session.Opening;
import org.mcmock.session.Outcome;
import org.mcmock.session.Session;
import org.mcmock.session.SessionSnapshot;
import org.mcmock.session.SessionStore;

/**
 * Fuzz targets. Without {@code JAZZER_FUZZ} they run once per file of the seed corpus under
 * {@code src/test/resources/org/mcmock/fuzz/MediaCollectionFuzzTestInputs/} (and of each method's folder, where
 * Jazzer puts what it finds); with it, Jazzer fuzzes the one method that {@code -Dtest} names. Each input is a
 * {@link FuzzRequest}.
 */
class MediaCollectionFuzzTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MockSettings SETTINGS = MockSettings.defaults();
  private static final MockClock CLOCK =
      new MockClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
  private static final SchemaCatalog SCHEMAS = SchemaCatalog.bundled();
  private static final JsonBodyReader READER = new JsonBodyReader(SETTINGS.maxBodyBytes());
  private static final JsonNode SESSION_START = validSessionStart();

  private static MediaCollectionMock mock;
  private static boolean localConnectionsAllowed;
  private static HttpClient http;

  @BeforeAll
  static void startTheMock() {
    mock = MediaCollectionMock.start();
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  @AfterAll
  static void stopTheMock() {
    mock.close();
  }

  /**
   * Body reading, schema validation and the session rules, without HTTP: any bytes under any Content-Type become
   * an event the session records, or a refusal with a 4xx and a reason. In both modes.
   */
  @FuzzTest
  void anyBodyIsAcceptedOrRefusedWithAReason(byte[] input) {
    FuzzRequest request = FuzzRequest.parse(input);
    JsonBodyReader.Result body = READER.read(request.body(), request.contentType());
    if (body instanceof JsonBodyReader.Refused refused) {
      assertRefusal(refused.status(), List.of(refused.violation()));
      return;
    }
    JsonBodyReader.Json json = (JsonBodyReader.Json) body;
    for (Mode mode : Mode.values()) {
      SessionStore store = new SessionStore(CLOCK, SETTINGS.toBuilder().mode(mode).build());
      if (json.node().isArray()) {
        judgeBatch(json.node(), request.endpoint() == Endpoint.SESSIONS ? Form.DEPRECATED_SESSIONS_ARRAY
            : Form.DOWNLOADED_ENDPOINT, store);
      } else {
        judgeEvent(IncomingEvent.of(json.node(), json.text(), SCHEMAS.validate(json.node())), store);
      }
    }
  }

  /** The whole mock over HTTP: any POST to its endpoints (Media Edge's too) gets an answer below 500; a 4xx says why in JSON. */
  @FuzzTest
  void anyPostGetsAnAnswerBelow500WithAMessage(byte[] input) throws IOException, InterruptedException {
    FuzzRequest request = FuzzRequest.parse(input);
    if (!localConnectionsAllowed) {
      // Jazzer's SSRF detector refuses every connection it was not told about; it exists once Jazzer's agent runs.
      // Allowed for the rest of the run: closing it after a finding fails.
      BugDetectors.allowNetworkConnections((host, port) -> port == mock.port());
      localConnectionsAllowed = true;
    }
    if (mock.sessions().size() > 1_000) {
      mock.sessions().reset(); // a long run stays far from the session cap
    }
    String path = request.endpoint() == Endpoint.EVENTS
        ? "/api/v1/sessions/" + openSession() + "/events" : request.endpoint().path;
    HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(mock.baseUrl() + path))
        .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
    if (request.contentType() != null) {
      post.header("Content-Type", sendable(request.contentType()));
    }

    HttpResponse<String> answer = http.send(post.build(), HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).as("POST %s gave %d %s", path, answer.statusCode(), answer.body()).isLessThan(500);
    if (answer.statusCode() >= 400) {
      assertThat(answer.headers().firstValue("Content-Type")).as("Content-Type of %s", answer.body())
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
      // The Media Edge API answers problem details, whose explanation is "detail".
      String explanation = path.startsWith("/ee/") ? "detail" : "message";
      assertThat(JSON.readTree(answer.body()).path(explanation).asText()).as("%s of %s", explanation, answer.body())
          .isNotBlank();
    }
  }

  private static void judgeEvent(IncomingEvent event, SessionStore store) {
    if (!event.valid()) {
      assertRefusal(event.refusalStatus(), event.violations());
    } else if (event.type() == EventType.SESSION_START) {
      assertRecorded(store.open(event), 1, store);
    } else {
      Session session = store.open(IncomingEvent.of(SESSION_START, SESSION_START.toString(), List.of())).session();
      Outcome outcome = store.settle(session, session.offer(event, CLOCK.millis(), store.settings(), store.mode()),
          Duration.ZERO);
      if (outcome instanceof Outcome.RefusedByRule refused) {
        assertThat(store.mode()).as("only strict mode refuses a valid event").isEqualTo(Mode.STRICT);
        assertExplained(refused.event().findings());
      } else {
        assertThat(outcome).as("a valid %s on a new session", event.type()).isInstanceOf(Outcome.Accepted.class);
        assertThat(snapshot(session, store).events()).as("the session's record").hasSize(2)
            .last().satisfies(recorded -> assertThat(recorded.body()).isEqualTo(event.body()));
      }
    }
  }

  private static void judgeBatch(JsonNode batch, Form form, SessionStore store) {
    Optional<Violation> tooLarge = DownloadedBatchRules.sizeProblem(batch.size(), SETTINGS.maxEventsPerSession());
    if (tooLarge.isPresent()) {
      assertRefusal(400, List.of(tooLarge.get()));
      return;
    }
    List<IncomingEvent> events = new ArrayList<>();
    batch.forEach(element -> events.add(IncomingEvent.of(element, element.toString(), SCHEMAS.validate(element))));
    DownloadedBatchRules.Verdict verdict = DownloadedBatchRules.check(events, batch.path(0).path("params"), form);
    if (!verdict.accepted()) {
      assertRefusal(400, verdict.errors());
      return;
    }
    assertRecorded(store.recordDownloaded(events, verdict.findings()), events.size(), store);
  }

  private static void assertRecorded(Opening opening, int events, SessionStore store) {
    if (opening.refused()) {
      assertThat(store.mode()).as("only strict mode refuses a valid session").isEqualTo(Mode.STRICT);
      assertExplained(opening.findings());
      assertThat(opening.findings()).as("strict mode refuses for an error").anyMatch(Finding::isError);
    } else {
      assertThat(snapshot(opening.session(), store).events()).as("events recorded").hasSize(events);
    }
  }

  private static void assertRefusal(int status, List<Violation> violations) {
    assertThat(status).as("status of a refusal for %s", violations).isBetween(400, 499);
    assertThat(violations).as("reasons of a refusal").isNotEmpty().hasSizeLessThanOrEqualTo(Violation.MAX_LISTED + 1)
        .allSatisfy(v -> assertThat(v.message()).as("message of %s", v).isNotBlank());
  }

  private static void assertExplained(List<Finding> findings) {
    assertThat(findings).as("findings").isNotEmpty()
        .allSatisfy(f -> assertThat(f.message()).as("message of %s", f).isNotBlank());
  }

  private static SessionSnapshot snapshot(Session session, SessionStore store) {
    return session.snapshot(CLOCK.millis(), store.settings(), true);
  }

  private static String openSession() throws IOException, InterruptedException {
    HttpResponse<Void> created = http.send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/api/v1/sessions"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(SESSION_START.toString())).build(),
        HttpResponse.BodyHandlers.discarding());
    assertThat(created.statusCode()).as("opening a session for the input").isEqualTo(201);
    return created.headers().firstValue("Location").orElseThrow().replace("/api/v1/sessions/", "");
  }

  /** What java.net.http lets through as a header value: visible ASCII and inner spaces. */
  private static String sendable(String value) {
    return value.replaceAll("[^\\x20-\\x7E]", "").strip();
  }

  /** The sessionStart of the valid downloaded batch every schema test starts from. */
  private static JsonNode validSessionStart() {
    try (InputStream in = MediaCollectionFuzzTest.class.getResourceAsStream("/events/valid/downloaded-batch.json")) {
      return JSON.readTree(in).get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
