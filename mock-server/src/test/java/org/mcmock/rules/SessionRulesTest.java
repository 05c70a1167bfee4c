package org.mcmock.rules;

import org.mcmock.config.RuleSettings;
import org.mcmock.model.Severity;
import org.mcmock.model.RuleId;
import org.mcmock.model.Finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every session rule, one nested class each: a session that breaks the rule (rule id, severity, event
 * index and a message that names the event and says what to do) and a near miss that must not.
 */
class SessionRulesTest {

  /** A 60 s VOD whose sessionStart, event 0, is at second 0. */
  private static SessionScript vod() {
    return SessionScript.vod(60).at(0).sessionStart();
  }

  /** The one finding of {@code rule}; fails, listing all findings, when there is none or more than one. */
  private static Finding only(SessionScript script, RuleId rule) {
    List<Finding> matching = script.findings().stream().filter(f -> f.rule().equals(rule.name())).toList();
    assertThat(matching).as("exactly one %s finding among %s", rule, script.findings()).hasSize(1);
    return matching.get(0);
  }

  private static void assertNo(SessionScript script, RuleId rule) {
    assertThat(script.findings()).extracting(Finding::rule)
        .as("no %s expected, but the findings are %s", rule, script.findings())
        .doesNotContain(rule.name());
  }

  @Nested
  class AdOutsideBreak {

    @Test
    void anAdStartWithoutAnOpenAdBreakIsAnError() {
      SessionScript script = vod().at(1).play().at(2).adStart();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("AD_OUTSIDE_BREAK", Severity.ERROR, 2));
      assertThat(only(script, RuleId.AD_OUTSIDE_BREAK).message())
          .contains("adStart at event 2 (ts " + SessionScript.tsAt(2) + ", 2 s after sessionStart)")
          .contains("send adBreakStart first");
    }

    @Test
    void anAdCompleteAfterTheBreakWasCompletedIsOutsideTheBreak() {
      SessionScript script = vod().at(1).adBreakStart().at(2).adStart().at(3).adComplete().at(4).adBreakComplete()
          .at(5).adComplete();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("AD_OUTSIDE_BREAK", Severity.ERROR, 5));
      assertThat(only(script, RuleId.AD_OUTSIDE_BREAK).message()).contains("adComplete at event 5");
    }

    @Test
    void anAdSkipWithoutAnOpenAdBreakIsAnError() {
      SessionScript script = vod().at(1).play().at(2).adSkip();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("AD_OUTSIDE_BREAK", Severity.ERROR, 2));
    }

    @Test
    void adsBetweenAdBreakStartAndAdBreakCompleteAreFine() {
      SessionScript script = vod().at(1).adBreakStart().at(2).adStart().at(3).adComplete().at(4).adStart()
          .at(5).adSkip().at(6).adBreakComplete().at(7).play();

      assertThat(script.findings()).isEmpty();
    }
  }

  @Nested
  class AdNotStarted {

    @Test
    void aSecondAdCompleteInABreakClosesNoAd() {
      SessionScript script = vod().at(1).adBreakStart().at(2).adStart().at(3).adComplete().at(4).adComplete();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("AD_NOT_STARTED", Severity.ERROR, 4));
      assertThat(only(script, RuleId.AD_NOT_STARTED).message())
          .contains("adComplete at event 4")
          .contains("no ad is open in the ad break from event 1")
          .contains("send adStart when the ad begins");
    }

    @Test
    void anAdSkipRightAfterAdBreakStartClosesNoAd() {
      SessionScript script = vod().at(1).adBreakStart().at(2).adSkip();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("AD_NOT_STARTED", Severity.ERROR, 2));
    }

    @Test
    void outsideAnAdBreakOnlyAdOutsideBreakIsReported() {
      SessionScript script = vod().at(1).play().at(2).adComplete();

      assertThat(script.findings()).extracting(Finding::rule)
          .as("one mistake, one finding").containsExactly("AD_OUTSIDE_BREAK");
    }

    @Test
    void anAdSkipOfTheOpenAdIsFine() {
      SessionScript script = vod().at(1).adBreakStart().at(2).adStart().at(3).adSkip();

      assertThat(script.findings()).isEmpty();
    }
  }

  @Nested
  class AdBreakNested {

    @Test
    void anAdBreakStartWhileABreakIsOpenIsAnError() {
      SessionScript script = vod().at(1).adBreakStart().at(2).adStart().at(3).adComplete().at(4).adBreakStart();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("AD_BREAK_NESTED", Severity.ERROR, 4));
      assertThat(only(script, RuleId.AD_BREAK_NESTED).message())
          .contains("adBreakStart at event 4")
          .contains("the one from event 1 is still open")
          .contains("send adBreakComplete first");
    }

    @Test
    void aSecondBreakAfterAdBreakCompleteIsFine() {
      SessionScript script = vod().at(1).adBreakStart().at(2).adStart().at(3).adComplete().at(4).adBreakComplete()
          .at(5).play().at(6).adBreakStart().at(7).adStart();

      assertThat(script.findings()).isEmpty();
    }
  }

  @Nested
  class AdBreakNotStarted {

    @Test
    void anAdBreakCompleteWithNoBreakOpenIsAnError() {
      SessionScript script = vod().at(1).play().at(2).adBreakComplete();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("AD_BREAK_NOT_STARTED", Severity.ERROR, 2));
      assertThat(only(script, RuleId.AD_BREAK_NOT_STARTED).message())
          .contains("adBreakComplete at event 2")
          .contains("send adBreakStart when the break begins");
    }

    @Test
    void completingTheSameBreakTwiceIsAnErrorTheSecondTime() {
      SessionScript script = vod().at(1).adBreakStart().at(2).adStart().at(3).adComplete().at(4).adBreakComplete()
          .at(5).adBreakComplete();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("AD_BREAK_NOT_STARTED", Severity.ERROR, 5));
    }

    @Test
    void anAdBreakCompleteClosingAnOpenBreakIsFine() {
      SessionScript script = vod().at(1).adBreakStart().at(2).adStart().at(3).adComplete().at(4).adBreakComplete();

      assertThat(script.findings()).isEmpty();
    }
  }

  @Nested
  class PlaybackBeforeAd {

    @Test
    void aPlayBetweenAdBreakStartAndTheFirstAdStartIsAWarning() {
      SessionScript script = vod().at(1).adBreakStart().at(2).play().at(3).adStart();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("PLAYBACK_BEFORE_AD", Severity.WARNING, 2));
      assertThat(only(script, RuleId.PLAYBACK_BEFORE_AD).message())
          .contains("play at event 2")
          .contains("between adBreakStart (event 1) and its first adStart")
          .contains("send no playback events there");
    }

    @Test
    void aPauseStartOrABufferStartThereIsAWarningToo() {
      SessionScript paused = vod().at(1).adBreakStart().at(2).pauseStart();
      SessionScript buffering = vod().at(1).adBreakStart().at(2).bufferStart();

      assertThat(paused.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("PLAYBACK_BEFORE_AD", Severity.WARNING, 2));
      assertThat(buffering.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("PLAYBACK_BEFORE_AD", Severity.WARNING, 2));
    }

    @Test
    void playbackEventsOnceAnAdHasStartedInTheBreakAreFine() {
      SessionScript script = vod().at(1).adBreakStart().at(2).adStart().at(3).bufferStart().at(4).play()
          .at(5).adComplete()
          // between two ads of one pod: the rule is about the break's *first* adStart only
          .at(6).pauseStart().at(7).adStart().at(8).adComplete().at(9).adBreakComplete().at(10).play();

      assertNo(script, RuleId.PLAYBACK_BEFORE_AD);
      assertThat(script.findings()).isEmpty();
    }
  }

  @Nested
  class ChapterOverlap {

    @Test
    void aChapterStartWhileAChapterIsOpenIsAnError() {
      SessionScript script = vod().at(1).play().at(2).chapterStart().at(3).chapterStart();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("CHAPTER_OVERLAP", Severity.ERROR, 3));
      assertThat(only(script, RuleId.CHAPTER_OVERLAP).message())
          .contains("chapterStart at event 3")
          .contains("the one from event 2 is open")
          .contains("send chapterComplete (or chapterSkip) first");
    }

    @Test
    void chaptersClosedByChapterCompleteOrChapterSkipDoNotOverlap() {
      SessionScript script = vod().at(1).play().at(2).chapterStart().at(3).chapterComplete().at(4).chapterStart()
          .at(5).chapterSkip().at(6).chapterStart();

      assertThat(script.findings()).isEmpty();
    }
  }

  @Nested
  class ChapterNotStarted {

    @Test
    void aChapterCompleteWithNoChapterOpenIsAnError() {
      SessionScript script = vod().at(1).play().at(2).chapterComplete();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("CHAPTER_NOT_STARTED", Severity.ERROR, 2));
      assertThat(only(script, RuleId.CHAPTER_NOT_STARTED).message())
          .contains("chapterComplete at event 2")
          .contains("send chapterStart when the chapter begins");
    }

    @Test
    void aChapterSkipAfterTheChapterCompletedIsAnError() {
      SessionScript script = vod().at(1).play().at(2).chapterStart().at(3).chapterComplete().at(4).chapterSkip();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("CHAPTER_NOT_STARTED", Severity.ERROR, 4));
    }

    @Test
    void aChapterSkipOfTheOpenChapterIsFine() {
      SessionScript script = vod().at(1).play().at(2).chapterStart().at(3).chapterSkip();

      assertThat(script.findings()).isEmpty();
    }
  }

  @Nested
  class StateNotStarted {

    @Test
    void aStateEndForAStateNeverStartedIsAnError() {
      SessionScript script = vod().at(1).play().at(2).stateEnd("mute");

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("STATE_NOT_STARTED", Severity.ERROR, 2));
      assertThat(only(script, RuleId.STATE_NOT_STARTED).message())
          .contains("stateEnd at event 2")
          .contains("\"mute\", which is not active")
          .contains("send stateStart with the same media.state.name first");
    }

    @Test
    void endingAStateTwiceOrEndingAnotherNameIsAnError() {
      SessionScript script = vod().at(1).play().at(2).stateStart("mute").at(3).stateEnd("mute").at(4).stateEnd("mute")
          .at(5).stateStart("fullscreen").at(6).stateEnd("closedCaptioning");

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("STATE_NOT_STARTED", Severity.ERROR, 4),
              tuple("STATE_NOT_STARTED", Severity.ERROR, 6));
    }

    @Test
    void aStateEndForAnActiveStateIsFine() {
      SessionScript script = vod().at(1).play().at(2).stateStart("mute").at(3).stateEnd("mute");

      assertThat(script.findings()).isEmpty();
    }
  }

  @Nested
  class StateAlreadyActive {

    @Test
    void aStateStartForAnActiveStateIsAWarning() {
      SessionScript script = vod().at(1).play().at(2).stateStart("mute").at(3).stateStart("mute");

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("STATE_ALREADY_ACTIVE", Severity.WARNING, 3));
      assertThat(only(script, RuleId.STATE_ALREADY_ACTIVE).message())
          .contains("stateStart at event 3")
          .contains("\"mute\", already active since event 2")
          .contains("send stateEnd when the state ends");
    }

    @Test
    void startingAStateAgainAfterItsStateEndIsFine() {
      SessionScript script = vod().at(1).play().at(2).stateStart("mute").at(3).stateEnd("mute")
          .at(4).stateStart("mute");

      assertThat(script.findings()).isEmpty();
    }
  }

  @Nested
  class StateLimit {

    /** sessionStart, play, 10 distinct states started and ended, a ping: events 0 to 22, seconds 0 to 11.75. */
    private SessionScript tenStatesUsed() {
      SessionScript script = vod().at(1).play();
      for (int i = 1; i <= 10; i++) {
        script.at(1 + i).stateStart("state" + i).at(1.5 + i).stateEnd("state" + i);
      }
      return script.at(11.75).ping();
    }

    @Test
    void tenDistinctStatesAreWithinTheLimit() {
      assertThat(tenStatesUsed().findings()).isEmpty();
    }

    @Test
    void the11thDistinctStateIsAWarning() {
      SessionScript script = tenStatesUsed().at(20).stateStart("state11");

      assertThat(script.lastIndex()).isEqualTo(23);
      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("STATE_LIMIT", Severity.WARNING, 23));
      assertThat(only(script, RuleId.STATE_LIMIT).message())
          .contains("stateStart at event 23")
          .contains("\"state11\", distinct player state number 11")
          .contains("track fewer states");
    }

    @Test
    void restartingOneOfTheTenKnownStatesIsNotANewState() {
      SessionScript script = tenStatesUsed().at(20).stateStart("state1").at(21).stateStart("state10");

      assertNo(script, RuleId.STATE_LIMIT);
      assertThat(script.findings()).isEmpty();
    }
  }

  @Nested
  class TsEqual {

    @Test
    void siblingsWithOneTsInTheCanonicalOrderAreNoFinding() {
      SessionScript script = vod().at(1).adBreakStart().adStart().play().at(2).adComplete().adBreakComplete().play();

      assertThat(script.findings()).as("each tie stands where the canonical order puts it").isEmpty();
    }

    @Test
    void twoAdStartsWithOneTsAreOneWarningForTheGroup() {
      SessionScript script = vod().at(1).adBreakStart().at(2).adStart().adStart().adStart();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .as("the canonical order cannot tell which ad came first; one warning for the tied group")
          .containsExactly(tuple("TS_EQUAL", Severity.WARNING, 3));
      assertThat(only(script, RuleId.TS_EQUAL).message())
          .contains("adStart at event 3")
          .contains("same ts as event 2 (adStart)")
          .contains("keep at least 1 ms between events");
    }

    @Test
    void playAndPauseStartWithOneTsAreAWarning() {
      SessionScript script = vod().at(1).play().at(2).play().pauseStart();

      assertThat(script.findings()).extracting(Finding::rule, Finding::eventIndex)
          .containsExactly(tuple("TS_EQUAL", 3));
    }

    @Test
    void tiesWhoseOrderChangesNothingAreNoFinding() {
      SessionScript script = vod().at(1).play().at(2).stateStart("mute").stateStart("fullscreen").bitrateChange()
          .error().at(11).ping();

      assertThat(script.findings()).isEmpty();
    }

    @Test
    void anEventJudgedAfterASiblingThatSortsAfterItIsAWarning() {
      // a play settled before its adStart arrived: the adStart is judged after it, out of the canonical order
      SessionScript script = vod().at(1).adBreakStart().at(2).play().adStart();

      assertThat(script.findings()).extracting(Finding::rule, Finding::eventIndex)
          .contains(tuple("TS_EQUAL", 3));
    }

    @Test
    void oneMillisecondApartIsFine() {
      SessionScript script = vod().atMillis(1).play();

      assertThat(script.findings()).isEmpty();
    }
  }

  @Nested
  class TsInSeconds {

    @Test
    void aSessionStartWhoseTsLooksLikeSecondsIsAnError() {
      SessionScript script = SessionScript.vod(600).atMillis(1_700_000_000L - SessionScript.T0).sessionStart();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("TS_IN_SECONDS", Severity.ERROR, 0));
      assertThat(only(script, RuleId.TS_IN_SECONDS).message())
          .contains("playerTime.ts is 1700000000")
          .contains("2023-11-14T22:13:20Z in seconds")
          .contains("send it in milliseconds");
    }

    @Test
    void aTsInMillisecondsIsFine() {
      SessionScript script = SessionScript.vod(600).at(0).sessionStart();

      assertThat(script.findings()).isEmpty();
    }
  }

  @Nested
  class TsBackwards {

    @Test
    void exactly1000MsBackIsAWarningTheBackendRepairs() {
      SessionScript script = vod().at(10).play().atMillis(9_000).bitrateChange();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("TS_BACKWARDS", Severity.WARNING, 2));
      assertThat(only(script, RuleId.TS_BACKWARDS).message())
          .contains("bitrateChange at event 2")
          .contains("is 1 s earlier than event 1 (play, ts " + SessionScript.tsAt(10) + ")")
          .contains("send events in the order they happen");
    }

    @Test
    void aStepBackOf1001MsIsAnError() {
      SessionScript script = vod().at(10).play().atMillis(8_999).bitrateChange();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("TS_BACKWARDS", Severity.ERROR, 2));
      assertThat(only(script, RuleId.TS_BACKWARDS).message())
          .contains("bitrateChange at event 2")
          .contains("is 1.001 s earlier than event 1")
          .contains("beyond 1 s")
          .contains("send events in the order they happen");
    }

    @Test
    void anEqualTsIsNotGoingBackwards() {
      SessionScript script = vod().at(10).play().at(10).bitrateChange();

      assertNo(script, RuleId.TS_BACKWARDS);
    }

    @Test
    void tsMovingForwardAgainAfterAStepBackIsFine() {
      SessionScript script = vod().at(10).play().atMillis(9_500).bitrateChange().at(11).ping();

      assertThat(script.findings()).extracting(Finding::rule, Finding::eventIndex)
          .containsExactly(tuple("TS_BACKWARDS", 2));
    }
  }

  @Nested
  class PingGap {

    @Test
    void exactly15SecondsBetweenEventsIsWithin10SecondsPlusTolerance() {
      SessionScript script = vod().at(1).play().at(11).ping().at(26).ping();

      assertThat(script.findings()).isEmpty();
    }

    @Test
    void aGapOf15001MsIsAnError() {
      SessionScript script = vod().at(1).play().at(11).ping().atMillis(26_001).ping();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("PING_GAP", Severity.ERROR, 3));
      assertThat(only(script, RuleId.PING_GAP).message())
          .contains("ping at event 3")
          .contains("comes 15.001 s after event 2 (ping) with nothing in between")
          .contains("send a ping every 10 s while the session is open");
    }

    @Test
    void a25SecondSilenceIsAnError() {
      SessionScript script = vod().at(1).play().at(11).ping().at(36).ping();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("PING_GAP", Severity.ERROR, 3));
      assertThat(only(script, RuleId.PING_GAP).message()).contains("comes 25 s after event 2");
    }

    @Test
    void silenceBeforeAnyPlaybackCountsToo() {
      SessionScript script = vod().at(20).play();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("PING_GAP", Severity.ERROR, 1));
    }

    @Test
    void insideAnAdWithA1SecondAdPingIntervalAGapOver6SecondsIsAnError() {
      SessionScript script = SessionScript.vod(60)
          .settings(RuleSettings.defaults().withAdPingInterval(Duration.ofSeconds(1)))
          .at(0).sessionStart().at(1).adBreakStart().at(2).adStart().at(8).ping().atMillis(14_001).ping();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("PING_GAP", Severity.ERROR, 4));
      assertThat(only(script, RuleId.PING_GAP).message())
          .contains("comes 6.001 s after event 3 (ping)")
          .contains("send a ping every 1 s inside an ad");
    }

    @Test
    void insideAnAdWithA1SecondAdPingInterval6SecondsPassAndContentIsBackTo10Seconds() {
      SessionScript script = SessionScript.vod(60)
          .settings(RuleSettings.defaults().withAdPingInterval(Duration.ofSeconds(1)))
          .at(0).sessionStart().at(1).adBreakStart().at(2).adStart().at(8).ping().at(14).adComplete()
          .at(15).adBreakComplete().at(16).play().at(31).ping();

      assertThat(script.findings()).as("6 s inside the ad, then 15 s of content").isEmpty();
    }

    @Test
    void insideAnAdWithDefaultSettingsTheSdks10SecondsApply() {
      SessionScript script = vod().at(1).adBreakStart().at(2).adStart().at(17).ping().atMillis(32_001).ping();

      assertThat(script.findings()).extracting(Finding::rule, Finding::eventIndex)
          .containsExactly(tuple("PING_GAP", 4));
    }

    @Test
    void nothingIsDueAfterSessionComplete() {
      SessionScript script = vod().at(1).play().at(11).ping().at(20).sessionComplete().at(80).ping().at(200).ping();

      assertThat(script.findings()).isEmpty();
    }

    @Test
    void nothingIsDueAfterSessionEnd() {
      SessionScript script = vod().at(1).play().at(11).ping().at(20).sessionEnd().at(80).ping();

      assertThat(script.findings()).isEmpty();
    }

    @Test
    void aGapBeforeSessionCompleteIsStillJudged() {
      SessionScript script = vod().at(1).play().at(11).ping().at(40).sessionComplete();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("PING_GAP", Severity.ERROR, 3));
    }

    @Test
    void aDownloadedJudgeWith50SecondPingsFindsNoGap() {
      SessionScript script = SessionScript.vod(600).downloaded().at(0).sessionStart().at(1).play();
      for (int i = 1; i <= 6; i++) {
        script.at(1 + 50 * i).ping();
      }
      script.at(320).sessionComplete();

      assertThat(script.findings()).isEmpty();
    }

    @Test
    void aDownloadedJudgeAllows50SecondsPlusToleranceAndNoMore() {
      SessionScript script = SessionScript.vod(600).downloaded().at(0).sessionStart().at(1).play().at(56).ping()
          .atMillis(111_001).ping();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("PING_GAP", Severity.ERROR, 3));
      assertThat(only(script, RuleId.PING_GAP).message()).contains("send a ping every 50 s (downloaded content");
    }
  }

  @Nested
  class PingFirstLate {

    @Test
    void noPing15001MsAfterPlayIsAWarningAtTheEventThatFindsItOverdue() {
      SessionScript script = vod().at(1).play().at(10).bufferStart().atMillis(16_001).play().at(17).ping();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("PING_FIRST_LATE", Severity.WARNING, 3));
      assertThat(only(script, RuleId.PING_FIRST_LATE).message())
          .contains("play at event 3")
          .contains("no ping yet, 15.001 s after playback started (event 1)")
          .contains("start a ping timer when playback starts and send the first ping after 10 s");
    }

    @Test
    void aLateFirstPingIsNamedAsSuch() {
      SessionScript script = vod().at(1).play().at(10).bufferStart().at(16.5).ping();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("PING_FIRST_LATE", Severity.WARNING, 3));
      assertThat(only(script, RuleId.PING_FIRST_LATE).message())
          .startsWith("The first ping, ping at event 3")
          .contains("comes 15.5 s after playback started (event 1)");
    }

    @Test
    void itIsReportedOnceHoweverManyEventsFollowWithoutAPing() {
      SessionScript script = vod().at(1).play().at(10).bufferStart().at(17).play().at(25).pauseStart()
          .at(33).play().at(40).ping();

      assertThat(script.findings()).extracting(Finding::rule, Finding::eventIndex)
          .containsExactly(tuple("PING_FIRST_LATE", 3));
    }

    @Test
    void itIsReportedOnceEvenWhenTsStepsBackAcrossTheDueTime() {
      SessionScript script = vod().at(1).play().at(10).bufferStart().at(16.5).play().at(15.9).bitrateChange()
          .at(16.8).bitrateChange();

      assertThat(script.findings()).extracting(Finding::rule, Finding::eventIndex)
          .as("PING_FIRST_LATE once, plus the TS_BACKWARDS warning for event 4")
          .containsExactly(tuple("PING_FIRST_LATE", 3), tuple("TS_BACKWARDS", 4));
    }

    @Test
    void aFirstPingExactly15SecondsAfterPlayIsOnTime() {
      SessionScript script = vod().at(1).play().at(10).bufferStart().at(16).ping();

      assertThat(script.findings()).isEmpty();
    }

    @Test
    void theTimerStartsWithPlaybackNotWithSessionStart() {
      SessionScript script = vod().at(9).bufferStart().at(18).play().at(28).ping();

      assertThat(script.findings()).isEmpty();
    }

    @Test
    void playbackStartedByAdStartUsesTheAdPingInterval() {
      SessionScript script = SessionScript.vod(60)
          .settings(RuleSettings.defaults().withAdPingInterval(Duration.ofSeconds(1)))
          .at(0).sessionStart().at(0.5).adBreakStart().at(1).adStart().at(4).bitrateChange().at(7.5).ping();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .as("due 1 s + 5 s after the adStart at second 1")
          .containsExactly(tuple("PING_FIRST_LATE", Severity.WARNING, 4));
      assertThat(only(script, RuleId.PING_FIRST_LATE).message())
          .contains("6.5 s after playback started (event 2)")
          .contains("send the first ping after 1 s");
    }

    @Test
    void aSessionThatIsOverOwesNoFirstPing() {
      SessionScript script = vod().at(1).play().at(10).sessionEnd().at(30).ping();

      assertThat(script.findings()).isEmpty();
    }
  }

  @Nested
  class PingWithParams {

    @Test
    void aPingCarryingParamsIsAWarning() {
      SessionScript script = vod().at(1).play().at(11).emptyParams().ping();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("PING_WITH_PARAMS", Severity.WARNING, 2));
      assertThat(only(script, RuleId.PING_WITH_PARAMS).message())
          .contains("ping at event 2")
          .contains("leave params out");
    }

    @Test
    void aPingWithQoeDataAndNoParamsIsFine() {
      SessionScript script = vod().at(1).play().at(11).qoe("media.qoe.bitrate", 10_000).ping();

      assertThat(script.findings()).isEmpty();
    }
  }

  @Nested
  class PlayheadRange {

    @Test
    void aVodPlayheadBeyondLengthPlusToleranceIsAWarning() {
      SessionScript script = vod().at(1).play().at(11).playhead(61.001).ping();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("PLAYHEAD_RANGE", Severity.WARNING, 2));
      assertThat(only(script, RuleId.PLAYHEAD_RANGE).message())
          .contains("ping at event 2")
          .contains("has playhead 61.001, beyond media.length 60")
          .contains("the playhead is the position in the content");
    }

    @Test
    void aVodPlayheadAtLengthPlusToleranceIsFine() {
      SessionScript script = vod().at(1).play().at(11).playhead(61).ping();

      assertThat(script.findings()).isEmpty();
    }

    @Test
    void aNegativePlayheadIsAWarning() {
      SessionScript script = vod().at(1).playhead(-1).play();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("PLAYHEAD_RANGE", Severity.WARNING, 1));
      assertThat(only(script, RuleId.PLAYHEAD_RANGE).message()).contains("has playhead -1, below 0");
    }

    @Test
    void sessionStartIsJudgedAgainstItsOwnMediaLength() {
      SessionScript script = SessionScript.vod(60).at(0).playhead(100).sessionStart();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("PLAYHEAD_RANGE", Severity.WARNING, 0));
    }

    @Test
    void aLivePlayheadOf86400IsAWarning() {
      SessionScript script = SessionScript.live().at(0).playhead(86_390).sessionStart().at(1).play()
          .at(11).playhead(86_400).ping();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("PLAYHEAD_RANGE", Severity.WARNING, 2));
      assertThat(only(script, RuleId.PLAYHEAD_RANGE).message())
          .contains("has playhead 86400, outside [0, 86400)")
          .contains("the current second of the day");
    }

    @Test
    void aLivePlayheadOf86399IsFine() {
      SessionScript script = SessionScript.live().at(0).playhead(86_390).sessionStart().at(1).play()
          .at(11).playhead(86_399).ping();

      assertThat(script.findings()).isEmpty();
    }

    @Test
    void livePlayheadsIgnoreMediaLengthAndLinearCountsAsLive() {
      SessionScript script = SessionScript.vod(60).at(0).playhead(50_000).with("media.contentType", "Linear")
          .sessionStart().at(1).play();

      assertThat(script.findings()).as("a linear stream's playhead is the second of the day, not a position in"
          + " its 60 s media.length").isEmpty();
    }

    @Test
    void aVodWithoutAPositiveLengthHasNoUpperBound() {
      SessionScript script = SessionScript.vod(0).at(0).sessionStart().at(1).playhead(5_000).play();

      assertThat(script.findings()).isEmpty();
    }
  }

  /** Three sessions: their sessionStart, adStart or chapterStart (event 0, 2, 2) carries what {@code extras} adds. */
  private static List<SessionScript> onCountedEvents(UnaryOperator<SessionScript> extras) {
    return List.of(
        extras.apply(SessionScript.vod(60).at(0)).sessionStart(),
        extras.apply(vod().at(1).adBreakStart().at(2)).adStart(),
        extras.apply(vod().at(1).play().at(2)).chapterStart());
  }

  @Nested
  class CustomMetadataReservedKey {

    @Test
    void anADotKeyOnSessionStartAdStartOrChapterStartIsAnError() {
      List<SessionScript> scripts = onCountedEvents(s -> s.custom("a.media.name", "x").custom("myKey", "y"));

      assertThat(scripts.get(0).findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("CUSTOM_METADATA_RESERVED_KEY", Severity.ERROR, 0));
      assertThat(scripts.get(1).findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("CUSTOM_METADATA_RESERVED_KEY", Severity.ERROR, 2));
      assertThat(scripts.get(2).findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("CUSTOM_METADATA_RESERVED_KEY", Severity.ERROR, 2));
      assertThat(only(scripts.get(1), RuleId.CUSTOM_METADATA_RESERVED_KEY).message())
          .contains("adStart at event 2")
          .contains("customMetadata \"a.media.name\":")
          .contains("rename these keys");
    }

    @Test
    void keysThatOnlyLookReservedAreFine() {
      onCountedEvents(s -> s.custom("ab.key", "x").custom("data.a.key", "y"))
          .forEach(script -> assertThat(script.findings()).isEmpty());
    }

    @Test
    void onAPlayAReservedKeyIsOnlyIgnored() {
      SessionScript script = vod().at(1).custom("a.reserved", "x").play();

      assertThat(script.findings()).extracting(Finding::rule)
          .as("Adobe drops customMetadata on play, reserved keys and all").containsExactly("CUSTOM_METADATA_IGNORED");
    }
  }

  @Nested
  class CustomMetadataMediaKey {

    @Test
    void aMediaDotKeyOnSessionStartAdStartOrChapterStartIsAWarning() {
      List<SessionScript> scripts = onCountedEvents(s -> s.custom("media.show", "x").custom("myKey", "y"));

      assertThat(scripts.get(0).findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("CUSTOM_METADATA_MEDIA_KEY", Severity.WARNING, 0));
      assertThat(scripts.get(1).findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("CUSTOM_METADATA_MEDIA_KEY", Severity.WARNING, 2));
      assertThat(scripts.get(2).findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("CUSTOM_METADATA_MEDIA_KEY", Severity.WARNING, 2));
      assertThat(only(scripts.get(2), RuleId.CUSTOM_METADATA_MEDIA_KEY).message())
          .contains("chapterStart at event 2")
          .contains("customMetadata \"media.show\":")
          .contains("give custom keys another prefix");
    }

    @Test
    void keysThatOnlyLookLikeMediaKeysAreFine() {
      onCountedEvents(s -> s.custom("mediaTitle", "x").custom("my.media.key", "y"))
          .forEach(script -> assertThat(script.findings()).isEmpty());
    }

    @Test
    void onAPlayAMediaKeyIsOnlyIgnored() {
      SessionScript script = vod().at(1).custom("media.show", "x").play();

      assertThat(script.findings()).extracting(Finding::rule).containsExactly("CUSTOM_METADATA_IGNORED");
    }
  }

  @Nested
  class CustomMetadataIgnored {

    @Test
    void customMetadataOnAPlayIsAWarning() {
      SessionScript script = vod().at(1).custom("myCustomData1", "x").play();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("CUSTOM_METADATA_IGNORED", Severity.WARNING, 1));
      assertThat(only(script, RuleId.CUSTOM_METADATA_IGNORED).message())
          .contains("play at event 1")
          .contains("Adobe ignores on this event")
          .contains("send it with sessionStart (for the whole session), adStart or chapterStart");
    }

    @Test
    void customMetadataOnAPingOrAnAdCompleteIsAWarningToo() {
      SessionScript script = vod().at(1).adBreakStart().at(2).adStart().at(3).custom("k", "v").ping()
          .at(4).custom("k", "v").adComplete();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple("CUSTOM_METADATA_IGNORED", Severity.WARNING, 3),
              tuple("CUSTOM_METADATA_IGNORED", Severity.WARNING, 4));
    }

    @Test
    void customMetadataOnSessionStartAdStartOrChapterStartIsKept() {
      onCountedEvents(s -> s.custom("myCustomData1", "x"))
          .forEach(script -> assertThat(script.findings()).isEmpty());
    }

    @Test
    void anEmptyCustomMetadataOnAPlayIsNothingToReport() {
      assertThat(vod().at(1).emptyCustomMetadata().play().findings()).isEmpty();
    }
  }

  @Nested
  class EveryRuleId {

    static Stream<RuleId> sessionRuleIds() {
      return Stream.of(RuleId.values()).filter(id -> !id.name().startsWith("DOWNLOADED_"));
    }

    @ParameterizedTest(name = "{0} has a rule in SessionRules.all()")
    @MethodSource("sessionRuleIds")
    void hasARuleInSessionRules(RuleId id) {
      assertThat(SessionRules.defaults().all()).extracting(SessionRule::id)
          .as("RuleId.%s is reported by no rule in SessionRules.all(): add its rule class there", id)
          .contains(id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRuleInSessionRulesHasItsOwnSessionRuleId(SessionRule rule) {
      assertThat(rule.id().name()).as("%s reports a downloaded-batch id", rule.getClass().getSimpleName())
          .doesNotStartWith("DOWNLOADED_");
      assertThat(SessionRules.defaults().all()).filteredOn(other -> other.id() == rule.id())
          .as("rules reporting %s", rule.id()).hasSize(1);
    }

    static List<SessionRule> rules() {
      return SessionRules.defaults().all();
    }
  }
}
