package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mcmock.contract.Checks.hasStatus;
import static org.mcmock.contract.Checks.jsonMessage;
import static org.mcmock.contract.Payloads.T0;
import static org.mcmock.contract.Payloads.event;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mcmock.config.MockSettings;

/** The memory caps answer 429 with a clear message, on one small in-process mock: 3 events a session, 2 sessions. */
class CapsTest {

  @RegisterExtension
  static final MockBackend mock =
      MockBackend.with(MockSettings.builder().maxEventsPerSession(3).maxSessions(2).build());

  @Test
  void eventBeyondThePerSessionCapGets429WithMessage() {
    String sid = mock.openSession();
    hasStatus(mock.sendEvent(sid, event("play", 0, T0 + 1000)), 204, "event 2 of 3");
    hasStatus(mock.sendEvent(sid, event("ping", 10, T0 + 11_000)), 204, "event 3 of 3");

    Response answer = mock.sendEvent(sid, event("ping", 20, T0 + 21_000));

    hasStatus(answer, 429, "event 4 on a mock capped at 3 events per session");
    assertThat(jsonMessage(answer, "429 at the per-session cap")).as("the 429 must name the cap").contains("3");
  }

  @Test
  void sessionBeyondTheSessionCapGets429WithMessage() {
    mock.openSession();
    mock.openSession();

    Response answer = mock.startSession(Payloads.sessionStart());

    hasStatus(answer, 429, "a third session on a mock capped at 2 sessions");
    assertThat(jsonMessage(answer, "429 at the session cap")).as("the 429 must name the cap").contains("2");
  }

  @Test
  void aSessionAtThePerSessionCapLeavesOtherSessionsServing() {
    String full = mock.openSession();
    mock.sendEvent(full, event("play", 0, T0 + 1000));
    mock.sendEvent(full, event("ping", 10, T0 + 11_000));
    hasStatus(mock.sendEvent(full, event("ping", 20, T0 + 21_000)), 429, "event 4 on a mock capped at 3 events");

    String other = mock.openSession();

    hasStatus(mock.sendEvent(other, event("play", 0, T0 + 1000)), 204, "play on another session");
  }

  @Test
  void aMockAtTheSessionCapKeepsServingTheSessionsItHas() {
    String first = mock.openSession();
    mock.openSession();
    hasStatus(mock.startSession(Payloads.sessionStart()), 429, "a third session on a mock capped at 2");

    hasStatus(mock.sendEvent(first, event("play", 0, T0 + 1000)), 204, "play on a session the mock has");
  }

  @Test
  void aDownloadedBatchBeyondThePerSessionCapGets400NamingTheCapAndIsNotRecorded() {
    Response answer = mock.sendDownloaded(Payloads.seedBatch());

    hasStatus(answer, 400, "the seed's batch of 6 events on a mock capped at 3 events per session");
    assertThat(jsonMessage(answer, "400 at the per-session cap")).as("the 400 must name the cap and its option")
        .contains("3").contains("--max-events-per-session");
    assertThat(mock.admin().sessions().getInt("total")).as("sessions recorded from the refused batch").isZero();
  }
}
