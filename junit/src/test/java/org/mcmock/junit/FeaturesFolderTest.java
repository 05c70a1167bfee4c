package org.mcmock.junit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code .features(Path)}: the timelines come from a folder of the project's own features. */
class FeaturesFolderTest {

  @RegisterExtension
  static MediaCollectionMockExtension mock = MediaCollectionMockExtension.newInstance()
      .features(Path.of("src", "test", "resources", "junit-features"))
      .build();

  @Test
  void aTimelineOfTheFolderIsFollowed() {
    new ScriptedPlayer(mock.baseUrl()).play(ScriptedPlayer.TIMELINE_2.subList(0, 3));

    mock.assertThatSessions().followTimeline("Short viewing");
  }

  @Test
  void theBundledTimelinesAreNotThere() {
    assertThatThrownBy(() -> mock.assertThatSessions().followTimeline("Timeline 2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No timeline is named \"Timeline 2\". The timelines:\n"
            + "  Short viewing: The viewer watches the pre-roll and leaves");
  }
}
