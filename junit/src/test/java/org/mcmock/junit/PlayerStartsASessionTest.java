package org.mcmock.junit;

import org.junit.jupiter.api.Test;

/** The README's declarative snippet, compiled and run: {@code @MediaCollectionMockTest} and a parameter. */
// README: JUnit 5 extension {
@MediaCollectionMockTest
class PlayerStartsASessionTest {

  @Test
  void theSessionStartIsAnswered201(MediaCollectionMockHandle mock) {
    new ScriptedPlayer(mock.baseUrl()).play(ScriptedPlayer.TIMELINE_2.subList(0, 1));

    mock.assertThatSessions().count(1).answered(201);
  }
}
// }
