package org.mcmock.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcmock.MediaCollectionMock;
import org.mcmock.config.MockSettings;
import org.mcmock.model.Finding;
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
  void aSessionThatTimesOutDuringALongPauseGoesOnInANewSessionThatResumes() {
    LiveSession session = new LiveSession(new HttpTransport(mock.baseUrl()));
    MediaTracker tracker = new MediaTracker(clock, () -> playhead, PingSchedule.live(), session);
    tracker.sessionStart(EventData.params(sessionParams()));
    tracker.track("play");
    at(5, 5);
    tracker.track("pauseStart");
    for (int minute = 0; minute < 31; minute++) {   // the mock's clock keeps pace with the player's
      clock.advanceBy(Duration.ofMinutes(1));
      session.awaitAnswers(Duration.ofSeconds(10));
      mock.sessions().clock().advance(Duration.ofMinutes(1));
    }
    tracker.track("sessionEnd");
    session.awaitAnswers(Duration.ofSeconds(10));
    mock.sessions().clock().reset();

    List<String> answers = session.exchanges().stream().map(Exchange::toString).toList();
    int gone = answers.indexOf("ping -> 410");
    assertThat(gone).as("a ping answered 410 once the paused session timed out: %s", answers).isPositive();
    assertThat(answers.subList(gone + 1, answers.size())).as("after the 410, a new session, paused too")
        .startsWith("sessionStart -> 201", "pauseStart -> 204", "ping -> 204").endsWith("sessionEnd -> 204")
        .allMatch(answer -> answer.endsWith("-> 201") || answer.endsWith("-> 204"));
    Exchange resumed = session.exchanges().stream().filter(e -> e.eventType().equals("sessionStart"))
        .reduce((first, second) -> second).orElseThrow();
    assertThat(resumed.body()).contains("\"media.resume\":true");
    SessionSnapshot recorded = mock.sessions().find(session.sid().orElseThrow()).orElseThrow()
        .snapshot(mock.sessions().clock().millis(), mock.sessions().settings(), true);
    assertThat(recorded.findings()).filteredOn(Finding::isError).as("error findings").isEmpty();
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
