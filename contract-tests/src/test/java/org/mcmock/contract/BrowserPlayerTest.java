package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mcmock.contract.players.PlayerUnderTest;
import org.mcmock.contract.players.ScenarioRun;
import org.mcmock.contract.players.Scenarios;

/**
 * The browser example (examples/browser-player) plays Timeline 2 in headless Chromium, from another origin
 * than the mock's, as the features' command player: the same scenario, the same expected timeline. CI
 * installs Chromium and sets {@value #REQUIRE_BROWSER}, so there it cannot be skipped.
 */
class BrowserPlayerTest {

  static final String REQUIRE_BROWSER = "MCMOCK_REQUIRE_BROWSER";

  @Test
  void theBrowserPlayerFollowsTimeline2() throws Exception {
    boolean chromium = Stream.of("chromium", "chromium-browser").anyMatch(BrowserPlayerTest::onPath)
        || System.getenv("CHROMIUM") != null;
    if (!"1".equals(System.getenv(REQUIRE_BROWSER))) {
      assumeTrue(chromium && onPath("python3"), "Chromium and python3 are needed (Debian: apt-get install chromium"
          + " python3); .ci/run installs them");
    }
    ScenarioRun.Outcome outcome;
    try (AutoCloseable player = PlayerUnderTest.useCommand("bash examples/browser-player/play.sh")) {
      outcome = ScenarioRun.of(Scenarios.TIMELINE_2, "target/players/browser-player.ndjson");
    }
    assertThat(outcome.failures()).as("the browser player's failures in \"%s\" (its output is in"
        + " contract-tests/target/players/)", Scenarios.TIMELINE_2.name()).isEmpty();
    assertThat(outcome.ran()).as("scenarios the browser player played").isEqualTo(1);
  }

  private static boolean onPath(String command) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .anyMatch(dir -> new File(dir, command).canExecute());
  }
}
