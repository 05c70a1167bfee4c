package org.mcmock.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.mcmock.verify.JournalBuilder.journal;
import static org.mcmock.verify.Tables.timeline;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mcmock.model.RuleId;
import org.mcmock.model.Severity;

class TimelineCheckTest {

  /** A pre-roll, content, and the user closes the app. */
  private static final String ADS = """
      | request          | seconds  | playhead | params                               |
      | sessionStart     | 0        | 0        | media.id=ClickMe, media.length=60.33 |
      | adBreakStart     | 0        | 0        | media.ad.podIndex=0                  |
      | adStart          | 0        | 0        | media.ad.id="001"                    |
      | pings every 10 s | 0 to 12  |          |                                      |
      | adComplete       | 12       | 0        |                                      |
      | adBreakComplete  | 12       | 0        |                                      |
      | play             | 12       | 0        |                                      |
      | pings every 10 s | 12 to 30 |          |                                      |
      | sessionEnd       | 30       | 18       |                                      |
      """;

  /** Content from the start for 30 seconds. */
  private static final String SHORT = """
      | request          | seconds | playhead |
      | sessionStart     | 0       | 0        |
      | play             | 0       | 0        |
      | pings every 10 s | 0 to 30 |          |
      | sessionEnd       | 30      | 30       |
      """;

  private static Verdict check(String table, JournalBuilder recorded) {
    return TimelineCheck.withDefaultTolerance().check(timeline(table), recorded.build());
  }

  private static void assertPasses(Verdict verdict) {
    assertThat(verdict.mistakes()).as("mistakes; the report was:%n%s", verdict.report()).isEmpty();
    assertThat(verdict.passed()).as("passed()").isTrue();
  }

  /** The only mistake found contains each of {@code parts}. */
  private static void assertOneMistake(Verdict verdict, String... parts) {
    assertThat(verdict.mistakes()).as("mistakes; the report was:%n%s", verdict.report())
        .singleElement(STRING).contains(parts);
    assertThat(verdict.report()).as("the report lists the mistake").contains(" 1. " + verdict.mistakes().get(0));
  }

  /** A session that follows {@link #SHORT}, but for its play sent at {@code seconds} and {@code playhead}. */
  private static JournalBuilder shortSessionPlaying(double seconds, double playhead) {
    return journal().session("s1").send(0, 0, "sessionStart").send(seconds, playhead, "play").pings(10, 30, 10)
        .send(30, 30, "sessionEnd");
  }

  /** A session that follows {@link #SHORT} up to its sessionEnd, pings included. */
  private static JournalBuilder shortSession() {
    return journal().session("s1").send(0, 0, "sessionStart").send(0, 0, "play").pings(10, 30, 10);
  }

  @Test
  void aSessionThatFollowsTheTimelinePassesAndItsReportSaysSo() {
    JournalBuilder recorded = journal().session("s1")
        .send(0, 0, "sessionStart").params("media.id", "ClickMe", "media.length", 60.33)
        .send(0, 0, "adBreakStart").params("media.ad.podIndex", 0)
        .send(0, 0, "adStart").params("media.ad.id", "001")
        .ping(10, 0)
        .send(12, 0, "adComplete")
        .send(12, 0, "adBreakComplete")
        .send(12, 0, "play")
        .ping(20, 8)
        .ping(30, 18)
        .send(30, 18, "sessionEnd");

    Verdict verdict = check(ADS, recorded);

    assertPasses(verdict);
    assertThat(verdict.report()).as("report")
        .startsWith("The mock holds 1 session; checked session 1 (s1).\n"
            + "The recorded session follows the timeline \"test\": 10 requests in 1 session.")
        .contains("pings every 10 s from 0 to 12 s", "pings at 10.0 s", "pings at 20.0, 30.0 s",
            "sessionEnd at 30 s, playhead 18", "sessionEnd at 30.0 s, playhead 18 -> 204")
        .doesNotContain("\n  > ");
  }

  @Test
  void aMissingRequestIsNamedWithItsRow() {
    Verdict verdict = check(SHORT, journal().session("s1").send(0, 0, "sessionStart").pings(10, 30, 10)
        .send(30, 30, "sessionEnd"));

    assertOneMistake(verdict, "play at 0 s, playhead 0 (row 2) is missing: the player never sent it");
    assertThat(verdict.passed()).as("passed()").isFalse();
    assertThat(verdict.report()).as("report").startsWith("The mock holds 1 session; checked session 1 (s1).\n"
        + "The recorded session does not follow the timeline \"test\": 1 mistake.")
        .contains("> play at 0 s, playhead 0", "(missing)");
  }

  @Test
  void anUnexpectedRequestIsNamedWithItsTime() {
    Verdict verdict = check(SHORT, shortSession().send(15, 15, "pauseStart").send(30, 30, "sessionEnd"));

    assertOneMistake(verdict, "unexpected pauseStart at 15.0 s: the timeline has no such request there");
    assertThat(verdict.report()).as("report").contains("(not expected)", "pauseStart at 15.0 s, playhead 15 -> 204");
  }

  @Test
  void aRequestSentBeforeTheOneItMustFollowIsOutOfOrder() {
    String table = """
        | request      | seconds | playhead |
        | sessionStart | 0       | 0        |
        | adBreakStart | 0       | 0        |
        | adStart      | 0       | 0        |
        | sessionEnd   | 5       | 0        |
        """;
    Verdict verdict = check(table, journal().session("s1").send(0, 0, "sessionStart").send(0, 0, "adStart")
        .send(0.5, 0, "adBreakStart").send(5, 0, "sessionEnd"));

    assertOneMistake(verdict, "out of order", "adBreakStart", "adStart");
  }

  @Test
  void aRequestSentFirstButExpectedLaterIsOutOfOrderBeforeAnyOther() {
    String table = """
        | request      | seconds |
        | sessionStart | 0       |
        | play         | 0       |
        | sessionEnd   | 0       |
        """;
    Verdict verdict = check(table, journal().session("s1").send(0, 0, "sessionEnd").send(0.5, 0, "sessionStart")
        .send(0.5, 0, "play"));

    assertThat(verdict.mistakes()).as("mistakes (the others are the 410s after that sessionEnd); the report was:%n%s",
        verdict.report()).anySatisfy(m -> assertThat(m).contains(
            "sessionEnd is out of order: the timeline expects it after play (row 3)",
            "the player sent it at 0.0 s, before any other request"));
  }

  @Test
  void oneRequestSentInPlaceOfAnotherIsSentInstead() {
    Verdict verdict = check(SHORT, shortSession().send(30, 30, "sessionComplete"));

    assertOneMistake(verdict, "expected sessionEnd at 30 s, playhead 30 (row 4)",
        "the player sent sessionComplete at 30.0 s instead");
  }

  @Test
  void anOffsetOffByMoreThanTheToleranceIsAMistake() {
    Verdict verdict = check(SHORT, shortSessionPlaying(1.5, 0));

    assertOneMistake(verdict, "play at 1.5 s (row 2): expected at 0 s by its ts, recorded at 1.5 s");
  }

  @Test
  void anOffsetWithinTheTolerancePasses() {
    assertPasses(check(SHORT, shortSessionPlaying(1, 0)));
    assertPasses(new TimelineCheck(2).check(timeline(SHORT), shortSessionPlaying(1.5, 0).build()));
  }

  @Test
  void aNegativeToleranceIsRefused() {
    assertThatThrownBy(() -> new TimelineCheck(-1)).as("tolerance -1 s").hasMessageContaining("0 s or more");
  }

  @Test
  void aPlayheadOffByMoreThanTheToleranceIsAMistake() {
    Verdict verdict = check(SHORT, shortSessionPlaying(0, 5));

    assertOneMistake(verdict, "play at 0.0 s (row 2): expected at playhead 0, recorded at playhead 5");
  }

  @Nested
  class Params {

    private static final String TABLE = """
        | request      | seconds | params                                                    |
        | sessionStart | 0       | media.id=ClickMe, media.length=60.330, media.resume=false |
        """;

    @Test
    void aMissingParamIsNamedWithTheValueExpected() {
      Verdict verdict = check(TABLE, journal().session("s1").send(0, 0, "sessionStart")
          .params("media.id", "ClickMe", "media.resume", false));

      assertOneMistake(verdict, "sessionStart at 0.0 s (row 1): params has no media.length (expected 60.330)");
    }

    @Test
    void aDifferentValueIsShownNextToTheExpectedOne() {
      Verdict verdict = check(TABLE, journal().session("s1").send(0, 0, "sessionStart")
          .params("media.id", "Other", "media.length", 60.33, "media.resume", false));

      assertOneMistake(verdict, "sessionStart at 0.0 s (row 1): params media.id is \"Other\", expected ClickMe");
    }

    @Test
    void numbersAreComparedByValueAndBooleansByText() {
      assertPasses(check(TABLE, journal().session("s1").send(0, 0, "sessionStart")
          .params("media.id", "ClickMe", "media.length", 60.33, "media.resume", false)));
    }

    @Test
    void otherFieldsThanParamsAreCheckedTheSameWay() {
      String table = """
          | request | qoeData                  | customMetadata |
          | play    | media.qoe.bitrate=9000   | genre=drama    |
          """;
      Verdict verdict = check(table, journal().session("s1").send(0, 0, "play")
          .values("qoeData", "media.qoe.bitrate", 9000).values("customMetadata", "genre", "comedy"));

      assertOneMistake(verdict, "customMetadata genre is \"comedy\", expected drama");
    }
  }

  @Nested
  class Answers {

    @Test
    void aRefusedRequestIsAMistakeThatQuotesTheMocksReason() {
      Verdict verdict = check(SHORT, shortSession().send(30, 30, "sessionEnd")
          .answered(400, "/playerTime: required property 'playhead' not found"));

      assertOneMistake(verdict,
          "sessionEnd at 30.0 s (row 4): answered 400: \"/playerTime: required property 'playhead' not found\"");
    }

    @Test
    void anAnswerTheTimelineExpectsPasses() {
      String table = """
          | request      | seconds | answer |
          | sessionStart | 0       | 201    |
          | play         | 1       | 400    |
          """;
      assertPasses(check(table, journal().session("s1").send(0, 0, "sessionStart").send(1, 0, "play")
          .answered(400, "no")));
    }

    @Test
    void anotherAnswerThanTheTimelineExpectsIsAMistake() {
      String table = """
          | request      | seconds | answer |
          | sessionStart | 0       | 201    |
          | play         | 1       | 400    |
          """;
      Verdict verdict = check(table, journal().session("s1").send(0, 0, "sessionStart").send(1, 0, "play"));

      assertOneMistake(verdict, "play at 1.0 s (row 2): answered 204, expected 400");
    }

    @Test
    void anAnswerTheFaultInjectionGaveIsNotTheplayersMistake() {
      Verdict verdict = check(SHORT, journal().session("s1").send(0, 0, "sessionStart").send(0, 0, "play")
          .injected(500, "status 500").pings(10, 30, 10).send(30, 30, "sessionEnd"));

      assertPasses(verdict);
      assertThat(verdict.report()).as("report").contains("play at 0.0 s, playhead 0 -> 500 (injected: status 500)");
    }

    @Test
    void aRefusalTheMockGaveLateIsStillThePlayersMistake() {
      JournalBuilder recorded = journal().session("s1").send(0, 0, "sessionStart").send(0, 0, "play")
          .answered(400, "playhead must be a number").delayed("delay 3000 ms").pings(10, 30, 10)
          .send(30, 30, "sessionEnd");

      assertOneMistake(check(SHORT, recorded), "play at 0.0 s (row 2): answered 400", "playhead must be a number");
    }
  }

  @Nested
  class Pings {

    @Test
    void noPingInAStretchIsAMistake() {
      Verdict verdict = check(SHORT, journal().session("s1").send(0, 0, "sessionStart").send(0, 0, "play")
          .send(30, 30, "sessionEnd"));

      assertOneMistake(verdict,
          "pings every 10 s from 0 to 30 s (row 3): the player sent no ping at all in those 30 s");
      assertThat(verdict.report()).as("report").contains("> pings every 10 s from 0 to 30 s", "no ping");
    }

    @Test
    void aGapLongerThanTheIntervalPlusTheToleranceIsAMistake() {
      Verdict verdict = check(SHORT, journal().session("s1").send(0, 0, "sessionStart").send(0, 0, "play")
          .ping(10, 10).ping(25, 25).send(30, 30, "sessionEnd"));

      assertOneMistake(verdict, "pings every 10 s from 0 to 30 s (row 3): 15.0 s without a ping or another request"
          + " from 10.0 to 25.0 s");
    }

    @Test
    void aGapWithinTheTolerancePasses() {
      assertPasses(check(SHORT, journal().session("s1").send(0, 0, "sessionStart").send(0, 0, "play")
          .ping(11, 11).ping(22, 22).send(30, 30, "sessionEnd")));
    }

    @Test
    void pingingMoreOftenPasses() {
      assertPasses(check(SHORT, journal().session("s1").send(0, 0, "sessionStart").send(0, 0, "play")
          .pings(1, 30, 1).send(30, 30, "sessionEnd")));
    }

    @Test
    void thePingThatFindsItsSessionTimedOutIsNoMistakeButTheNextOneIs() {
      String restart = """
          | request          | seconds | playhead | params            |
          | sessionStart     | 0       | 0        |                   |
          | play             | 0       | 0        |                   |
          | pings every 10 s | 0 to 30 |          |                   |
          | sessionStart     | 20      | 20       | media.resume=true |
          | sessionEnd       | 30      | 30       |                   |
          """;
      java.util.function.Supplier<JournalBuilder> timedOut = () -> journal().session("s1")
          .send(0, 0, "sessionStart").send(0, 0, "play").ping(10, 10).closed("timed-out", "no event for 10m")
          .ping(20, 20).answered(410);

      assertPasses(check(restart, timedOut.get().session("s2").send(20, 20, "sessionStart")
          .params("media.resume", true).ping(20.001, 20).send(30, 30, "sessionEnd")));
      assertThat(check(restart, timedOut.get().ping(30, 30).answered(410)).mistakes()).as("mistakes")
          .contains("ping at 30.0 s: answered 410: session 1 was closed (no event for 10m), and the player kept"
              + " sending to it instead of starting a new session");
    }

    @Test
    void pingsAfterSessionEndAreOneMistakeThatSaysSo() {
      Verdict verdict = check(SHORT, shortSession().send(30, 30, "sessionEnd").pings(40, 60, 10));

      assertOneMistake(verdict, "3 pings from 40.0 to 60.0 s: answered 410", "after sessionEnd");
    }

    @Test
    void aRefusedPingIsAMistake() {
      Verdict verdict = check(SHORT, shortSession().answered(400, "playhead must be a number")
          .send(30, 30, "sessionEnd"));

      assertOneMistake(verdict, "ping at 30.0 s: answered 400", "playhead must be a number");
    }
  }

  @Test
  void sendingToASessionThatTimedOutSaysToStartANewOne() {
    Verdict verdict = check(SHORT, journal().session("s1").send(0, 0, "sessionStart").send(0, 0, "play")
        .pings(10, 20, 10).closed("timedOut", "no event for 10m").send(30, 30, "sessionEnd"));

    assertOneMistake(verdict, "sessionEnd at 30.0 s (row 4): answered 410",
        "session 1 was closed (no event for 10m)",
        "the player kept sending to it instead of starting a new session");
  }

  @Test
  void theMocksErrorFindingsAreMistakesAndItsWarningsNotes() {
    Verdict verdict = check(SHORT, shortSession()
        .finding(Severity.WARNING, RuleId.CUSTOM_METADATA_IGNORED, "customMetadata on a ping is ignored")
        .send(30, 30, "sessionEnd").finding(Severity.ERROR, RuleId.AD_BREAK_NOT_STARTED, "the ad break was never closed"));

    assertOneMistake(verdict, "AD_BREAK_NOT_STARTED", "the ad break was never closed");
    assertThat(verdict.report()).as("report").contains("The mock's other findings:",
        "warning CUSTOM_METADATA_IGNORED at event 4 of session 1: customMetadata on a ping is ignored");
  }

  @Test
  void aRequestTheMockRefusedForAnErrorFindingIsOneMistake() {
    Verdict verdict = check(SHORT, shortSession().send(30, 30, "sessionEnd").answered(400)
        .finding(Severity.ERROR, RuleId.AD_BREAK_NOT_STARTED, "the ad break was never closed"));

    assertOneMistake(verdict, "sessionEnd at 30.0 s (row 4): answered 400",
        "AD_BREAK_NOT_STARTED: the ad break was never closed");
  }

  @Test
  void anEmptyJournalSaysNoSessionStartArrived() {
    Verdict verdict = check(SHORT, journal());

    assertOneMistake(verdict, "No request was recorded", "sessionStart");
  }

  @Test
  void aRefusedSessionStartSaysWhyNoSessionWasOpened() {
    Verdict verdict = check(SHORT, journal().refusedStart(0, 400, "/params: required property 'media.id' not found"));

    assertThat(verdict.mistakes()).as("mistakes; the report was:%n%s", verdict.report()).containsExactly(
        "sessionStart at 0.0 s (row 1): answered 400: \"/params: required property 'media.id' not found\"",
        "no session was opened, so the timeline's other 2 requests (rows 2, 4) and its pings reached none");
    assertThat(verdict.passed()).as("passed()").isFalse();
  }

  @Test
  void aRefusedSessionStartThenARetryIsOneMistakeAboutTheRefusedOne() {
    Verdict verdict = check(SHORT, journal().refusedStart(0, 400, "/params: required property 'media.id' not found")
        .session("s1").send(0.5, 0, "sessionStart").send(0.5, 0, "play").pings(10, 30, 10)
        .send(30, 30, "sessionEnd"));

    assertOneMistake(verdict, "unexpected sessionStart at 0.0 s", "answered 400",
        "\"/params: required property 'media.id' not found\"");
    assertThat(verdict.report()).as("the timeline's sessionStart paired with the one the mock accepted")
        .contains("    sessionStart at 0 s, playhead 0  sessionStart at 0.5 s, playhead 0 -> 201");
  }

  @Nested
  class Restarts {

    private static final String TWO_SESSIONS = """
        | request      | seconds | playhead |
        | sessionStart | 0       | 0        |
        | play         | 0       | 0        |
        | sessionEnd   | 5       | 5        |
        | sessionStart | 20      | 5        |
        | play         | 20      | 5        |
        | sessionEnd   | 25      | 10       |
        """;

    @Test
    void twoSessionsFollowATimelineWithTwoSessionStarts() {
      Verdict verdict = check(TWO_SESSIONS, journal()
          .session("s1").send(0, 0, "sessionStart").send(0, 0, "play").send(5, 5, "sessionEnd")
          .session("s2").send(20, 5, "sessionStart").send(20, 5, "play").send(25, 10, "sessionEnd"));

      assertPasses(verdict);
      assertThat(verdict.report()).as("report")
          .startsWith("The mock holds 2 sessions; checked sessions 1 (s1), 2 (s2).\n"
              + "The recorded sessions follow the timeline \"test\": 6 requests in 2 sessions.")
          .contains("sessionStart at 20.0 s, playhead 5 -> 201 [session 2]",
              "Sessions: 1: s1 (ended: sessionEnd arrived (event 2)); 2: s2 (ended");
    }

    @Test
    void secondsCountFromTheFirstSessionsFirstRequest() {
      Verdict verdict = check(TWO_SESSIONS, journal()
          .session("s1").send(0, 0, "sessionStart").send(0, 0, "play").send(5, 5, "sessionEnd")
          .session("s2").send(30, 5, "sessionStart").send(30, 5, "play").send(35, 10, "sessionEnd"));

      assertThat(verdict.mistakes()).as("mistakes; the report was:%n%s", verdict.report()).hasSize(3)
          .allSatisfy(m -> assertThat(m).contains("recorded at 3"))
          .first(STRING).contains("sessionStart at 30.0 s (row 4): expected at 20 s by its ts, recorded at 30.0 s");
    }

    @Test
    void aPlayerThatKeptSendingInsteadOfRestartingMissesTheSecondSession() {
      Verdict verdict = check(TWO_SESSIONS, journal()
          .session("s1").send(0, 0, "sessionStart").send(0, 0, "play").send(5, 5, "sessionEnd")
          .send(20, 5, "play").send(25, 10, "sessionEnd"));

      assertThat(verdict.mistakes()).as("mistakes; the report was:%n%s", verdict.report())
          .anySatisfy(m -> assertThat(m).contains("sessionStart at 20 s, playhead 5 (row 4) is missing"))
          .anySatisfy(m -> assertThat(m).contains("play at 20.0 s", "answered 410", "after sessionEnd"));
    }
  }

  @Nested
  class RepeatedRequests {

    private static final String TWO_PLAYS = """
        | request      | seconds | playhead |
        | sessionStart | 0       | 0        |
        | play         | 0       | 0        |
        | error        | 5       | 5        |
        | play         | 8       | 5        |
        | sessionEnd   | 12      | 9        |
        """;

    @Test
    void aMissingPlayIsTheOneWhoseTimeNoPlayHas() {
      Verdict verdict = check(TWO_PLAYS, journal().session("s1").send(0, 0, "sessionStart").send(5, 5, "error")
          .send(8, 5, "play").send(12, 9, "sessionEnd"));

      assertOneMistake(verdict, "play at 0 s, playhead 0 (row 2) is missing");
    }

    @Test
    void aLatePlayIsComparedWithTheRowItStandsFor() {
      Verdict verdict = check(TWO_PLAYS, journal().session("s1").send(0, 0, "sessionStart").send(0, 0, "play")
          .send(5, 5, "error").send(9.5, 5, "play").send(12, 9, "sessionEnd"));

      assertOneMistake(verdict, "play at 9.5 s (row 4): expected at 8 s by its ts, recorded at 9.5 s");
    }
  }

  @Test
  void aRequestWithoutPlayerTimeSaysSoInsteadOfGivingATime() {
    Verdict verdict = check(SHORT, shortSession().send(30, 30, "sessionEnd").withoutPlayerTime()
        .answered(400, "/: required property 'playerTime' not found"));

    assertThat(verdict.mistakes()).as("mistakes; the report was:%n%s", verdict.report())
        .allSatisfy(m -> assertThat(m).doesNotContain("NaN"))
        .anySatisfy(m -> assertThat(m).contains("sessionEnd without a ts (row 4)"));
  }

  @Nested
  class InTsOrder {

    @Test
    void siblingsThatShareATsAreJudgedInTheOrderTheirSenderMeantWhateverOrderTheyArrivedIn() {
      assertPasses(check(ADS, journal().session("s1")
          .send(0, 0, "adStart").params("media.ad.id", "001")
          .send(0, 0, "sessionStart").params("media.id", "ClickMe", "media.length", 60.33)
          .send(0, 0, "adBreakStart").params("media.ad.podIndex", 0)
          .ping(10, 0)
          .send(12, 0, "play").send(12, 0, "adBreakComplete").send(12, 0, "adComplete")
          .ping(20, 8).ping(30, 18).send(30, 18, "sessionEnd")));
    }

    @Test
    void aRequestThatArrivedLateIsComparedWhereItsTsPutsIt() {
      assertPasses(check(SHORT, journal().session("s1").send(0, 0, "sessionStart").ping(10, 10).send(0, 0, "play")
          .ping(20, 20).ping(30, 30).send(30, 30, "sessionEnd")));
    }
  }

  @Nested
  class WhatAdobeCountsTheSame {

    /** Content, a pause, a mid-roll the viewer leaves in. */
    private static final String PAUSE_AND_MID_ROLL = """
        | request          | seconds  | playhead | params                                         |
        | sessionStart     | 0        | 0        | media.id=ClickMe, media.contentType=VOD        |
        | play             | 0        | 0        |                                                |
        | pings every 10 s | 0 to 30  |          |                                                |
        | pauseStart       | 8        | 8        |                                                |
        | play             | 12       | 8        |                                                |
        | adBreakStart     | 20       | 16       | media.ad.podIndex=0                            |
        | adStart          | 20       | 16       | media.ad.id=001                                |
        | sessionEnd       | 30       | 16       |                                                |
        """;

    /** What a player that follows {@link #PAUSE_AND_MID_ROLL} to the letter sends, up to {@code seconds}. */
    private JournalBuilder literal() {
      return literal("VOD");
    }

    /** {@link #literal()} with another media.contentType. */
    private JournalBuilder literal(String contentType) {
      return journal().session("s1").send(0, 0, "sessionStart").params("media.id", "ClickMe",
              "media.contentType", contentType)
          .send(0, 0, "play").send(8, 8, "pauseStart").ping(10, 8).send(12, 8, "play").ping(18, 14)
          .send(20, 16, "adBreakStart").params("media.ad.podIndex", 0)
          .send(20, 16, "adStart").params("media.ad.id", "001").ping(28, 16);
    }

    private Verdict exactly(String table, JournalBuilder recorded) {
      return TimelineCheck.withDefaultTolerance().exactly().check(timeline(table), recorded.build());
    }

    @Test
    void theLiteralPlayerPassesBothWays() {
      assertPasses(check(PAUSE_AND_MID_ROLL, literal().send(30, 16, "sessionEnd")));
      assertPasses(exactly(PAUSE_AND_MID_ROLL, literal().send(30, 16, "sessionEnd")));
    }

    @Test
    void closingWhatIsOpenAtTheTsOfSessionEndIsNoMistakeButIsToTheLetter() {
      JournalBuilder autoClosed = literal().send(30, 16, "adSkip").send(30, 16, "adBreakComplete")
          .send(30, 16, "sessionEnd");

      Verdict verdict = check(PAUSE_AND_MID_ROLL, autoClosed);

      assertPasses(verdict);
      assertThat(verdict.report()).as("report").contains(
          "(tolerated: closes the ad still open when the session ends, at its ts)",
          "(tolerated: closes the ad break still open when the session ends, at its ts)");
      assertThat(exactly(PAUSE_AND_MID_ROLL, autoClosed).mistakes()).as("mistakes with exactly()")
          .containsExactly("unexpected adSkip at 30.0 s: the timeline has no such request there",
              "unexpected adBreakComplete at 30.0 s: the timeline has no such request there");
    }

    @Test
    void closingBeforeTheSessionEndsIsStillAnUnexpectedRequest() {
      assertOneMistake(check(PAUSE_AND_MID_ROLL, literal().send(25, 16, "adSkip").send(30, 16, "sessionEnd")),
          "unexpected adSkip at 25.0 s");
    }

    @Test
    void closingWhatIsNotOpenIsStillAMistake() {
      assertOneMistake(check(PAUSE_AND_MID_ROLL, literal().send(30, 16, "chapterSkip").send(30, 16, "sessionEnd")),
          "unexpected chapterSkip at 30.0 s");
    }

    @Test
    void aPlayWhilePlayingOrWhileAnAdPlaysIsNoMistakeButIsToTheLetter() {
      JournalBuilder sdk = journal().session("s1").send(0, 0, "sessionStart").params("media.id", "ClickMe",
              "media.contentType", "VOD")
          .send(0, 0, "play").send(5, 5, "play").send(8, 8, "pauseStart").ping(10, 8).send(12, 8, "play")
          .ping(18, 14)
          .send(20, 16, "adBreakStart").params("media.ad.podIndex", 0)
          .send(20, 16, "adStart").params("media.ad.id", "001").send(20, 16, "play").ping(28, 16)
          .send(30, 16, "sessionEnd");

      Verdict verdict = check(PAUSE_AND_MID_ROLL, sdk);

      assertPasses(verdict);
      assertThat(verdict.report()).as("report").contains("(tolerated: a play while playing changes nothing)");
      assertThat(exactly(PAUSE_AND_MID_ROLL, sdk).mistakes()).as("mistakes with exactly()").hasSize(2)
          .allSatisfy(m -> assertThat(m).startsWith("unexpected play at"));
    }

    @Test
    void anExpectedPlayThePlayerIsAlreadyPlayingIsNotMissing() {
      String table = """
          | request      | seconds | playhead |
          | sessionStart | 0       | 0        |
          | play         | 0       | 0        |
          | error        | 5       | 5        |
          | play         | 8       | 5        |
          | sessionEnd   | 9       | 6        |
          """;
      JournalBuilder noPlayAfterError = journal().session("s1").send(0, 0, "sessionStart").send(0, 0, "play")
          .send(5, 5, "error").send(9, 6, "sessionEnd");

      assertPasses(check(table, noPlayAfterError));
      assertOneMistake(exactly(table, noPlayAfterError), "play at 8 s, playhead 5 (row 4) is missing");
    }

    @Test
    void aMissingPlayAfterAPauseIsStillMissing() {
      assertOneMistake(check(PAUSE_AND_MID_ROLL, journal().session("s1").send(0, 0, "sessionStart")
              .params("media.id", "ClickMe", "media.contentType", "VOD").send(0, 0, "play").send(8, 8, "pauseStart")
              .ping(18, 8).send(20, 16, "adBreakStart").params("media.ad.podIndex", 0)
              .send(20, 16, "adStart").params("media.ad.id", "001").ping(28, 16).send(30, 16, "sessionEnd")),
          "play at 12 s, playhead 8 (row 5) is missing");
    }

    @Test
    void anExtraPauseOrBufferIsStillAMistakeButARepeatedOneIsNot() {
      assertOneMistake(check(SHORT, shortSession().send(15, 15, "bufferStart").send(30, 30, "sessionEnd")),
          "unexpected bufferStart at 15.0 s");
      assertOneMistake(check(PAUSE_AND_MID_ROLL, literal().send(24, 16, "error").send(30, 16, "sessionEnd")),
          "unexpected error at 24.0 s");
      assertPasses(check(PAUSE_AND_MID_ROLL, journal().session("s1").send(0, 0, "sessionStart")
          .params("media.id", "ClickMe", "media.contentType", "VOD").send(0, 0, "play").send(8, 8, "pauseStart")
          .send(10, 8, "pauseStart").send(12, 8, "play").ping(18, 14)
          .send(20, 16, "adBreakStart").params("media.ad.podIndex", 0)
          .send(20, 16, "adStart").params("media.ad.id", "001").ping(28, 16).send(30, 16, "sessionEnd")));
    }

    @Test
    void theContentTypeIsComparedWithoutCaseButNotToTheLetter() {
      JournalBuilder lowercase = literal("vod").send(30, 16, "sessionEnd");

      assertPasses(check(PAUSE_AND_MID_ROLL, lowercase));
      assertOneMistake(exactly(PAUSE_AND_MID_ROLL, lowercase), "params media.contentType is \"vod\", expected VOD");
    }

    @Test
    void anotherContentTypeIsStillAMistake() {
      assertOneMistake(check(PAUSE_AND_MID_ROLL, literal("aod").send(30, 16, "sessionEnd")),
          "params media.contentType is \"aod\", expected VOD");
    }

    /** Two ad breaks, the pod index of each. */
    private static final String TWO_BREAKS = """
        | request         | seconds | params              |
        | sessionStart    | 0       |                     |
        | adBreakStart    | 0       | media.ad.podIndex=0 |
        | adStart         | 0       |                     |
        | adComplete      | 5       |                     |
        | adBreakComplete | 5       |                     |
        | play            | 5       |                     |
        | adBreakStart    | 9       | media.ad.podIndex=1 |
        | adStart         | 9       |                     |
        | adComplete      | 10      |                     |
        | adBreakComplete | 10      |                     |
        | play            | 10      |                     |
        | sessionEnd      | 12      |                     |
        """;

    private JournalBuilder twoBreaks(int first, int second) {
      return journal().session("s1").send(0, 0, "sessionStart")
          .send(0, 0, "adBreakStart").params("media.ad.podIndex", first).send(0, 0, "adStart")
          .send(5, 0, "adComplete").send(5, 0, "adBreakComplete").send(5, 0, "play")
          .send(9, 4, "adBreakStart").params("media.ad.podIndex", second).send(9, 4, "adStart")
          .send(10, 4, "adComplete").send(10, 4, "adBreakComplete").send(10, 4, "play").send(12, 6, "sessionEnd");
    }

    @Test
    void podIndexMayCountFromOneWithinASession() {
      assertPasses(check(TWO_BREAKS, twoBreaks(1, 2)));
      assertThat(exactly(TWO_BREAKS, twoBreaks(1, 2)).mistakes()).as("mistakes with exactly()").hasSize(2)
          .first(STRING).contains("params media.ad.podIndex is 1, expected 0");
    }

    @Test
    void podIndexCountedFromZeroThenFromOneIsAMistake() {
      assertOneMistake(check(TWO_BREAKS, twoBreaks(0, 2)), "adBreakStart at 9.0 s (row 7): params media.ad.podIndex"
          + " is 2, expected 1");
      assertOneMistake(check(TWO_BREAKS, twoBreaks(1, 1)), "params media.ad.podIndex is 1, expected 1 counted from"
          + " 0, 2 counted from 1 as this session's first is");
    }

    @Test
    void anyRequestRestartsThePingIntervalAsThePingGapRuleCountsButNotToTheLetter() {
      JournalBuilder timerRestarted = journal().session("s1").send(0, 0, "sessionStart")
          .params("media.id", "ClickMe", "media.contentType", "VOD").send(0, 0, "play").send(8, 8, "pauseStart")
          .send(12, 8, "play").send(20, 16, "adBreakStart").params("media.ad.podIndex", 0)
          .send(20, 16, "adStart").params("media.ad.id", "001").send(30, 16, "sessionEnd");

      assertPasses(check(PAUSE_AND_MID_ROLL, timerRestarted));
      assertOneMistake(exactly(PAUSE_AND_MID_ROLL, timerRestarted), "pings every 10 s from 0 to 30 s (row 3): the"
          + " player sent no ping at all");
    }
  }

  @Nested
  class TsInSeconds {

    @Test
    void aSessionWhoseTsIsInSecondsIsOneMistakeThatSaysSo() {
      Verdict verdict = check(SHORT, shortSessionPlaying(0, 0).finding(Severity.ERROR, RuleId.TS_IN_SECONDS,
          "sessionStart's playerTime.ts is 1700000000, which is 1970-01-20T16:13:20Z in milliseconds: it looks like"
              + " seconds"));

      assertOneMistake(verdict, "playerTime.ts is in seconds, not milliseconds, in session 1 (s1): sessionStart's"
          + " playerTime.ts is 1700000000", "The rest of the comparison is left out");
    }
  }

  @Nested
  class WhichSessions {

    /** A run of {@link #SHORT} that ended, then another that did. */
    private JournalBuilder twoRuns(double secondStartsAt, String secondSid) {
      double t = secondStartsAt;
      return shortSession().send(30, 30, "sessionEnd").session(secondSid).send(t, 0, "sessionStart")
          .send(t, 0, "play").pings(t + 10, t + 30, 10).send(t + 30, 30, "sessionEnd");
    }

    @Test
    void theNewestRunIsCheckedAndTheReportSaysHowManySessionsTheMockHolds() {
      Verdict verdict = check(SHORT, twoRuns(100, "s2"));

      assertPasses(verdict);
      assertThat(verdict.report()).as("report").startsWith("The mock holds 2 sessions; checked session 2 (s2), the"
          + " player's newest run (--session SID chooses others). It holds earlier runs too: reset it between runs"
          + " with POST /__admin/media-collection/reset.\n");
    }

    @Test
    void anOlderRunDoesNotGiveMistakesAboutTheNewestOne() {
      JournalBuilder recorded = journal().session("old").send(0, 0, "sessionStart").send(3, 3, "pauseStart")
          .session("s2").createdAt(100).send(-1796, 0, "sessionStart").send(-1796, 0, "play").pings(-1786, -1766, 10)
          .send(-1766, 30, "sessionEnd");

      assertPasses(check(SHORT, recorded));
    }

    @Test
    void sessionsThatResumeTheOneBeforeBelongToTheRun() {
      String table = """
          | request      | seconds | playhead | params            |
          | sessionStart | 0       | 0        |                   |
          | play         | 0       | 0        |                   |
          | sessionStart | 20      | 5        | media.resume=true |
          | play         | 20      | 5        |                   |
          | sessionEnd   | 25      | 10       |                   |
          """;
      Verdict verdict = check(table, shortSession().send(30, 30, "sessionEnd")
          .session("s2").send(100, 0, "sessionStart").send(100, 0, "play").send(105, 5, "closed by timeout")
          .session("s3").send(120, 5, "sessionStart").params("media.resume", true).send(120, 5, "play")
          .send(125, 10, "sessionEnd"));

      assertThat(verdict.report()).as("report").startsWith("The mock holds 3 sessions; checked sessions 2 (s2),"
          + " 3 (s3), the player's newest run");
    }

    @Test
    void sessionsChosenBySidAreChecked() {
      Verdict verdict = TimelineCheck.withDefaultTolerance().check(timeline(SHORT),
          twoRuns(100, "s2").send(140, 40, "pauseStart").build(), java.util.List.of("s1"));

      assertPasses(verdict);
      assertThat(verdict.report()).as("report").startsWith("The mock holds 2 sessions; checked session 1 (s1), as"
          + " --session chose.");
    }

    @Test
    void aSidTheMockDoesNotHoldIsRefusedNamingThoseItHolds() {
      assertThatThrownBy(() -> TimelineCheck.withDefaultTolerance().check(timeline(SHORT), twoRuns(100, "s2").build(),
          java.util.List.of("nope"))).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the mock holds no session nope; Sessions: 1: s1 (ended: sessionEnd arrived (event 5)); 2: s2"
              + " (ended: sessionEnd arrived (event 5))");
    }
  }
}
