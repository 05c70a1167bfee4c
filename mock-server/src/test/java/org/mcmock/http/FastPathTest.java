package org.mcmock.http;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcmock.MediaCollectionMock;

/** While the mock's stubs are the only ones, its endpoints answer before WireMock matches stubs, and the same. */
class FastPathTest {

  private static final String SESSION_START = """
      {"eventType":"sessionStart","playerTime":{"playhead":0,"ts":1700000000000},"params":{
       "analytics.trackingServer":"t","analytics.reportSuite":"r","visitor.marketingCloudOrgId":"o@AdobeOrg",
       "media.id":"m","media.length":60,"media.contentType":"vod","media.playerName":"p","media.channel":"c"}}""";

  private static MediaCollectionMock mock;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    mock = MediaCollectionMock.start();
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @BeforeEach
  void reset() {
    mock.server().resetAll();
  }

  private HttpResponse<String> startSession() throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/api/v1/sessions"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(SESSION_START)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void withOnlyTheMocksStubsASessionStartIsAnsweredBeforeStubMatching() throws Exception {
    HttpResponse<String> answer = startSession();

    assertThat(answer.statusCode()).isEqualTo(201);
    assertThat(answer.headers().firstValue("Location")).get().asString().startsWith("/api/v1/sessions/");
    assertThat(answer.headers().firstValue("X-Media-Findings")).hasValue("none");
    assertThat(answer.headers().firstValue("Access-Control-Expose-Headers")).hasValue("Location");
    assertThat(answer.headers().firstValue("Matched-Stub-Id"))
        .as("WireMock names the stub it matched; the fast path matched none").isEmpty();
  }

  @Test
  void anyStubOfTheUsersSendsRequestsThroughStubMatchingWithTheSameAnswer() throws Exception {
    StubMapping health = mock.server().stubFor(get("/health").willReturn(ok()));

    HttpResponse<String> matched = startSession();
    mock.server().removeStub(health);
    HttpResponse<String> fast = startSession();

    assertThat(matched.headers().firstValue("Matched-Stub-Name"))
        .as("with a user's stub present, the mock's stub answered").hasValue("Media Collection API: POST /api/v1/sessions");
    assertThat(matched.statusCode()).isEqualTo(fast.statusCode()).isEqualTo(201);
    for (String header : new String[] {"X-Media-Findings", "Access-Control-Allow-Origin", "Content-Length"}) {
      assertThat(matched.headers().firstValue(header)).as(header).isEqualTo(fast.headers().firstValue(header));
    }
    assertThat(fast.headers().firstValue("Matched-Stub-Id")).as("the user's stub removed, the fast path again")
        .isEmpty();
  }
}
