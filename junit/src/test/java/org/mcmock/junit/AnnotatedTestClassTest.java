package org.mcmock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code @MediaCollectionMockTest}: one mock for the class, reached through a constructor or test parameter. */
@MediaCollectionMockTest
class AnnotatedTestClassTest {

  private final MediaCollectionMockHandle fromConstructor;

  AnnotatedTestClassTest(MediaCollectionMockHandle mock) {
    this.fromConstructor = mock;
  }

  @Test
  void aTestParameterReachesTheRunningMock(MediaCollectionMockHandle mock) {
    List<Integer> statuses = new ScriptedPlayer(mock.baseUrl()).play(ScriptedPlayer.TIMELINE_2.subList(0, 3));

    assertThat(statuses).containsExactly(201, 204, 204);
    mock.assertThatSessions().count(1).answered(201, 204);
    assertThat(mock.runningMock().sessions().size()).as("sessions in the running mock's store").isEqualTo(1);
  }

  @Test
  void theConstructorAndTheTestGetTheSameMock(MediaCollectionMockHandle mock) {
    assertThat(fromConstructor.runningMock()).isSameAs(mock.runningMock());
    assertThat(mock.baseUrl()).isEqualTo("http://localhost:" + mock.port());
    assertThat(mock.sessionsUrl()).isEqualTo(mock.baseUrl() + "/api/v1/sessions");
  }
}
