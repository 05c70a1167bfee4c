package org.mcmock.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mcmock.MediaCollectionMock;
import org.mcmock.config.MockSettings;

/** The README's reference client snippet, compiled and run against the mock. */
class ReadmeSnippetTest {

  @Test
  void theReadmeSnippetPlaysAShortSessionWithPings() {
    Map<String, Object> sessionParams = ReferenceClientAgainstTheMockTest.sessionParams();
    try (MediaCollectionMock mock = MediaCollectionMock.start(wireMockConfig().dynamicPort(), MockSettings.defaults())) {
      // README: The reference client {
      var clock = new SimulatedClock(1_700_000_000_000L);        // the player's clock: moves only when told
      var session = new LiveSession(new HttpTransport(mock.baseUrl()));
      var tracker = new MediaTracker(clock, () -> 0.0, PingSchedule.live(), session);   // () -> the playhead

      tracker.sessionStart(EventData.params(sessionParams));     // later events wait for the sid
      tracker.track("play");
      clock.advanceBy(Duration.ofSeconds(25));                    // the tracker pings at 10 and 20 s
      tracker.track("sessionEnd");

      session.awaitAnswers(Duration.ofSeconds(5));
      session.exchanges();   // [sessionStart -> 201, play -> 204, ping -> 204, ping -> 204, sessionEnd -> 204]
      // }
      assertThat(session.exchanges()).extracting(Exchange::toString).containsExactly(
          "sessionStart -> 201", "play -> 204", "ping -> 204", "ping -> 204", "sessionEnd -> 204");
    }
  }
}
