package org.mcmock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mcmock.junit.ScriptedPlayer.TIMELINE_2;
import static org.mcmock.junit.ScriptedPlayer.changed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mcmock.junit.ScriptedPlayer.Step;
import org.mcmock.verify.ExpectedTimeline;

/** The assertions fail with the verifier's report, which says what the player did wrong. */
class SessionsAssertTest {

  @RegisterExtension
  static MediaCollectionMockExtension mock = MediaCollectionMockExtension.newInstance().build();

  private static final List<Step> WITHOUT_MID_ROLL_BREAK = changed(TIMELINE_2, "adBreakStart", 45, null);

  private static void play(List<Step> steps) {
    new ScriptedPlayer(mock.baseUrl()).play(steps);
  }

  @Test
  void followTimelineFailsWithTheReportWhenTheAdBreakStartIsMissing() {
    play(WITHOUT_MID_ROLL_BREAK);

    assertThatThrownBy(() -> mock.assertThatSessions().followTimeline("Timeline 2"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("The mock holds 1 session; checked session 1 (")
        .hasMessageContaining("\nThe recorded session does not follow the timeline \"Timeline 2 - the user abandons"
            + " the session: The player reports the viewing until the user closes the app\": 2 mistakes.")
        .hasMessageContaining("1. adBreakStart at 45 s, playhead 28 (row 11) is missing: the player never sent it")
        .hasMessageContaining("2. The mock found AD_OUTSIDE_BREAK at event 12 of session 1")
        .hasMessageContaining("> adBreakStart at 45 s, playhead 28    (missing)");
  }

  @Test
  void aFailedFollowTimelineWritesItsChartUnderTargetAndSaysWhere() throws Exception {
    play(WITHOUT_MID_ROLL_BREAK);
    Path page = Path.of("target", "mcmock-reports",
        "SessionsAssertTest.aFailedFollowTimelineWritesItsChartUnderTargetAndSaysWhere.html").toAbsolutePath();
    Files.deleteIfExists(page);

    assertThatThrownBy(() -> mock.assertThatSessions().followTimeline("Timeline 2"))
        .hasMessageContaining("The timelines drawn, the mistakes marked: " + page.toUri());
    assertThat(Files.readString(page)).as("the page")
        .contains("<title>mcmock verify: Timeline 2", "McTimeline.verdict(", "adBreakStart at 45 s, playhead 28 (row 11)"
            + " is missing");
  }

  @Test
  void followTimelineToleratesAPlayWhilePlayingWhichFollowTimelineExactlyDoesNot() {
    List<Step> playingOn = new java.util.ArrayList<>();
    TIMELINE_2.forEach(step -> {
      playingOn.add(step);
      if (step.eventType().equals("error")) {
        playingOn.add(Step.at(34, 20, "play"));
      }
    });
    play(playingOn);

    mock.assertThatSessions().followTimeline("Timeline 2");
    assertThatThrownBy(() -> mock.assertThatSessions().followTimelineExactly("Timeline 2"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("1 mistake.")
        .hasMessageContaining("1. unexpected play at 34.0 s: the timeline has no such request there");
  }

  @Test
  void haveNoErrorFindingsListsTheFindings() {
    play(WITHOUT_MID_ROLL_BREAK);

    assertThatThrownBy(() -> mock.assertThatSessions().count(1).answered(201, 204).haveNoErrorFindings())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("The mock found 1 error in the recorded sessions:\n"
            + "  - error AD_OUTSIDE_BREAK at event 12 of session 1: adStart at event 12 (ts 1767225645000, 45 s after"
            + " sessionStart) is outside an ad break: send adBreakStart first");
  }

  @Test
  void answeredListsTheRequestsThatGotAnotherStatusWithTheMocksReason() {
    play(changed(TIMELINE_2, "play", 37, Step.at(37, 20, "play").qoeData("bitrate", 10000)));

    assertThatThrownBy(() -> mock.assertThatSessions().answered(201, 204))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("1 of 15 recorded requests was not answered 201 or 204:\n"
            + "  - play (event 10 of session 1) -> 400: /qoeData/bitrate is not a key the backend accepts on play:"
            + " did you mean \"media.qoe.bitrate\"?");
  }

  @Test
  void followTimelineFailsOnThe400Too() {
    play(changed(TIMELINE_2, "play", 37, Step.at(37, 20, "play").qoeData("bitrate", 10000)));

    assertThatThrownBy(() -> mock.assertThatSessions().followTimeline("Timeline 2"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("1. play at 37.0 s (row 10): answered 400: \"/qoeData/bitrate is not a key");
  }

  @Test
  void countSaysHowManySessionsThereWere() {
    play(TIMELINE_2);

    assertThatThrownBy(() -> mock.assertThatSessions().count(2))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected 2 sessions, the mock recorded 1:\nSessions: 1: ")
        .hasMessageEndingWith("(ended: sessionEnd arrived (event 14))");
  }

  @Test
  void awaitSessionEndSaysWhereTheSessionIsWhenItDoesNotEnd() {
    play(TIMELINE_2.subList(0, 5));

    assertThatThrownBy(() -> mock.awaitSessionEnd(Duration.ofMillis(100)))
        .isInstanceOf(AssertionError.class)
        .hasMessageMatching("The player's session did not end within 100 ms: 1 session, the newest [0-9a-f]{64} is"
            + " open after 5 requests\\. A session ends with sessionEnd, or with sessionComplete and 2 s without a"
            + " request\\.");
  }

  @Test
  void awaitSessionEndWithNoSessionSaysSo() {
    assertThatThrownBy(() -> mock.awaitSessionEnd(Duration.ofMillis(50)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the mock has no session (the player posted no sessionStart it accepted)");
  }

  @Test
  void withinSecondsWidensTheTolerance() {
    play(changed(TIMELINE_2, "error", 32, Step.at(33.5, 20, "error")));

    assertThatThrownBy(() -> mock.assertThatSessions().followTimeline("Timeline 2"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("error at 33.5 s (row 9): expected at 32 s by its ts, recorded at 33.5 s");
    mock.assertThatSessions().withinSeconds(2).followTimeline("Timeline 2");
  }

  @Test
  void withinSecondsAfterFollowTimelineIsRefused() {
    play(TIMELINE_2);

    assertThatThrownBy(() -> mock.assertThatSessions().followTimeline("Timeline 2").withinSeconds(2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("withinSeconds(2.0) comes after followTimeline, which has already been checked with 1.0 s: call"
            + " withinSeconds first");
  }

  @Test
  void followTimelineTakesATimelineOfTheTestsOwn() {
    play(TIMELINE_2.subList(0, 3));
    ExpectedTimeline preRoll = ExpectedTimeline.parse("pre-roll starts", List.of(
        List.of("request", "seconds", "params"),
        List.of("sessionStart", "0", "media.id=ClickMe"),
        List.of("adBreakStart", "0", "media.ad.podIndex=0"),
        List.of("adStart", "0", "media.ad.id=002")));

    assertThatThrownBy(() -> mock.assertThatSessions().followTimeline(preRoll))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("1. adStart at 0.0 s (row 3): params media.ad.id is \"001\", expected 002");
  }

  @Test
  void anUnknownTimelineNameListsTheTimelines() {
    assertThatThrownBy(() -> mock.assertThatSessions().followTimeline("Timeline 9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("No timeline is named \"Timeline 9\". The timelines:\n")
        .hasMessageContaining("\n  Timeline 2 - the user abandons the session: The player reports the viewing");
  }
}
