package org.mcmock.contract;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mcmock.config.MockSettings;
import org.mcmock.junit.MediaCollectionMockExtension;

/**
 * The mock under test, and a client for it. As a JUnit extension ({@code @RegisterExtension static}) it runs one
 * in-process mock per test class through {@link MediaCollectionMockExtension} (the lifecycle a JVM team uses:
 * started into the class's {@code ExtensionContext.Store}, closed by JUnit after the class), or targets the mock
 * at the system property {@value #BASE_URL_PROPERTY} when set; either way it resets the mock over the admin API
 * before each test.
 */
public final class MockBackend implements BeforeAllCallback, BeforeEachCallback {

  public static final String BASE_URL_PROPERTY = "mcmock.baseUrl";

  /** The in-process mock's lifecycle; {@code null} when the client talks to a mock at a known base URL. */
  private final MediaCollectionMockExtension inProcess;
  private final String baseUrl;

  /** The mock at {@value #BASE_URL_PROPERTY}, or one in this process (WireMock's request journal on). */
  public MockBackend() {
    this(external().orElse(null), MockSettings.defaults());
  }

  private MockBackend(String baseUrl, MockSettings settings) {
    this.baseUrl = baseUrl;
    this.inProcess = baseUrl != null ? null : MediaCollectionMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort()).settings(settings).build();
  }

  /** One in-process mock with these settings (caps, mode), whatever {@value #BASE_URL_PROPERTY} says. */
  public static MockBackend with(MockSettings settings) {
    return new MockBackend(null, settings);
  }

  /** A client for a mock the test started itself (e.g. with other settings). */
  public static MockBackend at(String baseUrl) {
    return new MockBackend(Objects.requireNonNull(baseUrl, "baseUrl"), null);
  }

  /** The base URL of the mock at the system property {@value #BASE_URL_PROPERTY}, when it is set. */
  public static Optional<String> external() {
    String external = System.getProperty(BASE_URL_PROPERTY, "").strip();
    return external.isEmpty() ? Optional.empty() : Optional.of(external.replaceAll("/+$", ""));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (inProcess != null) {
      inProcess.beforeAll(context);
    }
  }

  /**
   * Resets through the admin API ({@code POST /__admin/media-collection/reset}, what the extension's own reset
   * does in process), the same way for a mock in this process and one elsewhere; it also readies the HTTP client
   * before the test, whose timings (e.g. 9m59s of 10m) leave no room for its first-use start-up.
   */
  @Override
  public void beforeEach(ExtensionContext context) {
    admin().reset();
  }

  public String baseUrl() {
    return inProcess != null ? inProcess.baseUrl() : baseUrl;
  }

  public Admin admin() {
    return new Admin(this);
  }

  /** A bare request to the mock: add headers and a body, then send it. */
  public RequestSpecification request() {
    return RestAssured.given().baseUri(baseUrl());
  }

  /**
   * A request that goes out with no Content-Type header at all. REST Assured always adds one to a request with
   * a body (rest-assured issue #1377), so the client strips it on the way out.
   */
  @SuppressWarnings("deprecation")
  public RequestSpecification requestWithoutContentType() {
    return request().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
        .httpClientFactory(() -> {
          var client = new org.apache.http.impl.client.DefaultHttpClient();
          client.addRequestInterceptor((request, context) -> request.removeHeaders("Content-Type"));
          return client;
        })));
  }

  public RequestSpecification withJson(String body) {
    return request().contentType(ContentType.JSON).body(body);
  }

  /** {@code POST /api/v1/sessions}. */
  public Response startSession(String body) {
    return withJson(body).post("/api/v1/sessions");
  }

  /** {@code POST /api/v1/sessions/{sid}/events}. */
  public Response sendEvent(String sid, String body) {
    return withJson(body).post("/api/v1/sessions/{sid}/events", sid);
  }

  /** {@code POST /api/v1/downloaded}. */
  public Response sendDownloaded(String body) {
    return withJson(body).post("/api/v1/downloaded");
  }

  /** Opens a session with {@link Payloads#sessionStart()} and returns its sid. */
  public String openSession() {
    return openSession(Payloads.sessionStart());
  }

  public String openSession(String sessionStart) {
    Response created = startSession(sessionStart);
    Checks.hasStatus(created, 201, "opening a session for this test with a valid sessionStart");
    return sidOf(created);
  }

  /** The sid at the end of a 201's {@code Location: /api/v1/sessions/{sid}}. */
  public static String sidOf(Response created) {
    String location = created.header("Location");
    assertThat(location).as("a 201 must carry Location: /api/v1/sessions/{sid}; headers were %s", created.headers())
        .startsWith("/api/v1/sessions/");
    return location.substring("/api/v1/sessions/".length());
  }
}
