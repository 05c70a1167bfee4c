package org.mcmock.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MediaTrackerTest {

  private static final long START = 1_529_997_923_478L;

  private final SimulatedClock clock = new SimulatedClock(START);
  private final RecordingSink sink = new RecordingSink();
  private double playhead;

  private MediaTracker tracker(PingSchedule pings) {
    return new MediaTracker(clock, () -> playhead, pings, sink);
  }

  private void at(int second, double playheadThen) {
    clock.advanceTo(START + second * 1000L);
    playhead = playheadThen;
  }

  @Test
  void everyEventCarriesThePlayersPlayheadAndTheClocksTs() {
    MediaTracker tracker = tracker(PingSchedule.live());
    tracker.sessionStart(EventData.params(Map.of("media.id", "v1")).withCustomMetadata(Map.of("show", "news")));
    at(3, 1.5);
    tracker.track("play", EventData.NONE.withQoeData(Map.of("media.qoe.bitrate", 4000)));

    JsonNode start = sink.events.get(0);
    assertThat(start.get("eventType").asText()).isEqualTo("sessionStart");
    assertThat(start.at("/playerTime/ts").asLong()).isEqualTo(START);
    assertThat(start.at("/playerTime/playhead").isIntegralNumber()).as("whole playheads are integers").isTrue();
    assertThat(start.at("/params/media.id").asText()).isEqualTo("v1");
    assertThat(start.at("/customMetadata/show").asText()).isEqualTo("news");
    JsonNode play = sink.events.get(1);
    assertThat(play.at("/playerTime/playhead").asDouble()).isEqualTo(1.5);
    assertThat(play.at("/playerTime/ts").asLong()).isEqualTo(START + 3000);
    assertThat(play.has("params")).as("empty maps are left out").isFalse();
    assertThat(play.at("/qoeData/media.qoe.bitrate").asInt()).isEqualTo(4000);
  }

  @Test
  void eventsInTheSameMillisecondGetStrictlyIncreasingTs() {
    MediaTracker tracker = inAnAd(PingSchedule.live());
    at(1, 0);
    tracker.track("adComplete");

    assertThat(sink.events).extracting(e -> e.at("/playerTime/ts").asLong() - START)
        .as("ts of sessionStart, adBreakStart, adStart (same instant), then adComplete 1 s later")
        .containsExactly(0L, 1L, 2L, 1000L);
  }

  @Test
  void pingsFallOnTheTenSecondGridFromSessionStartAndStopWhenTheSessionEnds() {
    MediaTracker tracker = tracker(PingSchedule.live());
    tracker.sessionStart(EventData.NONE);
    at(12, 0);
    tracker.track("play");
    at(25, 13);
    tracker.track("sessionEnd");
    at(60, 13);

    assertThat(sink.timeline(START)).containsExactly(
        "sessionStart@0/0", "ping@10/0", "play@12/0", "ping@20/0", "sessionEnd@25/13");
  }

  @Test
  void insideAnAdPingsFollowTheAdInterval() {
    MediaTracker tracker = inAnAd(PingSchedule.live(Duration.ofSeconds(1)));
    at(3, 0);
    tracker.track("adComplete");
    at(10, 0);

    assertThat(sink.timeline(START)).containsExactly("sessionStart@0/0", "adBreakStart@0/0", "adStart@0/0",
        "ping@1/0", "ping@2/0", "ping@3/0", "adComplete@3/0", "ping@10/0");
  }

  @Test
  void downloadedSessionsPingEveryFiftySeconds() {
    MediaTracker tracker = inAnAd(PingSchedule.downloaded());
    at(120, 0);

    assertThat(sink.timeline(START)).filteredOn(e -> e.startsWith("ping")).containsExactly("ping@50/0", "ping@100/0");
  }

  @Test
  void refusesWhatACorrectPlayerNeverSends() {
    MediaTracker tracker = tracker(PingSchedule.live());
    assertThatThrownBy(() -> tracker.track("play")).hasMessageContaining("before sessionStart");
    tracker.sessionStart(EventData.NONE);
    assertThatThrownBy(() -> tracker.track("ping")).hasMessageContaining("sent by the tracker itself");
    assertThatThrownBy(() -> tracker.sessionStart(EventData.NONE)).hasMessageContaining("already started");
    tracker.track("sessionComplete");
    assertThatThrownBy(() -> tracker.track("play")).hasMessageContaining("after the session ended");
    assertThat(sink.events).hasSize(2);
  }

  @Test
  void pingIntervalsMustBeWholeSeconds() {
    assertThatThrownBy(() -> PingSchedule.live(Duration.ofMillis(1500)))
        .hasMessageContaining("ad ping interval must be a whole number of seconds, got PT1.5S");
  }

  /** A tracker whose session has started and at once entered an ad: sessionStart, adBreakStart, adStart. */
  private MediaTracker inAnAd(PingSchedule schedule) {
    MediaTracker tracker = tracker(schedule);
    tracker.sessionStart(EventData.NONE);
    tracker.track("adBreakStart");
    tracker.track("adStart");
    return tracker;
  }
}
