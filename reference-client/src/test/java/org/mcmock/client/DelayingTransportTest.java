package org.mcmock.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A network with seeded random delays: every request still arrives and gets its answer. */
class DelayingTransportTest {

  private final ScriptedBackend backend = new ScriptedBackend(TestPlayer.START);

  @Test
  void everyRequestArrivesLateButWithItsAnswerAndTheSeedIsNamed() throws Exception {
    DelayingTransport network = new DelayingTransport(backend, 7, Duration.ofMillis(20));

    Answer answer = network.post(LiveSession.SESSIONS_PATH, "{\"eventType\":\"sessionStart\"}").get(1, TimeUnit.SECONDS);

    assertThat(answer.status()).isEqualTo(201);
    assertThat(backend.requests()).hasSize(1);
    assertThat(network).hasToString("network delays of up to 20 ms, seed 7");
  }

  @Test
  void aNegativeDelayIsRefused() {
    assertThatThrownBy(() -> new DelayingTransport(backend, 7, Duration.ofMillis(-1)))
        .hasMessageContaining("cannot be negative");
  }
}
