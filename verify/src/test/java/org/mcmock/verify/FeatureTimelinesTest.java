package org.mcmock.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureTimelinesTest {

  private static final String VOD = """
      Feature: Timeline 9 - a short video

        Scenario: The player reports the viewing
          When the viewer watches the video
          Then the session follows the timeline:
            | request          | seconds |
            | sessionStart     | 0       |
            | play             | 0       |
            | pings every 10 s | 0 to 20 |
            | sessionEnd       | 20      |
          And the mock found no error

        Scenario: A late ping gets 410
          When a late "ping" reaches the session
          Then the backend answers 410
      """;

  private static final String RESTARTS = """
      Feature: Restarts

        Scenario Outline: The player starts a new session after <what>
          Then the sessions follow the timeline:
            | request      | seconds   |
            | sessionStart | 0         |
            | sessionStart | <restart> |

          Examples:
            | what          | restart |
            | a timeout     | 600     |
            | a 410         | 30      |

        Scenario Outline: The player retries
          Then the session follows the timeline:
            | request      | seconds |
            | sessionStart | <at>    |

          Examples:
            | at |
            | 0  |
            | 1  |
      """;

  private static final FeatureTimelines TIMELINES =
      FeatureTimelines.parse(Map.of("vod.feature", VOD, "restarts.feature", RESTARTS));

  @Test
  void everyScenarioWithTheStepIsATimelineNamedByFeatureAndScenario() {
    assertThat(TIMELINES.names()).as("timelines of the two features, the scenario without the step left out")
        .containsExactlyInAnyOrder(
            "Timeline 9 - a short video: The player reports the viewing",
            "Restarts: The player starts a new session after a timeout",
            "Restarts: The player starts a new session after a 410",
            "Restarts: The player retries",
            "Restarts: The player retries (2)");
  }

  @Test
  void aTimelineIsTheStepsTable() {
    ExpectedTimeline timeline = TIMELINES.find("Timeline 9 - a short video: The player reports the viewing");

    assertThat(timeline.name()).as("name").isEqualTo("Timeline 9 - a short video: The player reports the viewing");
    assertThat(timeline.rows()).as("rows").hasSize(4).element(2).isEqualTo(new PingCadence(3, 10, 0, 20));
  }

  @Test
  void eachExampleOfAnOutlineIsATimelineWithItsValues() {
    assertThat(TIMELINES.find("after a 410").events().get(1).seconds()).as("seconds of the second sessionStart")
        .hasValue(30);
    assertThat(TIMELINES.find("The player retries (2)").events().get(0).seconds()).as("seconds of the 2nd retry")
        .hasValue(1);
  }

  @Test
  void anExactNameIsFoundEvenWhenItIsPartOfAnother() {
    assertThat(TIMELINES.find("restarts: the player retries").name()).as("found by its whole name, in lower case")
        .isEqualTo("Restarts: The player retries");
  }

  @Test
  void aPartOfOneNameFindsIt() {
    assertThat(TIMELINES.find("  timeline 9 ").name()).as("found by 'timeline 9'")
        .isEqualTo("Timeline 9 - a short video: The player reports the viewing");
  }

  @Test
  void aPartOfSeveralNamesListsThem() {
    assertThatThrownBy(() -> TIMELINES.find("new session")).as("find(\"new session\")")
        .hasMessageStartingWith("\"new session\" names 2 timelines; give more of the name. The timelines:")
        .hasMessageContaining("\n  Restarts: The player starts a new session after a timeout")
        .hasMessageContaining("\n  Restarts: The player starts a new session after a 410")
        .hasMessageNotContaining("Timeline 9");
  }

  @Test
  void noMatchListsEveryTimeline() {
    assertThatThrownBy(() -> TIMELINES.find("Timeline 4")).as("find(\"Timeline 4\")")
        .hasMessageStartingWith("No timeline is named \"Timeline 4\". The timelines:")
        .hasMessageContaining("\n  Timeline 9 - a short video: The player reports the viewing")
        .hasMessageContaining("\n  Restarts: The player retries (2)");
  }

  @Test
  void theStepWithoutATableIsAnErrorNamingTheScenario() {
    String feature = """
        Feature: F
          Scenario: S
            Then the session follows the timeline:
        """;

    assertThatThrownBy(() -> FeatureTimelines.parse(Map.of("f.feature", feature))).as("step without a table")
        .hasMessageContaining("f.feature, \"S\"").hasMessageContaining("needs its timeline as a table");
  }

  @Test
  void aBadTableIsAnErrorNamingTheFeatureScenarioAndRow() {
    String feature = """
        Feature: F
          Scenario: S
            Then the session follows the timeline:
              | request      | seconds |
              | sessionStart | zero    |
        """;

    assertThatThrownBy(() -> FeatureTimelines.parse(Map.of("f.feature", feature))).as("a seconds cell 'zero'")
        .hasMessageContaining("F: S").hasMessageContaining("row 1").hasMessageContaining("got 'zero'");
  }

  @Test
  void textThatIsNotGherkinIsNamed() {
    assertThatThrownBy(() -> FeatureTimelines.parse(Map.of("broken.feature", "Scenario without a feature\n  |")))
        .as("not Gherkin").hasMessageContaining("broken.feature is not valid Gherkin");
  }

  @Test
  void aFolderIsReadWithItsSubFolders(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("more"));
    Files.writeString(dir.resolve("vod.feature"), VOD);
    Files.writeString(dir.resolve("more/restarts.feature"), RESTARTS);
    Files.writeString(dir.resolve("notes.txt"), "not a feature");

    assertThat(FeatureTimelines.in(dir).names()).as("timelines under %s", dir).hasSize(5);
    assertThatThrownBy(() -> FeatureTimelines.in(dir.resolve("absent"))).as("a folder that is not there")
        .isInstanceOf(IOException.class).hasMessageContaining("no folder of features at");
  }

  @Test
  void theBundledFeaturesHoldTimeline2() {
    ExpectedTimeline timeline = FeatureTimelines.bundled().find("Timeline 2");

    assertThat(timeline.name()).as("the bundled timeline found by 'Timeline 2'")
        .startsWith("Timeline 2 - the user abandons the session: ");
    assertThat(timeline.events()).as("its requests").extracting(ExpectedEvent::request)
        .startsWith("sessionStart").endsWith("sessionEnd");
  }
}
