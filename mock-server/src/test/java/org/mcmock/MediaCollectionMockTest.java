package org.mcmock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaCollectionMockTest {

  @Test
  void aMockStartedFromJavaAsksJettyForNoMoreAcceptorsThanTheMachineHasCores() {
    try (MediaCollectionMock mock = MediaCollectionMock.start()) {
      assertThat(mock.server().getOptions().jettySettings().getAcceptors()).as("acceptors the mock asked Jetty for")
          .hasValueSatisfying(acceptors -> assertThat(acceptors).isBetween(1, Runtime.getRuntime().availableProcessors()));
    }
  }

  @Test
  void acceptorsGrowWithTheCoresAsJettyWouldSizeThem() {
    assertThat(MediaCollectionMock.acceptors(2)).as("on 2 cores").isEqualTo(1);
    assertThat(MediaCollectionMock.acceptors(16)).as("on 16 cores").isEqualTo(2);
    assertThat(MediaCollectionMock.acceptors(128)).as("on 128 cores").isEqualTo(4);
  }
}
