package org.mcmock.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcmock.MediaCollectionMock;
import org.mcmock.MockSettings;
import org.mcmock.rules.Finding;
import org.mcmock.session.SessionSnapshot;

/** The reference client plays Adobe's Timeline 2 against the real mock over HTTP and earns no error. */
class ReferenceClientAgainstTheMockTest {

  private static final long START = 1_529_997_923_478L;

  private static MediaCollectionMock mock;

  private final SimulatedClock clock = new SimulatedClock(START);
  private double playhead;

  @BeforeAll
  static void startMock() {
    mock = MediaCollectionMock.start(wireMockConfig().dynamicPort(), MockSettings.defaults());
  }

  @AfterAll
  static void stopMock() {
    mock.close();
  }

  static Map<String, Object> sessionParams() {
    return SessionParams.example("reference-client", 60, "VOD", "reference-client").toMap();
  }

  private void at(int second, double playheadThen) {
    clock.advanceTo(START + second * 1000L);
    playhead = playheadThen;
  }

  private void playTimeline2(MediaTracker tracker) {
    tracker.sessionStart(EventData.params(sessionParams()));
    tracker.track("adBreakStart", EventData.params(Map.of(
        "media.ad.podFriendlyName", "ad_pod1", "media.ad.podIndex", 0, "media.ad.podSecond", 0)));
    tracker.track("adStart", EventData.params(Map.of(
        "media.ad.name", "Ad 1", "media.ad.id", "001", "media.ad.length", 12, "media.ad.podPosition", 1,
        "media.ad.playerName", "reference-client")));
    at(12, 0);
    tracker.track("adComplete");
    tracker.track("adBreakComplete");
    tracker.track("play");
    at(32, 20);
    tracker.track("error", EventData.params(Map.of("media.errorId", "error-id", "media.errorSource", "player")));
    at(37, 20);
    tracker.track("play");
    at(48, 31);
    tracker.track("sessionEnd");
  }

  @Test
  void aStreamedSessionGets201ThenOnly204sAndNoErrorFinding() {
    LiveSession session = new LiveSession(new HttpTransport(mock.baseUrl()));
    playTimeline2(new MediaTracker(clock, () -> playhead, PingSchedule.live(), session));
    session.awaitAnswers(Duration.ofSeconds(10));

    assertThat(session.exchanges()).extracting(Exchange::toString).containsExactly(
        "sessionStart -> 201", "adBreakStart -> 204", "adStart -> 204", "ping -> 204", "adComplete -> 204",
        "adBreakComplete -> 204", "play -> 204", "ping -> 204", "ping -> 204", "error -> 204", "play -> 204",
        "ping -> 204", "sessionEnd -> 204");
    SessionSnapshot recorded = mock.sessions().find(session.sid().orElseThrow()).orElseThrow()
        .snapshot(mock.sessions().clock().millis(), mock.sessions().settings(), true);
    assertThat(recorded.findings()).filteredOn(Finding::isError).as("error findings").isEmpty();
    assertThat(recorded.recorded()).isEqualTo(13);
  }

  @Test
  void aDownloadedSessionUploadsAsOneBatchBothWays() throws Exception {
    DownloadedBatch batch = new DownloadedBatch();
    playTimeline2(new MediaTracker(clock, () -> playhead, PingSchedule.downloaded(), batch));

    assertThat(batch.size()).as("9 events and no ping inside 48 s at a 50 s interval").isEqualTo(9);
    Transport http = new HttpTransport(mock.baseUrl());
    assertThat(batch.upload(http).get().status()).isEqualTo(201);
    assertThat(batch.uploadDeprecated(http).get().status()).isEqualTo(201);
  }

  @Test
  void aBackendThatIsNotThereGivesAnAnswerThatSaysSo() throws Exception {
    Answer answer = new HttpTransport("http://127.0.0.1:1").post("/api/v1/sessions", "{}").get();

    assertThat(answer.status()).isZero();
    assertThat(answer.body()).startsWith("POST /api/v1/sessions failed: ");
  }
}
