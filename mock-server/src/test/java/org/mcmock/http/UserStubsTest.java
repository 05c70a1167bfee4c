package org.mcmock.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
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
import org.mcmock.config.MockSettings;
import org.mcmock.faults.FaultSpec;
import org.mcmock.session.SessionSnapshot;

/**
 * Users shape the mock with ordinary WireMock stubs: delays, faults and overrides win over ours. While the
 * mock's stubs are the only ones, its endpoints answer before stub matching (the fast path), and the same.
 */
class UserStubsTest {

  private static final String SESSION_START = """
      {"eventType":"sessionStart","playerTime":{"playhead":0,"ts":1700000000000},"params":{
       "analytics.trackingServer":"t","analytics.reportSuite":"r","visitor.marketingCloudOrgId":"o@AdobeOrg",
       "media.id":"m","media.length":60,"media.contentType":"vod","media.playerName":"p","media.channel":"c"}}""";

  private static MediaCollectionMock mock;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    // WireMock's journal (off by default) shows what WireMock did with the user's stub
    mock = MediaCollectionMock.start(wireMockConfig().dynamicPort().maxRequestJournalEntries(10), MockSettings.defaults());
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @BeforeEach
  void reset() {
    mock.server().resetAll();
    mock.sessions().reset();
    mock.faults().clear();
  }

  @Test
  void delayOnAStubThatReusesTheSessionsTransformerKeepsBothTheDelayAndTheSession() throws Exception {
    mock.server().stubFor(post(urlPathEqualTo("/api/v1/sessions")).atPriority(1)
        .willReturn(aResponse().withFixedDelay(20).withTransformers(SessionsTransformer.NAME)));

    HttpResponse<String> answer = send("/api/v1/sessions", SESSION_START);

    assertThat(answer.statusCode()).as("status of a delayed sessionStart").isEqualTo(201);
    assertThat(answer.headers().firstValue("Location")).as("Location of a delayed sessionStart").isPresent();
    ServeEvent served = mock.server().getAllServeEvents().get(0);
    assertThat(served.getResponseDefinition().getFixedDelayMilliseconds())
        .as("delay WireMock applied to the transformed answer").isEqualTo(20);
    assertThat(mock.sessions().size()).as("sessions recorded").isEqualTo(1);
  }

  @Test
  void aPlannedDelayReplacesTheStubsDelayForTheOneRequestItCatches() throws Exception {
    mock.server().stubFor(post(urlPathEqualTo("/api/v1/sessions")).atPriority(1)
        .willReturn(aResponse().withFixedDelay(20).withTransformers(SessionsTransformer.NAME)));
    mock.faults().plan(
        FaultSpec.read(new ObjectMapper().readTree("{\"on\": \"sessionStart\", \"delay\": \"30ms\"}")));

    send("/api/v1/sessions", SESSION_START);
    send("/api/v1/sessions", SESSION_START);

    assertThat(mock.server().getAllServeEvents()).as("WireMock's journal, newest first")
        .extracting(served -> served.getResponseDefinition().getFixedDelayMilliseconds()).containsExactly(20, 30);
  }

  @Test
  void aUsersStubWithoutTheTransformerAnswersInsteadOfTheMockAndRecordsNothing() throws Exception {
    String location = send("/api/v1/sessions", SESSION_START).headers().firstValue("Location").orElseThrow();
    mock.server().stubFor(post(urlPathMatching("/api/v1/sessions/.*/events"))
        .willReturn(aResponse().withStatus(500).withBody("{\"message\":\"injected\"}")));

    HttpResponse<String> answer =
        send(location + "/events", "{\"eventType\":\"ping\",\"playerTime\":{\"playhead\":1,\"ts\":1700000001000}}");

    assertThat(answer.statusCode()).as("status from the user's fault stub").isEqualTo(500);
    assertThat(answer.headers().firstValue("Access-Control-Allow-Origin"))
        .as("CORS header on a user's stub answer").hasValue("*");
    SessionSnapshot session = mock.sessions().snapshots().get(0);
    assertThat(session.recorded()).as("requests recorded on the session (the sessionStart only)").isEqualTo(1);
  }

  @Test
  void wireMocksOwnResetKeepsTheMediaCollectionEndpoints() throws Exception {
    mock.server().resetAll();

    assertThat(send("/api/v1/sessions", SESSION_START).statusCode())
        .as("sessionStart after WireMock's reset").isEqualTo(201);
    assertThat(mock.server().getStubMappings()).as("stubs after reset")
        .extracting(stub -> stub.getName())
        .contains("Media Collection API: POST /api/v1/sessions", "Media Collection API: CORS preflight");
  }

  @Test
  void withOnlyTheMocksStubsASessionStartIsAnsweredBeforeStubMatching() throws Exception {
    HttpResponse<String> answer = send("/api/v1/sessions", SESSION_START);

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

    HttpResponse<String> matched = send("/api/v1/sessions", SESSION_START);
    mock.server().removeStub(health);
    HttpResponse<String> fast = send("/api/v1/sessions", SESSION_START);

    assertThat(matched.headers().firstValue("Matched-Stub-Name"))
        .as("with a user's stub present, the mock's stub answered")
        .hasValue("Media Collection API: POST /api/v1/sessions");
    assertThat(matched.statusCode()).isEqualTo(fast.statusCode()).isEqualTo(201);
    for (String header : new String[] {"X-Media-Findings", "Access-Control-Allow-Origin", "Content-Length"}) {
      assertThat(matched.headers().firstValue(header)).as(header).isEqualTo(fast.headers().firstValue(header));
    }
    assertThat(fast.headers().firstValue("Matched-Stub-Id")).as("the user's stub removed, the fast path again")
        .isEmpty();
  }

  private HttpResponse<String> send(String path, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
