package org.mcmock.rules;

import org.mcmock.config.RuleSettings;
import org.mcmock.model.Severity;
import org.mcmock.model.RuleId;
import org.mcmock.model.Finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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
    List<Finding> matching = script.findings().stream().filter(f -> f.rule() == rule).toList();
    assertThat(matching).as("exactly one %s finding among %s", rule, script.findings()).hasSize(1);
    return matching.get(0);
  }

  private static void assertNo(SessionScript script, RuleId rule) {
    assertThat(script.findings()).extracting(Finding::rule)
        .as("no %s expected, but the findings are %s", rule, script.findings())
        .doesNotContain(rule);
  }

  /** Sessions that break a rule: the findings they earn (rule, severity, event index) and what the message says. */
  static Stream<Arguments> brokenRules() {
    return Stream.of(
        broken("AdOutsideBreak: an ad start without an open ad break is an error",
            () -> vod().at(1).play().at(2).adStart(),
            List.of(tuple(RuleId.AD_OUTSIDE_BREAK, Severity.ERROR, 2)),
            RuleId.AD_OUTSIDE_BREAK,
            "adStart at event 2 (ts " + SessionScript.tsAt(2) + ", 2 s after sessionStart)",
            "send adBreakStart first"),
        broken("AdOutsideBreak: an ad complete after the break was completed is outside the break",
            () -> vod().at(1).adBreakStart().at(2).adStart().at(3).adComplete().at(4).adBreakComplete()
                .at(5).adComplete(),
            List.of(tuple(RuleId.AD_OUTSIDE_BREAK, Severity.ERROR, 5)),
            RuleId.AD_OUTSIDE_BREAK,
            "adComplete at event 5"),
        broken("AdOutsideBreak: an ad skip without an open ad break is an error",
            () -> vod().at(1).play().at(2).adSkip(),
            List.of(tuple(RuleId.AD_OUTSIDE_BREAK, Severity.ERROR, 2)),
            null),
        broken("AdNotStarted: a second ad complete in a break closes no ad",
            () -> vod().at(1).adBreakStart().at(2).adStart().at(3).adComplete().at(4).adComplete(),
            List.of(tuple(RuleId.AD_NOT_STARTED, Severity.ERROR, 4)),
            RuleId.AD_NOT_STARTED,
            "adComplete at event 4",
            "no ad is open in the ad break from event 1",
            "send adStart when the ad begins"),
        broken("AdNotStarted: an ad skip right after ad break start closes no ad",
            () -> vod().at(1).adBreakStart().at(2).adSkip(),
            List.of(tuple(RuleId.AD_NOT_STARTED, Severity.ERROR, 2)),
            null),
        broken("AdBreakNested: an ad break start while a break is open is an error",
            () -> vod().at(1).adBreakStart().at(2).adStart().at(3).adComplete().at(4).adBreakStart(),
            List.of(tuple(RuleId.AD_BREAK_NESTED, Severity.ERROR, 4)),
            RuleId.AD_BREAK_NESTED,
            "adBreakStart at event 4",
            "the one from event 1 is still open",
            "send adBreakComplete first"),
        broken("AdBreakNotStarted: an ad break complete with no break open is an error",
            () -> vod().at(1).play().at(2).adBreakComplete(),
            List.of(tuple(RuleId.AD_BREAK_NOT_STARTED, Severity.ERROR, 2)),
            RuleId.AD_BREAK_NOT_STARTED,
            "adBreakComplete at event 2",
            "send adBreakStart when the break begins"),
        broken("AdBreakNotStarted: completing the same break twice is an error the second time",
            () -> vod().at(1).adBreakStart().at(2).adStart().at(3).adComplete().at(4).adBreakComplete()
                .at(5).adBreakComplete(),
            List.of(tuple(RuleId.AD_BREAK_NOT_STARTED, Severity.ERROR, 5)),
            null),
        broken("PlaybackBeforeAd: a play between ad break start and the first ad start is a warning",
            () -> vod().at(1).adBreakStart().at(2).play().at(3).adStart(),
            List.of(tuple(RuleId.PLAYBACK_BEFORE_AD, Severity.WARNING, 2)),
            RuleId.PLAYBACK_BEFORE_AD,
            "play at event 2",
            "between adBreakStart (event 1) and its first adStart",
            "send no playback events there"),
        broken("ChapterOverlap: a chapter start while a chapter is open is an error",
            () -> vod().at(1).play().at(2).chapterStart().at(3).chapterStart(),
            List.of(tuple(RuleId.CHAPTER_OVERLAP, Severity.ERROR, 3)),
            RuleId.CHAPTER_OVERLAP,
            "chapterStart at event 3",
            "the one from event 2 is open",
            "send chapterComplete (or chapterSkip) first"),
        broken("ChapterNotStarted: a chapter complete with no chapter open is an error",
            () -> vod().at(1).play().at(2).chapterComplete(),
            List.of(tuple(RuleId.CHAPTER_NOT_STARTED, Severity.ERROR, 2)),
            RuleId.CHAPTER_NOT_STARTED,
            "chapterComplete at event 2",
            "send chapterStart when the chapter begins"),
        broken("ChapterNotStarted: a chapter skip after the chapter completed is an error",
            () -> vod().at(1).play().at(2).chapterStart().at(3).chapterComplete().at(4).chapterSkip(),
            List.of(tuple(RuleId.CHAPTER_NOT_STARTED, Severity.ERROR, 4)),
            null),
        broken("StateNotStarted: a state end for a state never started is an error",
            () -> vod().at(1).play().at(2).stateEnd("mute"),
            List.of(tuple(RuleId.STATE_NOT_STARTED, Severity.ERROR, 2)),
            RuleId.STATE_NOT_STARTED,
            "stateEnd at event 2",
            "\"mute\", which is not active",
            "send stateStart with the same media.state.name first"),
        broken("StateNotStarted: ending a state twice or ending another name is an error",
            () -> vod().at(1).play().at(2).stateStart("mute").at(3).stateEnd("mute").at(4).stateEnd("mute")
                .at(5).stateStart("fullscreen").at(6).stateEnd("closedCaptioning"),
            List.of(tuple(RuleId.STATE_NOT_STARTED, Severity.ERROR, 4),
                tuple(RuleId.STATE_NOT_STARTED, Severity.ERROR, 6)),
            null),
        broken("StateAlreadyActive: a state start for an active state is a warning",
            () -> vod().at(1).play().at(2).stateStart("mute").at(3).stateStart("mute"),
            List.of(tuple(RuleId.STATE_ALREADY_ACTIVE, Severity.WARNING, 3)),
            RuleId.STATE_ALREADY_ACTIVE,
            "stateStart at event 3",
            "\"mute\", already active since event 2",
            "send stateEnd when the state ends"),
        broken("TsInSeconds: a session start whose ts looks like seconds is an error",
            () -> SessionScript.vod(600).atMillis(1_700_000_000L - SessionScript.T0).sessionStart(),
            List.of(tuple(RuleId.TS_IN_SECONDS, Severity.ERROR, 0)),
            RuleId.TS_IN_SECONDS,
            "playerTime.ts is 1700000000",
            "2023-11-14T22:13:20Z in seconds",
            "send it in milliseconds"),
        broken("TsBackwards: exactly 1000 ms back is a warning the backend repairs",
            () -> vod().at(10).play().atMillis(9_000).bitrateChange(),
            List.of(tuple(RuleId.TS_BACKWARDS, Severity.WARNING, 2)),
            RuleId.TS_BACKWARDS,
            "bitrateChange at event 2",
            "is 1 s earlier than event 1 (play, ts " + SessionScript.tsAt(10) + ")",
            "send events in the order they happen"),
        broken("TsBackwards: a step back of 1001 ms is an error",
            () -> vod().at(10).play().atMillis(8_999).bitrateChange(),
            List.of(tuple(RuleId.TS_BACKWARDS, Severity.ERROR, 2)),
            RuleId.TS_BACKWARDS,
            "bitrateChange at event 2",
            "is 1.001 s earlier than event 1",
            "beyond 1 s",
            "send events in the order they happen"),
        broken("PingGap: a gap of 15001 ms is an error",
            () -> vod().at(1).play().at(11).ping().atMillis(26_001).ping(),
            List.of(tuple(RuleId.PING_GAP, Severity.ERROR, 3)),
            RuleId.PING_GAP,
            "ping at event 3",
            "comes 15.001 s after event 2 (ping) with nothing in between",
            "send a ping every 10 s while the session is open"),
        broken("PingGap: a 25 second silence is an error",
            () -> vod().at(1).play().at(11).ping().at(36).ping(),
            List.of(tuple(RuleId.PING_GAP, Severity.ERROR, 3)),
            RuleId.PING_GAP,
            "comes 25 s after event 2"),
        broken("PingGap: silence before any playback counts too",
            () -> vod().at(20).play(),
            List.of(tuple(RuleId.PING_GAP, Severity.ERROR, 1)),
            null),
        broken("PingGap: inside an ad with a1 second ad ping interval a gap over 6 seconds is an error",
            () -> SessionScript.vod(60)
                .settings(RuleSettings.defaults().withAdPingInterval(Duration.ofSeconds(1)))
                .at(0).sessionStart().at(1).adBreakStart().at(2).adStart().at(8).ping().atMillis(14_001).ping(),
            List.of(tuple(RuleId.PING_GAP, Severity.ERROR, 4)),
            RuleId.PING_GAP,
            "comes 6.001 s after event 3 (ping)",
            "send a ping every 1 s inside an ad"),
        broken("PingGap: a gap before session complete is still judged",
            () -> vod().at(1).play().at(11).ping().at(40).sessionComplete(),
            List.of(tuple(RuleId.PING_GAP, Severity.ERROR, 3)),
            null),
        broken("PingGap: a downloaded judge allows 50 seconds plus tolerance and no more",
            () -> SessionScript.vod(600).downloaded().at(0).sessionStart().at(1).play().at(56).ping()
                .atMillis(111_001).ping(),
            List.of(tuple(RuleId.PING_GAP, Severity.ERROR, 3)),
            RuleId.PING_GAP,
            "send a ping every 50 s (downloaded content"),
        broken("PingFirstLate: no ping 15001 ms after play is a warning at the event that finds it overdue",
            () -> vod().at(1).play().at(10).bufferStart().atMillis(16_001).play().at(17).ping(),
            List.of(tuple(RuleId.PING_FIRST_LATE, Severity.WARNING, 3)),
            RuleId.PING_FIRST_LATE,
            "play at event 3",
            "no ping yet, 15.001 s after playback started (event 1)",
            "start a ping timer when playback starts and send the first ping after 10 s"),
        broken("PingWithParams: a ping carrying params is a warning",
            () -> vod().at(1).play().at(11).emptyParams().ping(),
            List.of(tuple(RuleId.PING_WITH_PARAMS, Severity.WARNING, 2)),
            RuleId.PING_WITH_PARAMS,
            "ping at event 2",
            "leave params out"),
        broken("PlayheadRange: a vod playhead beyond length plus tolerance is a warning",
            () -> vod().at(1).play().at(11).playhead(61.001).ping(),
            List.of(tuple(RuleId.PLAYHEAD_RANGE, Severity.WARNING, 2)),
            RuleId.PLAYHEAD_RANGE,
            "ping at event 2",
            "has playhead 61.001, beyond media.length 60",
            "the playhead is the position in the content"),
        broken("PlayheadRange: a negative playhead is a warning",
            () -> vod().at(1).playhead(-1).play(),
            List.of(tuple(RuleId.PLAYHEAD_RANGE, Severity.WARNING, 1)),
            RuleId.PLAYHEAD_RANGE,
            "has playhead -1, below 0"),
        broken("PlayheadRange: session start is judged against its own media length",
            () -> SessionScript.vod(60).at(0).playhead(100).sessionStart(),
            List.of(tuple(RuleId.PLAYHEAD_RANGE, Severity.WARNING, 0)),
            null),
        broken("PlayheadRange: a live playhead of 86400 is a warning",
            () -> SessionScript.live().at(0).playhead(86_390).sessionStart().at(1).play()
                .at(11).playhead(86_400).ping(),
            List.of(tuple(RuleId.PLAYHEAD_RANGE, Severity.WARNING, 2)),
            RuleId.PLAYHEAD_RANGE,
            "has playhead 86400, outside [0, 86400)",
            "the current second of the day"),
        broken("CustomMetadataIgnored: custom metadata on a play is a warning",
            () -> vod().at(1).custom("myCustomData1", "x").play(),
            List.of(tuple(RuleId.CUSTOM_METADATA_IGNORED, Severity.WARNING, 1)),
            RuleId.CUSTOM_METADATA_IGNORED,
            "play at event 1",
            "Adobe ignores on this event",
            "send it with sessionStart (for the whole session), adStart or chapterStart"),
        broken("CustomMetadataIgnored: custom metadata on a ping or an ad complete is a warning too",
            () -> vod().at(1).adBreakStart().at(2).adStart().at(3).custom("k", "v").ping()
                .at(4).custom("k", "v").adComplete(),
            List.of(tuple(RuleId.CUSTOM_METADATA_IGNORED, Severity.WARNING, 3),
                tuple(RuleId.CUSTOM_METADATA_IGNORED, Severity.WARNING, 4)),
            null));
  }

  /**
   * A session that breaks a rule earns exactly these findings; when {@code rule} is given, its one finding's
   * message names the event and says what to do ({@code says}).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  void aSessionThatBreaksARuleEarnsItsFindings(Supplier<SessionScript> session, List<Tuple> findings, RuleId rule,
      List<String> says) {
    SessionScript script = session.get();

    assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
        .containsExactlyElementsOf(findings);
    if (rule != null) {
      assertThat(only(script, rule).message()).contains(says);
    }
  }

  private static Arguments broken(String name, Supplier<SessionScript> session, List<Tuple> findings, RuleId rule,
      String... says) {
    return Arguments.of(Named.of(name, session), findings, rule, List.of(says));
  }

  /** Near misses: sessions that come close to breaking a rule and must earn no finding at all. */
  static Stream<Arguments> nearMisses() {
    return Stream.of(
        fine("AdOutsideBreak: ads between ad break start and ad break complete are fine",
            () -> vod().at(1).adBreakStart().at(2).adStart().at(3).adComplete().at(4).adStart()
                .at(5).adSkip().at(6).adBreakComplete().at(7).play()),
        fine("AdNotStarted: an ad skip of the open ad is fine",
            () -> vod().at(1).adBreakStart().at(2).adStart().at(3).adSkip()),
        fine("AdBreakNested: a second break after ad break complete is fine",
            () -> vod().at(1).adBreakStart().at(2).adStart().at(3).adComplete().at(4).adBreakComplete()
                .at(5).play().at(6).adBreakStart().at(7).adStart()),
        fine("AdBreakNotStarted: an ad break complete closing an open break is fine",
            () -> vod().at(1).adBreakStart().at(2).adStart().at(3).adComplete().at(4).adBreakComplete()),
        fine("ChapterOverlap: chapters closed by chapter complete or chapter skip do not overlap",
            () -> vod().at(1).play().at(2).chapterStart().at(3).chapterComplete().at(4).chapterStart()
                .at(5).chapterSkip().at(6).chapterStart()),
        fine("ChapterNotStarted: a chapter skip of the open chapter is fine",
            () -> vod().at(1).play().at(2).chapterStart().at(3).chapterSkip()),
        fine("StateNotStarted: a state end for an active state is fine",
            () -> vod().at(1).play().at(2).stateStart("mute").at(3).stateEnd("mute")),
        fine("StateAlreadyActive: starting a state again after its state end is fine",
            () -> vod().at(1).play().at(2).stateStart("mute").at(3).stateEnd("mute")
                .at(4).stateStart("mute")),
        fine("TsEqual: ties whose order changes nothing are no finding",
            () -> vod().at(1).play().at(2).stateStart("mute").stateStart("fullscreen").bitrateChange()
                .error().at(11).ping()),
        fine("TsEqual: one millisecond apart is fine",
            () -> vod().atMillis(1).play()),
        fine("TsInSeconds: a ts in milliseconds is fine",
            () -> SessionScript.vod(600).at(0).sessionStart()),
        fine("PingGap: exactly 15 seconds between events is within 10 seconds plus tolerance",
            () -> vod().at(1).play().at(11).ping().at(26).ping()),
        fine("PingGap: nothing is due after session complete",
            () -> vod().at(1).play().at(11).ping().at(20).sessionComplete().at(80).ping().at(200).ping()),
        fine("PingGap: nothing is due after session end",
            () -> vod().at(1).play().at(11).ping().at(20).sessionEnd().at(80).ping()),
        fine("PingFirstLate: a first ping exactly 15 seconds after play is on time",
            () -> vod().at(1).play().at(10).bufferStart().at(16).ping()),
        fine("PingFirstLate: the timer starts with playback not with session start",
            () -> vod().at(9).bufferStart().at(18).play().at(28).ping()),
        fine("PingFirstLate: a session that is over owes no first ping",
            () -> vod().at(1).play().at(10).sessionEnd().at(30).ping()),
        fine("PingWithParams: a ping with qoe data and no params is fine",
            () -> vod().at(1).play().at(11).qoe("media.qoe.bitrate", 10_000).ping()),
        fine("PlayheadRange: a vod playhead at length plus tolerance is fine",
            () -> vod().at(1).play().at(11).playhead(61).ping()),
        fine("PlayheadRange: a live playhead of 86399 is fine",
            () -> SessionScript.live().at(0).playhead(86_390).sessionStart().at(1).play()
                .at(11).playhead(86_399).ping()),
        fine("PlayheadRange: a vod without a positive length has no upper bound",
            () -> SessionScript.vod(0).at(0).sessionStart().at(1).playhead(5_000).play()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nearMisses")
  void aNearMissEarnsNoFinding(Supplier<SessionScript> session) {
    assertThat(session.get().findings()).isEmpty();
  }

  private static Arguments fine(String name, Supplier<SessionScript> session) {
    return Arguments.of(Named.of(name, session));
  }

  @Nested
  class AdNotStarted {

    @Test
    void outsideAnAdBreakOnlyAdOutsideBreakIsReported() {
      SessionScript script = vod().at(1).play().at(2).adComplete();

      assertThat(script.findings()).extracting(Finding::rule)
          .as("one mistake, one finding").containsExactly(RuleId.AD_OUTSIDE_BREAK);
    }
  }

  @Nested
  class PlaybackBeforeAd {

    @Test
    void aPauseStartOrABufferStartThereIsAWarningToo() {
      SessionScript paused = vod().at(1).adBreakStart().at(2).pauseStart();
      SessionScript buffering = vod().at(1).adBreakStart().at(2).bufferStart();

      assertThat(paused.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple(RuleId.PLAYBACK_BEFORE_AD, Severity.WARNING, 2));
      assertThat(buffering.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple(RuleId.PLAYBACK_BEFORE_AD, Severity.WARNING, 2));
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
          .containsExactly(tuple(RuleId.STATE_LIMIT, Severity.WARNING, 23));
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
          .containsExactly(tuple(RuleId.TS_EQUAL, Severity.WARNING, 3));
      assertThat(only(script, RuleId.TS_EQUAL).message())
          .contains("adStart at event 3")
          .contains("same ts as event 2 (adStart)")
          .contains("keep at least 1 ms between events");
    }

    @Test
    void playAndPauseStartWithOneTsAreAWarning() {
      SessionScript script = vod().at(1).play().at(2).play().pauseStart();

      assertThat(script.findings()).extracting(Finding::rule, Finding::eventIndex)
          .containsExactly(tuple(RuleId.TS_EQUAL, 3));
    }

    @Test
    void anEventJudgedAfterASiblingThatSortsAfterItIsAWarning() {
      // a play settled before its adStart arrived: the adStart is judged after it, out of the canonical order
      SessionScript script = vod().at(1).adBreakStart().at(2).play().adStart();

      assertThat(script.findings()).extracting(Finding::rule, Finding::eventIndex)
          .contains(tuple(RuleId.TS_EQUAL, 3));
    }
  }

  @Nested
  class TsBackwards {

    @Test
    void anEqualTsIsNotGoingBackwards() {
      SessionScript script = vod().at(10).play().at(10).bitrateChange();

      assertNo(script, RuleId.TS_BACKWARDS);
    }

    @Test
    void tsMovingForwardAgainAfterAStepBackIsFine() {
      SessionScript script = vod().at(10).play().atMillis(9_500).bitrateChange().at(11).ping();

      assertThat(script.findings()).extracting(Finding::rule, Finding::eventIndex)
          .containsExactly(tuple(RuleId.TS_BACKWARDS, 2));
    }
  }

  @Nested
  class PingGap {

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
          .containsExactly(tuple(RuleId.PING_GAP, 4));
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
  }

  @Nested
  class PingFirstLate {

    @Test
    void aLateFirstPingIsNamedAsSuch() {
      SessionScript script = vod().at(1).play().at(10).bufferStart().at(16.5).ping();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple(RuleId.PING_FIRST_LATE, Severity.WARNING, 3));
      assertThat(only(script, RuleId.PING_FIRST_LATE).message())
          .startsWith("The first ping, ping at event 3")
          .contains("comes 15.5 s after playback started (event 1)");
    }

    @Test
    void itIsReportedOnceHoweverManyEventsFollowWithoutAPing() {
      SessionScript script = vod().at(1).play().at(10).bufferStart().at(17).play().at(25).pauseStart()
          .at(33).play().at(40).ping();

      assertThat(script.findings()).extracting(Finding::rule, Finding::eventIndex)
          .containsExactly(tuple(RuleId.PING_FIRST_LATE, 3));
    }

    @Test
    void itIsReportedOnceEvenWhenTsStepsBackAcrossTheDueTime() {
      SessionScript script = vod().at(1).play().at(10).bufferStart().at(16.5).play().at(15.9).bitrateChange()
          .at(16.8).bitrateChange();

      assertThat(script.findings()).extracting(Finding::rule, Finding::eventIndex)
          .as("PING_FIRST_LATE once, plus the TS_BACKWARDS warning for event 4")
          .containsExactly(tuple(RuleId.PING_FIRST_LATE, 3), tuple(RuleId.TS_BACKWARDS, 4));
    }

    @Test
    void playbackStartedByAdStartUsesTheAdPingInterval() {
      SessionScript script = SessionScript.vod(60)
          .settings(RuleSettings.defaults().withAdPingInterval(Duration.ofSeconds(1)))
          .at(0).sessionStart().at(0.5).adBreakStart().at(1).adStart().at(4).bitrateChange().at(7.5).ping();

      assertThat(script.findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .as("due 1 s + 5 s after the adStart at second 1")
          .containsExactly(tuple(RuleId.PING_FIRST_LATE, Severity.WARNING, 4));
      assertThat(only(script, RuleId.PING_FIRST_LATE).message())
          .contains("6.5 s after playback started (event 2)")
          .contains("send the first ping after 1 s");
    }
  }

  @Nested
  class PlayheadRange {

    @Test
    void livePlayheadsIgnoreMediaLengthAndLinearCountsAsLive() {
      SessionScript script = SessionScript.vod(60).at(0).playhead(50_000).with("media.contentType", "Linear")
          .sessionStart().at(1).play();

      assertThat(script.findings()).as("a linear stream's playhead is the second of the day, not a position in"
          + " its 60 s media.length").isEmpty();
    }
  }

  /** Three sessions: their sessionStart, adStart or chapterStart (event 0, 2, 2) carries what {@code extras} adds. */
  private static List<SessionScript> onCountedEvents(UnaryOperator<SessionScript> extras) {
    return List.of(
        extras.apply(SessionScript.vod(60).at(0)).sessionStart(),
        extras.apply(vod().at(1).adBreakStart().at(2)).adStart(),
        extras.apply(vod().at(1).play().at(2)).chapterStart());
  }

  /** Keys with a prefix Adobe's docs warn against: the rule, a key, its severity, and what the message says. */
  static Stream<Arguments> prefixedKeys() {
    return Stream.of(
        Arguments.of(Named.of("an a. key is an error", RuleId.CUSTOM_METADATA_RESERVED_KEY), "a.media.name",
            Severity.ERROR, 1, List.of("adStart at event 2", "customMetadata \"a.media.name\":", "rename these keys")),
        Arguments.of(Named.of("a media. key is a warning", RuleId.CUSTOM_METADATA_MEDIA_KEY), "media.show",
            Severity.WARNING, 2,
            List.of("chapterStart at event 2", "customMetadata \"media.show\":", "give custom keys another prefix")));
  }

  /** On the sessionStart (event 0), the adStart (event 2) and the chapterStart (event 2) of three sessions. */
  @ParameterizedTest(name = "on sessionStart, adStart or chapterStart {0}")
  @MethodSource("prefixedKeys")
  void aPrefixedKeyOnACountedEventIsAFinding(RuleId rule, String key, Severity severity, int worded,
      List<String> says) {
    List<SessionScript> scripts = onCountedEvents(s -> s.custom(key, "x").custom("myKey", "y"));
    int[] indexes = {0, 2, 2};

    for (int i = 0; i < scripts.size(); i++) {
      assertThat(scripts.get(i).findings()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
          .containsExactly(tuple(rule, severity, indexes[i]));
    }
    assertThat(only(scripts.get(worded), rule).message()).contains(says);
  }

  @Nested
  class CustomMetadataReservedKey {

    @Test
    void keysThatOnlyLookReservedAreFine() {
      onCountedEvents(s -> s.custom("ab.key", "x").custom("data.a.key", "y"))
          .forEach(script -> assertThat(script.findings()).isEmpty());
    }

    @Test
    void onAPlayAReservedKeyIsOnlyIgnored() {
      SessionScript script = vod().at(1).custom("a.reserved", "x").play();

      assertThat(script.findings()).extracting(Finding::rule)
          .as("Adobe drops customMetadata on play, reserved keys and all")
          .containsExactly(RuleId.CUSTOM_METADATA_IGNORED);
    }
  }

  @Nested
  class CustomMetadataMediaKey {

    @Test
    void keysThatOnlyLookLikeMediaKeysAreFine() {
      onCountedEvents(s -> s.custom("mediaTitle", "x").custom("my.media.key", "y"))
          .forEach(script -> assertThat(script.findings()).isEmpty());
    }

    @Test
    void onAPlayAMediaKeyIsOnlyIgnored() {
      SessionScript script = vod().at(1).custom("media.show", "x").play();

      assertThat(script.findings()).extracting(Finding::rule).containsExactly(RuleId.CUSTOM_METADATA_IGNORED);
    }
  }

  @Nested
  class CustomMetadataIgnored {

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
