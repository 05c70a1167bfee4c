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
import org.mcmock.MockSettings;

/** The memory caps answer 429 with a clear message. Each test starts its own small in-process mock. */
class CapsTest {

  @Test
  void eventBeyondThePerSessionCapGets429WithMessage() {
    try (MediaCollectionMock small = MediaCollectionMock.start(wireMockConfig().dynamicPort(),
        MockSettings.defaults().withMaxEventsPerSession(3))) {
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
        MockSettings.defaults().withMaxSessions(2))) {
      MockBackend mock = MockBackend.at(small.baseUrl());
      mock.openSession();
      mock.openSession();

      Response answer = mock.startSession(Payloads.sessionStart());

      hasStatus(answer, 429, "a third session on a mock capped at 2 sessions");
      assertThat(jsonMessage(answer, "429 at the session cap")).as("the 429 must name the cap").contains("2");
    }
  }
}
