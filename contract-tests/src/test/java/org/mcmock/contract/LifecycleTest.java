package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mcmock.contract.Checks.hasStatus;
import static org.mcmock.contract.Checks.jsonMessage;
import static org.mcmock.contract.Payloads.T0;
import static org.mcmock.contract.Payloads.event;

import io.restassured.response.Response;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Timeouts and retention, with time moved only through the admin clock. */
class LifecycleTest {

  @RegisterExtension static final MockBackend mock = new MockBackend();

  private static final long MINUTE = 60_000;

  @Test
  void tenMinutesWithoutEventsTimeOutTheSessionAndTheNextEventGets410NamingTheTimeout() {
    String sid = mock.openSession();
    mock.admin().advanceClock("10m");

    Response answer = mock.sendEvent(sid, event("ping", 10, T0 + 10 * MINUTE));

    hasStatus(answer, 410, "a ping 10 minutes after the last event");
    String message = jsonMessage(answer, "410 after 10 idle minutes");
    assertThat(answer.jsonPath().getString("state")).as("the session must be timed out").isEqualTo("timed-out");
    assertThat(message).as("the 410 must name the 10-minute event timeout").contains("10m");
  }

  @Test
  void timedOutSessionSaysItClosedTenMinutesAfterItsLastEvent() {
    long before = mock.admin().clockMillis();
    String sid = mock.openSession();
    long after = mock.admin().clockMillis();
    mock.admin().advanceClock("15m");

    Response answer = mock.sendEvent(sid, event("ping", 10, T0 + 15 * MINUTE));

    hasStatus(answer, 410, "a ping 15 minutes after the last event");
    long closedAt = Instant.parse(answer.jsonPath().getString("closedAt")).toEpochMilli();
    assertThat(closedAt).as("closedAt must be when the 10-minute timeout ran out, not when the late ping came")
        .isBetween(before + 10 * MINUTE, after + 10 * MINUTE);
  }

  @Test
  void adminViewShowsTheTimeoutWithoutAnotherEvent() {
    String sid = mock.openSession();

    mock.admin().advanceClock("10m");

    assertThat(mock.admin().session(sid).getString("state"))
        .as("a session idle for 10 minutes must show as timed out in the admin API").isEqualTo("timed-out");
  }

  @Test
  void nineMinutesFiftyNineSecondsWithoutEventsKeepTheSessionOpen() {
    String sid = mock.openSession();
    mock.admin().advanceClock("599s");

    Response answer = mock.sendEvent(sid, event("ping", 10, T0 + 599_000));

    hasStatus(answer, 204, "a ping 9m59s after the last event");
  }

  @Test
  void thirtyMinutesOfPingsWithoutPlayheadMovementCloseTheSession() {
    String sid = mock.openSession();
    for (int minute = 5; minute < 30; minute += 5) {
      mock.admin().advanceClock("5m");
      hasStatus(mock.sendEvent(sid, event("ping", 0, T0 + minute * MINUTE)), 204,
          "a ping at minute " + minute + " with the playhead still at 0");
    }
    mock.admin().advanceClock("5m");

    Response answer = mock.sendEvent(sid, event("ping", 0, T0 + 30 * MINUTE));

    hasStatus(answer, 410, "a ping after 30 minutes without playhead movement");
    assertThat(jsonMessage(answer, "410 after a stalled playhead"))
        .as("the 410 must name the playhead timeout").contains("playhead").contains("30m");
  }

  @Test
  void pingsWithMovingPlayheadKeepTheSessionOpenPastThirtyMinutes() {
    String sid = mock.openSession();
    for (int minute = 5; minute <= 35; minute += 5) {
      mock.admin().advanceClock("5m");

      Response answer = mock.sendEvent(sid, event("ping", minute * 60, T0 + minute * MINUTE));

      hasStatus(answer, 204, "a ping at minute " + minute + " with the playhead moving to " + minute * 60 + "s");
    }
  }

  /** A closed session answers 410 for the hour of retention counted from when it closed, then 404. */
  @ParameterizedTest(name = "a session closed by {0} answers 410 until retention passes, then 404")
  @CsvSource({
      "sessionEnd,                     true,  59",
      "a timeout (10 m without events), false, 69"})
  void closedSessionAnswers410UntilRetentionPassesThen404(String closedBy, boolean sendsSessionEnd,
      int minutesTo410) {
    String sid = mock.openSession();
    if (sendsSessionEnd) {
      hasStatus(mock.sendEvent(sid, event("sessionEnd", 5, T0 + 5000)), 204, "sessionEnd");
    }
    mock.admin().advanceClock(minutesTo410 + "m");
    hasStatus(mock.sendEvent(sid, event("ping", 5, T0 + minutesTo410 * MINUTE)), 410,
        "a ping 59 minutes after " + closedBy + " (within the 1h retention)");
    mock.admin().advanceClock("1m");

    Response answer = mock.sendEvent(sid, event("ping", 5, T0 + (minutesTo410 + 1) * MINUTE));

    hasStatus(answer, 404, "a ping 1h after " + closedBy + " (retention over, session forgotten)");
    jsonMessage(answer, "404 for a forgotten session");
  }

  @Test
  void forgottenSessionDisappearsFromTheAdminApi() {
    String sid = mock.openSession();
    hasStatus(mock.sendEvent(sid, event("sessionEnd", 5, T0 + 5000)), 204, "sessionEnd");

    mock.admin().advanceClock("1h");

    assertThat(mock.admin().sessions().getList("sessions.sid")).as("a session past retention must not be listed")
        .doesNotContain(sid);
    hasStatus(mock.admin().sessionAnswer(sid), 404, "GET the admin view of a session past retention");
  }
}
