package org.mcmock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mcmock.config.MockSettings;

/** The README's "JUnit 5 extension" snippet, compiled and run: a player plays Timeline 2 against the mock. */
class PlayerFollowsTimelineTest {

  // README: JUnit 5 extension {
  @RegisterExtension
  static MediaCollectionMockExtension mock = MediaCollectionMockExtension.newInstance()
      .settings(MockSettings.defaults())          // optional
      .build();

  @Test
  void playsTimeline2AsAdobeDescribesIt() {
    new ScriptedPlayer(mock.baseUrl()).play(ScriptedPlayer.TIMELINE_2);   // your player, pointed at the mock

    mock.awaitSessionEnd(Duration.ofSeconds(10));
    mock.assertThatSessions()
        .count(1)
        .answered(201, 204)
        .haveNoErrorFindings()
        .followTimeline("Timeline 2");
  }
  // }

  @Test
  void awaitSessionEndWaitsForAPlayerThatRunsOnItsOwnThread() {
    CompletableFuture<?> player = CompletableFuture.runAsync(
        () -> new ScriptedPlayer(mock.baseUrl()).play(ScriptedPlayer.TIMELINE_2));

    mock.awaitSessionEnd(Duration.ofSeconds(10));

    assertThat(mock.assertThatSessions().journal().requests()).as("requests recorded once the session ended")
        .hasSize(ScriptedPlayer.TIMELINE_2.size());
    player.join();
  }

  @Test
  void theTimelineOfTheTestsPlayerIsTheFifteenRequestsOfTheDesign() {
    assertThat(ScriptedPlayer.TIMELINE_2).hasSize(15)
        .filteredOn(step -> step.eventType().equals("ping")).extracting(ScriptedPlayer.Step::seconds)
        .containsExactly(10.0, 20.0, 30.0, 40.0);
  }
}
