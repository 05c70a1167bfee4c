package org.mcmock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mcmock.MediaCollectionMock;

/** An instance field: each test gets a mock of its own, stopped after it. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstanceFieldExtensionTest {

  @RegisterExtension
  MediaCollectionMockExtension mock = MediaCollectionMockExtension.newInstance().build();

  private static MediaCollectionMock previous;

  @Test
  @Order(1)
  void aTestGetsAMockOfItsOwn() {
    previous = mock.runningMock();
    new ScriptedPlayer(mock.baseUrl()).play(ScriptedPlayer.TIMELINE_2.subList(0, 1));

    mock.assertThatSessions().count(1);
  }

  @Test
  @Order(2)
  void theNextTestGetsAnotherAndThePreviousOneIsStopped() {
    assertThat(mock.runningMock()).isNotSameAs(previous);
    assertThat(previous.server().isRunning()).as("the previous test's mock is running").isFalse();
    mock.assertThatSessions().count(0);
  }

  @Test
  void anExtensionThatIsNotRegisteredHasNoMockAndSaysWhy() {
    MediaCollectionMockExtension unregistered = MediaCollectionMockExtension.newInstance().build();

    assertThatThrownBy(unregistered::baseUrl).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("No Media Collection mock is running: the extension starts one before each test");
  }
}
