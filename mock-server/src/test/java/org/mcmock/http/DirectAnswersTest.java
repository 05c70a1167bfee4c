package org.mcmock.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcmock.MediaCollectionMock;
import org.mcmock.config.MockSettings;

/**
 * With WireMock's journal off (the mock's default), a player's POST is answered in Jetty's filter chain, before
 * WireMock's request handling: the answers are the very ones WireMock's way gives, a user's stub still takes over
 * the moment it is added, and with WireMock's journal on every request goes WireMock's way and is journaled.
 */
class DirectAnswersTest {

  private static final String SESSION_START = """
      {"eventType":"sessionStart","playerTime":{"playhead":0,"ts":1700000000000},"params":{
       "analytics.trackingServer":"t","analytics.reportSuite":"r","visitor.marketingCloudOrgId":"o@AdobeOrg",
       "media.id":"m","media.length":60,"media.contentType":"vod","media.playerName":"p","media.channel":"c"}}""";
  private static final String PLAY = """
      {"eventType":"play","playerTime":{"playhead":0,"ts":1700000000001}}""";
  private static final String BOGUS = """
      {"eventType":"bogus","playerTime":{"playhead":0,"ts":1700000000002}}""";
  private static final List<String> HEADERS = List.of("X-Media-Findings", "Access-Control-Allow-Origin",
      "Access-Control-Allow-Methods", "Access-Control-Allow-Headers", "Access-Control-Expose-Headers",
      "Content-Type");

  private static MediaCollectionMock direct;
  private static MediaCollectionMock journaled;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    direct = MediaCollectionMock.start(MockSettings.defaults());
    journaled = MediaCollectionMock.start(wireMockConfig().dynamicPort().maxRequestJournalEntries(100),
        MockSettings.defaults());
  }

  @AfterAll
  static void stop() {
    direct.close();
    journaled.close();
  }

  @Test
  void aSessionsAnswersAreTheSameWhetherJettyOrWireMockGivesThem() throws Exception {
    List<HttpResponse<String>> first = session(direct);
    List<HttpResponse<String>> second = session(journaled);

    for (int i = 0; i < first.size(); i++) {
      HttpResponse<String> fast = first.get(i);
      HttpResponse<String> wireMock = second.get(i);
      String what = List.of("sessionStart", "play", "an unknown eventType").get(i);
      assertThat(fast.statusCode()).as(what + ": status").isEqualTo(wireMock.statusCode());
      for (String header : HEADERS) {
        assertThat(fast.headers().allValues(header)).as(what + ": " + header)
            .isEqualTo(wireMock.headers().allValues(header));
      }
      assertThat(fast.body()).as(what + ": body").isEqualTo(wireMock.body());
    }
    assertThat(first).extracting(HttpResponse::statusCode).containsExactly(201, 204, 400);
  }

  @Test
  void withWireMocksJournalOnEveryPlayerRequestIsInIt() throws Exception {
    journaled.server().resetRequests();

    session(journaled);

    assertThat(journaled.server().getAllServeEvents()).as("GET /__admin/requests lists the three requests")
        .hasSize(3);
  }

  @Test
  void aUsersStubAddedWhilePlayersSendTakesOverAtOnceAndHandsBackWhenRemoved() throws Exception {
    send(direct, "/api/v1/sessions", SESSION_START);
    StubMapping down = direct.server().stubFor(post(urlPathEqualTo("/api/v1/sessions"))
        .willReturn(aResponse().withStatus(503).withBody("maintenance")));

    HttpResponse<String> stubbed = send(direct, "/api/v1/sessions", SESSION_START);
    direct.server().removeStub(down);
    HttpResponse<String> after = send(direct, "/api/v1/sessions", SESSION_START);

    assertThat(stubbed.statusCode()).as("the user's stub answers the next request").isEqualTo(503);
    assertThat(stubbed.body()).isEqualTo("maintenance");
    assertThat(after.statusCode()).as("the stub removed, the mock answers again").isEqualTo(201);
  }

  @Test
  void aGlobalDelayStillDelaysEveryAnswer() throws Exception {
    direct.server().setGlobalFixedDelay(300);
    try {
      long sent = System.nanoTime();
      HttpResponse<String> answer = send(direct, "/api/v1/sessions", SESSION_START);
      long tookMillis = (System.nanoTime() - sent) / 1_000_000;

      assertThat(answer.statusCode()).isEqualTo(201);
      assertThat(tookMillis).as("the sessionStart's answer under a global delay of 300 ms (--delay)")
          .isGreaterThanOrEqualTo(300);
    } finally {
      direct.server().setGlobalFixedDelay(0);
    }
  }

  private List<HttpResponse<String>> session(MediaCollectionMock mock) throws Exception {
    HttpResponse<String> start = send(mock, "/api/v1/sessions", SESSION_START);
    String events = start.headers().firstValue("Location").orElseThrow() + "/events";
    return List.of(start, send(mock, events, PLAY), send(mock, events, BOGUS));
  }

  private HttpResponse<String> send(MediaCollectionMock mock, String path, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
