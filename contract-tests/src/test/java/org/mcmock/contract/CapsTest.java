package org.mcmock.contract;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mcmock.contract.Checks.hasStatus;
import static org.mcmock.contract.Checks.jsonMessage;
import static org.mcmock.contract.Payloads.T0;
import static org.mcmock.contract.Payloads.event;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.mcmock.MediaCollectionMock;
import org.mcmock.config.MockSettings;

/** The memory caps answer 429 with a clear message. Each test starts its own small in-process mock. */
class CapsTest {

  @Test
  void eventBeyondThePerSessionCapGets429WithMessage() {
    try (MediaCollectionMock small = MediaCollectionMock.start(wireMockConfig().dynamicPort(),
        MockSettings.builder().maxEventsPerSession(3).build())) {
      MockBackend mock = MockBackend.at(small.baseUrl());
      String sid = mock.openSession();
      hasStatus(mock.sendEvent(sid, event("play", 0, T0 + 1000)), 204, "event 2 of 3");
      hasStatus(mock.sendEvent(sid, event("ping", 10, T0 + 11_000)), 204, "event 3 of 3");

      Response answer = mock.sendEvent(sid, event("ping", 20, T0 + 21_000));

      hasStatus(answer, 429, "event 4 on a mock capped at 3 events per session");
      assertThat(jsonMessage(answer, "429 at the per-session cap")).as("the 429 must name the cap").contains("3");
    }
  }

  @Test
  void sessionBeyondTheSessionCapGets429WithMessage() {
    try (MediaCollectionMock small = MediaCollectionMock.start(wireMockConfig().dynamicPort(),
        MockSettings.builder().maxSessions(2).build())) {
      MockBackend mock = MockBackend.at(small.baseUrl());
      mock.openSession();
      mock.openSession();

      Response answer = mock.startSession(Payloads.sessionStart());

      hasStatus(answer, 429, "a third session on a mock capped at 2 sessions");
      assertThat(jsonMessage(answer, "429 at the session cap")).as("the 429 must name the cap").contains("2");
    }
  }

  @Test
  void aSessionAtThePerSessionCapLeavesOtherSessionsServing() {
    try (MediaCollectionMock small = MediaCollectionMock.start(wireMockConfig().dynamicPort(),
        MockSettings.builder().maxEventsPerSession(2).build())) {
      MockBackend mock = MockBackend.at(small.baseUrl());
      String full = mock.openSession();
      mock.sendEvent(full, event("play", 0, T0 + 1000));
      hasStatus(mock.sendEvent(full, event("ping", 10, T0 + 11_000)), 429, "event 3 on a mock capped at 2 events");

      String other = mock.openSession();

      hasStatus(mock.sendEvent(other, event("play", 0, T0 + 1000)), 204, "play on another session");
    }
  }

  @Test
  void aMockAtTheSessionCapKeepsServingTheSessionsItHas() {
    try (MediaCollectionMock small = MediaCollectionMock.start(wireMockConfig().dynamicPort(),
        MockSettings.builder().maxSessions(1).build())) {
      MockBackend mock = MockBackend.at(small.baseUrl());
      String only = mock.openSession();
      hasStatus(mock.startSession(Payloads.sessionStart()), 429, "a second session on a mock capped at 1");

      hasStatus(mock.sendEvent(only, event("play", 0, T0 + 1000)), 204, "play on the session the mock has");
    }
  }

  @Test
  void aDownloadedBatchBeyondThePerSessionCapGets400NamingTheCapAndIsNotRecorded() {
    try (MediaCollectionMock small = MediaCollectionMock.start(wireMockConfig().dynamicPort(),
        MockSettings.builder().maxEventsPerSession(5).build())) {
      MockBackend mock = MockBackend.at(small.baseUrl());

      Response answer = mock.sendDownloaded(Payloads.seedBatch());

      hasStatus(answer, 400, "the seed's batch of 6 events on a mock capped at 5 events per session");
      assertThat(jsonMessage(answer, "400 at the per-session cap")).as("the 400 must name the cap and its option")
          .contains("5").contains("--max-events-per-session");
      assertThat(mock.admin().sessions().getInt("total")).as("sessions recorded from the refused batch").isZero();
    }
  }
}
