package org.mcmock.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/**
 * What Adobe's own SDKs send (docs/decisions.md#ordering) is not an error: sibling hits sharing one ts, 10 s pings
 * inside ads, play flushed right after adStart, pings through pauses and buffering, and the tracker's
 * 750 ms tick making pings a little late.
 */
class SdkHabitsTest {

  private static SessionScript vod() {
    return SessionScript.vod(600).at(0).sessionStart();
  }

  @Test
  void adStartAndTheFlushedPlayShareOneTs() {
    // Pre-roll: no play before the break; the SDK flushes play right after adStart, with adStart's ts.
    SessionScript script = vod().at(0.25).adBreakStart().at(0.5).adStart().at(0.5).play()
        .at(10.5).ping().at(15.5).adComplete().at(15.6).adBreakComplete().at(15.6).play();

    assertThat(script.errors()).isEmpty();
    assertThat(script.findings())
        .as("play after adStart is not playback before the ad, and the tie is in the canonical order").isEmpty();
  }

  @Test
  void closingEverythingOnCompleteSharesOneTs() {
    // trackComplete with an ad, its break and a chapter open: adSkip, adBreakComplete, chapterSkip,
    // sessionComplete, all with the ts of the call.
    SessionScript script = vod().at(1).play().at(1.5).chapterStart().at(11).ping().at(20).playhead(19)
        .adBreakStart().at(20.25).adStart().at(20.25).play().at(30.25).ping()
        .at(35).adSkip().adBreakComplete().chapterSkip().sessionComplete();

    assertThat(script.findings()).as("closing inner first is the canonical order").isEmpty();
    assertThat(script.summary().completed()).isTrue();
  }

  @Test
  void tenSecondPingsInsideAnAdAreFineByDefault() {
    SessionScript script = vod().at(0.25).adBreakStart().at(0.5).adStart().at(10.5).ping().at(20.5).ping()
        .at(30.5).ping().at(30.6).adComplete().at(30.7).adBreakComplete().at(30.8).play().at(40.8).ping();

    assertThat(script.findings()).isEmpty();
  }

  @Test
  void pingsEveryTenSecondsThroughAThreeMinutePauseAndBuffering() {
    SessionScript script = vod().at(1).play().at(5).pauseStart();
    for (int second = 15; second <= 185; second += 10) {
      script.at(second).ping();
    }
    script.at(186).play().at(190).bufferStart().at(200).ping().at(210).ping().at(212).play().at(222).ping();

    assertThat(script.findings()).isEmpty();
    assertThat(script.summary().pausedMillis()).as("pauseStart at 5 s, play at 186 s").isEqualTo(181_000);
    assertThat(script.summary().bufferingMillis()).as("bufferStart at 190 s, play at 212 s").isEqualTo(22_000);
  }

  @Test
  void the750MsTickMakesPingsComeEvery10Point75Seconds() {
    SessionScript script = vod().at(1).play();
    for (int i = 1; i <= 20; i++) {
      script.at(1 + 10.75 * i).ping();
    }
    script.at(220).sessionComplete();

    assertThat(script.findings()).as("first ping 10.75 s after play, then every 10.75 s").isEmpty();
  }

  @Test
  void pingsBeforePlaybackWhileTheTrackerIsStillInInit() {
    SessionScript script = vod().at(10).ping().at(14).play().at(24).ping();

    assertThat(script.findings()).isEmpty();
  }

  @Test
  void theContentStartFlushSendsPlayAgainAfterOneSecond() {
    SessionScript script = vod().at(1).play().at(2).playhead(1).play().at(11).playhead(10).ping();

    assertThat(script.findings()).isEmpty();
  }

  @Test
  void aSeekIsSentAsPauseStartThenPlay() {
    SessionScript script = vod().at(1).play().at(5).playhead(4).pauseStart().at(5.5).playhead(120).play()
        .at(11).playhead(125.5).ping();

    assertThat(script.findings()).isEmpty();
  }

  @Test
  void aResumedSessionReplaysOpenItemsWithTheSessionStartTs() {
    // After 30 min idle the SDK ends the session and starts a new one with media.resume, replaying the
    // open chapter and states and the playback state, all with the ts of the call that woke it.
    SessionScript script = SessionScript.vod(600).at(0).playhead(300).with("media.resume", true).sessionStart()
        .chapterStart().stateStart("fullscreen").stateStart("mute").play().at(10).playhead(310).ping();

    assertThat(script.findings()).as("chapter, states, then play: the canonical order").isEmpty();
  }

  @Test
  void downloadedContentPingsEvery50Seconds() {
    SessionScript script = SessionScript.vod(600).downloaded().at(0).sessionStart().at(0.5).play();
    for (int i = 1; i <= 8; i++) {
      script.at(0.5 + 50 * i).ping();
    }
    script.at(420).sessionComplete();

    assertThat(script.findings()).isEmpty();
  }
}
