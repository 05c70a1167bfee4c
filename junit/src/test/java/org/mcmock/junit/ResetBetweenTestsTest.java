package org.mcmock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mcmock.MediaCollectionMock;
import org.mcmock.model.Mode;

/** A static field: one mock for the class, reset before each test as {@code POST /__admin/media-collection/reset}. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResetBetweenTestsTest {

  @RegisterExtension
  static MediaCollectionMockExtension mock = MediaCollectionMockExtension.newInstance().build();

  private static MediaCollectionMock first;

  @Test
  @Order(1)
  void aTestLeavesASessionStrictModeAndAnAdvancedClock() {
    first = mock.runningMock();
    new ScriptedPlayer(mock.baseUrl()).play(ScriptedPlayer.TIMELINE_2.subList(0, 3));
    first.sessions().switchMode(Mode.STRICT);
    first.sessions().clock().advance(Duration.ofMinutes(5));

    mock.assertThatSessions().count(1);
  }

  @Test
  @Order(2)
  void theNextTestGetsTheSameMockReset() {
    assertThat(mock.runningMock()).as("the mock of a static field serves the whole class").isSameAs(first);
    mock.assertThatSessions().count(0);
    assertThat(first.sessions().mode()).as("mode after the reset").isEqualTo(Mode.FAITHFUL);
    assertThat(first.sessions().clock().offset()).as("clock offset after the reset").isZero();
  }
}
