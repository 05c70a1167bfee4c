package org.mcmock.contract.viewing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BatchesTest {

  private static final String BATCH = "[{\"eventType\":\"sessionStart\",\"playerTime\":{\"playhead\":0,\"ts\":1}},"
      + "{\"eventType\":\"play\",\"playerTime\":{\"playhead\":0,\"ts\":2}},"
      + "{\"eventType\":\"play\",\"playerTime\":{\"playhead\":5,\"ts\":3}}]";

  @Test
  void onlyTheFirstEventOfThatTypeIsSpoiled() {
    assertThat(Batches.withPlayhead(BATCH, "play", "zero")).isEqualTo(
        "[{\"eventType\":\"sessionStart\",\"playerTime\":{\"playhead\":0,\"ts\":1}},"
            + "{\"eventType\":\"play\",\"playerTime\":{\"playhead\":\"zero\",\"ts\":2}},"
            + "{\"eventType\":\"play\",\"playerTime\":{\"playhead\":5,\"ts\":3}}]");
  }

  @Test
  void aTypeTheBatchLacksIsNamed() {
    assertThatThrownBy(() -> Batches.withPlayhead(BATCH, "pauseStart", "x"))
        .hasMessageStartingWith("the batch has no pauseStart event");
  }
}
