package org.mcmock.contract;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mcmock.MediaCollectionMock;
import org.mcmock.config.MockSettings;

/**
 * The mock under test, and a client for it. As a JUnit extension ({@code @RegisterExtension static}) it
 * starts one in-process mock per test class on a random port, or targets the mock at the system property
 * {@value #BASE_URL_PROPERTY} when set, and resets it (sessions, rejected batches, clock) before each test.
 */
public final class MockBackend implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

  public static final String BASE_URL_PROPERTY = "mcmock.baseUrl";

  private MediaCollectionMock inProcess;
  private String baseUrl;

  public MockBackend() {}

  private MockBackend(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** A client for a mock the test started itself (e.g. with other settings). */
  public static MockBackend at(String baseUrl) {
    return new MockBackend(baseUrl);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    String external = System.getProperty(BASE_URL_PROPERTY, "").strip();
    if (external.isEmpty()) {
      inProcess = MediaCollectionMock.start(wireMockConfig().dynamicPort(), MockSettings.defaults());
      baseUrl = inProcess.baseUrl();
    } else {
      baseUrl = external.replaceAll("/+$", "");
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (inProcess != null) {
      inProcess.close();
      inProcess = null;
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    admin().reset();
  }

  public String baseUrl() {
    return baseUrl;
  }

  public Admin admin() {
    return new Admin(this);
  }

  /** A bare request to the mock: add headers and a body, then send it. */
  public RequestSpecification request() {
    return RestAssured.given().baseUri(baseUrl);
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
