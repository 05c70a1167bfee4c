package org.mcmock.contract;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mcmock.contract.Checks.hasStatus;
import static org.mcmock.contract.Payloads.T0;
import static org.mcmock.contract.Payloads.event;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mcmock.MediaCollectionMock;
import org.mcmock.config.MockSettings;
import org.mcmock.model.Mode;

/**
 * Over real HTTP, a session is judged in ts order whatever order its requests arrive in: an answer whose finding
 * a request in flight cures waits for it (the settle window), and events that belong before a sessionEnd are
 * still taken just after it.
 */
class OrderingTest {

  private static final String HEADER = "X-Media-Findings";
  /** Long enough that a loaded machine delivers the second request inside it; the cure ends the wait. */
  private static final Duration SETTLE = Duration.ofSeconds(5);

  @RegisterExtension
  static final MockBackend mock = new MockBackend();

  private static MediaCollectionMock started(Mode mode) {
    return MediaCollectionMock.start(wireMockConfig().dynamicPort(), MockSettings.builder().mode(mode)
        .settleWindow(SETTLE).build());
  }

  @Test
  void inStrictModeAnAdStartThatOvertakesItsAdBreakStartIsAcceptedOnceItArrives() throws Exception {
    try (MediaCollectionMock strict = started(Mode.STRICT)) {
      MockBackend client = MockBackend.at(strict.baseUrl());
      String sid = client.openSession();

      long sent = System.nanoTime();
      CompletableFuture<Response> adStart =
          CompletableFuture.supplyAsync(() -> client.sendEvent(sid, Payloads.adStart(1, T0 + 1000)));
      awaitRecorded(client, sid, 2);
      Response adBreakStart = client.sendEvent(sid, Payloads.adBreakStart(1, T0 + 1000));
      Response adStartAnswer = adStart.get(SETTLE.toSeconds() * 2, TimeUnit.SECONDS);
      long waitedMillis = (System.nanoTime() - sent) / 1_000_000;

      hasStatus(adBreakStart, 204, "the adBreakStart, arriving second with the adStart's ts");
      hasStatus(adStartAnswer, 204, "the adStart, arriving first, once its adBreakStart arrived");
      assertThat(adStartAnswer.header(HEADER)).as("the adStart's findings, cured").isEqualTo("none");
      assertThat(waitedMillis).as("the adStart is answered when the cure arrives, not at the end of its %s window",
          SETTLE).isLessThan(SETTLE.toMillis());
      JsonPath session = client.admin().session(sid);
      assertThat(session.<String>getList("events.eventType")).as("events in ts order")
          .containsExactly("sessionStart", "adBreakStart", "adStart");
      assertThat(session.<Integer>getList("events.arrival")).as("and the order they arrived in")
          .containsExactly(0, 2, 1);
      assertThat(session.<Object>getList("findings")).isEmpty();
    }
  }

  @Test
  void inFaithfulModeTheHeaderNamesOnlyFindingsTheSessionStillHas() throws Exception {
    try (MediaCollectionMock faithful = started(Mode.FAITHFUL)) {
      MockBackend client = MockBackend.at(faithful.baseUrl());
      String sid = client.openSession();
      hasStatus(client.sendEvent(sid, event("play", 1, T0 + 1000)), 204, "play at 1 s");

      CompletableFuture<Response> late =
          CompletableFuture.supplyAsync(() -> client.sendEvent(sid, event("ping", 22, T0 + 22_000)));
      awaitRecorded(client, sid, 3);
      Response filler = client.sendEvent(sid, event("ping", 11, T0 + 11_000));

      hasStatus(filler, 204, "the ping at 11 s, arriving second");
      Response answer = late.get(SETTLE.toSeconds() * 2, TimeUnit.SECONDS);
      hasStatus(answer, 204, "the ping at 22 s, arriving first");
      assertThat(answer.header(HEADER)).as("PING_GAP was cured by the ping at 11 s").isEqualTo("none");
    }
  }

  @Test
  void aRealMistakeIsStill400InStrictModeAfterTheSettleWindow() {
    mock.admin().switchMode("strict");
    String sid = mock.openSession();

    long sent = System.nanoTime();
    Response answer = mock.sendEvent(sid, Payloads.adStart(1, T0 + 1000));

    hasStatus(answer, 400, "strict mode, an adStart no adBreakStart ever comes for");
    assertThat(answer.header(HEADER)).isEqualTo("1 error: AD_OUTSIDE_BREAK at event 1");
    assertThat((System.nanoTime() - sent) / 1_000_000).as("answered once the default 250 ms settle window is over")
        .isGreaterThanOrEqualTo(250);
  }

  @Test
  void anEventWithoutACurableFindingIsAnsweredAtOnce() {
    mock.admin().switchMode("strict");
    String sid = mock.openSession();

    hasStatus(mock.sendEvent(sid, Payloads.adBreakStart(1, T0 + 1000)), 204, "adBreakStart");

    Response answer = mock.sendEvent(sid, Payloads.with(Payloads.adStart(1, T0 + 1000), "", "customMetadata",
        java.util.Map.of("a.reserved", "x")));

    hasStatus(answer, 400, "strict mode, an adStart with a reserved customMetadata key, which nothing can cure");
    assertThat(answer.time()).as("no settle window for what nothing can cure, in ms").isLessThan(250);
  }

  @Test
  void theAdSkipAndAdBreakCompleteSentWithTheSessionEndAreTakenAfterIt() {
    String sid = mock.openSession();
    hasStatus(mock.sendEvent(sid, Payloads.adBreakStart(1, T0 + 1000)), 204, "adBreakStart");
    hasStatus(mock.sendEvent(sid, Payloads.adStart(1, T0 + 1000)), 204, "adStart");
    hasStatus(mock.sendEvent(sid, event("sessionEnd", 3, T0 + 3000)), 204, "sessionEnd at 3 s");

    hasStatus(mock.sendEvent(sid, event("adSkip", 3, T0 + 3000)), 204, "adSkip with the sessionEnd's ts, after it");
    hasStatus(mock.sendEvent(sid, event("adBreakComplete", 3, T0 + 3000)), 204,
        "adBreakComplete with the sessionEnd's ts, after it");
    hasStatus(mock.sendEvent(sid, event("ping", 4, T0 + 4000)), 410, "a ping later than the sessionEnd");

    JsonPath session = mock.admin().session(sid);
    assertThat(session.getString("state")).isEqualTo("ended");
    assertThat(session.<String>getList("events.eventType")).as("the closing events placed before the sessionEnd")
        .containsExactly("sessionStart", "adBreakStart", "adStart", "adSkip", "adBreakComplete", "sessionEnd",
            "ping");
    assertThat(session.<Object>getList("findings")).isEmpty();
    assertThat(mock.admin().summary(sid).getInt("ads.skipped")).isEqualTo(1);
  }

  @Test
  void afterTheReorderWindowTheSessionEndTakesNothingMore() {
    String sid = mock.openSession();
    hasStatus(mock.sendEvent(sid, event("sessionEnd", 3, T0 + 3000)), 204, "sessionEnd at 3 s");
    mock.admin().advanceClock("6s");

    hasStatus(mock.sendEvent(sid, event("ping", 2, T0 + 2000)), 410,
        "a ping with an earlier ts, 6 s after the sessionEnd (the reorder window is 5 s)");
  }

  /** Polls the admin API until the session has recorded {@code count} requests (an earlier one is in flight). */
  private static void awaitRecorded(MockBackend client, String sid, int count) {
    Awaitility.await("request " + count + " of session " + sid + " recorded in time").atMost(SETTLE)
        .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
        .until(() -> client.admin().session(sid).getInt("requests.recorded") >= count);
  }
}
