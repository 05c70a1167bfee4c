package org.mcmock.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mcmock.model.EventType;
import org.mcmock.contract.IncomingEvent;
import org.mcmock.rules.Timeline.PlayerState;

/** The figures a session adds up to, judged by ts, and how findings name an event. */
class TimelineTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static SessionScript vod() {
    return SessionScript.vod(600).at(0).sessionStart();
  }

  private static RuleEvent event(int index, EventType type, long ts) {
    ObjectNode json = JSON.createObjectNode().put("eventType", type.wireName());
    json.putObject("playerTime").put("playhead", 0).put("ts", ts);
    return new RuleEvent(index, IncomingEvent.of(json, json.toString(), List.of()));
  }

  @Test
  void aCopyHoldsEveryFieldOfTheOriginalAndMovesOnItsOwn() throws IllegalAccessException {
    SessionScript script = vod().at(1).chapterStart().stateStart("mute").at(2).adBreakStart().adStart().play()
        .at(12).ping();
    Timeline original = script.timeline();

    Timeline copy = original.copy();

    for (java.lang.reflect.Field field : Timeline.class.getDeclaredFields()) {
      if (java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      field.setAccessible(true);
      assertThat(field.get(copy)).as("Timeline.%s in the copy", field.getName()).usingRecursiveComparison()
          .isEqualTo(field.get(original));
    }
    PlaybackSummary before = original.summary();
    copy.advance(event(6, EventType.AD_COMPLETE, SessionScript.tsAt(20)));
    copy.advance(event(7, EventType.STATE_END, SessionScript.tsAt(20)));
    assertThat(original.summary()).as("the original, after the copy moved on").isEqualTo(before);
    assertThat(original.adOpen()).isTrue();
    assertThat(copy.adOpen()).isFalse();
  }

  @Test
  void contentIsCountedOnlyWhilePlayingOutsideAdBreaks() {
    PlaybackSummary summary = vod()
        .at(2).play()
        .at(12).ping()
        .at(15).adBreakStart()
        .at(17).adStart()          // 15→17: in the break, no ad open: counted nowhere
        .at(27).ping()
        .at(32).adComplete()
        .at(33).adBreakComplete()  // 32→33: in the break between ads: counted nowhere
        .at(34).play()             // 33→34: break closed, the player still playing since adStart: content
        .at(44).ping()
        .summary();

    // 0→2 starting (nothing), 2→15 content (13), 33→44 content (11): 24 s
    assertThat(summary.contentMillis()).isEqualTo(24_000);
    // adStart at 17 to adComplete at 32
    assertThat(summary.adMillis()).isEqualTo(15_000);
    assertThat(summary.pausedMillis()).isZero();
    assertThat(summary.bufferingMillis()).isZero();
  }

  @Test
  void timeBeforeTheFirstPlayIsNotCounted() {
    PlaybackSummary summary = vod().at(10).ping().at(14).play().at(24).ping().summary();

    assertThat(summary.contentMillis()).as("play at 14 s to ping at 24 s").isEqualTo(10_000);
  }

  @Test
  void pausedAndBufferingTimeRunUntilTheNextPlay() {
    PlaybackSummary summary = vod()
        .at(1).play()
        .at(5).pauseStart()
        .at(15).ping()
        .at(20).play()
        .at(25).bufferStart()
        .at(28).play()
        .at(38).ping()
        .summary();

    assertThat(summary.pausedMillis()).as("pauseStart at 5 s, play at 20 s").isEqualTo(15_000);
    assertThat(summary.bufferingMillis()).as("bufferStart at 25 s, play at 28 s").isEqualTo(3_000);
    // 1→5 (4) + 20→25 (5) + 28→38 (10)
    assertThat(summary.contentMillis()).isEqualTo(19_000);
    assertThat(summary.pauses()).isEqualTo(1);
    assertThat(summary.bufferings()).isEqualTo(1);
  }

  @Test
  void adTimeRunsWhileAnAdIsOpenWhateverThePlayerDoes() {
    PlaybackSummary summary = vod().at(0.5).adBreakStart().at(1).adStart().at(5).pauseStart().at(10).ping()
        .at(12).play().at(16).adComplete().summary();

    assertThat(summary.adMillis()).as("adStart at 1 s, adComplete at 16 s, paused or not").isEqualTo(15_000);
    assertThat(summary.pausedMillis()).isZero();
    assertThat(summary.pauses()).isEqualTo(1);
  }

  @Test
  void noTimeIsCountedAfterSessionComplete() {
    PlaybackSummary summary = vod().at(1).play().at(11).ping().at(15).sessionComplete().at(45).ping().summary();

    assertThat(summary.contentMillis()).as("play at 1 s to sessionComplete at 15 s; the ping at 45 s adds nothing")
        .isEqualTo(14_000);
    assertThat(summary.completed()).isTrue();
    assertThat(summary.pings()).as("the late ping is still counted as a ping").isEqualTo(2);
  }

  @Test
  void noTimeIsCountedAfterSessionEndAndItIsNoCompletion() {
    SessionScript script = vod().at(1).play().at(11).ping().at(15).sessionEnd().at(45).ping();

    assertThat(script.summary().contentMillis()).isEqualTo(14_000);
    assertThat(script.summary().completed()).isFalse();
    assertThat(script.timeline().over()).isTrue();
  }

  @Test
  void tsGoingBackwardsAddsNothing() {
    SessionScript script = vod().at(1).play().at(11).ping();
    long before = script.summary().contentMillis();

    script.at(10).bitrateChange();

    assertThat(before).isEqualTo(10_000);
    assertThat(script.summary().contentMillis()).as("after an event 1 s back in time").isEqualTo(before);
  }

  @Test
  void tsGoingBackwardsAndForwardAgainCountsNoSecondTwice() {
    PlaybackSummary summary = vod().at(1).play().at(11).ping().at(10).bitrateChange().at(21).ping().summary();

    assertThat(summary.contentMillis()).as("content from play at 1 s to the last ping at 21 s").isEqualTo(20_000);
  }

  @Test
  void anAdOutsideABreakIsNotCountedAndItsTimeIsContent() {
    PlaybackSummary summary = vod().at(1).play().at(2).adStart().at(12).ping().at(17).adComplete().at(27).ping()
        .summary();

    assertThat(summary.adsStarted()).as("ads started").isZero();
    assertThat(summary.adsCompleted()).as("ads completed").isZero();
    assertThat(summary.adMillis()).as("ad time").isZero();
    assertThat(summary.contentMillis()).as("content from play at 1 s to the ping at 27 s").isEqualTo(26_000);
  }

  @Test
  void closingEventsThatCloseNothingAreNotCounted() {
    PlaybackSummary summary = vod().at(1).adBreakStart().at(2).adStart().at(3).adComplete().at(4).adComplete()
        .at(5).adBreakComplete().at(6).play().at(7).chapterComplete().summary();

    assertThat(summary.adsCompleted()).as("ads completed, for 1 ad started").isEqualTo(1);
    assertThat(summary.chaptersCompleted()).as("chapters completed, for none started").isZero();
  }

  @Test
  void eventsAreCountedByKind() {
    PlaybackSummary summary = vod()
        .at(1).play().at(2).chapterStart().at(3).bitrateChange().at(4).error().at(5).chapterSkip()
        .at(6).adBreakStart().at(7).adStart().at(8).adSkip().at(9).adStart().at(10).adComplete()
        .at(11).adBreakComplete().at(12).chapterStart().at(13).chapterComplete().at(14).ping()
        .summary();

    assertThat(summary.chaptersStarted()).isEqualTo(2);
    assertThat(summary.chaptersSkipped()).isEqualTo(1);
    assertThat(summary.chaptersCompleted()).isEqualTo(1);
    assertThat(summary.adBreaks()).isEqualTo(1);
    assertThat(summary.adsStarted()).isEqualTo(2);
    assertThat(summary.adsSkipped()).isEqualTo(1);
    assertThat(summary.adsCompleted()).isEqualTo(1);
    assertThat(summary.bitrateChanges()).isEqualTo(1);
    assertThat(summary.errors()).isEqualTo(1);
    assertThat(summary.pings()).isEqualTo(1);
    assertThat(summary.completed()).isFalse();
  }

  @Test
  void thePlayerStateFollowsPlayPauseBufferAndAdStart() {
    SessionScript script = vod();
    assertThat(script.timeline().player()).isEqualTo(PlayerState.STARTING);

    script.at(1).adBreakStart().at(2).adStart();
    assertThat(script.timeline().player()).as("Adobe's backend plays on adStart").isEqualTo(PlayerState.PLAYING);
    assertThat(script.timeline().playbackStartIndex()).isEqualTo(2);
    assertThat(script.timeline().playbackStartedInAd()).isTrue();

    script.at(3).pauseStart();
    assertThat(script.timeline().player()).isEqualTo(PlayerState.PAUSED);
    script.at(4).bufferStart();
    assertThat(script.timeline().player()).isEqualTo(PlayerState.BUFFERING);
    script.at(5).play();
    assertThat(script.timeline().player()).isEqualTo(PlayerState.PLAYING);
  }

  @Test
  void describeNamesTypeIndexTsAndTimeSinceSessionStart() {
    SessionScript script = vod();

    assertThat(Wording.describe(script.timeline(), event(3, EventType.AD_START, SessionScript.tsAt(12))))
        .isEqualTo("adStart at event 3 (ts 1700000012000, 12 s after sessionStart)");
    assertThat(Wording.describe(script.timeline(), event(4, EventType.PING, SessionScript.tsAt(12.5))))
        .isEqualTo("ping at event 4 (ts 1700000012500, 12.5 s after sessionStart)");
    assertThat(Wording.describe(script.timeline(), event(5, EventType.PLAY, SessionScript.tsAt(-0.25))))
        .isEqualTo("play at event 5 (ts 1699999999750, -0.25 s after sessionStart)");
  }

  @Test
  void describeBeforeSessionStartHasNoTimeSinceIt() {
    assertThat(Wording.describe(new Timeline(false), event(0, EventType.SESSION_START, SessionScript.T0)))
        .isEqualTo("sessionStart at event 0 (ts 1700000000000)");
  }

  @ParameterizedTest(name = "{0} ms reads \"{1}\"")
  @CsvSource({
      "0, 0 s",
      "1, 0.001 s",
      "12000, 12 s",
      "12500, 12.5 s",
      "15001, 15.001 s",
      "60000, 60 s",
      "-250, -0.25 s",
      "86400000, 86400 s"})
  void secondsAreWrittenWithoutTrailingZerosOrExponents(long millis, String expected) {
    assertThat(Wording.seconds(millis)).isEqualTo(expected);
  }
}
