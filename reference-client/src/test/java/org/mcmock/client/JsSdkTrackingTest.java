package org.mcmock.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The requests a client shaped like Adobe's Media JS SDK 3.x sends for the calls of Timeline 2. */
class JsSdkTrackingTest {

  private final ScriptedBackend backend = new ScriptedBackend(TestPlayer.START);
  private final LiveSession session = new LiveSession(backend);

  @Test
  void timeline2AsTheJsSdkSendsIt() {
    TestPlayer.jsSdk(session).startsTheSession().sends("adBreakStart", Map.of("media.ad.podIndex", 0))
        .sends("adStart").at(12, 0).sends("adComplete").sends("adBreakComplete").sends("play")
        .at(32, 20).sends("error").at(37, 20).sends("play")
        .at(45, 28).sends("adBreakStart", Map.of("media.ad.podIndex", 1)).sends("adStart")
        .at(48, 28).sends("sessionEnd");
    session.awaitAnswers(Duration.ofSeconds(1));

    assertThat(backend.log()).as("siblings share a ts; play after adStart, adBreakComplete and 1 s into content;"
        + " pings 10 s after the last playback event or ping; what is open closed at sessionEnd").containsExactly(
        "sessions sessionStart 0/0", "s1 adBreakStart 0/0", "s1 adStart 0/0", "s1 play 0/0", "s1 ping 10000/0",
        "s1 adComplete 12000/0", "s1 adBreakComplete 12000/0", "s1 play 12000/0", "s1 play 13000/0",
        "s1 ping 23000/0", "s1 error 32000/20", "s1 ping 33000/20", "s1 ping 43000/20", "s1 adBreakStart 45000/28",
        "s1 adStart 45000/28", "s1 play 45000/28", "s1 adSkip 48000/28", "s1 adBreakComplete 48000/28",
        "s1 sessionEnd 48000/28");
  }

  @Test
  void theContentTypeGoesInLowerCaseAndAdBreaksCountFromOne() {
    TestPlayer.jsSdk(session).startsTheSession().sends("adBreakStart", Map.of("media.ad.podIndex", 0));
    session.awaitAnswers(Duration.ofSeconds(1));

    assertThat(backend.requests().get(0).body().at("/params/media.contentType").asText()).isEqualTo("vod");
    assertThat(backend.requests().get(1).body().at("/params/media.ad.podIndex").asInt()).isEqualTo(1);
  }

  @Test
  void aPauseRestartsThePingTimerAndARepeatedPauseIsNotSent() {
    TestPlayer.jsSdk(session).startsTheSession().sends("play").at(4, 4).sends("pauseStart").at(6, 4)
        .sends("pauseStart").at(15, 4);
    session.awaitAnswers(Duration.ofSeconds(1));

    assertThat(backend.log()).containsExactly("sessions sessionStart 0/0", "s1 play 0/0", "s1 play 1000/0",
        "s1 pauseStart 4000/4", "s1 ping 14000/4");
  }
}
