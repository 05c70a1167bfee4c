package org.mcmock.rules;

import org.mcmock.model.Severity;
import org.mcmock.model.Finding;
import org.mcmock.model.RuleId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/**
 * Adobe's three Media Collection API timelines, sent as the pages write them (second on the action
 * timeline, playhead, params), must earn no error finding. Warnings such as TS_EQUAL are expected: the
 * pages give sibling events the same second.
 */
class AdobeTimelinesTest {

  /** media.length and contentType as the timelines' sessionStart sample sends them. */
  private static SessionScript timelineSession() {
    return SessionScript.vod(60.3333333333333);
  }

  /** Timeline 1: VOD, a pre-roll pod of two ads, buffering, a mid-roll, a pause, viewed to the end. */
  static SessionScript timeline1() {
    return timelineSession()
        .at(0).playhead(0).sessionStart()                                              // 0
        .at(0).with("media.ad.podIndex", 0).with("media.ad.podSecond", 0).adBreakStart() // 1
        .at(0).with("media.ad.length", 15).with("media.ad.podPosition", 1)
            .custom("myCustomData1", "value1").custom("myCustomData2", "value2").adStart() // 2
        .at(1).ping()                                                                  // 3
        .at(2).ping()                                                                  // 4
        .at(3).ping()                                                                  // 5
        .at(15).adComplete()                                                           // 6
        .at(15).with("media.ad.id", "002").with("media.ad.length", 7).with("media.ad.podPosition", 1)
            .adStart()                                                                 // 7
        .at(20).ping()                                                                 // 8
        .at(22).adComplete()                                                           // 9
        .at(22).adBreakComplete()                                                      // 10
        .at(22).play()                                                                 // 11
        .at(30).playhead(8).ping()                                                     // 12
        .at(33).playhead(11).bufferStart()                                             // 13
        .at(36).playhead(11).play()                                                    // 14
        .at(40).playhead(15).ping()                                                    // 15
        .at(46).playhead(21).with("media.ad.podIndex", 1).with("media.ad.podSecond", 21)
            .adBreakStart()                                                            // 16
        .at(46).with("media.ad.length", 8).with("media.ad.podPosition", 2).adStart()   // 17
        .at(50).ping()                                                                 // 18
        .at(54).adComplete()                                                           // 19
        .at(54).adBreakComplete()                                                      // 20
        .at(60).playhead(27).ping()                                                    // 21
        .at(64).playhead(31).pauseStart()                                              // 22
        .at(70).playhead(31).ping()                                                    // 23
        .at(74).playhead(31).play()                                                    // 24
        .at(80).playhead(37).ping()                                                    // 25
        .at(88).playhead(45).sessionComplete();                                        // 26
  }

  /** Timeline 2 (user abandons the session), optionally without the pre-roll's adBreakStart. */
  static SessionScript timeline2(boolean preRollAdBreakStart) {
    SessionScript script = timelineSession().at(0).playhead(0).sessionStart();
    if (preRollAdBreakStart) {
      script.at(0).with("media.ad.podIndex", 0).with("media.ad.podSecond", 0).adBreakStart();
    }
    return script
        .at(0).with("media.ad.length", 7).with("media.ad.podPosition", 1).adStart()
        .at(1).ping()
        .at(12).adComplete()
        .at(12).adBreakComplete()
        .at(12).qoe("media.qoe.bitrate", 10_000).play()
        .at(20).playhead(8).ping()
        .at(30).playhead(18).ping()
        .at(32).playhead(20).error()
        .at(37).playhead(18).qoe("media.qoe.bitrate", 10_000).play()
        .at(40).playhead(28).ping()
        .at(45).playhead(33).with("media.ad.podIndex", 1).with("media.ad.podSecond", 33).adBreakStart()
        .at(45).with("media.ad.length", 8).with("media.ad.podPosition", 1).adStart()
        .at(48).sessionEnd();
  }

  /** Timeline 3: VOD with chapters, ads and buffering. */
  static SessionScript timeline3() {
    return timelineSession()
        .at(0).playhead(0).sessionStart()
        .at(0).with("media.ad.podIndex", 0).with("media.ad.podSecond", 0).adBreakStart()
        .at(0).with("media.ad.length", 15).with("media.ad.podPosition", 1).adStart()
        .at(10).ping()
        .at(15).adComplete()
        .at(15).with("media.ad.length", 7).with("media.ad.podPosition", 2).adStart()
        .at(16).ping()
        .at(22).adComplete()
        .at(22).adBreakComplete()
        .at(22).play()
        .at(23).playhead(0).with("media.chapter.index", 1).with("media.chapter.offset", 0)
            .with("media.chapter.length", 20).chapterStart()
        .at(30).playhead(8).ping()
        .at(33).playhead(11).bufferStart()
        .at(36).playhead(11).play()
        .at(40).playhead(15).ping()
        .at(45).playhead(20).chapterComplete()
        .at(46).playhead(21).with("media.ad.podIndex", 1).with("media.ad.podSecond", 21).adBreakStart()
        .at(46).playhead(21).with("media.ad.length", 8).with("media.ad.podPosition", 1).adStart()
        .at(47).playhead(21).ping()
        .at(54).adComplete()
        .at(54).adBreakComplete()
        .at(55).playhead(22).with("media.chapter.index", 2).with("media.chapter.offset", 22)
            .with("media.chapter.length", 22).chapterStart()
        .at(60).playhead(27).ping()
        .at(64).playhead(31).pauseStart()
        .at(70).playhead(31).ping()
        .at(74).playhead(31).play()
        .at(80).playhead(37).ping()
        .at(87).playhead(0).chapterComplete() // playhead 0, as the page writes it
        .at(88).playhead(45).sessionComplete();
  }

  @Test
  void timeline1HasNoFinding() {
    SessionScript script = timeline1();

    assertThat(script.findings())
        .as("the page gives sibling events the same second, each where the canonical order puts it").isEmpty();
  }

  @Test
  void timeline1AddsUpAsAdobeWouldCountIt() {
    PlaybackSummary summary = timeline1().summary();

    assertThat(summary.adBreaks()).isEqualTo(2);
    assertThat(summary.adsStarted()).isEqualTo(3);
    assertThat(summary.adsCompleted()).isEqualTo(3);
    assertThat(summary.pauses()).isEqualTo(1);
    assertThat(summary.bufferings()).isEqualTo(1);
    assertThat(summary.pings()).isEqualTo(10);
    assertThat(summary.completed()).as("sessionComplete arrived").isTrue();
    // content, playing outside ad breaks: 22→33 (11) + 36→46 (10) + 54→64 (10) + 74→88 (14) = 45 s,
    // which is the final playhead, 45
    assertThat(summary.contentMillis()).isEqualTo(45_000);
    // inside an open ad: 0→15 (15) + 15→22 (7) + 46→54 (8) = 30 s
    assertThat(summary.adMillis()).isEqualTo(30_000);
    // pauseStart at 64 to play at 74
    assertThat(summary.pausedMillis()).isEqualTo(10_000);
    // bufferStart at 33 to play at 36
    assertThat(summary.bufferingMillis()).isEqualTo(3_000);
  }

  @Test
  void timeline2HasNoError() {
    SessionScript script = timeline2(true);

    assertThat(script.findings()).as("findings in Adobe's own timeline 2").isEmpty();
    assertThat(script.summary().errors()).as("the player error event is counted, not judged").isEqualTo(1);
    assertThat(script.summary().completed()).as("abandoned with sessionEnd").isFalse();
  }

  @Test
  void timeline2WithoutThePreRollAdBreakStartPutsTheAdOutsideABreak() {
    // 0 sessionStart, 1 adStart, 2 ping, 3 adComplete, 4 adBreakComplete, 5 play...
    SessionScript script = timeline2(false);

    assertThat(script.errors()).extracting(Finding::rule, Finding::severity, Finding::eventIndex)
        .containsExactly(
            tuple(RuleId.AD_OUTSIDE_BREAK, Severity.ERROR, 1),
            tuple(RuleId.AD_OUTSIDE_BREAK, Severity.ERROR, 3),
            tuple(RuleId.AD_BREAK_NOT_STARTED, Severity.ERROR, 4));
  }

  @Test
  void timeline3HasNoFinding() {
    SessionScript script = timeline3();

    assertThat(script.findings()).as("findings in Adobe's own timeline 3").isEmpty();
    assertThat(script.summary().chaptersStarted()).isEqualTo(2);
    assertThat(script.summary().chaptersCompleted()).isEqualTo(2);
  }
}
