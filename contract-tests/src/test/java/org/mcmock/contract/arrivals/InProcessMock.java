package org.mcmock.contract.arrivals;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.direct.DirectCallHttpServer;
import com.github.tomakehurst.wiremock.direct.DirectCallHttpServerFactory;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.mcmock.MediaCollectionExtension;
import org.mcmock.config.MockSettings;
import org.mcmock.schema.SchemaCatalog;
import org.mcmock.session.MockClock;

/**
 * The whole mock (its WireMock extensions and admin API) called in this thread, without sockets, on a clock
 * that moves only when told and no settle window: thousands of deliveries a second, and the same answers for the
 * same deliveries. The reorder buffer is Adobe's (5 s or 10 events by default).
 */
public final class InProcessMock implements AutoCloseable {

  /** Where the mock's clock stands after each reset. */
  public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HOST = "http://localhost";

  private final MockClock clock = new MockClock(Clock.fixed(START, ZoneOffset.UTC));
  private final DirectCallHttpServerFactory factory = new DirectCallHttpServerFactory();
  private final WireMockServer server;
  private final DirectCallHttpServer http;

  public InProcessMock() {
    // No settle window: it waits in real time for requests that, delivered one by one here, are not on their way.
    MockSettings settings = MockSettings.builder().settleWindow(Duration.ZERO).build();
    MediaCollectionExtension extension = new MediaCollectionExtension(settings, SchemaCatalog.bundled(), clock);
    server = new WireMockServer(wireMockConfig().httpServerFactory(factory).extensions(extension)
        .disableRequestJournal().stubRequestLoggingDisabled(true));
    server.start();
    http = factory.getHttpServer();
  }

  /** Forgets every session and fault, and puts the clock back to {@link #START}. */
  public void reset() {
    admin(RequestMethod.POST, "/reset", "");
  }

  /** Moves the mock's clock to {@code millis} after {@link #START}; it never goes back. */
  public void at(long millis) {
    long now = clock.millis() - START.toEpochMilli();
    if (millis > now) {
      clock.advance(Duration.ofMillis(millis - now));
    }
  }

  /** A request to the Media Collection API, as a player sends it. */
  public Response post(String path, String json) {
    return http.stubRequest(request(RequestMethod.POST, path, json));
  }

  /** A request to {@code /__admin/media-collection<path>}; fails unless it is answered 2xx. */
  public JsonNode admin(RequestMethod method, String path, String json) {
    Response answer = http.adminRequest(request(method, "/__admin/media-collection" + path, json));
    if (answer.getStatus() / 100 != 2) {
      throw new IllegalStateException(method + " " + path + " answered " + answer.getStatus() + ": "
          + answer.getBodyAsString());
    }
    try {
      String body = answer.getBodyAsString();
      return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ImmutableRequest request(RequestMethod method, String path, String json) {
    return ImmutableRequest.create().withAbsoluteUrl(HOST + path).withMethod(method)
        .withHeader("Content-Type", "application/json").withBody(json.getBytes(StandardCharsets.UTF_8)).build();
  }

  @Override
  public void close() {
    server.stop();
  }
}
