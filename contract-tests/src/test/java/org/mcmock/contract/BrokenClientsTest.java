package org.mcmock.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mcmock.contract.players.Mistake;
import org.mcmock.contract.players.PlayerUnderTest;
import org.mcmock.contract.players.ScenarioRun;

/**
 * Proof that the features catch real mistakes: each broken client (the reference client with one mistake) must
 * fail the scenario meant to catch it, with a message that names the mistake. Prints the score; each
 * failure's report is kept in {@code target/broken-clients/<MISTAKE>.txt}.
 */
class BrokenClientsTest {

  private static final Map<Mistake, Boolean> CAUGHT = new TreeMap<>();

  @ParameterizedTest(name = "a client that {0} is caught")
  @EnumSource(Mistake.class)
  void isCaught(Mistake mistake) throws Exception {
    CAUGHT.put(mistake, false);
    assertCaught(mistake, PlayerUnderTest.use(mistake), "broken-clients", mistake.named());
    CAUGHT.put(mistake, true);
  }

  /**
   * Plays the mistake's scenario with {@code player} and requires it to fail naming the mistake; the failure's
   * report is kept in {@code target/<reports>/<MISTAKE>.txt}.
   */
  static void assertCaught(Mistake mistake, AutoCloseable player, String reports, String named) throws Exception {
    ScenarioRun.Outcome outcome;
    try (player) {
      outcome = ScenarioRun.of(mistake.scenario(), "target/" + reports + "/" + mistake.name() + ".ndjson");
    }
    Files.createDirectories(Path.of("target", reports));
    Files.writeString(Path.of("target", reports, mistake.name() + ".txt"), String.join("\n\n", outcome.failures()));
    assertThat(outcome.ran()).as("scenarios named \"%s\" in %s", mistake.scenario().name(),
        mistake.scenario().feature()).isEqualTo(1);
    assertThat(outcome.failures()).as("%s passed \"%s\", which should catch it", player,
        mistake.scenario().name()).isNotEmpty();
    assertThat(outcome.failures().get(0)).as("the failure of %s should name the mistake", player)
        .contains(named);
  }

  @Test
  void theReadmeListsEveryBrokenClientAsTheTestKnowsIt() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    for (Mistake mistake : Mistake.values()) {
      assertThat(readme).as("README's table of broken clients, row for %s", mistake)
          .contains("| " + mistake.what() + " | ").contains("`" + mistake.named() + "`");
    }
  }

  @AfterAll
  static void score() {
    long caught = CAUGHT.values().stream().filter(Boolean::booleanValue).count();
    System.out.printf("Broken clients caught: %d / %d%n", caught, Mistake.values().length);
    CAUGHT.forEach((mistake, ok) -> System.out.printf("  %s a client that %s (%s)%n", ok ? "caught " : "MISSED ",
        mistake.what(), mistake.scenario().name()));
    assertThat(caught).as("broken clients caught, of %d", Mistake.values().length)
        .isEqualTo(Mistake.values().length);
  }
}
