package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mcmock.contract.Checks.hasStatus;
import static org.mcmock.contract.Checks.jsonMessage;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /__admin/media-collection/sessions/{sid}/summary}: what a session amounts to as Adobe would count it,
 * with time judged by {@code playerTime.ts}, so a timeline replayed in milliseconds still reports its seconds.
 */
class SessionSummaryTest {

  @RegisterExtension static final MockBackend mock = new MockBackend();

  @Test
  void timeline2IsALiveSessionEndedWithoutComplete() {
    JsonPath summary = mock.admin().summary(playTimeline2());

    assertThat(summary.getString("kind")).as("a session opened with POST /api/v1/sessions").isEqualTo("live");
    assertThat(summary.getString("state")).as("Timeline 2 ends with sessionEnd").isEqualTo("ended");
    assertThat(summary.getBoolean("completed")).as("the user abandoned Timeline 2: no sessionComplete").isFalse();
  }

  @Test
  void timeline2CountsTwoAdsStartedAndOneCompleted() {
    JsonPath summary = mock.admin().summary(playTimeline2());

    assertThat(summary.getMap("ads"))
        .as("Timeline 2: the pre-roll break with its ad played to the end, then a mid-roll ad cut off by sessionEnd")
        .containsEntry("breaks", 2)
        .containsEntry("started", 2)
        .containsEntry("completed", 1)
        .containsEntry("skipped", 0);
  }

  @Test
  void timeline2CountsItsOneErrorAndFourPings() {
    JsonPath summary = mock.admin().summary(playTimeline2());

    assertThat(summary.getInt("errors")).as("Timeline 2 has one error event (action 11)").isEqualTo(1);
    assertThat(summary.getInt("pings")).as("Timeline 2 pings at actions 5, 9, 10 and 13").isEqualTo(4);
    assertThat(summary.getInt("pauses")).isZero();
    assertThat(summary.getInt("bufferings")).isZero();
    assertThat(summary.getMap("chapters")).as("Timeline 2 has no chapters")
        .containsEntry("started", 0).containsEntry("completed", 0).containsEntry("skipped", 0);
  }

  @Test
  void timeline2SecondsAreComputedFromTs() {
    JsonPath summary = mock.admin().summary(playTimeline2());

    assertThat(summary.getDouble("seconds.content"))
        .as("content plays from the pre-roll's end (ts +12 s) to the mid-roll adBreakStart (ts +45 s): 33 s by ts,"
            + " although the test sent the timeline in milliseconds")
        .isCloseTo(33.0, within(0.001));
    assertThat(summary.getDouble("seconds.ads"))
        .as("12 s of pre-roll ad, then 3 s of mid-roll ad before sessionEnd at +48 s")
        .isCloseTo(15.0, within(0.001));
    assertThat(summary.getDouble("seconds.paused")).isZero();
    assertThat(summary.getDouble("seconds.buffering")).isZero();
  }

  @Test
  void timeline2SummaryCountsNoErrorFinding() {
    JsonPath summary = mock.admin().summary(playTimeline2());

    assertThat(summary.getMap("findings")).as("summary.findings of Adobe's own Timeline 2")
        .containsOnlyKeys("error", "warning", "info").containsEntry("error", 0);
  }

  @Test
  void seedDownloadedBatchIsADownloadedCompletedSession() {
    Response created = mock.sendDownloaded(Payloads.seedBatch());
    hasStatus(created, 201, "the seed's downloaded batch");

    JsonPath summary = mock.admin().summary(MockBackend.sidOf(created));

    assertThat(summary.getString("kind")).as("a session recorded from POST /api/v1/downloaded")
        .isEqualTo("downloaded");
    assertThat(summary.getBoolean("completed")).as("the seed batch ends with sessionComplete").isTrue();
    assertThat(summary.getString("state")).as("a downloaded batch is a whole, closed session").isEqualTo("ended");
    assertThat(summary.getInt("pings")).isEqualTo(3);
    assertThat(summary.getDouble("seconds.content"))
        .as("content plays from the play (ts ...928174) to sessionComplete (ts ...960559)")
        .isCloseTo(32.385, within(0.001));
    assertThat(summary.getMap("findings")).as("the seed batch breaks no rule")
        .containsEntry("error", 0).containsEntry("warning", 0).containsEntry("info", 0);
  }

  @Test
  void sessionViewCarriesTheSameSummary() {
    String sid = playTimeline2();

    Map<String, Object> summary = mock.admin().summary(sid).getMap("");
    Map<String, Object> inView = mock.admin().session(sid).getMap("summary");

    assertThat(summary).as("/summary names its session").containsEntry("sid", sid);
    summary.remove("sid");
    assertThat(inView).as("GET /sessions/%s must carry the same summary as /sessions/%s/summary", sid, sid)
        .isEqualTo(summary);
  }

  @Test
  void summaryOfUnknownSessionIs404() {
    Response answer = mock.admin().summaryAnswer("0".repeat(64));

    hasStatus(answer, 404, "GET /sessions/{never issued}/summary");
    jsonMessage(answer, "GET /sessions/{never issued}/summary");
  }

  private static String playTimeline2() {
    String sid = mock.openSession(Payloads.timeline2SessionStart());
    for (Payloads.Step step : Payloads.timeline2Events()) {
      hasStatus(mock.sendEvent(sid, step.body()), 204, "Timeline 2, action " + step.action());
    }
    return sid;
  }
}
